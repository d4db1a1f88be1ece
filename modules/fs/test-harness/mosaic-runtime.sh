#!/usr/bin/env bash
# Builds the fs plugin from the working tree by hand (no Bazel) and puts it
# into a private copy of an already built full runtime, so the plugin's
# tests and benchmark can run on mosaic itself:
#   test-harness/mosaic-runtime.sh [/tmp/rt]     -> /tmp/rt/bin/mosaic
# Needs bazel-bin/runtimes/full and bazel-bin/core/mosaic_stage1 (for the
# plugin's V8 code cache) from an earlier build.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
rt="${1:-/tmp/rt}"
inc="$root/third_party/.deps/node-api-headers/include"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
js=$(cd modules/fs && ls *.js lib/*.js)
python3 tools/plugin_manifest.py "$tmp/fs_manifest.c" "$tmp/fs.lockinfo" fs 1.0.0 8 1 \
  "buffer@^1.0.0,events@^1.0.0,path@^1.0.0,stream@^1.0.0" "fs=fs.js,fs/promises=promises.js" \
  modules/fs/ $(for f in $js; do echo "modules/fs/$f"; done)
./bazel-bin/core/mosaic_stage1 --build-plugin-cache="$tmp/fs_code_cache.c" fs \
  $(for f in $js; do echo "$f=modules/fs/$f"; done)
for f in "$tmp/fs_manifest.c" "$tmp/fs_code_cache.c"; do
  gcc -O2 -fPIC -fvisibility=hidden -I. -I"$inc" -c "$f" -o "${f%.c}.o"
done
for f in modules/fs/*.cc; do
  g++ -std=c++17 -O2 -fPIC -fvisibility=hidden -I"$inc" -c "$f" -o "$tmp/$(basename "$f" .cc).o" &
done
wait
g++ -shared "$tmp"/*.o -luv -Wl,-soname,libmosaic_fs.so.1 -o "$tmp/libmosaic_fs.so"
rm -rf "$rt"
cp -r bazel-bin/runtimes/full "$rt"
chmod -R u+w "$rt"
cp "$tmp/libmosaic_fs.so" "$rt/lib/mosaic/libmosaic_fs.so"
python3 - "$rt" <<'PY'
import importlib.util, sys
rt = sys.argv[1]
spec = importlib.util.spec_from_file_location('cr', 'tools/compose_runtime.py')
cr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cr)
lock = rt + '/lib/mosaic/runtime.lock'
out = []
for line in open(lock).read().splitlines():
    if line.startswith('fs '):
        n, v, f, _ = line.split()
        line = '%s %s %s %s' % (n, v, f, cr.fnv1a64x4(rt + '/lib/mosaic/' + f))
    out.append(line)
open(lock, 'w').write('\n'.join(out) + '\n')
PY
echo "$rt/bin/mosaic"
