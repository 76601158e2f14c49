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
frame_re = re.compile(r'^\s+([\w$.<>/]+)\(.*line: (\d+)')
samples = []
sample_lines = []
current = None
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        current = []
        current_lines = []
        samples.append(current)
        sample_lines.append(current_lines)
    elif current is not None:
        m = frame_re.match(line)
        if m:
            current.append(m.group(1))
            current_lines.append(m.group(2))
if len(sys.argv) > 2:
    kept = [i for i, s in enumerate(samples) if sys.argv[2] in s]
    samples = [samples[i] for i in kept]
    sample_lines = [sample_lines[i] for i in kept]
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

# where the grammar stage's time goes, LanguageTool inside it
def share(pred):
    return 100.0 * sum(1 for s in samples if pred(s)) / total


def lt(s):
    return 'org.copydesk.stage.grammar.GrammarStage.check' in s


print(f'## grammar stage and LanguageTool ({len(samples)} samples)')
print(f'{share(lt):6.1f}%  LanguageTool check() of the deep spans')
for name, frame in [('chunker (OpenNLP, EnglishChunker.addChunkTags)', 'org.languagetool.chunking.EnglishChunker.addChunkTags'),
                    ('disambiguator', 'org.languagetool.tagging.en.EnglishHybridDisambiguator.disambiguate'),
                    ('tagger', 'org.languagetool.tagging.en.EnglishTagger.tag'),
                    ('sentence split', 'org.languagetool.JLanguageTool.sentenceTokenize'),
                    ('rules', 'org.languagetool.JLanguageTool.checkInternal')]:
    print(f'{share(lambda s: lt(s) and frame in s):6.1f}%    {name}')
print(f"{share(lambda s: 'org.copydesk.stage.grammar.RawSentenceAnalyzer.analyze' in s):6.1f}%  fast rule set: raw analysis of every sentence (tokenizer + tagger)")
print(f"{share(lambda s: 'org.copydesk.stage.grammar.FastRuleSet.check' in s and 'org.copydesk.stage.grammar.RawSentenceAnalyzer.analyze' not in s):6.1f}%  fast rule set: rule matching")
print(f"{share(lambda s: 'org.copydesk.stage.grammar.SentenceSpans.of' in s):6.1f}%  sentence spans (SRX sentence tokenizer)")
print()

# our own code that pays for each sample: the first org.copydesk frame from the top, with its line
callers = Counter()
for s, lines in zip(samples, sample_lines):
    for f, ln in zip(s, lines):
        if f.startswith('org.copydesk.'):
            callers[f'{f}:{ln}'] += 1
            break
show('first copydesk frame from the top (who pays, with line)', callers, n)
