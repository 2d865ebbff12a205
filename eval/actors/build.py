#!/usr/bin/env python3
"""Builds each sample-X.txt and sample-X.gold.jsonl from sample-X.src (see README.md): the source keeps every
sentence beside its actors, so the text and its gold cannot drift apart."""
import json, pathlib, sys

here = pathlib.Path(__file__).parent
def u16(s): return len(s.encode("utf-16-le")) // 2

for src in sorted(here.rglob("sample-*.src")):
    paragraphs, cur = [], []
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur: paragraphs.append(cur); cur = []
            continue
        sentence, _, actors = line.partition("\t")
        cur.append((sentence.strip(), [a.strip() for a in actors.split(";") if a.strip()]))
    if cur: paragraphs.append(cur)
    text, gold, n = "", [], 0
    for p in paragraphs:
        if text: text += "\n\n"
        for k, (sentence, actors) in enumerate(p):
            if k: text += " "
            start = u16(text); text += sentence; n += 1
            names = [a.rsplit("/", 1)[0] for a in actors]
            types = {a.rsplit("/", 1)[0]: a.rsplit("/", 1)[1] for a in actors}
            gold.append({"id": f"{src.stem}-{n:02d}", "start": start, "end": u16(text), "text": sentence,
                         "claim": True, "actors": names, "types": types})
    src.with_suffix(".txt").write_text(text + "\n", encoding="utf-8")
    with open(src.with_suffix(".gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
