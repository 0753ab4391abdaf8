#!/usr/bin/env bash
# vybir batch on a caseload with good and bad lines mixed, as JSONL and as
# CSV: the exact rows out, one per case line, error rows with their line
# number; the counts on stderr; exit codes.
set -u
vybir=$1
root=$2
here=$root/tests/batch
source "$root/tests/shell_support.sh"
# Only the shipped version, so that the expected rows stay what they are when
# later versions are added to data/policy/.
mkdir "$tmp/versions" && cp "$root/data/policy/2026-06-30.json" "$tmp/versions/"
batch() { "$vybir" batch "$@" --policy-dir "$tmp/versions"; }
# The summary without its last line, the time taken (the only part that varies).
counts() { grep -v '^time: ' "$1"; }

# 1. CSV rows out, from JSONL and from CSV in: exactly as expected.
for input in mixed.jsonl mixed.csv; do
  batch "$here/$input" --out csv >"$tmp/out" 2>"$tmp/err"
  code=$?
  [[ $code == 0 ]] && ok || fail "$input: exit $code (want 0: error rows do not fail the run)"
  cmp -s "$tmp/out" "$here/expected/$input.csv" && ok || fail "$input --out csv: $(diff "$tmp/out" "$here/expected/$input.csv" | head -5)"
  diff <(counts "$tmp/err") "$here/expected/$input.summary" >/dev/null && ok || fail "$input summary: $(diff <(counts "$tmp/err") "$here/expected/$input.summary" | head -5)"
  grep -q '^time: [0-9.]* s, [0-9]* lines/s$' "$tmp/err" && ok || fail "$input: no time line in the summary"
done

# 2. JSONL rows out: error rows exactly as expected; every assessment row is
#    the line's assessment from `vybir evaluate`, byte for byte (compact).
batch "$here/mixed.jsonl" >"$tmp/rows.jsonl" 2>/dev/null
grep '"error"' "$tmp/rows.jsonl" | cmp -s - "$here/expected/mixed.jsonl.errors.jsonl" && ok || fail "JSONL error rows differ"
node -e '
const fs = require("fs"), { execFileSync } = require("child_process");
const [vybir, input, rows, versions] = process.argv.slice(1);
const lines = fs.readFileSync(input, "utf8").split("\n");
let bad = 0, seen = 0;
for (const row of fs.readFileSync(rows, "utf8").trim().split("\n")) {
  const r = JSON.parse(row);
  if (!r.assessment) continue;
  seen++;
  const single = execFileSync(vybir, ["evaluate", "-", "--policy-dir", versions], { input: lines[r.line - 1] }).toString();
  const expected = `{"line":${r.line},"assessment":${JSON.stringify(JSON.parse(single))}}`;
  if (row !== expected) { bad++; console.log(`line ${r.line}:\n${row}\n${expected}`); }
}
process.exit(bad === 0 && seen === 6 ? 0 : 1);
 ' "$vybir" "$here/mixed.jsonl" "$tmp/rows.jsonl" "$tmp/versions" && ok || fail "JSONL assessment rows differ from vybir evaluate"

# 3. CSV in, JSONL out: the same lines and error codes as CSV out.
batch "$here/mixed.csv" >"$tmp/csv-rows.jsonl" 2>/dev/null
node -e '
const fs = require("fs");
const [jsonl, csv] = process.argv.slice(1);
const a = fs.readFileSync(jsonl, "utf8").trim().split("\n").map(JSON.parse).map(r => `${r.line},${r.error ? r.error.code : r.assessment.grade}`);
const b = fs.readFileSync(csv, "utf8").trim().split("\n").slice(1).map(l => l.split(",")).map(c => `${c[0]},${c[14] || c[2]}`);
process.exit(JSON.stringify(a) === JSON.stringify(b) ? 0 : 1);
' "$tmp/csv-rows.jsonl" "$here/expected/mixed.csv.csv" && ok || fail "CSV in, JSONL out does not match CSV out"

