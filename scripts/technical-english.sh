#!/usr/bin/env bash
# Writes clean, modern, third-party technical English to target/technical-english/ for a precision
# probe beside the modern-English one (scripts/modern-english.sh): documentation nobody here wrote,
# with code blocks, tables, command lines, identifiers and reference lists. Every change copydesk
# makes there is a candidate wrong change to read. Nothing here is committed; it is regenerated from
# Debian packages (no network at test time):
#   handbook-NNN.txt  The Debian Administrator's Handbook, English HTML (debian-handbook: GPL-2+ or
#                     CC-BY-SA-3.0): paragraphs joined, <pre> blocks indented four spaces
#   perl-NNN.txt      Perl's tutorials and FAQ (perl-doc: Artistic or GPL-1+): POD paragraphs, formatting
#                     codes reduced to their text (as a scraped page shows them), verbatim blocks kept
# Each file is about 6 KB, cut at paragraph ends. Usage:
#   scripts/technical-english.sh && ./copydesk clean --format jsonl target/technical-english > OUT.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/technical-english
if [ -n "$(ls "$out"/*.txt 2>/dev/null)" ]; then
  ls "$out" | wc -l >&2
  exit 0
fi
need=()
[ -d /usr/share/doc/debian-handbook/html/en-US ] || need+=(debian-handbook)
ls /usr/share/perl/5.*/pod/perlfaq1.pod >/dev/null 2>&1 || need+=(perl-doc)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y "${need[@]}" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null 2>&1; $sudo apt-get install -y "${need[@]}" >/dev/null; }
fi
mkdir -p "$out"
python3 - "$out" <<'PY'
import glob, re, sys
from html.parser import HTMLParser
out = sys.argv[1]

def write(prefix, paras):
    n, chunk = 0, ""
    for para in paras:
        chunk += para + "\n\n"
        if len(chunk) > 6000:
            open(f"{out}/{prefix}-{n:03d}.txt", "w", encoding="utf-8").write(chunk); n += 1; chunk = ""
    if chunk:
        open(f"{out}/{prefix}-{n:03d}.txt", "w", encoding="utf-8").write(chunk)

class Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(); self.paras = []; self.cur = None; self.kind = None
    def handle_starttag(self, tag, attrs):
        # Publican's HTML puts body paragraphs in <div class="para">, sidebars in <p>
        if self.cur is None and (tag in ("p", "pre") or tag == "div" and ("class", "para") in attrs):
            self.cur, self.kind, self.depth = [], tag, 0
        elif self.cur is not None and tag == self.kind:
            self.depth += 1
    def handle_endtag(self, tag):
        if self.cur is not None and tag == self.kind and self.depth > 0:
            self.depth -= 1
        elif self.cur is not None and tag == self.kind:
            t = "".join(self.cur)
            t = re.sub(r"\s+", " ", t).strip() if tag != "pre" else "\n".join("    " + l for l in t.strip("\n").split("\n"))
            if t.strip():
                self.paras.append(t)
            self.cur = None
    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)

handbook = []
for f in sorted(glob.glob("/usr/share/doc/debian-handbook/html/en-US/*.html")):
    p = Paragraphs(); p.feed(open(f, encoding="utf-8").read()); handbook += p.paras
write("handbook", handbook)

code = re.compile(r"([A-Z])<<+\s(.*?)\s>>+|([A-Z])<([^<>]*)>")
def formatting(m):
    letter = m.group(1) or m.group(3)
    inner = m.group(2) if m.group(1) else m.group(4)
    if letter in "XZ":
        return ""                                   # index entries and zero-width marks show nothing
    if letter == "E":
        return {"lt": "<", "gt": ">", "verbar": "|", "sol": "/"}.get(inner, "")
    return inner.split("|")[0] if letter == "L" else inner
def text(t):
    before = None
    while before != t:
        before, t = t, code.sub(formatting, t)
    return t
# one Perl version's pods (the package links 5.36 to 5.36.0)
pod_dir = sorted(glob.glob("/usr/share/perl/5.*/pod"), key=len)[0]
pods = sorted(p for p in glob.glob(pod_dir + "/*.pod") if re.search(
    r"perl(faq\d*|intro|syn|op|retut|ootut|style|sec|unicode|data|sub|mod|trap|debtut|perf|hacktips"
    r"|communit|hist|book|philosophy|tooc|var)", p))
perl = []
for f in pods:
    for block in open(f, encoding="utf-8", errors="replace").read().split("\n\n"):
        if not block.strip():
            continue
        if block.startswith("="):
            parts = block.split(None, 1)
            if parts[0] in ("=head1", "=head2", "=head3", "=head4", "=item") and len(parts) > 1:
                perl.append(re.sub(r"\s+", " ", text(parts[1])).strip())
            continue
        perl.append(block.rstrip() if block[0] in " \t" else re.sub(r"\s+", " ", text(block)).strip())
write("perl", [p for p in perl if p.strip()])
PY
ls "$out" | wc -l >&2
