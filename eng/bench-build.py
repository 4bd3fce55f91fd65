#!/usr/bin/env python3
"""`dotnet build` of the synthetic org (tests/Spectra.Benchmarks/SyntheticOrg) with Spectra vs. plain Microsoft.NET.Sdk.

Materialises the org at N services as a repository on disk (global.json pinning Spectra.Sdk 0.1.0-dev from this
repo's artifacts/packages, a declarations project, the generated files it writes), plus a copy whose project is a
plain Microsoft.NET.Sdk library over the same sources (Spectra.Abstractions only: no generator, no task). Then, in
interleaved rounds over {Spectra, plain} x {UseSharedCompilation true, false}:

  cold   bin/ and obj/<Configuration>/ deleted, so everything compiles (restore output kept)
  no-op  the same build again: must write 0 files in the repository
  edit   one line of one service's pipeline changed (the lint job's timeout): Spectra must rewrite exactly that
         service's workflow file and nothing else

and prints medians, min/max, files written and Spectra/plain ratios of medians. Nothing is asserted on time;
files-written checks fail the script. Pack first (./eng/build-samples.sh, or --pack).

With --control, a third copy builds the plain project without the framework's interop source generators and the
.NET code analyzers, and with tiered PGO off in a compiler started without the server, as Spectra.Sdk does by default
(SpectraRemoveInteropGenerators, EnableNETAnalyzers, SpectraCompilerTieredPGO): the Spectra/control ratio is then
Spectra's own cost, with the same analyzers and compiler settings on both sides.

    python3 eng/bench-build.py [--services 200] [--rounds 3] [--shared both|true|false] [--control] [--pack] [--keep DIR]
"""
import argparse, os, re, shutil, statistics, subprocess, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_PROJECT = ROOT / "tests" / "Spectra.Benchmarks" / "Spectra.Benchmarks.csproj"
BENCH_DLL = ROOT / "tests" / "Spectra.Benchmarks" / "bin" / "Release" / "net10.0" / "Spectra.Benchmarks.dll"
VERSION = "0.1.0-dev"
EDIT = re.compile(r"TimeoutMinutes = (\d+), // lint")

SPECTRA_PROJECT = """<Project Sdk="Spectra.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
"""
PLAIN_PROJECT = f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Spectra.Abstractions" Version="{VERSION}" />
  </ItemGroup>
</Project>
"""
# The plain project with what Spectra.Sdk changes about the compiler (src/Spectra.Sdk/Sdk/Sdk.targets): no interop
# generators, no .NET code analyzers, and tiered PGO off in a csc started without the server.
CONTROL_PROJECT = PLAIN_PROJECT.replace("<Nullable>", "<EnableNETAnalyzers>false</EnableNETAnalyzers>\n    <Nullable>").replace(
    "</PropertyGroup>", "</PropertyGroup>\n  <PropertyGroup Condition=\"'$(UseSharedCompilation)' == 'false'\">\n    <CscEnvironment>DOTNET_TieredPGO=0</CscEnvironment>\n  </PropertyGroup>", 1).replace("</Project>", """  <Target Name="RemoveInteropGenerators" AfterTargets="ResolveTargetingPackAssets">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.FrameworkReferenceName)' == 'Microsoft.NETCore.App' and $([System.String]::Copy('%(Analyzer.Filename)').StartsWith('Microsoft.Interop.'))" />
    </ItemGroup>
  </Target>
</Project>""")
NUGET_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="spectra-local" value="{feed}" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="spectra-local"><package pattern="Spectra.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
"""
GLOBAL_JSON = '{ "sdk": { "version": "10.0.401", "rollForward": "latestFeature" }, "msbuild-sdks": { "Spectra.Sdk": "%s" } }\n' % VERSION
# The sample's verified pins, plus placeholders for the two actions it has not verified: the synthetic repo is never
# pushed, and without them every workflow would carry SPX4004 warnings that no real org would leave in its build.
PINS = (ROOT / "samples" / "spectra-api" / "spectra-pins.json").read_text().rstrip().rstrip("}").rstrip() + """,
  "github/codeql-action/upload-sarif@v3": "0000000000000000000000000000000000000005",
  "azure/k8s-set-context@v4": "0000000000000000000000000000000000000003"
}
"""
BUILD_PROPS = "<Project><PropertyGroup><SpectraRepoRoot>$(MSBuildThisFileDirectory)</SpectraRepoRoot></PropertyGroup></Project>\n"


