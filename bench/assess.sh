#!/usr/bin/env bash
# `tessera assess` end to end, against a baseline commit measured in the same run: the bundled example case and a case
# of DOCS generated news documents of about 600 words, each with an empty store (first run), again with every source
# unchanged (re-run), and again with one source changed (changed: a sentence added to the first source). Prints CPU
# seconds, wall seconds and peak resident memory per engine, and current/baseline ratios.
#
#   bench/assess.sh [BASELINE_REF]        # default baseline: 5328cc5, the last commit before the annotated document
#   DOCS=100 ROUNDS=1 bench/assess.sh
#   CURRENT_BIN=/tmp/cur BASELINE_BIN=/tmp/base bench/assess.sh   # reuse Release builds (folders holding tessera.dll)
#   ENGINES=current CASES=generated DOCS=400 bench/assess.sh       # the current tree alone, on the generated case alone
#   BUILD=r2r bench/assess.sh   # the current tree built as the README runs it (ReadyToRun); default BUILD=jit, like for like
#
# Each measurement is one process (`/usr/bin/time`); the engines take turns, ROUNDS times, and the least CPU time and the
# largest peak memory over the rounds count. Full output goes to bench/results/assess-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source bench/build-mode.sh
baseline_ref="${1:-5328cc5}"
docs="${DOCS:-400}"
rounds="${ROUNDS:-2}"
seed="${SEED:-20220102}"
results="bench/results/assess-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"

need() { command -v "$1" >/dev/null || { echo "bench/assess.sh: '$1' is not installed; it is needed for $2" >&2; exit 2; }; }
need dotnet "building Tessera"
[[ -x /usr/bin/time ]] || { echo "bench/assess.sh: /usr/bin/time is not installed (Debian: apt-get install time)" >&2; exit 2; }

echo "== build the baseline ($baseline_ref) and the current tree (Release)"
if [[ -n "${BASELINE_BIN:-}" ]]; then ln -sfn "$BASELINE_BIN" "$results/baseline-bin"; else
  worktree="$(mktemp -d /tmp/tessera-baseline.XXXXXX)"
  trap 'rm -rf "$worktree"' EXIT
  # An archive of the commit, not a worktree: nothing is added to the repository's metadata.
  git archive "$baseline_ref" | tar -x -C "$worktree"
  dotnet build -c Release "$worktree/src/Tessera.Cli" -o "$results/baseline-bin" -v quiet -nologo | tail -n 1
fi
if [[ -n "${CURRENT_BIN:-}" ]]; then ln -sfn "$CURRENT_BIN" "$results/current-bin"; else
  dotnet build -c Release src/Tessera.Cli "${cli_build_flags[@]}" -o "$results/current-bin" -v quiet -nologo | tail -n 1
fi
dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 1

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== a case of $docs documents of about 600 words (seed $seed)"
case_dir="$results/case"
bench/generated-case.sh "$docs" "$case_dir" "$seed"

# The bundled example case is copied, so that the changed run can edit one of its sources.
example_dir="$results/example"
cp -r cases/kazakhstan-2022 "$example_dir"
rm -rf "$example_dir/.tessera" "$example_dir/brief.html" "$example_dir/brief.md"

# measure ENGINE CASE LABEL: one assess with an empty store, a re-run on the same store with nothing changed, and one more
# after a sentence is added to the case's first source (put back afterwards); appends "label engine run cpu wall rss".
measure() {
  local engine="$1" case="$2" label="$3" db out first original
  db="$(mktemp -u /tmp/tessera-bench-XXXXXX.db)"
  out="$results/$label-$engine.html"
  first="$case/$(awk '$1 == "file:" || $2 == "file:" { print $NF; exit }' "$case/case.yaml")"
  original="$(mktemp /tmp/tessera-bench-source.XXXXXX)"
  cp -p "$first" "$original"
  for run in first rerun changed; do
    [[ "$run" == changed ]] && printf '\n\nOfficials said on Friday that the talks would resume within a week.\n' >> "$first"
    /usr/bin/time -f "%U %S %e %M" -o "$results/time.txt" dotnet "$results/$engine-bin/tessera.dll" assess "$case" --db "$db" --out "$out" \
      > "$results/$label-$engine-$run.out" 2> "$results/$label-$engine-$run.err" || { echo "$engine failed on $label ($run): $(tail -n 1 "$results/$label-$engine-$run.err")" >&2; exit 1; }
    read -r user sys wall rss < <(tail -n 1 "$results/time.txt")
    echo "$label $engine $run $user $sys $wall $rss" | tee -a "$results/measurements.txt"
  done
  cp -p "$original" "$first"
  rm -f "$db" "$db-wal" "$db-shm" "$original"
}

for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds"
  for engine in ${ENGINES:-baseline current}; do
    if [[ "${CASES:-example generated}" == *example* ]]; then measure "$engine" "$example_dir" example; fi
    if [[ "${CASES:-example generated}" == *generated* ]]; then measure "$engine" "$case_dir" "${docs}-docs"; fi
  done
done

echo "== summary (least CPU and wall time, largest peak memory over $rounds rounds; ratio = current / baseline)"
awk '
  # fields: label engine run user-s system-s wall-s peak-rss-KB
  { key = $1 " " $3; e = $2; c = $4 + $5; m = $7 / 1024
    if (!((key, e) in cpu) || c < cpu[key, e]) cpu[key, e] = c
    if (!((key, e) in wall) || $6 < wall[key, e]) wall[key, e] = $6
    if (!((key, e) in rss) || m > rss[key, e]) rss[key, e] = m
    keys[key] = 1 }
  function ratio(a, b) { return b > 0 ? a / b : 0 }
  END {
    printf "%-22s %10s %10s %7s %10s %10s %7s %9s %9s %7s\n", "case, run", "base CPU s", "cur CPU s", "ratio", "base wall", "cur wall", "ratio", "base MB", "cur MB", "ratio"
    # A run of one engine alone (ENGINES=current) has no ratio: 0 stands for it.
    for (k in keys)
      printf "%-22s %10.2f %10.2f %7.2f %10.2f %10.2f %7.2f %9d %9d %7.2f\n", k, cpu[k, "baseline"], cpu[k, "current"], ratio(cpu[k, "current"], cpu[k, "baseline"]),
        wall[k, "baseline"], wall[k, "current"], ratio(wall[k, "current"], wall[k, "baseline"]), rss[k, "baseline"], rss[k, "current"], ratio(rss[k, "current"], rss[k, "baseline"]) | "sort"
  }' "$results/measurements.txt" | tee "$results/summary.txt"
echo "load at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg); full output: $results/"
