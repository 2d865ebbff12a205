#!/usr/bin/env bash
# `tessera assess --worker`: two workers against one sharing the reading of one generated case through PostgreSQL, measured
# in the same run. Each configuration gets a new database; every worker is one process under /usr/bin/time with --jobs 1,
# so one worker uses one core for reading and two use two. Prints, per configuration, the CPU seconds of all its workers
# together, the wall time from the first start to the last exit, the largest peak memory of one worker, and two/one ratios;
# checks from the store that every source was stored once and the case analysed once.
#
#   TESSERA_BENCH_POSTGRES="Host=127.0.0.1;Port=54329;Username=postgres;Database=postgres" bench/workers.sh
#   DOCS=200 ROUNDS=2 bench/workers.sh
#   BUILD=r2r bench/workers.sh   # the CLI as the README runs it (ReadyToRun); default BUILD=jit, as its figures were taken
#
# Full output goes to bench/results/workers-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source bench/build-mode.sh
server="${TESSERA_BENCH_POSTGRES:-${TESSERA_TEST_POSTGRES:-}}"
[[ -n "$server" ]] || { echo "bench/workers.sh: set TESSERA_BENCH_POSTGRES to a PostgreSQL server's connection string (Host=...;Username=...;Database=...)" >&2; exit 2; }
docs="${DOCS:-200}"
rounds="${ROUNDS:-2}"
seed="${SEED:-20220102}"
results="bench/results/workers-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
command -v psql >/dev/null || { echo "bench/workers.sh: 'psql' is not installed; it creates and drops the databases" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/workers.sh: /usr/bin/time is not installed (Debian: apt-get install time)" >&2; exit 2; }

# The server's connection string for database DB: Npgsql's form for Tessera, libpq's for psql.
with_db() { echo "$server" | sed -E "s/Database=[^;]*/Database=$1/I"; }
conninfo() { with_db "$1" | sed -E 's/Host=/host=/I; s/Port=/port=/I; s/Username=/user=/I; s/Password=/password=/I; s/Database=/dbname=/I; s/;/ /g'; }
pg() { local db="$1"; shift; psql "$(conninfo "$db")" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "== build (Release)"
dotnet build -c Release src/Tessera.Cli "${cli_build_flags[@]}" -o "$results/bin" -v quiet -nologo | tail -n 1
dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 1
case_dir="$results/case"
bench/generated-case.sh "$docs" "$case_dir" "$seed"

# measure WORKERS ROUND: a new database, WORKERS workers started together; appends "workers round cpu wall rss" to the results.
measure() {
  local n="$1" round="$2" db="tessera_bench_workers_$$_$1_$2" start end cpu=0 rss=0 pids=() k
  pg postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start=$(date +%s.%N)
  for ((k = 1; k <= n; k++)); do
    /usr/bin/time -f "%U %S %e %M" -o "$results/time-$n-$round-$k.txt" dotnet "$results/bin/tessera.dll" assess "$case_dir" --db "$(with_db "$db")" \
      --worker --jobs 1 -q --out "$results/brief-$n-$round-$k.html" > "$results/out-$n-$round-$k.txt" 2>&1 &
    pids+=($!)
  done
  for k in "${pids[@]}"; do wait "$k" || { echo "a worker failed: see $results/out-$n-$round-*.txt" >&2; exit 1; }; done
  end=$(date +%s.%N)
  for ((k = 1; k <= n; k++)); do
    read -r user sys _ peak < <(tail -n 1 "$results/time-$n-$round-$k.txt")
    cpu=$(echo "$cpu + $user + $sys" | bc); (( peak > rss )) && rss=$peak
  done
  local stored analysed briefs
  stored=$(pg "$db" -c "SELECT count(*) || ' sources, ' || sum(reads) || ' reads, ' || count(DISTINCT claimed_by) || ' workers' FROM reading_queue")
  analysed=$(pg "$db" -c "SELECT count(*) FROM analysis_runs")
  briefs=$(ls "$results"/brief-$n-$round-*.html 2>/dev/null | wc -l)
  echo "$n $round $cpu $(echo "$end - $start" | bc) $rss" >> "$results/measurements.txt"
  echo "$n worker(s), round $round: CPU $cpu s, wall $(echo "$end - $start" | bc) s, peak $((rss / 1024)) MB; $stored; analyses $analysed, briefs $briefs; load $(cut -d' ' -f1-3 /proc/loadavg)"
  pg postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
}

echo "== load at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  measure 1 "$round"
  measure 2 "$round"
done

echo "== summary (least CPU and wall time, largest peak memory over $rounds rounds; ratio = two / one)"
awk '
  { n = $1; if (!(n in cpu) || $3 < cpu[n]) cpu[n] = $3; if (!(n in wall) || $4 < wall[n]) wall[n] = $4; if ($5 / 1024 > rss[n]) rss[n] = $5 / 1024 }
  END {
    printf "%-10s %8s %8s %8s\n", "workers", "CPU s", "wall s", "peak MB"
    for (n = 1; n <= 2; n++) printf "%-10s %8.2f %8.2f %8d\n", n, cpu[n], wall[n], rss[n]
    printf "%-10s %8.2f %8.2f %8.2f\n", "two / one", cpu[2] / cpu[1], wall[2] / wall[1], rss[2] / rss[1]
  }' "$results/measurements.txt" | tee "$results/summary.txt"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); full output: $results/"
