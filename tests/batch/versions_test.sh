#!/usr/bin/env bash
# Policy versions: each case is assessed under the version in force on its
# asOf, on both sides of a version's first day; the assessment names the
# version and the SHA-256 of its file. Uses a folder holding the shipped
# version and the made-up one from tests/fixtures (--policy-dir).
set -u
vybir=$1
root=$2
source "$root/tests/shell_support.sh"
shipped=$root/data/policy/2026-06-30.json
fixture=$root/tests/fixtures/policy-2027-01-15.json
mkdir "$tmp/versions"
cp "$shipped" "$tmp/versions/2026-06-30.json"
cp "$fixture" "$tmp/versions/2027-01-15.json"
# field FILE PATH.TO.FIELD: one value of a JSON document.
field() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(String(process.argv[2].split(".").reduce((v,k)=>v==null?v:v[k],j)))' "$1" "$2"; }
assess() {  # assess ASOF REGION [OPTIONS...] -> $tmp/a.json, exit code in $code
  local as_of=$1 region=$2; shift 2
  echo "{\"asOf\":\"$as_of\",\"region\":\"$region\"}" | "$vybir" evaluate - "$@" >"$tmp/a.json" 2>/dev/null
  code=$?
}

# The day before 2027-01-15 the shipped version governs; from that day the fixture.
assess 2027-01-14 UA-74 --policy-dir "$tmp/versions"
[[ $code == 0 && $(field "$tmp/a.json" policy.effectiveFrom) == 2026-06-30 && $(field "$tmp/a.json" grade) == 2 ]] && ok || fail "2027-01-14 should use 2026-06-30 (grade 2)"
assess 2027-01-15 UA-74 --policy-dir "$tmp/versions"
[[ $code == 0 && $(field "$tmp/a.json" policy.effectiveFrom) == 2027-01-15 && $(field "$tmp/a.json" grade) == 3 ]] && ok || fail "2027-01-15 should use the fixture (grade 3)"
[[ $(field "$tmp/a.json" temporaryProtection.lastDay) == 2028-03-04 ]] && ok || fail "the fixture's TP last day"
assess 2026-06-29 UA-74 --policy-dir "$tmp/versions"
[[ $code == 2 && $(field "$tmp/a.json" error.code) == case.as-of-before-policy && $(field "$tmp/a.json" error.pointer) == /asOf ]] && ok || fail "before the first version: case.as-of-before-policy"

# The same in a batch: each row says its version; the summary counts both.
printf '%s\n' '{"asOf":"2027-01-14","region":"UA-74"}' '{"asOf":"2027-01-15","region":"UA-74"}' '{"asOf":"2026-06-29","region":"UA-74"}' |
  "$vybir" batch --out csv --policy-dir "$tmp/versions" >"$tmp/out" 2>"$tmp/err"
[[ $(cut -d, -f1,3,14,15 "$tmp/out" | tail -n +2 | tr '\n' ' ') == "1,2,2026-06-30, 2,3,2027-01-15, 3,,,case.as-of-before-policy " ]] && ok || fail "batch across the date: $(cat "$tmp/out")"
grep -q '^policy: 2026-06-30 (nl-ua-2026-06-30): 1, 2027-01-15 (fiction-2027-01-15): 1$' "$tmp/err" && ok || fail "summary policy line: $(grep '^policy' "$tmp/err")"

# Compiled in: every data/policy/*.json; the fixture is not among them.
assess 2027-01-15 UA-74
[[ $code == 0 && $(field "$tmp/a.json" policy.id) != fiction-* ]] && ok || fail "the fixture must not be compiled in"
# --policy forces one version, whatever the date.
assess 2027-01-07 UA-74 --policy "$fixture"
[[ $code == 2 && $(field "$tmp/a.json" error.code) == case.as-of-before-policy ]] && ok || fail "--policy fixture before its memo date"
assess 2027-01-10 UA-74 --policy "$fixture"
[[ $code == 0 && $(field "$tmp/a.json" policy.effectiveFrom) == 2027-01-15 ]] && ok || fail "--policy forces the version"
echo '{"asOf":"2027-01-10","region":"UA-74"}' | "$vybir" batch --out csv --policy "$fixture" >"$tmp/out" 2>/dev/null
[[ $(tail -1 "$tmp/out" | cut -d, -f3,14) == "3,2027-01-15" ]] && ok || fail "batch --policy forces the version: $(cat "$tmp/out")"

# The receipt: the SHA-256 of the file's bytes, as sha256sum computes it.
assess 2026-11-29 UA-63
[[ $(field "$tmp/a.json" policy.sha256) == "$(sha256sum "$shipped" | cut -d' ' -f1)" ]] && ok || fail "compiled-in sha256"
assess 2027-02-01 UA-63 --policy-dir "$tmp/versions"
[[ $(field "$tmp/a.json" policy.sha256) == "$(sha256sum "$fixture" | cut -d' ' -f1)" ]] && ok || fail "--policy-dir sha256"
assess 2027-02-01 UA-63 --policy "$fixture"
[[ $(field "$tmp/a.json" policy.sha256) == "$(sha256sum "$fixture" | cut -d' ' -f1)" ]] && ok || fail "--policy sha256"

# A folder with two versions taking effect the same day, or a broken one.
cp "$fixture" "$tmp/versions/copy.json"
assess 2027-02-01 UA-63 --policy-dir "$tmp/versions"
[[ $code == 2 && $(field "$tmp/a.json" error.code) == policy.version-duplicate ]] && ok || fail "two versions on one day"
rm "$tmp/versions/copy.json"
echo '{"id": ' >"$tmp/versions/broken.json"
assess 2027-02-01 UA-63 --policy-dir "$tmp/versions"
[[ $code == 2 && $(field "$tmp/a.json" error.code) == policy.syntax && $(field "$tmp/a.json" error.message) == *broken.json* ]] && ok || fail "a broken file in the folder is named"

# validate works for any version file, and says the name it should ship under.
for f in "$root"/data/policy/*.json "$fixture"; do
  "$vybir" validate "$f" >"$tmp/v.json"
  want=$(basename "$f"); want=${want#policy-}
  [[ $? == 0 && $(field "$tmp/v.json" valid) == true && $(field "$tmp/v.json" fileName) == "$want" ]] && ok || fail "validate $f"
done

finish versions
