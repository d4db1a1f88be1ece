#!/usr/bin/env bash
# Builds the fs plugin's native code as a node addon for the harness:
#   test-harness/build-addon.sh [out.node]   (default /tmp/fs_native.node)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-/tmp/fs_native.node}"
inc="$root/third_party/.deps/node-api-headers/include"
objs=()
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for src in "$here"/*.cc; do
  obj="$tmp/$(basename "$src" .cc).o"
  g++ -std=c++17 -O2 -fPIC -fvisibility=hidden -Wall -Wextra -Wno-unused-parameter \
    -Wno-missing-field-initializers -I"$inc" -c "$src" -o "$obj" &
  objs+=("$obj")
done
gcc -O2 -fPIC -I"$inc" -c "$here/test-harness/addon_shim.c" -o "$tmp/shim.o" &
wait
# No -luv: node exports libuv's symbols to addons (as mosaic does).
g++ -shared -fPIC "${objs[@]}" "$tmp/shim.o" -o "$out"
echo "$out"
