#!/usr/bin/env bash
# Imports generated GDELT 2.0 event rows into a case and reports the rate and the peak memory, at two sizes, so a flat peak
# shows the import streams. Usage: ROWS="100000 1000000" bench/import.sh (BUILD=r2r: the CLI as the README runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build-mode.sh
ROWS=${ROWS:-"100000 1000000"}
work=bench/corpus/import
mkdir -p "$work"
dotnet build src/Tessera.Cli -c Release "${cli_build_flags[@]}" -v quiet -nologo >/dev/null
tessera="dotnet src/Tessera.Cli/bin/Release/net10.0/tessera.dll"
for n in $ROWS; do
  file="$work/gdelt-$n.tsv"
  [ -f "$file" ] || python3 - "$n" "$file" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
places = [("Varna, Varna, Bulgaria", "43.2167", "27.9167"), ("Sofia, Grad Sofiya, Bulgaria", "42.6833", "23.3167"),
          ("Bucharest, Bucuresti, Romania", "44.4333", "26.1"), ("Istanbul, Istanbul, Turkey", "41.0186", "28.9647")]
actors = ["BULGARIA", "ROMANIA", "RUSSIA", "TURKEY", "POLICE", "PROTESTER", "UNION", "GOVERNMENT"]
codes = [("112", "-2"), ("141", "-6.5"), ("0233", "3.4"), ("040", "1"), ("173", "-5"), ("190", "-10")]
with open(path, "w") as f:
    for i in range(n):
        c = [""] * 61
        day = "202403%02d" % rng.randint(1, 31)
        place, lat, lon = rng.choice(places)
        code, gold = rng.choice(codes)
        c[0] = str(1100000000 + i); c[1] = day; c[2] = day[:6]; c[3] = day[:4]
        c[6] = rng.choice(actors); c[16] = rng.choice(actors); c[26] = code; c[28] = code[:2]; c[30] = gold
        c[52] = place; c[56] = lat; c[57] = lon; c[60] = "https://example.invalid/%d" % i
        f.write("\t".join(c) + "\n")
PY
  case="$work/case-$n"
  rm -rf "$case"; mkdir -p "$case/sources"
  printf 'title: Import bench\nperiod:\n  from: 2024-03-01\n  to: 2024-03-31\nregion: Bulgaria\nsources: []\n' > "$case/case.yaml"
  echo "== $n rows ($(du -h "$file" | cut -f1))"
  /usr/bin/time -f "wall %e s, cpu %U+%S s, peak RSS %M KB" $tessera import "$case" "$file" --format gdelt
done
