#!/usr/bin/env bash
# The include graph of core/ has no cycle, and the check itself can fail:
# a copy of core/ with a cycle added (api.hpp including policy_versions.hpp,
# which includes api.hpp back) must be refused.
set -euo pipefail
check=$(dirname "$0")/include_cycles.py
core=$1/core
python3 "$check" "$core"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$core" "$tmp/core"
sed -i 's|#include "vybir/error.hpp"|#include "vybir/error.hpp"\n#include "vybir/api.hpp"|' "$tmp/core/include/vybir/policy_versions.hpp"
grep -q '"vybir/api.hpp"' "$tmp/core/include/vybir/policy_versions.hpp"
sed -i 's|#include "vybir/case.hpp"|#include "vybir/case.hpp"\n#include "vybir/policy_versions.hpp"|' "$tmp/core/include/vybir/api.hpp"
if python3 "$check" "$tmp/core" 2>"$tmp/err"; then
  echo "include_cycles: a planted cycle went unnoticed" >&2
  exit 1
fi
grep -q 'include cycle: ' "$tmp/err"
echo "include_cycles: a planted cycle is refused ($(cat "$tmp/err"))"
