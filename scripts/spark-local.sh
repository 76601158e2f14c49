#!/usr/bin/env bash
# Runs copydesk's Spark job in local mode the way spark-submit runs it: Spark's own jars first on the
# class path, then the shaded job jar (copydesk-spark/target/copydesk-spark-*-job.jar), then the
# optional GPL glossaries jar (as `--jars` would add it).
#
#   scripts/spark-local.sh IN.jsonl OUTDIR [--format jsonl|parquet] [--style NAME] [--grammar off|changed|full]
#
# IN is what `copydesk clean --format jsonl -` reads ({"id": ..., "text": ...} per line). OUTDIR gets
# JSONL part files (part-*.jsonl) whose lines are that command's output for the same input lines, or
# Parquet. SPARK_MASTER (default local[*]) and SPARK_HEAP (default 2g) tune the run.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
in="$(readlink -f "$1")"; out="$(readlink -m "$2")"; shift 2
if [ ! -f "$in" ]; then echo "spark-local: no such file: $in" >&2; exit 2; fi
cd "$(dirname "$0")/.."
root="$PWD"
mkdir -p target
job() { ls "$root"/copydesk-spark/target/copydesk-spark-*-job.jar 2>/dev/null | head -n 1; }
if [ -z "$(job)" ] || [ -n "$(find copydesk-*/src/main dictionaries pom.xml copydesk-*/pom.xml -newer "$(job)" -print -quit)" ]; then
  echo "spark-local: building the job jar..." >&2
  mvn -q -B -Dstyle.color=never -DskipTests -pl copydesk-spark -am package >target/spark-build.log 2>&1 \
    || { cat target/spark-build.log >&2; exit 2; }
fi
cp_file="$root/target/spark-classpath.txt"
if [ ! -s "$cp_file" ] || [ copydesk-spark/pom.xml -nt "$cp_file" ] || [ "$0" -nt "$cp_file" ]; then
  # copydesk's own modules come from the job jar only: a copydesk-core in the local repository (from an
  # earlier `mvn install`) would otherwise stand before the job jar and run older code and dictionaries
  # (the plugin reads includeScope and excludeGroupIds; "mdep.includeScope" was ignored, and the class path
  # held every scope: LanguageTool, copydesk-core and copydesk-cli from the local repository)
  mvn -q -B -pl copydesk-spark dependency:build-classpath -DincludeScope=provided -DexcludeGroupIds=org.copydesk \
    -Dmdep.outputFile="$cp_file" >target/spark-build.log 2>&1 || { cat target/spark-build.log >&2; exit 2; }
fi
glossaries="$(ls "$root"/copydesk-glossaries-gpl/target/copydesk-glossaries-gpl-*.jar 2>/dev/null | head -n 1)"
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' copydesk-spark/pom.xml)"
# shellcheck disable=SC2086
exec java -Xmx"${SPARK_HEAP:-2g}" $opens -Dspark.master="${SPARK_MASTER:-local[*]}" -Dspark.ui.enabled=false \
  -cp "$(cat "$cp_file"):$(job)${glossaries:+:$glossaries}" org.copydesk.spark.SparkCleanJob "$in" "$out" "$@"
