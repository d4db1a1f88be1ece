#!/usr/bin/env bash
# Plugin ABI and bad-input tests: plugins built with plain gcc against the
# SDK only, loaded through MOSAIC_PLUGIN_PATH into the full runtime.
# usage: plugin_loading_test.sh MOSAIC SDK_HEADER NAPI_HEADER GREETER_BUILD_SH
set -uo pipefail
mosaic="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
sdk="$(cd "$(dirname "$2")" && pwd)"
napi="$(cd "$(dirname "$3")" && pwd)"
greeter_build="$(cd "$(dirname "$4")" && pwd)/$(basename "$4")"
work="${TEST_TMPDIR:-$(mktemp -d)}/plugins"
rm -rf "$work"
mkdir -p "$work"
failures=0
passed=0

check() {  # check NAME EXPECTED_SUBSTRING COMMAND...
  local name="$1" expected="$2"
  shift 2
  local output
  output="$("$@" 2>&1)"
  if [[ "$output" == *"$expected"* ]]; then
    passed=$((passed + 1))
  else
    echo "FAIL $name: expected output containing: $expected"
    echo "$output" | head -20
    failures=$((failures + 1))
  fi
}

build_fixture() {  # build_fixture DIR FILE_NAME [-D...]
  local dir="$1" file="$2"
  shift 2
  mkdir -p "$dir"
  gcc -std=c11 -fPIC -shared -fvisibility=hidden -I "$sdk" -I "$napi" "$@" \
    "$(dirname "$0")/fixture_plugin.c" -o "$dir/$file"
}

run() {  # run PLUGIN_DIR CODE
  MOSAIC_PLUGIN_PATH="$1" "$mosaic" -e "$2"
}

# A plugin built elsewhere loads through the plugin path and reaches its deps.
build_fixture "$work/ok" libmosaic_fixture.so
build_fixture "$work/ok" libmosaic_fixdep.so -DPLUGIN_NAME='"fixdep"' -DDEP_NAME='"fixture"' -DDEP_RANGE='"^1.2.0 || 2.x"'
check loads-from-path "fixdep fixture,fixdep" run "$work/ok" \
  "const m = require('fixdep'); console.log(m.name, m.deps.join())"
check node-prefix "fixture" run "$work/ok" "console.log(require('node:fixture').name)"
check plugins-listing "fixdep" env MOSAIC_PLUGIN_PATH="$work/ok" "$mosaic" --plugins

# Bad input: each is a clear error, never a crash.
check missing-builtin "composed without the 'http' plugin" run "$work/ok" "require('http')"
check unknown-builtin "ERR_UNKNOWN_BUILTIN_MODULE" run "$work/ok" "require('node:nonexistent')"

mkdir -p "$work/notso"
echo "not an ELF file" > "$work/notso/libmosaic_fixture.so"
check not-shared-object "Cannot load plugin" run "$work/notso" "require('node:fixture')"

mkdir -p "$work/notplugin"
echo 'int unrelated(void) { return 1; }' > "$work/notplugin/x.c"
gcc -shared -fPIC "$work/notplugin/x.c" -o "$work/notplugin/libmosaic_fixture.so"
check not-a-plugin "is not a Mosaic plugin" run "$work/notplugin" "require('node:fixture')"

build_fixture "$work/abi" libmosaic_fixture.so -DABI_MAJOR=2
check abi-major "was built for plugin ABI 2." run "$work/abi" "require('node:fixture')"

# A plugin built against ABI 1.0 (its manifest ends before the 1.1 fields)
# still loads into this newer core.
build_fixture "$work/old" libmosaic_fixture.so -DABI_1_0
check older-minor-loads "fixture" run "$work/old" "console.log(require('node:fixture').name)"

build_fixture "$work/napi" libmosaic_fixture.so -DNAPI_VERSION_NEEDED=99
check napi-too-new "needs Node-API version 99" run "$work/napi" "require('node:fixture')"

