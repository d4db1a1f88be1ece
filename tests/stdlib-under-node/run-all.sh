#!/bin/sh
# Runs every stdlib-under-node comparison and every Mosaic-side test of the
# assert, util and os plugins (under node, with node's modules and with
# Mosaic's). Exit status: non-zero if anything failed.
cd "$(dirname "$0")/../.." || exit 1
status=0
run() {
  out=$("$@" 2>&1) || { status=1; echo "FAIL: $*"; echo "$out" | grep -v 'internal/test\|trace-warnings' | tail -20; return; }
  echo "$out" | grep -E '^(comparisons|assert|util|os):' || echo "ok: $*"
}
for t in comparisons assert util os; do
  run node --expose-internals tests/stdlib-under-node/test-$t.js
done
# assert's messages depend on util.inspect: the same cases with node's
# inspect tell assert's own bugs from inspect's.
echo "(assert with node's inspect:)"
MOSAIC_NODE_INTERNALS=internal/util/inspect run node --expose-internals tests/stdlib-under-node/test-assert.js
for f in modules/assert/test/test-*.js modules/util/test/test-*.js modules/os/test/test-*.js; do
  [ -f "$f" ] || continue
  node "$f" >/dev/null 2>&1 || { status=1; echo "FAIL (node): $f"; }
  node --expose-internals tests/stdlib-under-node/run-mosaic-test.js "$f" >/dev/null 2>&1 ||
    { status=1; echo "FAIL (mosaic modules): $f"; }
done
[ $status = 0 ] && echo "all passed"
exit $status