def run(args, cwd, env, check=True):
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed in {cwd}:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}")
    return elapsed, result.stdout


def materialize(repo, services, project_text, env):
    (repo / ".git").mkdir(parents=True)
    (repo / "global.json").write_text(GLOBAL_JSON)
    (repo / "nuget.config").write_text(NUGET_CONFIG.format(feed=ROOT / "artifacts" / "packages"))
    (repo / "Directory.Build.props").write_text(BUILD_PROPS)
    (repo / "spectra-pins.json").write_text(PINS)
    project = repo / "build" / "Org"
    project.mkdir(parents=True)
    (project / "Org.csproj").write_text(project_text)
    run(["dotnet", str(BENCH_DLL), "materialize", str(project), str(services)], ROOT, env)
    return project


def snapshot(repo):
    """(mtime, size) of every file outside bin/ and obj/: what a build wrote in the repository."""
    files = {}
    for path in repo.rglob("*"):
        parts = path.relative_to(repo).parts
        if path.is_file() and "bin" not in parts and "obj" not in parts:
            stat = path.stat()
            files[str(path.relative_to(repo))] = (stat.st_mtime_ns, stat.st_size)
    return files


def written(before, after):
    return sorted(p for p, s in after.items() if before.get(p) != s) + sorted(p for p in before if p not in after)


def edit_pipeline(project, service, round_):
    path = project / "Services" / f"Svc{service:03d}.Pipeline.cs"
    text = path.read_text()
    current = int(EDIT.search(text).group(1))
    new = 11 if current != 11 else 12
    path.write_text(EDIT.sub(f"TimeoutMinutes = {new}, // lint", text, count=1))
    return str(path.relative_to(project.parent.parent))


