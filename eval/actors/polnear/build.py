#!/usr/bin/env python3
"""Writes the gold of each held-out sample from its sample-X.ann and the units pick.py cuts (see README.md): sample h
into gold/, sample i into gold-i/, sample j into gold-j/, sample k into gold-k/, sample l into gold-l/, sample m into gold-m/,
sample n into gold-n/, sample o into gold-o/, sample p into gold-p/, one <article>.gold.jsonl each with UTF-16 offsets into
the article."""
import json, pathlib
from pick import choose, docs, sentences, u16, units

here = pathlib.Path(__file__).parent
for sample, folder in (("h", "gold"), ("i", "gold-i"), ("j", "gold-j"), ("k", "gold-k"), ("l", "gold-l"), ("m", "gold-m"), ("n", "gold-n"), ("o", "gold-o"), ("p", "gold-p")):
    ann_file = here / f"sample-{sample}.ann"
    ann = {}
    for line in ann_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip(): continue
        prefix, n, *rest = line.split("\t")
        actors = [a.strip() for a in (rest[0] if rest else "").split(";") if a.strip()]
        ann[(prefix, int(n))] = actors

    out = here / folder; out.mkdir(exist_ok=True)
    used = 0
    for name in choose(sample):
        text = (docs / name).read_text(encoding="utf-8-sig")
        rows = []
        for i, (s, e) in enumerate(sentences(text, units(sample)), 1):
            key = (name[:40], i)
            if key not in ann: raise SystemExit(f"{ann_file.name}: no line for {name} unit {i}")
            actors = ann.pop(key); used += 1
            rows.append({"id": f"{name[:-4]}-{sample}{i:02d}", "start": u16(text[:s]), "end": u16(text[:e]), "text": text[s:e],
                         "claim": True, "actors": [a.rsplit("/", 1)[0] for a in actors],
                         "types": {a.rsplit("/", 1)[0]: a.rsplit("/", 1)[1] for a in actors}})
        with open(out / (name[:-4] + ".gold.jsonl"), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if ann: raise SystemExit(f"{ann_file.name}: lines for no unit: {sorted(ann)[:3]}")
    print(f"sample {sample}: {used} units in {len(choose(sample))} articles")
