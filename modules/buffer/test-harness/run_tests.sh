#!/usr/bin/env bash
# Runs every test/test-buffer-*.js three ways and reports failures:
#   node         node's own buffer module (the reference)
#   plugin@node  the plugin under node (use-plugin.js)
#   mosaic       the plugin on mosaic, when $MOSAIC is set (a mosaic binary;
#                the plugin is looked up on $MOSAIC_PLUGIN_PATH, see
#                build_plugin.sh)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
tests="$(dirname "$here")/test"
fail=0
total=0
for t in "$tests"/test-buffer-*.js; do
  total=$((total + 1))
  name="$(basename "$t")"
  node "$t" >/dev/null 2>&1 || { echo "FAIL node $name"; fail=$((fail + 1)); }
  node --expose-internals -r "$here/use-plugin.js" "$t" >/dev/null 2>&1 ||
    { echo "FAIL plugin@node $name"; fail=$((fail + 1)); }
  if [[ -n "${MOSAIC:-}" ]]; then
    "$MOSAIC" "$t" >/dev/null 2>&1 || { echo "FAIL mosaic $name"; fail=$((fail + 1)); }
  fi
done
echo "$total tests, $fail failures"
[[ $fail -eq 0 ]]