def stats(samples):
    return statistics.median(samples), min(samples), max(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", choices=["both", "true", "false"], default="both")
    parser.add_argument("--control", action="store_true", help="also build the plain project with Spectra.Sdk's compiler settings")
    parser.add_argument("--pack", action="store_true", help="pack src/ into artifacts/packages first")
    parser.add_argument("--keep", help="materialise into this directory and keep it")
    options = parser.parse_args()

    base_env = dict(os.environ, MSBUILDDISABLENODEREUSE="1", DOTNET_CLI_USE_MSBUILD_SERVER="0", DOTNET_NOLOGO="1")
    base_env.pop("CI", None)  # CI=true would switch Spectra to verify mode
    if options.pack:
        for name in ("Spectra.Abstractions", "Spectra.Generators", "Spectra.Sdk"):
            run(["dotnet", "pack", str(ROOT / "src" / name / f"{name}.csproj"), "-c", "Release", "-o", str(ROOT / "artifacts" / "packages"),
                 f"-p:Version={VERSION}", "--nologo", "-v", "quiet"], ROOT, base_env)
    if not BENCH_DLL.exists():
        run(["dotnet", "build", str(BENCH_PROJECT), "-c", "Release", "--nologo", "-v", "quiet"], ROOT, base_env)

    workdir = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="spectra-bench-"))
    packages = workdir / "packages"
    if packages.exists():
        shutil.rmtree(packages / "spectra.sdk", ignore_errors=True)
    # A private package folder cleared of Spectra: a re-pack of the same version is always picked up.
    env = dict(base_env, NUGET_PACKAGES=str(packages))
    shared_values = {"both": ["true", "false"], "true": ["true"], "false": ["false"]}[options.shared]
    edited_service = (options.services + 1) // 2
    configs = {}
    kinds = [("spectra", SPECTRA_PROJECT), ("plain", PLAIN_PROJECT)] + ([("control", CONTROL_PROJECT)] if options.control else [])
    for kind, project_text in kinds:
        for shared in shared_values:
            repo = workdir / f"{kind}-shared-{shared}"
            shutil.rmtree(repo, ignore_errors=True)
            project = materialize(repo, options.services, project_text, env)
            configs[(kind, shared)] = (repo, project)

    build = ["dotnet", "build", "--no-restore", "--nologo", "-v:q"]
    first_build = {}
    for (kind, shared), (repo, project) in configs.items():
        run(["dotnet", "restore", "--nologo"], project, env)
        first_build[(kind, shared)] = run(build + [f"-p:UseSharedCompilation={shared}"], project, env)[0]

    times = {}
    files = {}
    problems = []
    for round_ in range(options.rounds):
        for (kind, shared), (repo, project) in configs.items():
            flags = [f"-p:UseSharedCompilation={shared}"]
            shutil.rmtree(project / "bin", ignore_errors=True)
            shutil.rmtree(project / "obj" / "Debug", ignore_errors=True)
            for mode in ("cold", "no-op", "edit"):
                edited = edit_pipeline(project, edited_service, round_) if mode == "edit" else None
                before = snapshot(repo)
                elapsed, _ = run(build + flags, project, env)
                changed = [p for p in written(before, snapshot(repo)) if p != edited]
                times.setdefault((kind, shared, mode), []).append(elapsed)
                files.setdefault((kind, shared, mode), []).append(len(changed))
                expected = [f".github/workflows/svc-{edited_service:03d}.yml"] if (kind, mode) == ("spectra", "edit") else []
                if changed != expected:
                    problems.append(f"round {round_ + 1} {kind} shared={shared} {mode}: wrote {changed or 'nothing'}, expected {expected or 'nothing'}")

    # The generator's own share of one compile, as the compiler reports it.
    _, report = run(build[:-1] + ["--no-incremental", "-p:ReportAnalyzer=true", "-v:detailed", "-p:UseSharedCompilation=false"],
                    configs[("spectra", shared_values[-1])][1], env)
    generator = re.findall(r"^\s*(<?\d+(?:\.\d+)?)\s+\d+\s+Spectra\.Generators\.SpectraGenerator", report, re.MULTILINE)

    load = os.getloadavg()
    print(f"\n{options.services} services ({2 * options.services + 1} declaration files), {options.rounds} interleaved rounds, "
          f"{os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end")
    print("first build (restore excluded): " + ", ".join(f"{k}/shared={s} {t:.1f} s" for (k, s), t in first_build.items()))
    control_header = f" {'control median (min-max)':26} ratio" if options.control else ""
    print(f"{'mode':6} {'shared':6} {'Spectra.Sdk median (min-max)':32} {'Microsoft.NET.Sdk median (min-max)':36} ratio "
          f"{control_header}  files written (Spectra)")
    for shared in shared_values:
        for mode in ("cold", "no-op", "edit"):
            s, p = stats(times[("spectra", shared, mode)]), stats(times[("plain", shared, mode)])
            control = ""
            if options.control:
                c = stats(times[("control", shared, mode)])
                control = f" {c[0]:6.2f} s ({c[1]:.2f}-{c[2]:.2f}){'':8} {s[0] / c[0]:.2f}x"
            print(f"{mode:6} {shared:6} {s[0]:6.2f} s ({s[1]:.2f}-{s[2]:.2f}){'':14} {p[0]:6.2f} s ({p[1]:.2f}-{p[2]:.2f}){'':16} "
                  f"{s[0] / p[0]:.2f}x {control}  {files[('spectra', shared, mode)]}")
    print("generator time reported by the compiler (one full compile, no server): " + (f"{generator[0]} s" if generator else "not found in the log"))
    if problems:
        print("FILES WRITTEN NOT AS EXPECTED:\n  " + "\n  ".join(problems))
    if not options.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
