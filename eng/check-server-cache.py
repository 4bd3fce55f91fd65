#!/usr/bin/env python3
"""Do the generator's process-wide caches (src/Spectra.Generators/Caching) survive between `dotnet build` runs in
the compiler server? Materialises the synthetic org (default 50 services) like eng/bench-build.py, builds it with
UseSharedCompilation=true and -p:ReportAnalyzer=true, then twice more after one-line edits (values never used
before, so the edited declaration cannot be served from the cache), and prints the generator time the compiler
reports for each build, then the same without the server. Pack first (./eng/build-samples.sh or
eng/bench-build.py --pack).

    python3 eng/check-server-cache.py [services]
"""
import importlib.util, os, re, shutil, sys, tempfile, time
from pathlib import Path
spec = importlib.util.spec_from_file_location("bench", Path(__file__).resolve().parent / "bench-build.py")
bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)
services = int(sys.argv[1]) if len(sys.argv) > 1 else 50
work = Path(tempfile.mkdtemp(prefix="spectra-server-check-"))
env = dict(os.environ, MSBUILDDISABLENODEREUSE="1", DOTNET_CLI_USE_MSBUILD_SERVER="0", DOTNET_NOLOGO="1", NUGET_PACKAGES=str(work / "packages"))
env.pop("CI", None)
project = bench.materialize(work / "repo", services, bench.SPECTRA_PROJECT, env)
bench.run(["dotnet", "restore", "--nologo"], project, env)
edited = (services + 1) // 2
def build(shared, label):
    started = time.time()
    _, log = bench.run(["dotnet", "build", "--no-restore", "--nologo", "-v:detailed", "-p:ReportAnalyzer=true", f"-p:UseSharedCompilation={shared}"], project, env)
    elapsed = time.time() - started
    generator = re.findall(r"^\s*(<?\d+(?:\.\d+)?)\s+\d+\s+Spectra\.Generators\.SpectraGenerator", log, re.MULTILINE)
    print(f"{label:50} wall {elapsed:6.2f} s   generator (compiler's report) {generator[0] if generator else '?'} s", flush=True)
counter = [20]
def edit():
    # A value never used before: a value seen earlier could be served by the cache and flatter the numbers.
    path = project / "Services" / f"Svc{edited:03d}.Pipeline.cs"
    counter[0] += 1
    path.write_text(bench.EDIT.sub(f"TimeoutMinutes = {counter[0]}, // lint", path.read_text(), count=1))
for shared in ("true", "false"):
    build(shared, f"shared={shared}: first build")
    for round_ in range(2):
        edit()
        build(shared, f"shared={shared}: after a one-line edit ({round_ + 1})")
print("load", os.getloadavg())
shutil.rmtree(work, ignore_errors=True)
