#!/usr/bin/env bash
# A million generated cases piped through vybir batch: every line gets its
# row, bad lines become error rows and the run goes on, and the peak memory
# (VmHWM, read from /proc while it runs) stays under a fixed bound: the
# stream is read line by line, never held whole.
set -u
vybir=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lines=1000000
bound_kb=$((50 * 1024))
failed=0

"$vybir" batch - \
  < <(awk -v n=$lines -v seed=7 -v bad=1000 -f "$root/tests/batch/generate_cases.awk") \
  > >(wc -l >"$tmp/rows") 2>"$tmp/err" &
pid=$!
peak_kb=0
while [[ -r /proc/$pid/status ]]; do
  hwm=$(awk '/^VmHWM:/ {print $2}' /proc/$pid/status 2>/dev/null)
  [[ -n $hwm ]] && ((hwm > peak_kb)) && peak_kb=$hwm
  sleep 0.05
done
wait $pid
code=$?
sleep 0.2  # let wc finish counting

# The rate here is bounded by awk generating the stream, not by vybir.
rate=$(sed -n 's/^time: .*, \([0-9]*\) lines\/s$/\1/p' "$tmp/err")
echo "stream: $lines lines, peak RSS $((peak_kb / 1024)) MB (bound $((bound_kb / 1024)) MB), $rate lines/s"
[[ $code == 0 ]] || { failed=1; echo "FAIL: exit $code"; }
[[ $(cat "$tmp/rows") == "$lines" ]] || { failed=1; echo "FAIL: $(cat "$tmp/rows") rows out for $lines lines in"; }
grep -q "^vybir batch: $lines lines: 999000 assessed, 1000 errors, 0 blank$" "$tmp/err" || { failed=1; echo "FAIL: summary: $(head -1 "$tmp/err")"; }
grep -q "^errors: case.date-invalid: 334, case.region-unknown: 333, json.syntax: 333$" "$tmp/err" || { failed=1; echo "FAIL: error counts: $(grep '^errors' "$tmp/err")"; }
((peak_kb > 0 && peak_kb < bound_kb)) || { failed=1; echo "FAIL: peak RSS ${peak_kb} kB"; }
[[ $failed == 0 ]]
