#!/usr/bin/env python3
"""Build time of a declarations project with Spectra vs. the same sources on plain Microsoft.NET.Sdk.

Builds samples/spectra-api twice over in a temp copy: once as-is (<Project Sdk="Spectra.Sdk">) and once as a plain
Microsoft.NET.Sdk library that references Spectra.Abstractions but neither the generator nor the task. Rounds are
interleaved so machine noise hits both alike; prints medians, min/max and ratios, and the generator's own time as
the compiler reports it (-p:ReportAnalyzer=true). Run ./eng/build-samples.sh first (it packs the SDK).

    python3 eng/measure-build.py [--rounds 7]
"""
import argparse, os, re, shutil, statistics, subprocess, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "spectra-api"
PLAIN_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <Using Include="Spectra" />
    <PackageReference Include="Spectra.Abstractions" Version="0.1.0-dev" />
  </ItemGroup>
</Project>
"""


def run(args, cwd, env):
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed in {cwd}:\n{result.stdout[-3000:]}\n{result.stderr[-2000:]}")
    return elapsed, result.stdout


def prepare(workdir):
    spectra = workdir / "spectra"
    shutil.copytree(SAMPLE, spectra, ignore=shutil.ignore_patterns("bin", "obj"))
    (spectra / ".git").mkdir()
    config = (spectra / "nuget.config").read_text().replace("../../artifacts/packages", str(ROOT / "artifacts" / "packages"))
    (spectra / "nuget.config").write_text(config)
    plain = workdir / "plain"
    shutil.copytree(spectra, plain)
    (plain / "build" / "Pipelines" / "Pipelines.csproj").write_text(PLAIN_PROJECT)
    return {"spectra": spectra / "build" / "Pipelines", "plain": plain / "build" / "Pipelines"}


def stats(samples):
    return statistics.median(samples), min(samples), max(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    env = dict(os.environ, NUGET_PACKAGES=str(ROOT / "artifacts" / "sample-packages"), MSBUILDDISABLENODEREUSE="1",
               DOTNET_CLI_USE_MSBUILD_SERVER="0", DOTNET_NOLOGO="1")
    env.pop("CI", None)
    with tempfile.TemporaryDirectory() as temp:
        projects = prepare(Path(temp))
        for project in projects.values():
            run(["dotnet", "restore", "--nologo"], project, env)
            run(["dotnet", "build", "--no-restore", "--nologo"], project, env)  # warm the disk cache once
        times = {(kind, mode): [] for kind in projects for mode in ("cold", "no-op")}
        for _ in range(rounds):
            for kind, project in projects.items():
                shutil.rmtree(project / "bin", ignore_errors=True)
                for item in (project / "obj").glob("Debug"):
                    shutil.rmtree(item)
                times[(kind, "cold")].append(run(["dotnet", "build", "--no-restore", "--nologo"], project, env)[0])
                times[(kind, "no-op")].append(run(["dotnet", "build", "--no-restore", "--nologo"], project, env)[0])
        _, report = run(["dotnet", "build", "--no-restore", "--nologo", "--no-incremental", "-p:ReportAnalyzer=true", "-v:detailed"], projects["spectra"], env)

    print(f"{rounds} interleaved rounds, {os.cpu_count()} cores, UseSharedCompilation={os.environ.get('UseSharedCompilation', 'default')}")
    for mode in ("cold", "no-op"):
        spectra, plain = stats(times[("spectra", mode)]), stats(times[("plain", mode)])
        print(f"{mode:6} build: Spectra.Sdk median {spectra[0]:.2f} s (min {spectra[1]:.2f}, max {spectra[2]:.2f}); "
              f"Microsoft.NET.Sdk median {plain[0]:.2f} s (min {plain[1]:.2f}, max {plain[2]:.2f}); ratio {spectra[0] / plain[0]:.2f}x")
    generator = re.findall(r"^\s*(<?\d+(?:\.\d+)?)\s+\d+\s+Spectra\.Generators\.SpectraGenerator", report, re.MULTILINE)
    print("generator time reported by the compiler (cold compile): " + (f"{generator[0]} s" if generator else "not found in the log"))


if __name__ == "__main__":
    main()
