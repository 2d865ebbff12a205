#!/usr/bin/env bash
# A case folder of DOCS generated news documents of about 600 words each, dated through January 2022: what bench/assess.sh
# and bench/workers.sh assess. Needs bench/Tessera.Bench built in Release.
#
#   bench/generated-case.sh DOCS CASE_DIR [SEED]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
docs="$1"
case_dir="$2"
seed="${3:-20220102}"
mb=$(( docs * 13 / 1000 + 1 ))
dotnet bench/Tessera.Bench/bin/Release/net10.0/tessera-bench.dll generate --mb "$mb" --out "bench/corpus/assess-${mb}mb" --seed "$seed"
mkdir -p "$case_dir/sources"
{
  echo "title: Generated case of $docs documents"
  echo "sources:"
} > "$case_dir/case.yaml"
n=0
for f in $(ls "bench/corpus/assess-${mb}mb"/doc-*.txt | head -n "$docs"); do
  n=$((n + 1))
  # Whole paragraphs up to about 600 words, as a news story runs.
  awk 'BEGIN { RS = ""; ORS = "\n\n" } { words += NF; print; if (words >= 600) exit }' "$f" > "$case_dir/sources/$(basename "$f")"
  printf '  - file: sources/%s\n    date: 2022-01-%02d\n' "$(basename "$f")" $(( 1 + n % 28 )) >> "$case_dir/case.yaml"
done
[[ "$n" -eq "$docs" ]] || { echo "bench/generated-case.sh: the corpus gave $n documents, not $docs" >&2; exit 2; }
echo "$(cat "$case_dir"/sources/*.txt | wc -w) words in $n documents"
