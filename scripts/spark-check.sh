#!/usr/bin/env bash
# End-to-end check of the Spark job through the shaded jar (scripts/spark-local.sh): N generated
# documents (default 40) made from our corpus samples, cleaned by `copydesk clean --format jsonl -`
# and by the Spark job; the two sets of output lines must be equal. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"
work="target/spark-check"
rm -rf "$work"; mkdir -p "$work"
python3 scripts/generate-docs.py "$n" "$work/in.jsonl" --seed 11 --paras 3 --feed check
./copydesk clean --format jsonl - <"$work/in.jsonl" >"$work/cli.jsonl"
scripts/spark-local.sh "$work/in.jsonl" "$work/spark" 2>"$work/spark.log" || { tail -40 "$work/spark.log" >&2; exit 1; }
grep 'copydesk spark:' "$work/spark.log" >&2 || true
sort "$work/cli.jsonl" >"$work/cli.sorted"
cat "$work"/spark/part-*.jsonl | sort >"$work/spark.sorted"
if ! cmp -s "$work/cli.sorted" "$work/spark.sorted"; then
  echo "spark-check: the Spark job's lines differ from the CLI's (see $work)" >&2
  diff "$work/cli.sorted" "$work/spark.sorted" | head -c 2000 >&2
  exit 1
fi
echo "spark-check: $(wc -l <"$work/cli.sorted") lines, Spark job = CLI" >&2
