#!/usr/bin/env bash
# Tessera's speed benchmark in one go: installs the Node baselines, builds the bench in Release, generates the corpora,
# runs Tessera and the baselines on the same corpora in this run, and prints words per second, ratios and memory.
#
#   bench/run.sh                     # 2 MB and 100 MB corpora: 3.5 minutes on an idle 2-core machine, 12 under heavy load
#   SMALL_MB=1 LARGE_MB=10 bench/run.sh
#
# Every step's full output is kept under bench/results/<time>/ (git-ignored); the summary is printed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seed="${SEED:-20220102}"
small="${SMALL_MB:-2}"
large="${LARGE_MB:-100}"
# compromise manages about 4,000 words/s with sentences().json() (see docs/performance.md): 2 MB takes ~1.5 minutes,
# 20 MB would take a quarter of an hour, so it runs on the small corpus only.
compromise_mb="${COMPROMISE_MB:-$small}"   # 0: compromise does not run
# Other work on a shared 2-core machine only ever slows a pass down, so the small corpus is measured several times and
# the fastest pass counts; one pass over the large corpus is long enough to average the noise out.
small_passes="${SMALL_PASSES:-6}"
# ... and the engines take turns on it, several rounds of one process each, so a burst of other work cannot fall on one
# engine alone; the fastest pass over all rounds counts.
rounds="${ROUNDS:-3}"
results="bench/results/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"

step() { printf '\n== %s\n' "$*"; }
need() { command -v "$1" >/dev/null || { echo "bench/run.sh: '$1' is not installed; it is needed for $2" >&2; exit 2; }; }
need dotnet "the Tessera benchmark"
need node "the Node baselines"
need npm "installing the Node baselines"

step "machine"
{
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores:   $(nproc)"
  echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
  echo "memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "dotnet:  $(dotnet --version)"
  echo "node:    $(node --version)"
  echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo none)"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min averages at the start; other work slows every engine)"
} | tee "$results/machine.txt"

step "install the Node baselines (bench/node)"
if [[ -f bench/node/package-lock.json ]]; then
  (cd bench/node && npm ci --no-audit --no-fund --loglevel=error)
else
  (cd bench/node && npm install --no-audit --no-fund --loglevel=error)
fi

step "build the bench (Release)"
dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 3
bench_dll="bench/Tessera.Bench/bin/Release/net10.0/tessera-bench.dll"
bench() { dotnet "$bench_dll" "$@"; }

step "generate the corpora (seed $seed)"
for mb in "$small" "$large" "$compromise_mb"; do
  [[ "$mb" == 0 ]] && continue
  bench generate --mb "$mb" --out "bench/corpus/${mb}mb" --seed "$seed"
done

# Each run is its own process, so a peak working set belongs to one engine and one corpus.
passes_for() { if [[ "$1" == "$small" ]]; then echo "$small_passes"; else echo 1; fi; }
# $round names the output file, so rounds on the same corpus do not overwrite each other.
round=1
run_tessera() { bench run --corpus "bench/corpus/$1mb" --passes "$(passes_for "$1")" | tee "$results/tessera-$1mb-$round.txt"; }
run_node() {
  (cd bench/node && node --expose-gc baseline.mjs --corpus "../corpus/$2mb" --engine "$1" --passes "${3:-$(passes_for "$2")}" ${4:+--warmup-mb "$4"}) \
    | tee "$results/$1-$2mb-$round.txt"
}

for mb in "$small" "$large"; do
  last=1
  [[ "$mb" == "$small" ]] && last="$rounds"
  for ((round = 1; round <= last; round++)); do
    step "Tessera on ${mb} MB (round $round of $last)"
    run_tessera "$mb"
    step "wink-nlp on ${mb} MB (round $round of $last)"
    run_node wink-nlp "$mb"
    step "wink-nlp-lean on ${mb} MB (round $round of $last)"
    run_node wink-nlp-lean "$mb"
  done
done
round=1
if [[ "$compromise_mb" != 0 && "$compromise_mb" != "$small" && "$compromise_mb" != "$large" ]]; then
  step "Tessera on ${compromise_mb} MB (for the compromise comparison)"
  run_tessera "$compromise_mb"
fi
if [[ "$compromise_mb" != 0 ]]; then
  step "compromise on ${compromise_mb} MB (its warm-up is 0.5 MB: it is slow)"
  run_node compromise "$compromise_mb" 1 0.5
fi

step "summary"
# RESULT lines are key=value pairs; collect them into one table and compute ratios on matching corpora.
grep -h '^RESULT ' "$results"/*.txt > "$results/results.txt"
awk -v small="$small" -v large="$large" -v corpora="${small}mb ${large}mb ${compromise_mb}mb" '
  {
    delete f
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = substr($i, length(kv[1]) + 2) }
    n = split(f["corpus"], parts, "/"); corpus = parts[n]
    key = f["engine"] SUBSEP corpus
    # Over rounds: the fastest pass, and the most memory any round took.
    if (!(key in wps) || f["wps"] + 0 > wps[key] + 0) wps[key] = f["wps"]
    if (!(key in cwps) || f["cpu_wps"] + 0 > cwps[key] + 0) cwps[key] = f["cpu_wps"]
    words[key] = f["words"]
    m = (f["engine"] == "tessera") ? f["peak_ws_mb"] : f["peak_rss_mb"]
    if (!(key in mem) || m + 0 > mem[key] + 0) mem[key] = m
    if (!(key in heap) || f["heap_max_mb"] + 0 > heap[key] + 0) heap[key] = f["heap_max_mb"]
  }
  END {
    printf "%-15s %-8s %14s %14s %18s %16s %14s %12s\n", "engine", "corpus", "words", "words/s", "Tessera is x faster", "peak memory MB", "words/CPU-s", "x per CPU-s"
    split("tessera wink-nlp wink-nlp-lean compromise", order, " ")
    ncorp = split(corpora, list, " ")
    for (c = 1; c <= ncorp; c++) {
      corpus = list[c]
      if (corpus in done) continue
      done[corpus] = 1
      for (e = 1; e <= 4; e++) {
        key = order[e] SUBSEP corpus
        if (!(key in wps)) continue
        t = "tessera" SUBSEP corpus
        ratio = (order[e] == "tessera" || !(t in wps)) ? "-" : sprintf("%.2f", wps[t] / wps[key])
        cratio = (order[e] == "tessera" || !(t in cwps) || cwps[key] + 0 == 0) ? "-" : sprintf("%.2f", cwps[t] / cwps[key])
        printf "%-15s %-8s %14s %14s %18s %16s %14s %12s\n", order[e], corpus, words[key], wps[key], ratio, mem[key], cwps[key], cratio
        if ((t in words) && words[key] != words[t]) printf "  warning: %s counted %s words on %s, Tessera %s\n", order[e], words[key], corpus, words[t]
      }
    }
    s = "tessera" SUBSEP small "mb"; l = "tessera" SUBSEP large "mb"
    if ((s in mem) && (l in mem))
      printf "\nTessera memory, %s MB vs %s MB corpus: peak working set %s vs %s MB; live heap after GC at most %s vs %s MB\n", small, large, mem[s], mem[l], heap[s], heap[l]
    printf "Words/s is the fastest measured pass (over all rounds); ratios compare engines on the same corpus in this run.\n"
    printf "Words/CPU-s divides by the process CPU time of the pass that took least (all its threads): the figure to read on a loaded machine.\n"
    printf "Peak memory is the whole process: working set for Tessera, RSS for Node.\n"
  }' "$results/results.txt" | tee "$results/summary.txt"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
echo "Full output: $results/"
