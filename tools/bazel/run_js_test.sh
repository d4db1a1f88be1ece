#!/usr/bin/env bash
# Runs one JavaScript test on mosaic. The test passes when it exits with the
# expected status (default 0, or the number in <test>.status), its stdout
# equals <test>.out when that file exists, and every line of <test>.err
# appears in its stderr when that file exists.
set -u
mosaic="$1"
test_js="$2"
shift 2
base="${test_js%.*}"
out="$(mktemp)"
err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
export MOSAIC_TEST_TMPDIR="${TEST_TMPDIR:-/tmp}"
run_js="$test_js"
if [[ -n "${MOSAIC_TEST_NODE_MODULES:-}" ]]; then
  # Run the test as part of a project whose node_modules is the given tree,
  # so bare specifiers resolve exactly as in a user's checkout.
  project="$MOSAIC_TEST_TMPDIR/project"
  mkdir -p "$project"
  ln -sfn "$(cd "$(dirname "$MOSAIC_TEST_NODE_MODULES")" && pwd)" "$project/node_modules"
  cp "$test_js" "$project/"
  run_js="$project/$(basename "$test_js")"
fi
"$mosaic" "$@" "$run_js" >"$out" 2>"$err" </dev/null
status=$?
expected_status=0
[[ -f "$base.status" ]] && expected_status="$(cat "$base.status")"
fail=0
if [[ "$status" != "$expected_status" ]]; then
  echo "FAIL: exit status $status, expected $expected_status"
  fail=1
fi
if [[ -f "$base.out" ]] && ! diff -u "$base.out" "$out"; then
  echo "FAIL: stdout differs from $base.out"
  fail=1
fi
if [[ -f "$base.err" ]]; then
  while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    if ! grep -qF -- "$line" "$err"; then
      echo "FAIL: stderr lacks: $line"
      fail=1
    fi
  done <"$base.err"
fi
if [[ "$fail" != 0 ]]; then
  echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"
fi
exit "$fail"
