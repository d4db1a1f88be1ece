#!/usr/bin/env bash
# Builds the greeter plugin with plain gcc: no Bazel, no core sources.
# usage: build.sh OUT_DIR SDK_INCLUDE_DIR NODE_API_INCLUDE_DIR
set -euo pipefail
out="$1" sdk="$2" napi="$3"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
cd "$here"
gcc -std=c11 -O2 -fPIC -shared -fvisibility=hidden -Wall -Wextra \
  -I "$sdk" -I "$napi" greeter.c -o "$out/libmosaic_greeter.so"
