#!/usr/bin/env bash
# Measures the same generated documents three ways, on 2 worker threads each:
#   batch   `copydesk batch TREE -o OUT -j 2` (one file per document)
#   jsonl   `copydesk clean --format jsonl -j 2 -` (one JSON line per document)
#   spark   `scripts/spark-local.sh IN.jsonl OUT` with SPARK_MASTER=local[2] (driver = executor)
# and prints documents per wall second, CPU seconds (user + sys) and peak resident memory of each
# process. The documents are built from our own corpus samples, as in scripts/spark-check.sh.
#
#   scripts/spark-vs-batch.sh [N]     (default N = 1000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="target/spark-vs-batch"
rm -rf "$work"; mkdir -p "$work"
python3 scripts/generate-docs.py "$n" "$work/in.jsonl" --seed 17 --paras 4 --tree "$work/tree"
kb=$(( $(du -sk "$work/tree" | cut -f1) ))
./copydesk --version >/dev/null   # builds the CLI jar outside the measurement
head -n 1 "$work/in.jsonl" >"$work/one.jsonl"   # builds the job jar (if stale) outside the measurement
scripts/spark-local.sh "$work/one.jsonl" "$work/spark-warm" >/dev/null 2>&1
measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.log" \
    || { tail -20 "$work/$name.log" >&2; exit 1; }
  read -r wall user sys rss <"$work/$name.time"
  awk -v n="$n" -v name="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-6s %6d docs  %7.1f s wall  %7.1f docs/s  %7.1f CPU s  %6.1f docs per CPU s  peak RSS %5.0f MB\n", name, n, w, n / w, u + s, n / (u + s), r / 1024 }'
}
echo "documents: $n ($kb KB as files), 2 worker threads each; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
measure batch ./copydesk batch "$work/tree" -o "$work/batch-out" -j 2 --progress=off
measure jsonl bash -c "./copydesk clean --format jsonl -j 2 - <'$work/in.jsonl'"
SPARK_MASTER='local[2]' measure spark scripts/spark-local.sh "$work/in.jsonl" "$work/spark-out"
