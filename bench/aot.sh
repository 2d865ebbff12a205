#!/usr/bin/env bash
# The command line as a whole process, three ways it can be built, beside wink-nlp on the same corpora in the same run:
#   jit  `dotnet build -c Release src/Tessera.Cli -p:TesseraReadyToRun=false` run with `dotnet tessera.dll` (IL, compiled by the JIT as it runs)
#   r2r  `dotnet publish src/Tessera.Cli -p:PublishProfile=ReadyToRun` (native code beside the IL; the JIT still tiers up)
#   aot  `dotnet publish src/Tessera.Cli -p:PublishProfile=Aot` (one native executable, no JIT at all)
# Measured, each one process under /usr/bin/time, the engines taking turns, ROUNDS times:
#   help      `tessera --help`, HELP_RUNS (20) times in one timed shell loop, per run
#   read-2mb  `tessera read <the 2 MB bench corpus> --format jsonl --jobs 1 -q > /dev/null`, and wink-nlp on it
#   read-20mb the same on the 20 MB corpus
#   assess    `tessera assess cases/kazakhstan-2022 -q` into an empty store
# wink-nlp runs as `node baseline.mjs --engine wink-nlp --warmup-mb 0` (one pass, no warm-up, no forced collection): start-up,
# loading its model, reading the files and annotating them, the same whole-process work as Tessera's `read`, less the output.
#
#   bench/aot.sh
#   ROUNDS=2 SMALL_MB=2 LARGE_MB=20 bench/aot.sh
#   JIT_BIN=/tmp/jit R2R_BIN=/tmp/r2r AOT_BIN=/tmp/aot bench/aot.sh   # reuse builds (folders holding tessera.dll or tessera)
#   ENGINES="jit aot wink-nlp" MEASURES="read-2mb read-20mb" bench/aot.sh
#
# The least CPU time (user + system) over the rounds counts, and the largest peak resident set. Words per CPU second
# divide the corpus's words (whitespace-separated, as tessera-bench counts them) by that CPU time. The load average at
# the start and the end is printed: on a shared machine CPU seconds move much less than wall seconds.
# Full output goes to bench/results/aot-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${ROUNDS:-3}"
seed="${SEED:-20220102}"
small="${SMALL_MB:-2}"
large="${LARGE_MB:-20}"
help_runs="${HELP_RUNS:-20}"
engines="${ENGINES:-jit r2r aot wink-nlp}"
measures="${MEASURES:-help read-${small}mb read-${large}mb assess}"
results="bench/results/aot-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"

need() { command -v "$1" >/dev/null || { echo "bench/aot.sh: '$1' is not installed; it is needed for $2" >&2; exit 2; }; }
need dotnet "building Tessera"
[[ -x /usr/bin/time ]] || { echo "bench/aot.sh: /usr/bin/time is not installed (Debian: apt-get install time)" >&2; exit 2; }
if [[ "$engines" == *wink* ]]; then need node "the wink-nlp baseline"; need npm "installing the wink-nlp baseline"; fi

# build NAME VARIABLE COMMAND...: a folder of the engine's build, the one given in $VARIABLE or a new one.
build() {
  local name="$1" given="${!2:-}"; shift 2
  if [[ -n "$given" ]]; then ln -sfn "$(cd "$given" && pwd)" "$results/$name-bin"; return; fi
  [[ " $engines " == *" $name "* ]] || return 0
  echo "== build $name"
  # Wall time only: the compilers run in build servers, so the CPU time /usr/bin/time sees is the dotnet client's alone.
  /usr/bin/time -f "$name build: %e s wall (load $(cut -d' ' -f1 /proc/loadavg) at its start)" "$@" -o "$results/$name-bin" -v quiet -nologo 2>&1 | tail -n 2
}
build jit JIT_BIN dotnet build -c Release src/Tessera.Cli -p:TesseraReadyToRun=false
build r2r R2R_BIN dotnet publish src/Tessera.Cli -p:PublishProfile=ReadyToRun
build aot AOT_BIN dotnet publish src/Tessera.Cli -p:PublishProfile=Aot
dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 1
if [[ "$engines" == *wink* ]]; then (cd bench/node && npm ci --no-audit --no-fund --loglevel=error); fi

for mb in "$small" "$large"; do
  dotnet bench/Tessera.Bench/bin/Release/net10.0/tessera-bench.dll generate --mb "$mb" --out "bench/corpus/${mb}mb" --seed "$seed"
done
words() { awk -F'\t' '$1 == "words" { print $2 }' "bench/corpus/$1mb/manifest.tsv"; }

# The example case is copied so that its store and brief are written outside the repository.
example="$results/example"
cp -r cases/kazakhstan-2022 "$example"
rm -rf "$example/.tessera" "$example/brief.html" "$example/brief.md"

# tessera ENGINE: the engine's command line (a program /usr/bin/time can start), in the array $exe.
tessera() { if [[ "$1" == aot ]]; then exe=("$results/aot-bin/tessera"); else exe=(dotnet "$results/$1-bin/tessera.dll"); fi; }

