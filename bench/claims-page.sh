#!/usr/bin/env bash
# The workbench's claims page on a case of CLAIMS claims (default 100,000), asked REQUESTS times (default 1,000) over HTTP:
# answer times and memory per 100 requests, and per query, under /usr/bin/time -v for the process's CPU seconds and peak
# resident memory.
#
#   bench/claims-page.sh
#   CLAIMS=10000 REQUESTS=300 bench/claims-page.sh
#
# The case is made once in bench/corpus/claims-<CLAIMS>/ with its store and kept: the first run assesses it (minutes), later
# runs only load it. Full output goes to bench/results/claims-page-<time>/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
claims="${CLAIMS:-100000}"
requests="${REQUESTS:-1000}"
seed="${SEED:-20220102}"
results="bench/results/claims-page-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$results"
command -v dotnet >/dev/null || { echo "bench/claims-page.sh: 'dotnet' is not installed; it is needed for building Tessera" >&2; exit 2; }

dotnet build -c Release bench/Tessera.Bench -v quiet -nologo | tail -n 1
bench="bench/Tessera.Bench/bin/Release/net10.0/tessera-bench"
# The generated text holds about 14,000 claims per MiB; the case takes only the documents it needs.
mb=$(( claims / 10000 + 2 ))
"$bench" generate --mb "$mb" --out "bench/corpus/${mb}mb" --seed "$seed"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$results/load.txt"
/usr/bin/time -v "$bench" claims-page --corpus "bench/corpus/${mb}mb" --case "bench/corpus/claims-${claims}" --claims "$claims" --requests "$requests" \
  > "$results/claims-page.txt" 2> "$results/time.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/load.txt"
cat "$results/claims-page.txt"
grep -E "User time|System time|Maximum resident" "$results/time.txt"
