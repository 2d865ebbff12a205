#!/usr/bin/env python3
"""Chooses the PolNeAR train articles of a held-out actor sample and splits the first sentences of each into units with
UTF-16 offsets into the article, for annotation by hand (see README.md). Sample h: three per publisher, a fixed shuffle,
eight units each. Sample i: of the articles h did not take, four per publisher by another fixed shuffle, six units each.
Sample j: of the articles neither h nor i took, the same size and rule as i with a third seed. Sample k: of the articles
none of h, i and j took, the same size and rule with a fourth seed. Sample l: of the articles none of h-k took, the same
size and rule with a fifth seed. Sample m: of the articles none of h-l took, the same size and rule with a sixth seed. Sample n: of the articles none of
h-m took, the same size and rule with a seventh seed. Sample o: of the articles none of h-n took, the same size and rule with
an eighth seed. Sample p: of the articles none of h-o took, the same size and rule with a ninth seed."""
import json, pathlib, random, re, sys

docs = pathlib.Path(__file__).resolve().parents[4] / "shared/eval/news/polnear-train/docs"
def u16(s): return len(s.encode("utf-16-le")) // 2

# sample: (seed of the shuffle, articles per publisher, units per article, earlier samples whose articles it skips)
SAMPLES = {"h": (20261203, 3, 8, ()), "i": (20261212, 4, 6, ("h",)), "j": (20261219, 4, 6, ("h", "i")),
           "k": (20261226, 4, 6, ("h", "i", "j")), "l": (20270102, 4, 6, ("h", "i", "j", "k")),
           "m": (20270109, 4, 6, ("h", "i", "j", "k", "l")),
           "n": (20270116, 4, 6, ("h", "i", "j", "k", "l", "m")),
           "o": (20270123, 4, 6, ("h", "i", "j", "k", "l", "m", "n")),
           "p": (20270130, 4, 6, ("h", "i", "j", "k", "l", "m", "n", "o"))}

def choose(sample="h"):
    seed, each, _, skip = SAMPLES[sample]
    taken = {n for s in skip for n in choose(s)}
    names = [n for n in sorted(p.name for p in docs.glob("*.txt")) if n not in taken]
    random.Random(seed).shuffle(names)
    per, chosen = {}, []
    for n in names:
        pub = n.split("_")[0]
        if per.get(pub, 0) < each:
            per[pub] = per.get(pub, 0) + 1; chosen.append(n)
    return sorted(chosen)

def units(sample):
    return SAMPLES[sample][2]

# A sentence ends at . ! ? (or a closing quotation after one) before a space and a capital or a quotation mark; a
# paragraph break always ends one. Titles and initials are not ends.
ABBR = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|U\.S|U\.N|No|vs|Calif|Fla|Va|Pa|Mass|Ga|Ky|Ill|Mich|Wis|Ind|Ariz|Nev|Colo|Minn|Tenn|Ala|La|Md|Conn|Wash|Ore|Okla|Ark|Miss|Neb|Kan|Del|D|R|I)\.|\b[A-Z]\.)$")
def sentences(text, limit):
    out = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(0), m.start()
        start = 0
        for e in re.finditer(r"[.!?][\"”’']*(?=\s+[\"“‘A-Z])", para):
            if ABBR.search(para[:e.start() + 1]): continue
            out.append((base + start, base + e.end())); start = e.end()
            while start < len(para) and para[start] == " ": start += 1
        if para[start:].strip(): out.append((base + start, base + len(para)))
        if len(out) >= limit: break
    return out[:limit]

if __name__ == "__main__":
    sample = sys.argv[1] if len(sys.argv) > 1 else "h"
    limit = units(sample)
    for n in choose(sample):
        text = (docs / n).read_text(encoding="utf-8-sig")
        for i, (s, e) in enumerate(sentences(text, limit), 1):
            print(json.dumps({"doc": n, "n": i, "start": u16(text[:s]), "end": u16(text[:e]), "text": text[s:e]}, ensure_ascii=False))
