#!/usr/bin/env bash
# `tessera read --format jsonl` against `--format table` written to a file, on the 2 MB bench corpus, with a baseline commit's
# table measured in the same run: CPU seconds (user + system) and peak resident memory per process, least CPU over ROUNDS.
#
#   bench/read-formats.sh [BASELINE_REF]      # default baseline: d8cfc88, the last commit whose table went through Spectre.Console
#   CURRENT_BIN=/tmp/cur BASELINE_BIN=/tmp/base bench/read-formats.sh   # reuse Release builds (folders holding tessera.dll)
#   BUILD=r2r bench/read-formats.sh   # the current tree as the README runs it (ReadyToRun); default BUILD=jit, like for like
#
# Full output goes to bench/results/read-formats-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source bench/build-mode.sh
baseline_ref="${1:-d8cfc88}"
rounds="${ROUNDS:-2}"
seed="${SEED:-20220102}"
results="bench/results/read-formats-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
[[ -x /usr/bin/time ]] || { echo "bench/read-formats.sh: /usr/bin/time is not installed (Debian: apt-get install time)" >&2; exit 2; }

current="${CURRENT_BIN:-$results/current-bin}"
baseline="${BASELINE_BIN:-$results/baseline-bin}"
if [[ -z "${CURRENT_BIN:-}" ]]; then dotnet build -c Release src/Tessera.Cli "${cli_build_flags[@]}" -o "$current" -v quiet -nologo | tail -n 1; fi
if [[ -z "${BASELINE_BIN:-}" ]]; then
  src="$(mktemp -d /tmp/tessera-baseline.XXXXXX)"
  trap 'rm -rf "$src"' EXIT
  # An archive of the commit, not a worktree: nothing is added to the repository's metadata.
  git archive "$baseline_ref" | tar -x -C "$src"
  dotnet build -c Release "$src/src/Tessera.Cli" -o "$baseline" -v quiet -nologo | tail -n 1
fi
dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 1
corpus="bench/corpus/read-2mb"
[[ -d "$corpus" ]] || dotnet bench/Tessera.Bench/bin/Release/net10.0/tessera-bench.dll generate --mb 2 --out "$corpus" --seed "$seed"
mapfile -t files < <(ls "$corpus"/doc-*.txt)
echo "load at the start: $(cut -d' ' -f1-3 /proc/loadavg); ${#files[@]} files"

for ((round = 1; round <= rounds; round++)); do
  for run in "current jsonl" "current table" "baseline table"; do
    read -r engine format <<< "$run"
    bin="$current"; [[ "$engine" == baseline ]] && bin="$baseline"
    /usr/bin/time -f "%U %S %e %M" -o "$results/time.txt" dotnet "$bin/tessera.dll" read "${files[@]}" --format "$format" --jobs 1 -q \
      > "$results/$engine-$format.out" 2> "$results/$engine-$format.err"
    read -r user sys wall rss < <(tail -n 1 "$results/time.txt")
    echo "$engine $format $user $sys $wall $rss $(stat -c %s "$results/$engine-$format.out")" | tee -a "$results/measurements.txt"
  done
done

echo "== least CPU over $rounds rounds; ratio = CPU / current jsonl's CPU"
awk '{ k = $1 " " $2; c = $3 + $4; if (!(k in cpu) || c < cpu[k]) cpu[k] = c; if ($6 > rss[k]) rss[k] = $6; bytes[k] = $7 }
  END { base = cpu["current jsonl"]
        printf "%-16s %8s %7s %8s %11s\n", "engine format", "CPU s", "ratio", "peak MB", "output MB"
        for (k in cpu) printf "%-16s %8.2f %7.2f %8.1f %11.1f\n", k, cpu[k], cpu[k] / base, rss[k] / 1024, bytes[k] / 1048576 }' \
  "$results/measurements.txt" | tee "$results/summary.txt"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); full output: $results/"
