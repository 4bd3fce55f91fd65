#!/usr/bin/env bash
# Packs Spectra from src/ and the sample org platform package, then rebuilds every product sample, regenerating
# their committed outputs.
#   ./eng/build-samples.sh            write the samples' generated files
#   ./eng/build-samples.sh --verify   write nothing; fail if a committed file is out of date (the CI drift check)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
verify=false
[[ "${1:-}" == "--verify" ]] && verify=true

# The samples' global.json pins this version. Packages are cached by version, so the samples restore into a
# private package folder that is cleared of Spectra first: a re-pack of the same version is always picked up.
version="0.1.0-dev"
# The product samples reference the org platform package (samples/spectra-platform) at this version.
platform_version="1.0.0"
feed="$root/artifacts/packages"
export NUGET_PACKAGES="$root/artifacts/sample-packages"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

# spectra.* also covers the platform package's id (spectra.samples.platform).
rm -rf "$feed"/Spectra.*.nupkg "$NUGET_PACKAGES"/spectra.*
for project in Spectra.Abstractions Spectra.Generators Spectra.Sdk; do
  # Packing uses the machine's normal package cache; only the sample builds use the private one.
  NUGET_PACKAGES= dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
done

# The org package is built with the Spectra just packed, like any repo that uses Spectra.Sdk.
echo "Packing samples/spectra-platform $platform_version"
(cd "$root/samples/spectra-platform" && dotnet pack src/Spectra.Samples.Platform/Spectra.Samples.Platform.csproj -c Release -o "$feed" -p:Version="$platform_version" --nologo -v minimal)

status=0
for sample in "$root"/samples/*/; do
  for project in "$sample"build/*/*.csproj; do
    [[ -f "$project" ]] || continue
    echo "Building ${project#"$root/"} (verify=$verify)"
    (cd "$sample" && dotnet build "$project" -c Release --nologo -v minimal -p:SpectraVerify="$verify") || status=1
  done
done
exit $status
