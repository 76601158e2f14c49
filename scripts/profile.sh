#!/usr/bin/env bash
# CPU profile of the pipeline with Java Flight Recorder, see docs/performance.md.
#   scripts/profile.sh NAME [bench|clean] INPUT...
# bench: `copydesk bench -j ${THREADS:-1}` on INPUT (warm, per-document loop, the steady state);
# clean: `copydesk clean -o OUT INPUT` (one process, start-up, JIT and loading included).
# Writes target/profile/NAME.jfr and target/profile/NAME.txt (top frames, stages, LanguageTool methods).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# samples (not committed, under target/): scripts/profile.sh --samples
if [ "${1:-}" = "--samples" ]; then
  # modern English cut into ~3 KB articles at paragraph ends, every 8th kept (157 documents, 502 KB);
  # a large single file: modern English then the corpus samples (about 4 MB)
  python3 - "$here" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1]); me = root / "target/modern-english"; out = root / "target/profile/modern-sample"
out.mkdir(parents=True, exist_ok=True)
docs, cur = [], ""
for f in sorted(me.glob("*.txt")):
    for para in f.read_text(encoding="utf-8").split("\n\n"):
        cur += para + "\n\n"
        if len(cur) > 3000:
            docs.append(cur); cur = ""
for i, d in enumerate(docs[::8]):
    (out / f"{i:04d}.txt").write_text(d, encoding="utf-8")
big = "".join(f.read_text(encoding="utf-8") for f in sorted(me.glob("*.txt")))
big += "".join(f.read_text(encoding="utf-8") for f in sorted((root / "corpus").glob("*.dirty.txt")))
(root / "target/profile/large.txt").write_text(big, encoding="utf-8")
PY
  du -sh "$here/target/profile/modern-sample" "$here/target/profile/large.txt"
  exit 0
fi
name="$1"; mode="$2"; shift 2
out="$here/target/profile"; mkdir -p "$out"
rec="$out/$name.jfr"
jfr_opts="-XX:StartFlightRecording=filename=$rec,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
if [ "$mode" = bench ]; then
  COPYDESK_JAVA_OPTS="$jfr_opts" "$here/copydesk" bench -j "${THREADS:-1}" --seconds "${SECONDS_PER_FIGURE:-10}" \
    --no-languagetool --no-cold-start "$@" > "$out/$name.bench.txt"
  cat "$out/$name.bench.txt"
else
  rm -rf "$out/$name.out"
  COPYDESK_JAVA_OPTS="$jfr_opts" "$here/copydesk" clean -o "$out/$name.out" "$@"
fi
jfr print --stack-depth 256 --events jdk.ExecutionSample "$rec" | python3 "$here/scripts/jfr-top.py" 60 ${WITHIN:-} > "$out/$name.txt"
# lock contention (bench -j N): monitors entered with a wait and parked threads, by top copydesk/LT frame
jfr summary "$rec" | grep -E 'JavaMonitorEnter|ThreadPark|ExecutionSample' || true
echo "profile: $out/$name.txt"
