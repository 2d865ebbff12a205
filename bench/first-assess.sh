#!/usr/bin/env bash
# The example case's first `assess` (empty store) and its re-run (nothing changed) under builds made beforehand, one
# process each under `/usr/bin/time -v`, the builds taking turns, ROUNDS times; the CLI process alone is timed, not its
# build. Each build is NAME=FOLDER (a folder holding tessera.dll), e.g. the README's command of an older commit (Debug) and
# of today (Release, ReadyToRun):
#
#   dotnet build -c Debug OLD/src/Tessera.Cli -o /tmp/old-debug
#   dotnet build -c Release src/Tessera.Cli -o /tmp/now-r2r                               # as the README runs it
#   dotnet build -c Release src/Tessera.Cli -o /tmp/now-jit -p:TesseraReadyToRun=false    # plain JIT, like for like
#   bench/first-assess.sh old-debug=/tmp/old-debug now-jit=/tmp/now-jit now-r2r=/tmp/now-r2r
#   ROUNDS=3 JIT_ROUNDS=0 bench/first-assess.sh ...
#
# After the timed rounds, JIT_ROUNDS (default 1) more first runs per build count the methods the JIT compiled
# (`DOTNET_JitStdOutFile` with `DOTNET_JitDisasmSummary=1`, one line a compiled method, tier-up recompilations included);
# they are not timed, since writing the list costs time. Prints, per build and run, the least and largest CPU seconds
# (user + system) and peak RSS over the rounds. Full output goes to bench/results/first-assess-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${ROUNDS:-5}"
jit_rounds="${JIT_ROUNDS:-1}"
results="bench/results/first-assess-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
[[ -x /usr/bin/time ]] || { echo "bench/first-assess.sh: /usr/bin/time is not installed (Debian: apt-get install time)" >&2; exit 2; }
[[ $# -gt 0 ]] || { echo "bench/first-assess.sh: give at least one build as NAME=FOLDER (see the comment at the top)" >&2; exit 2; }
declare -A bin
names=()
for arg in "$@"; do
  name="${arg%%=*}" dir="${arg#*=}"
  [[ "$arg" == *=* && -f "$dir/tessera.dll" ]] || { echo "bench/first-assess.sh: '$arg' is not NAME=FOLDER with tessera.dll in it" >&2; exit 2; }
  bin[$name]="$(cd "$dir" && pwd)"
  names+=("$name")
done
case_dir="$results/case"

# assess NAME RUN: one assess of the case copy; appends "name run user sys rss_kb".
assess() {
  /usr/bin/time -v -o "$results/time.txt" dotnet "${bin[$1]}/tessera.dll" assess "$case_dir" -q \
    > "$results/$1-$2.out" 2> "$results/$1-$2.err" || { echo "bench/first-assess.sh: $1 failed ($2): $(tail -n 1 "$results/$1-$2.err")" >&2; exit 1; }
  awk -v n="$1" -v r="$2" -F': ' '
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
    END { printf "%s %s %.2f %.2f %d\n", n, r, u, s, m }' "$results/time.txt" | tee -a "$results/measurements.txt"
}

echo "== load at the start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$results/load.txt"
for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds"
  for name in "${names[@]}"; do
    rm -rf "$case_dir" && cp -r cases/kazakhstan-2022 "$case_dir" && rm -rf "$case_dir/.tessera" "$case_dir"/brief.*
    assess "$name" first
    assess "$name" rerun
  done
done
for ((round = 1; round <= jit_rounds; round++)); do
  for name in "${names[@]}"; do
    rm -rf "$case_dir" && cp -r cases/kazakhstan-2022 "$case_dir" && rm -rf "$case_dir/.tessera" "$case_dir"/brief.*
    DOTNET_JitStdOutFile="$results/jit-$name.txt" DOTNET_JitDisasmSummary=1 dotnet "${bin[$name]}/tessera.dll" assess "$case_dir" -q > /dev/null 2>&1
    echo "$name jit $(grep -c . "$results/jit-$name.txt")" | tee -a "$results/jit.txt"
  done
done
echo "== load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/load.txt"

echo "== summary over $rounds rounds: CPU s (user + system) least-largest, peak RSS MB least-largest, methods JIT-compiled"
{ [[ -f "$results/jit.txt" ]] && cat "$results/jit.txt"; cat "$results/measurements.txt"; } | awk '
  # (the list is joined before it is stored: awk creates jit[$1] as soon as the assignment names it)
  $2 == "jit" { j = ($1 in jit) ? jit[$1] "/" $3 : $3; jit[$1] = j; next }
  { k = $1 " " $2; c = $3 + $4; m = $5 / 1024
    if (!(k in lo) || c < lo[k]) lo[k] = c; if (!(k in hi) || c > hi[k]) hi[k] = c
    if (!(k in mlo) || m < mlo[k]) mlo[k] = m; if (!(k in mhi) || m > mhi[k]) mhi[k] = m
    if (!(k in seen)) { seen[k] = 1; order[++n] = k } }
  END {
    printf "%-16s %-6s %12s %14s %8s\n", "build", "run", "CPU s", "peak MB", "JIT"
    for (i = 1; i <= n; i++) { split(order[i], p, " ")
      printf "%-16s %-6s %5.2f-%-6.2f %6.1f-%-7.1f %8s\n", p[1], p[2], lo[order[i]], hi[order[i]], mlo[order[i]], mhi[order[i]], (p[2] == "first" && p[1] in jit) ? jit[p[1]] : "-" }
  }' | tee "$results/summary.txt"
echo "Full output: $results/"
