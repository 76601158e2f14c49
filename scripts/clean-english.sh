#!/usr/bin/env bash
# Writes clean, public-domain English prose to target/clean-english/ for the
# "no damage" measurements: the King James Bible (Debian package bible-kjv,
# public domain) and Ambrose Bierce's "The Devil's Dictionary" (dict-devil,
# public domain). Nothing here is committed; it is regenerated on demand.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/clean-english
mkdir -p "$out"
need=()
command -v bible >/dev/null 2>&1 || need+=(bible-kjv)
[ -f /usr/share/dictd/devil.dict.dz ] || need+=(dict-devil)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y "${need[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1; apt-get install -y "${need[@]}" >/dev/null; }
  else sudo apt-get install -y "${need[@]}" >/dev/null; fi
fi
if [ ! -s "$out/kjv.txt" ]; then
  # one verse per line, reference stripped; verses joined into paragraphs of one chapter
  bible -f "Genesis 1:1-Revelation 22:21" | sed -E 's/^[0-9]?[A-Za-z]+[0-9]+:([0-9]+) //' \
    | awk '/^$/{next} {buf = buf (buf ? " " : "") $0; n++} n==8 {print buf "\n"; buf=""; n=0} END {if (buf) print buf}' > "$out/kjv.txt"
fi
if [ ! -s "$out/devil.txt" ]; then
  zcat /usr/share/dictd/devil.dict.dz | sed -E 's/^ +//' > "$out/devil.txt"
fi
wc -c "$out"/*.txt >&2