build_fixture "$work/nodep" libmosaic_fixdep.so -DPLUGIN_NAME='"fixdep"' -DDEP_NAME='"fixmissing"' -DDEP_RANGE='"^1.0.0"'
check dependency-missing "requires plugin 'fixmissing' (^1.0.0)" run "$work/nodep" "require('node:fixdep')"

build_fixture "$work/range" libmosaic_fixture.so
build_fixture "$work/range" libmosaic_fixdep.so -DPLUGIN_NAME='"fixdep"' -DDEP_NAME='"fixture"' -DDEP_RANGE='"^2.0.0"'
check dependency-range "requires plugin 'fixture' ^2.0.0, but the runtime has 1.2.3" run "$work/range" "require('node:fixdep')"

build_fixture "$work/cycle" libmosaic_fixa.so -DPLUGIN_NAME='"fixa"' -DDEP_NAME='"fixb"' -DDEP_RANGE='"*"'
build_fixture "$work/cycle" libmosaic_fixb.so -DPLUGIN_NAME='"fixb"' -DDEP_NAME='"fixa"' -DDEP_RANGE='"*"'
check dependency-cycle "Plugin dependency cycle: fixa -> fixb -> fixa" run "$work/cycle" "require('node:fixa')"

build_fixture "$work/wrongname" libmosaic_fixture.so -DPLUGIN_NAME='"other"'
check wrong-name "holds plugin 'other', expected 'fixture'" run "$work/wrongname" "require('node:fixture')"

# A copied runtime whose plugin changed no longer matches its lock file.
runtime_dir="$(cd "$(dirname "$(readlink -f "$mosaic")")/.." && pwd)"
cp -rL "$runtime_dir" "$work/runtime-copy"
chmod -R u+w "$work/runtime-copy"
check copied-runtime-runs "3" "$work/runtime-copy/bin/mosaic" -p "require('path').join('1', '2').length"
printf 'x' >> "$work/runtime-copy/lib/mosaic/libmosaic_path.so"
check lock-hash-mismatch "does not match the runtime's lock file" "$work/runtime-copy/bin/mosaic" -e "require('path')"

# A third-party plugin with native code, built by its own script with gcc.
if "$greeter_build" "$work/greeter" "$sdk" "$napi"; then
  check third-party-native "Hello, world! Hello, x.txt!" run "$work/greeter" \
    "const g = require('greeter'); console.log(g.greet('world'), g.greetFile('/a/b/x.txt'))"
  check third-party-arg-error "must be of type string" run "$work/greeter" "require('greeter').greet()"
  # The runtime's table (ABI 1.2): external Latin-1 strings and Buffers
  # without zero-fill. 4000 strings of 1 MiB stay bounded in memory: the
  # collector frees them as it goes.
  check runtime-api-strings "3 ééé 1048576 true" run "$work/greeter" \
    "const g = require('greeter'); const s = g.cheers(3); let ok = true;
     for (let i = 0; i < 4000; i++) ok = ok && g.cheers(1 << 20).length === 1 << 20;
     console.log(s.length, s, g.cheers(1 << 20).length, ok && process.memoryUsage().rss < 1024 * 1024 * 1024)"
  check runtime-api-buffer "true 2,1,0 0" run "$work/greeter" \
    "const g = require('greeter'); const b = g.countdown(3);
     console.log(Buffer.isBuffer(b), [...b].join(), g.countdown(0).length)"
  # ABI 1.3: external strings read in place (a 1 MiB toString() result is
  # one; a short literal is not), and non-strings rejected.
  check runtime-api-external-view "1048576 0 0 string" run "$work/greeter" \
    "const g = require('greeter');
     let err; try { g.externalLength(1) } catch (e) { err = e.message.split(' ').pop() }
     console.log(g.externalLength(g.cheers(1 << 20)), g.externalLength('abc'),
                 g.externalLength('x'.repeat(1 << 20)), err)"
else
  echo "FAIL greeter build"
  failures=$((failures + 1))
fi

echo "$passed passed, $failures failed"
[[ "$failures" == 0 ]]
