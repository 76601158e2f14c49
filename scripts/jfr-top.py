#!/usr/bin/env python3
"""Aggregates the jdk.ExecutionSample events of `jfr print` output.

Usage: jfr print --stack-depth 256 --events jdk.ExecutionSample REC.jfr | python3 scripts/jfr-top.py [N] [WITHIN]

WITHIN (a method, e.g. org.copydesk.bench.Bench.run) keeps only the samples with that frame on the
stack: for `copydesk bench`, the timed loops without the start-up loading.

Prints, out of all samples: (1) self time by top frame (method), (2) inclusive time of
copydesk stages (first org.copydesk.stage.<name> frame from the top), (3) inclusive time of the
heaviest LanguageTool / OpenNLP / copydesk methods (each counted once per sample).
"""
import re
import sys
from collections import Counter

n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
frame_re = re.compile(r'^\s+([\w$.<>/]+)\(.*line:')
samples = []
current = None
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        current = []
        samples.append(current)
    elif current is not None:
        m = frame_re.match(line)
        if m:
            current.append(m.group(1))
if len(sys.argv) > 2:
    samples = [s for s in samples if sys.argv[2] in s]
total = len(samples) or 1

top = Counter(s[0] for s in samples if s)
stage = Counter()
incl = Counter()
for s in samples:
    st = 'other (no stage frame: JIT threads excluded, loading, I/O)'
    for f in s:
        m = re.match(r'org\.copydesk\.stage\.(\w+)\.', f)
        if m:
            st = m.group(1)
    stage[st] += 1
    for f in set(s):
        if f.startswith(('org.languagetool.', 'opennlp.', 'org.copydesk.', 'morfologik.', 'com.github.pemistahl')):
            incl[f] += 1


def show(title, counter, k):
    print(f'## {title} ({len(samples)} samples)')
    for name, c in counter.most_common(k):
        print(f'{100.0 * c / total:6.1f}%  {name}')
    print()


show('self time, top frame', top, n)
show('stage (outermost org.copydesk.stage frame)', stage, 20)
show('inclusive, LanguageTool/OpenNLP/morfologik/copydesk methods', incl, n)
