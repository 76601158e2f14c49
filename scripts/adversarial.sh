#!/usr/bin/env bash
# Adversarial inputs through the whole default pipeline (`copydesk clean FILE`):
# wall time and CPU time (user + sys, steadier on a shared machine) per MB, max RSS,
# exit code, and whether stderr shows a stack trace.
# Each case must finish within 30 s per MB (with a 10 s floor for start-up), exit 0 or 1.
#
#   scripts/adversarial.sh                 # all cases, into target/adversarial/
#   scripts/adversarial.sh giant-word bidi-words
#
# The inputs are made by org.copydesk.testing.Adversarial (src/test/java); a case still
# running past 3x its budget (+60 s) is stopped and reported as TIMEOUT.
set -uo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# COPYDESK_BIN: the launcher to measure (default ours; e.g. /work/main/copydesk for a before figure)
bin="${COPYDESK_BIN:-$here/copydesk}"
dir="${ADV_DIR:-$here/target/adversarial}"
cd "$here"
if [ ! -f copydesk-core/target/test-classes/org/copydesk/testing/Adversarial.class ] \
    || [ copydesk-core/src/test/java/org/copydesk/testing/Adversarial.java -nt copydesk-core/target/test-classes/org/copydesk/testing/Adversarial.class ]; then
  mvn -q -o -B test-compile >/dev/null || { echo "test-compile failed" >&2; exit 2; }
fi
# build the jar and its start-up cache now, not inside the first measurement
"$bin" rules >/dev/null 2>&1 || true
java -cp copydesk-core/target/test-classes:copydesk-core/target/classes org.copydesk.testing.Adversarial "$dir" "$@" >"$dir.sizes" || exit 2
printf '%-16s %10s %8s %8s %8s %9s %9s %s\n' case bytes wall_s wall/MB cpu/MB maxRSS_MB rc trace
while IFS=$'\t' read -r name bytes; do
  file="$dir/$name.txt"
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1048576 }')
  limit=$(awk -v m="$mb" 'BEGIN { l = 30 * m; if (l < 10) l = 10; printf "%d", 3 * l + 60 }')
  start=$(date +%s.%N)
  timeout "$limit" /usr/bin/time -v -o "$dir/$name.time" "$bin" clean "$file" \
    >"$dir/$name.out" 2>"$dir/$name.err"
  rc=$?
  end=$(date +%s.%N)
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
  per=$(awk -v w="$wall" -v m="$mb" 'BEGIN { printf "%.1f", w / m }')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$dir/$name.time" 2>/dev/null)
  cpuper=$(awk -v c="${cpu:-0}" -v m="$mb" 'BEGIN { printf "%.1f", c / m }')
  rss=$(awk '/Maximum resident set size/ { printf "%d", $NF / 1024 }' "$dir/$name.time" 2>/dev/null)
  trace=no; grep -q $'^\tat \|Exception in thread' "$dir/$name.err" && trace=YES
  [ "$rc" = 124 ] && rc=TIMEOUT
  printf '%-16s %10s %8s %8s %8s %9s %9s %s\n' "$name" "$bytes" "$wall" "$per" "$cpuper" "${rss:-?}" "$rc" "$trace"
done <"$dir.sizes"
