#!/usr/bin/env bash
# Reads each article of sample h with a tessera build and scores the actors pooled (see README.md).
#   eval/actors/polnear/score.sh "dotnet /tmp/read12-bin/tessera.dll" [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docs="$here/../../../../shared/eval/news/polnear-train/docs"
tessera="${1:?usage: score.sh TESSERA-COMMAND [OUTDIR]}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
args=()
for g in "$here"/gold/*.gold.jsonl; do
  n="$(basename "$g" .gold.jsonl)"
  $tessera read "$docs/$n.txt" --format jsonl > "$out/$n.jsonl"
  args+=(--gold "$g" --system "$out/$n.jsonl")
done
python3 "$here/../../../../shared/eval/score.py" --aliases "$here/aliases.tsv" "${args[@]}" "${@:3}"
