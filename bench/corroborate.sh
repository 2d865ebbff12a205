#!/usr/bin/env bash
# Corroboration alone (`Corroborator.Run`), current tree against a baseline commit in the same run, on claims extracted
# from generated news: CPU seconds, wall seconds, heap held, groups found and a fingerprint of the grouping per size,
# then the growth exponent between sizes.
#
#   bench/corroborate.sh [BASELINE_REF]          # default baseline: 1a065f4, all pairs sharing a term compared
#   SIZES=1000,10000,100000 BASELINE_SIZES=1000,10000 BASELINE_LIMIT=900 bench/corroborate.sh
#
# The baseline compares every pair of claims sharing a term, so it stops at BASELINE_SIZES and BASELINE_LIMIT seconds.
# CPU seconds are the process's own, which other work on the machine does not inflate as it does wall time.
# Full output goes to bench/results/corroborate-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
baseline_ref="${1:-1a065f4}"
sizes="${SIZES:-1000,10000,100000}"
baseline_sizes="${BASELINE_SIZES:-1000,10000}"
limit="${BASELINE_LIMIT:-900}"
seed="${SEED:-20220102}"
results="bench/results/corroborate-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
command -v dotnet >/dev/null || { echo "bench/corroborate.sh: 'dotnet' is not installed; it is needed for building Tessera" >&2; exit 2; }

echo "== build the current tree, and the same bench program against the baseline ($baseline_ref)"
worktree="$(mktemp -d /tmp/tessera-baseline.XXXXXX)"
trap 'git worktree remove --force "$worktree" >/dev/null 2>&1 || rm -rf "$worktree"' EXIT
git worktree add --detach --force "$worktree" "$baseline_ref" >/dev/null
rm -rf "$worktree/bench/Tessera.Bench"
cp -r bench/Tessera.Bench "$worktree/bench/Tessera.Bench"
rm -rf "$worktree/bench/Tessera.Bench/bin" "$worktree/bench/Tessera.Bench/obj"
dotnet build -c Release "$worktree/bench/Tessera.Bench" -o "$results/baseline-bin" -v quiet -nologo | tail -n 1
dotnet build -c Release bench/Tessera.Bench -o "$results/current-bin" -v quiet -nologo | tail -n 1

# About 150 bytes of text per claim, and room to spare.
largest=$(tr ',' '\n' <<< "$sizes" | sort -n | tail -n 1)
mb=$(( largest * 200 / 1000000 + 2 ))
corpus="bench/corpus/corroborate-${mb}mb"
dotnet "$results/current-bin/tessera-bench.dll" generate --mb "$mb" --out "$corpus" --seed "$seed"

echo "== baseline ($baseline_sizes, at most ${limit}s)"
timeout "$limit" dotnet "$results/baseline-bin/tessera-bench.dll" corroborate --corpus "$corpus" --claims "$baseline_sizes" \
  | tee "$results/baseline.txt" || echo "baseline stopped after ${limit}s" | tee -a "$results/baseline.txt"
echo "== current ($sizes)"
dotnet "$results/current-bin/tessera-bench.dll" corroborate --corpus "$corpus" --claims "$sizes" | tee "$results/current.txt"

echo "== summary (exponent: log(cpu ratio) / log(size ratio) from the size before)"
for engine in baseline current; do
  grep '^RESULT' "$results/$engine.txt" | sed "s/^RESULT/$engine/"
done | awk '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    e = "-"
    if ($1 == last && prev_cpu > 0 && v["cpu_seconds"] > 0) e = sprintf("%.2f", log(v["cpu_seconds"] / prev_cpu) / log(v["claims"] / prev_n))
    printf "%-9s %8d claims %9.2f CPU s %9.2f wall s %6d MB %6d groups %7d grouped  exponent %5s  groups %s\n", $1, v["claims"], v["cpu_seconds"], v["seconds"], v["peak_mb"], v["groups"], v["grouped"], e, v["fingerprint"]
    last = $1; prev_cpu = v["cpu_seconds"]; prev_n = v["claims"] }' | tee "$results/summary.txt"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); full output: $results/"
