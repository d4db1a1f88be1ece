#!/usr/bin/env bash
# //runtimes:minimal is the core alone: console scripts run, and requiring a
# plugin module fails with the clear composition error. Its libnode copy
# binds lazily (tools/compose_runtime.py), and LD_BIND_NOW still works.
# usage: minimal_runtime_test.sh MINIMAL_MOSAIC
set -uo pipefail
mosaic="$1"
failures=0
out="$("$mosaic" -e "console.log(1 + 1, [1, { a: 2 }], typeof setTimeout); setTimeout(() => console.log('timer'), 1)" 2>&1)"
[[ "$out" == $'2 [ 1, { a: 2 } ] function\ntimer' ]] || { echo "FAIL console: $out"; failures=$((failures + 1)); }
out="$("$mosaic" -e "require('fs')" 2>&1)"; status=$?
[[ $status == 1 && "$out" == *"composed without the 'fs' plugin"* && "$out" == *"ERR_MOSAIC_PLUGIN_MISSING"* ]] ||
  { echo "FAIL require('fs') (status $status): $out"; failures=$((failures + 1)); }
out="$("$mosaic" -e "console.log(typeof Buffer, require('module').builtinModules.includes('fs'))" 2>&1)"
[[ "$out" == "undefined true" ]] || { echo "FAIL globals: $out"; failures=$((failures + 1)); }
out="$("$mosaic" --plugins 2>&1)"
[[ "$out" == *"no plugins"* ]] || { echo "FAIL --plugins: $out"; failures=$((failures + 1)); }
libnode="$(dirname "$mosaic")/../lib/libnode.so.108"
flags="$(readelf -dW "$libnode" | grep -E 'FLAGS|BIND_NOW')"
[[ "$flags" != *NOW* ]] || { echo "FAIL libnode still binds now: $flags"; failures=$((failures + 1)); }
out="$(LD_BIND_NOW=1 "$mosaic" -p "'bound ' + [1, 2].map((x) => x * 2)" 2>&1)"
[[ "$out" == "bound 2,4" ]] || { echo "FAIL LD_BIND_NOW=1: $out"; failures=$((failures + 1)); }
echo "$((6 - failures)) passed, $failures failed"
[[ $failures == 0 ]]
