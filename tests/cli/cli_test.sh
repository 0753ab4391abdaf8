#!/usr/bin/env bash
# The command-line contract: exit codes, JSON on stdout and nothing else,
# refusal of huge and broken inputs, validate on good and broken policies.
set -u
vybir=$1
root=$2
source "$root/tests/shell_support.sh"

check() {  # check NAME EXPECTED_EXIT EXPECTED_CODE_OR_DASH -- COMMAND...
  local name=$1 want_exit=$2 want_code=$3; shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  local code
  code=$(node -e 'const fs=require("fs");try{const j=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));process.stdout.write(j.error?j.error.code:"-")}catch(e){process.stdout.write("NOT-JSON")}' "$tmp/out")
  if [[ $got == "$want_exit" && $code == "$want_code" && ! -s $tmp/err ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: exit $got (want $want_exit), code $code (want $want_code), stderr: $(head -c 200 "$tmp/err")"
  fi
}

echo '{"asOf":"2026-11-29","region":"UA-63"}' >"$tmp/good.json"
check "evaluate a file" 0 - -- "$vybir" evaluate "$tmp/good.json"
check "evaluate stdin" 0 - -- bash -c "'$vybir' evaluate - <'$tmp/good.json'"
check "evaluate from another folder" 0 - -- bash -c "cd / && '$vybir' evaluate '$tmp/good.json'"
check "evaluate with --policy" 0 - -- "$vybir" evaluate "$tmp/good.json" --policy "$root/data/policy/2026-06-30.json"
check "not JSON" 2 json.syntax -- bash -c "echo 'hello' | '$vybir' evaluate -"
check "trailing garbage" 2 json.syntax -- bash -c "echo '{\"asOf\":\"2026-11-29\",\"region\":\"UA-63\"} }' | '$vybir' evaluate -"
check "wrong type" 2 case.wrong-type -- bash -c "echo '{\"asOf\":\"2026-11-29\",\"region\":63}' | '$vybir' evaluate -"
check "missing field" 2 case.missing-field -- bash -c "echo '{\"region\":\"UA-63\"}' | '$vybir' evaluate -"
check "unknown region" 2 case.region-unknown -- bash -c "echo '{\"asOf\":\"2026-11-29\",\"region\":\"UA-99\"}' | '$vybir' evaluate -"
check "unknown claim" 2 case.claim-unknown -- bash -c "echo '{\"asOf\":\"2026-11-29\",\"region\":\"UA-63\",\"claims\":[\"x\"]}' | '$vybir' evaluate -"
check "impossible date" 2 case.date-invalid -- bash -c "echo '{\"asOf\":\"2026-02-30\",\"region\":\"UA-63\"}' | '$vybir' evaluate -"
check "asOf before the policy given with --policy" 2 case.as-of-before-policy -- bash -c "echo '{\"asOf\":\"2026-06-29\",\"region\":\"UA-63\"}' | '$vybir' evaluate - --policy '$root/data/policy/2026-06-30.json'"
check "asOf before every compiled-in version" 2 case.as-of-before-policy -- bash -c "echo '{\"asOf\":\"2026-06-29\",\"region\":\"UA-63\"}' | '$vybir' evaluate -"
check "application after asOf" 2 case.application-after-as-of -- bash -c "echo '{\"asOf\":\"2026-11-29\",\"region\":\"UA-63\",\"asylumApplicationDate\":\"2026-11-30\"}' | '$vybir' evaluate -"
head -c 200000 /dev/zero | tr '\0' '[' >"$tmp/deep.json"
check "deep nesting" 2 json.too-deep -- "$vybir" evaluate "$tmp/deep.json"
truncate -s 300M "$tmp/huge.json"
check "a file of 300 MB" 2 input.too-large -- "$vybir" evaluate "$tmp/huge.json"
check "a 300 MB stream" 2 input.too-large -- bash -c "head -c 300000000 /dev/zero | '$vybir' evaluate -"
check "a file that does not exist" 2 input.unreadable -- "$vybir" evaluate "$tmp/nope.json"

check "validate the shipped policy" 0 - -- "$vybir" validate "$root/data/policy/2026-06-30.json"
node -e '
const fs=require("fs");const d=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));
const i=d.regions.findIndex(r=>r.iso==="UA-43");d.regions[i].internalProtectionArea=true;
fs.writeFileSync(process.argv[2],JSON.stringify(d));' "$root/data/policy/2026-06-30.json" "$tmp/broken.json"
check "validate refuses Crimea as an internal protection area" 2 policy.ipa-occupied -- "$vybir" validate "$tmp/broken.json"
pointer=$("$vybir" validate "$tmp/broken.json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).error.pointer))')
if [[ $pointer == /regions/*/internalProtectionArea ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: broken policy pointer: $pointer"; fi
check "evaluate refuses a broken --policy" 2 policy.ipa-occupied -- "$vybir" evaluate "$tmp/good.json" --policy "$tmp/broken.json"

"$vybir" --help >"$tmp/help" && grep -q "vybir evaluate" "$tmp/help" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: --help"; }
"$vybir" frobnicate >/dev/null 2>&1; [[ $? == 64 ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: wrong usage exit code"; }

# --text: the statements as sentences, in the page's words, each with its
# certainty and section; every statement of the JSON answer is there once.
echo '{"asOf":"2027-03-02","region":"UA-46","temporaryProtection":"no","asylumApplicationDate":"2025-05-31"}' >"$tmp/lviv.json"
"$vybir" evaluate "$tmp/lviv.json" --text >"$tmp/text" 2>"$tmp/err"
n=$("$vybir" evaluate "$tmp/lviv.json" | node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(0,"utf8")).statements.length))')
if [[ $? == 0 && $(grep -c '^\[' "$tmp/text") == "$n" ]] && grep -q '^\[our reading\] .*1 March 2027' "$tmp/text" &&
   grep -q '^\[can / may\] .*penalty payments' "$tmp/text" && grep -q 'not legal advice' "$tmp/text" && ! grep -q 'stmt\.' "$tmp/text"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: evaluate --text: $(head -c 400 "$tmp/text")"
fi
"$vybir" evaluate "$tmp/lviv.json" --text --lang uk | grep -q '^\[наше прочитання\] .*1 березня 2027 р\.' && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: evaluate --text --lang uk"; }
"$vybir" evaluate "$tmp/lviv.json" --text --lang de >/dev/null 2>&1; [[ $? == 64 ]] && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: --lang de should be wrong usage"; }

finish cli
