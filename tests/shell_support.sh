# Sourced by the shell tests (tests/cli, tests/batch): a temporary folder
# removed on exit, pass/fail counts, and the closing line CTest shows.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {  # finish NAME: prints the counts; the script's status is the verdict
  echo "$1: $passed passed, $failed failed"
  [[ $failed == 0 ]]
}
