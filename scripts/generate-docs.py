#!/usr/bin/env python3
"""Writes N generated documents, each PARAS paragraphs drawn (seeded) from our own corpus samples
(corpus/*.dirty.txt), as JSON lines {"id", "feed", "text"} and, with --tree DIR, also one file each.
Used by scripts/spark-check.sh and scripts/spark-vs-batch.sh.

  scripts/generate-docs.py N OUT.jsonl [--seed S] [--paras P] [--feed NAME] [--tree DIR]
"""
import argparse, glob, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument('n', type=int)
ap.add_argument('out')
ap.add_argument('--seed', type=int, default=11)
ap.add_argument('--paras', type=int, default=3)
ap.add_argument('--feed', default='generated')
ap.add_argument('--tree')
a = ap.parse_args()
paras = []
for p in sorted(glob.glob('corpus/*.dirty.txt')):
    paras += [x.strip() for x in open(p, encoding='utf-8').read().split('\n\n') if x.strip()]
r = random.Random(a.seed)
if a.tree:
    os.makedirs(a.tree, exist_ok=True)
with open(a.out, 'w', encoding='utf-8') as f:
    for i in range(a.n):
        text = "\n\n".join(r.choice(paras) for _ in range(a.paras))
        f.write(json.dumps({"id": i, "feed": a.feed, "text": text}) + "\n")
        if a.tree:
            with open(os.path.join(a.tree, 'doc%05d.txt' % i), 'w', encoding='utf-8') as d:
                d.write(text + "\n")