# run MEASURE ENGINE: one process under /usr/bin/time; appends "measure engine user sys wall rss_kb".
run() {
  local measure="$1" engine="$2" corpus out="$results/$1-$2" exe cmd
  [[ "$engine" == wink-nlp ]] || tessera "$engine"
  case "$measure:$engine" in
    help:wink-nlp | assess:wink-nlp) return 0 ;;
    # One --help takes a few milliseconds, below what /usr/bin/time shows; HELP_RUNS of them in one shell loop are timed
    # together (the shell's own share is about a millisecond a run) and divided.
    help:*) cmd=(sh -c 'i=0; while [ "$i" -lt "$0" ]; do "$@" > /dev/null || exit 1; i=$((i + 1)); done' "$help_runs" "${exe[@]}" --help) ;;
    assess:*) rm -f "$results/assess.db"*; cmd=("${exe[@]}" assess "$example" --db "$results/assess.db" --out "$results/assess-$engine.html" -q) ;;
    read-*:wink-nlp) corpus="bench/corpus/${measure#read-}"; cmd=(node bench/node/baseline.mjs --corpus "$corpus" --engine wink-nlp --warmup-mb 0 --samples 1) ;;
    read-*:*) corpus="bench/corpus/${measure#read-}"; cmd=("${exe[@]}" read "$corpus"/doc-*.txt --format jsonl --jobs 1 -q) ;;
  esac
  /usr/bin/time -f "%U %S %e %M" -o "$results/time.txt" "${cmd[@]}" > "$out.out" 2> "$out.err" \
    || { echo "bench/aot.sh: $engine failed on $measure: $(tail -n 1 "$out.err")" >&2; exit 1; }
  read -r user sys wall rss < <(tail -n 1 "$results/time.txt")
  local n=1; [[ "$measure" == help ]] && n="$help_runs"
  awk -v m="$measure" -v e="$engine" -v n="$n" -v u="$user" -v s="$sys" -v w="$wall" -v r="$rss" \
    'BEGIN { printf "%s %s %.4f %.4f %.4f %s\n", m, e, u / n, s / n, w / n, r }' | tee -a "$results/measurements.txt"
}

{
  echo "== commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes in src/)'), $(nproc) cores, dotnet $(dotnet --version)$([[ "$engines" == *wink* ]] && echo ", node $(node --version)")"
  echo "== load at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/load.txt"
for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds"
  for measure in $measures; do
    for engine in $engines; do
      run "$measure" "$engine"
    done
  done
  # The outputs of the three builds must be the same bytes: a build that reads differently would not be the same program.
  for measure in $measures; do
    [[ "$measure" == read-* && -f "$results/$measure-jit.out" ]] || continue
    for engine in r2r aot; do
      [[ -f "$results/$measure-$engine.out" ]] || continue
      cmp -s "$results/$measure-jit.out" "$results/$measure-$engine.out" \
        || { echo "bench/aot.sh: $engine's output of $measure differs from jit's" >&2; exit 1; }
    done
  done
done
echo "== load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/load.txt"

echo "== summary: least CPU s (user + system) over $rounds rounds, its wall s, largest peak RSS; ratios to jit's CPU"
{
  for mb in "$small" "$large"; do echo "words read-${mb}mb $(words "$mb")"; done
  cat "$results/measurements.txt"
} | awk '
  $1 == "words" { words[$2] = $3; next }
  {
    k = $1 " " $2; cpu = $3 + $4
    if (!(k in best) || cpu < best[k]) { best[k] = cpu; wall[k] = $5 }
    if ($6 > rss[k]) rss[k] = $6
    if (!(k in seen)) { seen[k] = 1; order[++n] = k }
  }
  END {
    printf "%-10s %-9s %8s %8s %8s %10s %12s %10s\n", "measure", "engine", "CPU s", "wall s", "peak MB", "CPU / jit", "words/CPU-s", "vs wink"
    for (i = 1; i <= n; i++) {
      split(order[i], p, " "); m = p[1]; e = p[2]; j = m " jit"; w = m " wink-nlp"
      ratio = (j in best && best[j] > 0) ? sprintf("%.2f", best[order[i]] / best[j]) : "-"
      wps = (m in words && best[order[i]] > 0) ? sprintf("%.0f", words[m] / best[order[i]]) : "-"
      vs = (m in words && w in best && e != "wink-nlp") ? sprintf("%.2f", best[w] / best[order[i]]) : "-"
      printf "%-10s %-9s %8.3f %8.2f %8.1f %10s %12s %10s\n", m, e, best[order[i]], wall[order[i]], rss[order[i]] / 1024, ratio, wps, vs
    }
    print "vs wink: wink-nlp'"'"'s CPU s over the engine'"'"'s on the same corpus (how many times faster, per CPU second)"
  }' | tee "$results/summary.txt"
echo "Full output: $results/"
