#!/usr/bin/env python3
"""Hedges and predictions on the hand-labelled modality sample (tests/Tessera.Tests/Stance/Samples/modality.tsv).

usage: bench/modality.py [--sample TSV] [--tessera CMD] [--errors]

Writes the sample's sentences as one paragraph each, reads them with one `tessera read --format jsonl`
process, and prints precision and recall of `hedged` and `prediction` against the labels, with counts
per reading (epistemic, permission, ability, request, habitual, ...). --errors lists each disagreement.
"""
import argparse, json, os, shlex, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_SAMPLE = os.path.join(ROOT, "tests", "Tessera.Tests", "Stance", "Samples", "modality.tsv")
DEFAULT_TESSERA = "dotnet " + os.path.join(ROOT, "src", "Tessera.Cli", "bin", "Debug", "net10.0", "tessera.dll")


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        sentence, hedged, prediction, reading = line.split("\t")
        rows.append((sentence, hedged == "yes", prediction == "yes", reading))
    return rows


def pr(pairs):
    tp = sum(1 for w, g in pairs if w and g)
    fp = sum(1 for w, g in pairs if g and not w)
    fn = sum(1 for w, g in pairs if w and not g)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp, fp, fn


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", default=DEFAULT_SAMPLE)
    ap.add_argument("--tessera", default=DEFAULT_TESSERA)
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    rows = load(a.sample)
    text, starts = "", []
    for sentence, *_ in rows:
        starts.append(len(text))
        text += sentence + "\n\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sample.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run(shlex.split(a.tessera) + ["read", path, "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
    records = {r["start"]: r for r in map(json.loads, filter(str.strip, out.splitlines()))}
    got = [records.get(s, {}) for s in starts]
    for field, index in (("hedged", 1), ("prediction", 2)):
        p, r, tp, fp, fn = pr([(row[index], bool(g.get(field))) for row, g in zip(rows, got)])
        print(f"{field:<11} P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn}; {len(rows)} sentences)")
    wrong = Counter(row[3] for row, g in zip(rows, got) if row[1] != bool(g.get("hedged")) or row[2] != bool(g.get("prediction")))
    print("sentences read wrongly, by reading:", dict(sorted(wrong.items())) or "none")
    if a.errors:
        for row, g in zip(rows, got):
            if row[1] != bool(g.get("hedged")) or row[2] != bool(g.get("prediction")):
                print(f"  [{row[3]}] {row[0]}  want hedged={row[1]} prediction={row[2]}, got hedged={bool(g.get('hedged'))} prediction={bool(g.get('prediction'))}")


if __name__ == "__main__":
    sys.exit(main())
