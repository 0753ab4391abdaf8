#!/usr/bin/env bash
# vybir diff between the shipped version and the made-up one in
# tests/fixtures (fiction: Chernihiv to grade 3, TP to 4 March 2028): the
# policy's changes, and with --cases the cases they change (JSONL and CSV).
set -u
vybir=$1
root=$2
here=$root/tests/batch
source "$root/tests/shell_support.sh"
shipped=$root/data/policy/2026-06-30.json
fixture=$root/tests/fixtures/policy-2027-01-15.json
# check FILE JS-EXPRESSION: the expression over the document `d` is true.
check() { node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.exit(eval(process.argv[2])?0:1)' "$1" "$2"; }

# Without cases: what changed in the policy.
"$vybir" diff "$shipped" "$fixture" >"$tmp/d.json"
[[ $? == 0 ]] && ok || fail "diff exit code"
check "$tmp/d.json" 'JSON.stringify(d.grades)===JSON.stringify([{name:"Chernihiv",new:3,old:2,region:"UA-74"}])' && ok || fail "grades: $(cat "$tmp/d.json")"
check "$tmp/d.json" 'JSON.stringify(d.internalProtectionAreas)===JSON.stringify({added:["UA-74"],removed:[]})' && ok || fail "internal protection areas"
check "$tmp/d.json" 'd.dates.some(x=>x.field==="/temporaryProtection/lastDay"&&x.old==="2027-03-04"&&x.new==="2028-03-04")' && ok || fail "TP last day"
check "$tmp/d.json" 'd.groups.length===0&&d.decisionLimit.length===0&&d.unchanged===false' && ok || fail "groups, decision limit"
check "$tmp/d.json" 'd.old.effectiveFrom==="2026-06-30"&&d.new.effectiveFrom==="2027-01-15"&&/^[0-9a-f]{64}$/.test(d.new.sha256)' && ok || fail "versions"
check "$tmp/d.json" '!("cases" in d)' && ok || fail "no cases without --cases"
# A compiled-in version can be named by its date.
"$vybir" diff 2026-06-30 "$fixture" | cmp -s - "$tmp/d.json" && ok || fail "OLD as a compiled-in date"
# The readable text, without its first two lines (they carry the hashes).
"$vybir" diff 2026-06-30 "$fixture" --text | tail -n +3 | cmp -s - "$here/expected/diff.txt" && ok || fail "--text: $("$vybir" diff 2026-06-30 "$fixture" --text | tail -n +3 | diff - "$here/expected/diff.txt")"
"$vybir" diff "$fixture" "$fixture" >"$tmp/same.json"
check "$tmp/same.json" 'd.unchanged===true&&d.grades.length===0' && ok || fail "a version against itself"

# With cases: the same changes found from JSONL and from CSV (whose line
# numbers are one more, for the header row).
"$vybir" diff 2026-06-30 "$fixture" --cases "$here/diff-cases.jsonl" >"$tmp/j.json"
node -e '
const fs = require("fs");
const got = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).cases;
const want = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
delete got.file; delete want.file;
process.exit(JSON.stringify(got) === JSON.stringify(want) ? 0 : 1);
' "$tmp/j.json" "$here/expected/diff-cases.json" && ok || fail "cases from JSONL: $(cat "$tmp/j.json" | tail -40)"
"$vybir" diff 2026-06-30 "$fixture" --cases "$here/diff-cases.csv" >"$tmp/c.json"
node -e '
const fs = require("fs");
const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).cases;
const c = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).cases;
const shift = xs => xs.map(x => ({ ...x, line: x.line + 1 }));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const cErrors = c.errors.map(e => ({ line: e.line, policy: e.policy, code: e.error.code }));
const jErrors = shift(j.errors).map(e => ({ line: e.line, policy: e.policy, code: e.error.code === "json.syntax" ? "csv.syntax" : e.error.code }));
process.exit(same(shift(j.changes), c.changes) && same(cErrors, jErrors) && c.read === j.read ? 0 : 1);
' "$tmp/j.json" "$tmp/c.json" && ok || fail "cases from CSV differ from JSONL"
# --as-of: every case as of one day (here the first day without TP under the old version).
"$vybir" diff 2026-06-30 "$fixture" --cases "$here/diff-cases.jsonl" --as-of 2027-03-05 >"$tmp/a.json"
check "$tmp/a.json" 'd.cases.asOf==="2027-03-05"&&d.cases.changed===6&&d.cases.changes.every(x=>x.temporaryProtectionActive&&x.temporaryProtectionActive.new===true)' && ok || fail "--as-of"
"$vybir" diff 2026-06-30 "$fixture" --cases "$here/diff-cases.jsonl" --text | grep -q '^  line 1 (UA-74, as of 2027-01-15): grade 2 -> 3; outlook can-be-refused -> individual-assessment$' && ok || fail "--text with cases"

# Faults: an unreadable version or caseload, an unknown compiled-in date, a bad --as-of.
"$vybir" diff "$tmp/nope.json" "$fixture" >"$tmp/e.json"; [[ $? == 2 ]] && check "$tmp/e.json" 'd.error.code==="input.unreadable"' && ok || fail "unreadable OLD"
"$vybir" diff 2025-01-01 "$fixture" >"$tmp/e.json"; [[ $? == 2 ]] && ok || fail "no compiled-in version of that date"
"$vybir" diff 2026-06-30 "$fixture" --cases "$tmp/nope.jsonl" >"$tmp/e.json"; [[ $? == 2 ]] && ok || fail "unreadable caseload"
"$vybir" diff 2026-06-30 "$fixture" --as-of 2027-02-30 --cases "$here/diff-cases.jsonl" >"$tmp/e.json"; [[ $? == 2 ]] && check "$tmp/e.json" 'd.error.code==="case.date-invalid"' && ok || fail "bad --as-of"

finish diff
