#!/usr/bin/env bash
# Builds the plugin's native half as a node addon for the harness:
#   test-harness/build.sh [OUT]   (default /tmp/mosaic-buffer/buffer_native.node)
# Compiled like the Bazel build does (C++17, -fvisibility=hidden), plus a shim
# exporting napi_register_module_v1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plugin="$(dirname "$here")"
root="$(cd "$plugin/../.." && pwd)"
out="${1:-/tmp/mosaic-buffer/buffer_native.node}"
mkdir -p "$(dirname "$out")"
inc="$root/third_party/.deps/node-api-headers/include"
obj="$(mktemp -d)"
trap 'rm -rf "$obj"' EXIT
g++ -std=c++17 -O2 -Wall -Wextra -fPIC -fvisibility=hidden -I"$inc" -I"$root" \
  -c "$plugin/buffer_native.cc" -o "$obj/buffer_native.o"
gcc -O2 -Wall -fPIC -DNAPI_VERSION=8 -I"$inc" -I"$root" -c "$here/addon_shim.c" -o "$obj/shim.o"
g++ -shared "$obj/buffer_native.o" "$obj/shim.o" -o "$out"
echo "$out"
