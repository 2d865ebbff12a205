#!/usr/bin/env bash
# Reads each article of a held-out sample with a tessera build and scores the actors pooled (see README.md).
#   eval/actors/polnear/score.sh "dotnet /tmp/read12-bin/tessera.dll" [OUTDIR]            # sample h
#   SAMPLE=i eval/actors/polnear/score.sh "dotnet /tmp/actors12-bin/tessera.dll" [OUTDIR]  # sample i (likewise j-p)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docs="$here/../../../../shared/eval/news/polnear-train/docs"
tessera="${1:?usage: score.sh TESSERA-COMMAND [OUTDIR]}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
args=()
case "${SAMPLE:-h}" in h) gold="$here/gold" ;; i) gold="$here/gold-i" ;; j) gold="$here/gold-j" ;; k) gold="$here/gold-k" ;; l) gold="$here/gold-l" ;; m) gold="$here/gold-m" ;; n) gold="$here/gold-n" ;; o) gold="$here/gold-o" ;; p) gold="$here/gold-p" ;; *) echo "SAMPLE must be h, i, j, k, l, m, n, o or p" >&2; exit 2 ;; esac
for g in "$gold"/*.gold.jsonl; do
  n="$(basename "$g" .gold.jsonl)"
  $tessera read "$docs/$n.txt" --format jsonl > "$out/$n.jsonl"
  args+=(--gold "$g" --system "$out/$n.jsonl")
done
python3 "$here/../../../../shared/eval/score.py" --aliases "$here/aliases.tsv" "${args[@]}" "${@:3}"
