#!/usr/bin/env bash
# Builds libmosaic_buffer.so outside Bazel (same inputs as mosaic_plugin():
# the generated manifest with the embedded JS, plus buffer_native.cc), so
# the plugin can be tried on a prebuilt mosaic through MOSAIC_PLUGIN_PATH:
#   test-harness/build_plugin.sh [OUTDIR]   (default /tmp/mosaic-buffer/plugins)
#   MOSAIC_PLUGIN_PATH=/tmp/mosaic-buffer/plugins mosaic script.js
# The JS code cache comes from $MOSAIC_STAGE1 (default: a prebuilt
# bazel-bin/core/mosaic_stage1, which must match the mosaic you run); without
# one the plugin ships no code cache.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plugin="$(dirname "$here")"
root="$(cd "$plugin/../.." && pwd)"
out="${1:-/tmp/mosaic-buffer/plugins}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The JS files listed in BUILD.bazel's js = [...].
js=$(python3 -c "
import re,sys
src=open('$plugin/BUILD.bazel').read()
m=re.search(r'js\s*=\s*\[([^\]]*)\]', src)
print(' '.join('$plugin/'+f for f in re.findall(r'\"([^\"]+)\"', m.group(1))))
")
python3 "$root/tools/plugin_manifest.py" "$work/buffer_manifest.c" "$work/buffer.lockinfo" \
  buffer 1.0.0 8 1 '' 'buffer=buffer.js' modules/buffer/ $js
stage1="${MOSAIC_STAGE1:-$root/bazel-bin/core/mosaic_stage1}"
if [[ -x "$stage1" ]]; then
  cache_args=()
  for f in $js; do cache_args+=("${f#$plugin/}=$f"); done
  "$stage1" --build-plugin-cache="$work/buffer_code_cache.c" buffer "${cache_args[@]}"
else
  cat > "$work/buffer_code_cache.c" <<'CEOF'
#include "sdk/mosaic_plugin.h"
const mosaic_code_cache mosaic_plugin_code_caches[1] = {{0, 0, 0}};
const size_t mosaic_plugin_code_cache_count = 0;
CEOF
fi
inc="-I$root -I$root/third_party/.deps/node-api-headers/include"
g++ -std=c++17 -O2 -fPIC -fvisibility=hidden $inc -c "$plugin/buffer_native.cc" -o "$work/native.o"
gcc -O2 -fPIC -fvisibility=hidden $inc -c "$work/buffer_manifest.c" -o "$work/manifest.o"
gcc -O2 -fPIC -fvisibility=hidden $inc -c "$work/buffer_code_cache.c" -o "$work/cache.o"
g++ -shared -Wl,-soname,libmosaic_buffer.so.1 "$work/native.o" "$work/manifest.o" "$work/cache.o" \
  -o "$out/libmosaic_buffer.so"
echo "$out/libmosaic_buffer.so"
