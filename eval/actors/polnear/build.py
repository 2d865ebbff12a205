#!/usr/bin/env python3
"""Writes gold/<article>.gold.jsonl for sample h from sample-h.ann and the units pick.py cuts (see README.md)."""
import json, pathlib
from pick import choose, docs, sentences, u16

here = pathlib.Path(__file__).parent
ann = {}
for line in (here / "sample-h.ann").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip(): continue
    prefix, n, *rest = line.split("\t")
    actors = [a.strip() for a in (rest[0] if rest else "").split(";") if a.strip()]
    ann[(prefix, int(n))] = actors

out = here / "gold"; out.mkdir(exist_ok=True)
used = 0
for name in choose():
    text = (docs / name).read_text(encoding="utf-8-sig")
    rows = []
    for i, (s, e) in enumerate(sentences(text, 8), 1):
        key = (name[:40], i)
        if key not in ann: raise SystemExit(f"sample-h.ann: no line for {name} unit {i}")
        actors = ann.pop(key); used += 1
        rows.append({"id": f"{name[:-4]}-h{i:02d}", "start": u16(text[:s]), "end": u16(text[:e]), "text": text[s:e],
                     "claim": True, "actors": [a.rsplit("/", 1)[0] for a in actors],
                     "types": {a.rsplit("/", 1)[0]: a.rsplit("/", 1)[1] for a in actors}})
    with open(out / (name[:-4] + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
if ann: raise SystemExit(f"sample-h.ann: lines for no unit: {sorted(ann)[:3]}")
print(f"{used} units in {len(choose())} articles")
