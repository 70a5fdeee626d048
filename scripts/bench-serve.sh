#!/usr/bin/env bash
# Preview latency benchmark: generates ~1k- and ~10k-page sites with `cohesion generate`, then runs
# `cohesion bench-serve --edits N` on each (the preview engine serve hosts, without the web server). It edits one action's text N times (after two warm-up
# edits) and prints the time from the file-system event to the reload message: min, median, max.
#   bash scripts/bench-serve.sh [edits] [work-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
edits="${1:-15}"
work="${2:-$(mktemp -d)}"
dotnet build tools/CohesionSite.Tools -c Release -v quiet -nologo >/dev/null
tools="tools/CohesionSite.Tools/bin/Release/net10.0/cohesion-tools.dll"

# 9 pages per strategy plus 4 site-wide pages (+ 404): 110 strategies ≈ 1k pages, 1110 ≈ 10k.
for size in 1k:110 10k:1110; do
  name="${size%%:*}"; strategies="${size##*:}"
  dotnet "$tools" generate --strategies "$strategies" --actions-per-strategy 20 --seed 1 --out "$work/$name" --rules "$(pwd)/rules" >/dev/null
  # The generator gives a tenth of strategies a last priority without actions but still names its
  # action ("x.4.1") in the commitment: an unknown-reference error, which (rightly) fails a site build.
  # Drop those references so the benchmark measures a site that builds.
  for dir in "$work/$name"/content/synthetic-*; do
    for t in 1 2 3; do
      grep -q "id: \"$t.4.1\"" "$dir/actions.yaml" || sed -i "/actions: \[\"$t.4.1\"\]/d" "$dir/priorities.yaml"
    done
  done
  echo "== $name pages ($strategies strategies)"
  dotnet "$tools" bench-serve --config "$work/$name/statiq.json" --edits "$edits" | grep -E "^(built|bench|the first)"
done
