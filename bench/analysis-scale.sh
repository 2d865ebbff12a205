#!/usr/bin/env bash
# The first `assess` of generated cases of growing size, engines in turns, with TESSERA_STEP_TIMES=1 so that each process
# prints the wall and CPU time of every step: where the analysis grows faster than the case. Prints CPU seconds, wall
# seconds and peak resident memory per engine and size, the growth exponent between the sizes, and whether the briefs of
# the two engines are the same bytes.
#
#   BASELINE_BIN=/tmp/base CURRENT_BIN=/tmp/cur SIZES="1000 3000" bench/analysis-scale.sh
#   ENGINES=current CASES=/tmp/cases bench/analysis-scale.sh     # one engine, cases made before
#
# Both folders hold a Release build's tessera.dll; the baseline needs TESSERA_STEP_TIMES too (a698d26 or later) for its
# per-step lines. Cases come from bench/generated-case.sh (seed 20220102). Output goes to bench/results/scale-<time>/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
: "${BASELINE_BIN:?a folder with the baseline build}" "${CURRENT_BIN:?a folder with the current build}"
sizes="${SIZES:-1000 3000}"
results="bench/results/scale-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"

for docs in $sizes; do
  # CASES=/folder reuses cases made before as /folder/case-DOCS.
  if [[ -n "${CASES:-}" && -d "$CASES/case-$docs" ]]; then ln -sfn "$CASES/case-$docs" "$results/case-$docs"
  else bench/generated-case.sh "$docs" "$results/case-$docs" > /dev/null; fi
  for engine in ${ENGINES:-baseline current}; do
    bin="$BASELINE_BIN"; [[ "$engine" == current ]] && bin="$CURRENT_BIN"
    out="$results/$engine-$docs"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    TESSERA_STEP_TIMES=1 /usr/bin/time -f "%U %S %e %M" -o "$out.time" dotnet "$bin/tessera.dll" assess "$results/case-$docs" \
      --db "$out.db" --out "$out.html" -q > "$out.out" 2> "$out.err"
    read -r user sys wall rss < "$out.time"
    echo "$docs $engine cpu $(echo "$user + $sys" | bc) wall $wall rss_kb $rss load_at_start $load" | tee -a "$results/measurements.txt"
    grep '^step ' "$out.err" | sed "s/^/  /"
    # KEEP_STORES=1 keeps each store, for `tessera forecasts CASE --db STORE` to compare the engines' proposals after.
    [[ -n "${KEEP_STORES:-}" ]] || rm -f "$out.db" "$out.db-wal" "$out.db-shm"
  done
  if cmp -s "$results/baseline-$docs.html" "$results/current-$docs.html"; then echo "$docs: briefs identical"; else echo "$docs: briefs differ"; fi
done

echo "== growth exponent of CPU time between the first and last size"
first="${sizes%% *}"; last="${sizes##* }"
for engine in ${ENGINES:-baseline current}; do
  awk -v e="$engine" -v a="$first" -v b="$last" '$2 == e && $1 == a { x = $4 } $2 == e && $1 == b { y = $4 }
    END { if (a != b && x > 0 && y > 0) printf "%s: %.2f\n", e, log(y / x) / log(b / a); else print e ": needs two sizes" }' "$results/measurements.txt"
done