# 4. Standard input, with --in for CSV; and the default format by file name.
batch - --out csv <"$here/mixed.jsonl" 2>/dev/null | cmp -s - "$here/expected/mixed.jsonl.csv" && ok || fail "JSONL from stdin"
batch --in csv --out csv <"$here/mixed.csv" 2>/dev/null | cmp -s - "$here/expected/mixed.csv.csv" && ok || fail "CSV from stdin with --in csv"
batch "$here/mixed.csv" --in jsonl --out csv >"$tmp/out" 2>/dev/null
[[ $(grep -c json.syntax "$tmp/out") == 14 ]] && ok || fail "--in jsonl should override the .csv name"

# 5. Piped, the run is quiet: no progress bar, only the summary.
batch "$here/mixed.jsonl" >/dev/null 2>"$tmp/err"
! grep -q $'\r' "$tmp/err" && [[ $(wc -l <"$tmp/err") == 8 ]] && ok || fail "stderr is not just the summary when piped"

# 6. A line over 1 MiB is an error row; the run goes on.
{ echo '{"asOf":"2026-11-29","region":"UA-63"}'; head -c 1100000 /dev/zero | tr '\0' ' '; echo; echo '{"asOf":"2026-11-29","region":"UA-05"}'; } >"$tmp/long.jsonl"
batch "$tmp/long.jsonl" --out csv >"$tmp/out" 2>/dev/null
[[ $(cut -d, -f1,2,15 "$tmp/out" | tr '\n' ' ') == "line,region,errorCode 1,UA-63, 2,,input.too-large 3,UA-05, " ]] && ok || fail "long line: $(cat "$tmp/out")"

# 7. Input that cannot be read at all: exit 2.
batch "$tmp/nope.jsonl" >"$tmp/out" 2>/dev/null
[[ $? == 2 ]] && grep -q '"input.unreadable"' "$tmp/out" && ok || fail "a missing file should exit 2 with input.unreadable"
printf 'asOf,region,colour\n2026-11-29,UA-63,red\n' | batch --in csv >"$tmp/out" 2>/dev/null
[[ $? == 2 && $(cat "$tmp/out") == '{"line":1,"error":{"code":"case.unknown-field","message":"the header names \"colour\", which is not a field of the case","pointer":"/colour"}}' ]] && ok || fail "an unknown CSV column should exit 2: $(cat "$tmp/out")"
printf 'asOf,region,asOf\n' | batch --in csv >"$tmp/out" 2>/dev/null
[[ $? == 2 ]] && grep -q '"csv.header"' "$tmp/out" && ok || fail "a column named twice should exit 2"

# 8. As Dutch Excel saves CSV: a byte order mark, ';' between cells, CRLF,
#    a quoted cell holding ';'. The rows are those of the plain file, exactly;
#    and a bad row still shows its line number.
printf '\xEF\xBB\xBFasOf;region;claims;temporaryProtection\r\n2026-11-29;UA-63;"journalist; lgbtiq";yes\r\n' >"$tmp/quoted.csv"
printf 'asOf,region,claims,temporaryProtection\n2026-11-29,UA-63,journalist;lgbtiq,yes\n' >"$tmp/plain.csv"
batch "$tmp/quoted.csv" --in csv --out csv >"$tmp/out" 2>/dev/null
batch "$tmp/plain.csv" --in csv --out csv >"$tmp/want" 2>/dev/null
cmp -s "$tmp/out" "$tmp/want" && grep -q '^2,UA-63,' "$tmp/out" && ok || fail "';'-separated with a BOM: $(cat "$tmp/out")"
printf '\xEF\xBB\xBFasOf;region\r\n2026-11-29;UA-63\r\n2026-11-29\r\n' | batch --in csv --out csv 2>/dev/null | tail -1 >"$tmp/out"
[[ $(cat "$tmp/out") == '3,,,,,,,,,,,,,,csv.column-count,,"the row has 1 cells, the header 2"' ]] && ok || fail "a short row in a ';' file: $(cat "$tmp/out")"

# 9. Nothing in, nothing out; wrong usage is 64.
batch </dev/null >"$tmp/out" 2>"$tmp/err"
[[ $? == 0 && ! -s $tmp/out ]] && grep -q '^vybir batch: 0 lines' "$tmp/err" && ok || fail "empty input"
batch --in xml </dev/null >/dev/null 2>&1
[[ $? == 64 ]] && ok || fail "--in xml should be wrong usage"

finish batch
