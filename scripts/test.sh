#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine of this kind: installs what is missing
# (Debian's chromium for the browser tests — never `playwright install`), runs `dotnet test`
# with TRX loggers, and prints one summary line summed over every test project:
#   tests: N passed, N failed
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package) for the browser tests ..." >&2
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  fi
fi

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet test CohesionSite.sln -c Release --logger "trx" --results-directory "$results" "$@"
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
