#!/usr/bin/env python3
"""Attribution on the PolNeAR train split, pooled over every article and per publisher.

usage: bench/polnear.py [--corpus DIR] [--tessera CMD] [--errors FILE] [--keep DIR] [--json]

Reads every docs/NAME.txt with one `tessera read --format jsonl` process, splits its output back into
documents (a document's records start again from the top of its text) and scores them against gold/NAME.gold.jsonl with ../shared/eval/score.py, pooled
over all documents and again per publisher (the part of NAME before the first underscore).
"""
import argparse, json, os, shlex, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "eval", "news", "polnear-train")
DEFAULT_TESSERA = "dotnet " + os.path.join(ROOT, "src", "Tessera.Cli", "bin", "Debug", "net10.0", "tessera.dll")


def split_documents(lines, texts):
    """One list of records per document, in the order the documents were given. A document's records
    cover its text in order, so a record that starts before the one before it opens the next document;
    each document's records must fit inside its own text."""
    docs, current, last = [], [], -1
    for line in lines:
        if not line.strip():
            continue
        r = json.loads(line)
        if current and r["start"] < last:
            docs.append(current)
            current = []
        current.append(r)
        last = r["start"]
    if current:
        docs.append(current)
    if len(docs) != len(texts) or any(d and d[-1]["end"] > len(t) for d, t in zip(docs, texts)):
        return None
    return docs


def read_all(tessera, paths):
    out = subprocess.run(shlex.split(tessera) + ["read", *paths, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout.splitlines()
    texts = [open(p, encoding="utf-8-sig").read() for p in paths]
    docs = split_documents(out, texts)
    if docs is not None:
        return docs
    # A document without records (or an unusual order) defeats the split: fall back to one process each.
    return [[json.loads(l) for l in subprocess.run(shlex.split(tessera) + ["read", p, "--format", "jsonl"],
                                                  check=True, capture_output=True, text=True).stdout.splitlines() if l.strip()]
            for p in paths]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--tessera", default=DEFAULT_TESSERA, help="the command that runs tessera")
    ap.add_argument("--errors", help="write every disagreement (pooled) to this file")
    ap.add_argument("--keep", help="write each document's records to KEEP/NAME.jsonl, to read beside the errors")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.corpus, "..", ".."))
    import score as scorer

    names = sorted(n[:-4] for n in os.listdir(os.path.join(a.corpus, "docs")) if n.endswith(".txt"))
    paths = [os.path.join(a.corpus, "docs", n + ".txt") for n in names]
    systems = read_all(a.tessera, paths)
    golds = [scorer.load_jsonl(os.path.join(a.corpus, "gold", n + ".gold.jsonl")) for n in names]
    by_publisher = defaultdict(list)
    for n, g, s in zip(names, golds, systems):
        by_publisher[n.split("_")[0]].append((g, s))
    pooled, errors = scorer.score(list(zip(golds, systems)), {})
    rows = [("all", len(names), pooled)] + [(p, len(v), scorer.score(v, {})[0]) for p, v in sorted(by_publisher.items())]
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        for n, s in zip(names, systems):
            with open(os.path.join(a.keep, n + ".jsonl"), "w", encoding="utf-8") as f:
                f.writelines(json.dumps(r) + "\n" for r in s)
    if a.errors:
        with open(a.errors, "w", encoding="utf-8") as f:
            for e in errors:
                f.write("\t".join(e) + "\n")
    if a.json:
        print(json.dumps({name: r for name, _, r in rows}))
        return
    print(f"{'publisher':<16}{'docs':>6}{'attr P':>8}{'attr R':>8}{'attr F1':>8}{'speaker':>9}{'macro':>7}")
    for name, n, r in rows:
        at = r["attributed"]
        print(f"{name:<16}{n:>6}{at['precision']:>8.3f}{at['recall']:>8.3f}{at['f1']:>8.3f}{r['speaker_accuracy']:>9.3f}{r['macro']:>7.3f}")


if __name__ == "__main__":
    sys.exit(main())
