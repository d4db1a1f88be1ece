#!/usr/bin/env bash
# Symbol discipline of the plugin ABI (DESIGN.md):
#  1. the executable exports every napi_*/node_api_* libnode exports (a
#     missing one would silently bind to libnode's incompatible copy) and
#     exactly the list in core/napi/symbols.txt (plus our mosaic_* table);
#  2. each plugin's undefined symbols are Node-API, the runtime's table
#     (mosaic_get_runtime_api), libuv, C/C++ runtime, or a library of its
#     own (BoringSSL for crypto) -- never libnode's;
#  3. at run time every napi_* a plugin or addon imports binds to mosaic,
#     and the crypto plugin's EVP_* bind to BoringSSL, not to the OpenSSL 3
#     inside libnode.
# usage: symbols_test.sh MOSAIC LIBNODE SYMBOLS_TXT ADDON.node
set -uo pipefail
mosaic="$1" libnode="$2" symbols_txt="$3" addon="$4"
runtime_lib="$(dirname "$(readlink -f "$mosaic")")/../lib/mosaic"
failures=0
passed=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

exported() { nm -D --defined-only "$1" | awk '$3 ~ /^(napi|node_api|mosaic)_/ {print $3}' | sort -u; }

missing="$(comm -23 <(exported "$libnode") <(exported "$mosaic"))"
if [[ -z "$missing" ]]; then passed=$((passed + 1)); else fail "mosaic lacks libnode's: $missing"; fi

listed="$(sed '/^$/d' "$symbols_txt" | sort -u)"
if [[ "$listed" == "$(exported "$mosaic")" ]]; then
  passed=$((passed + 1))
else
  fail "symbols.txt and the executable's exports differ:"
  diff <(echo "$listed") <(exported "$mosaic") | head
fi

# What a plugin's own libraries define: those it links to (DT_NEEDED) other
# than libnode and the system's C, C++ and libuv libraries.
own_library_symbols() {
  ldd "$1" | awk '$3 ~ /^\// {print $3}' |
    grep -vE '/(libnode|libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|libuv|ld-linux[^/]*)\.so' |
    while read -r lib; do nm -D --defined-only "$lib" | awk '{print $3}'; done | sort -u
}

for plugin in "$runtime_lib"/libmosaic_*.so; do
  # Versioned symbols (@GLIBC_, @GLIBCXX_, @CXXABI_, @GCC_) are the C and
  # C++ runtimes; unversioned ones must be Node-API, our table, libuv or
  # the plugin's own libraries'.
  bad="$(nm -D --undefined-only "$plugin" | awk '{print $2}' |
         grep -vE '@(GLIBC|GLIBCXX|CXXABI|GCC)_' |
         grep -vE '^(napi_|node_api_|mosaic_get_runtime_api$|uv_|__gmon_start__|_ITM_|__cxa_finalize)' |
         sort -u | comm -23 - <(own_library_symbols "$plugin") || true)"
  if [[ -z "$bad" ]]; then
    passed=$((passed + 1))
  else
    fail "$(basename "$plugin") imports symbols outside the ABI: $(echo $bad | head -c 400)"
  fi
done

# Run-time binding: load every plugin and a real npm addon, and check where
# the dynamic linker bound their napi_* imports.
log="${TEST_TMPDIR:-/tmp}/bindings.log"
script='for (const name of require("module").builtinModules) { try { require(name) } catch {} }
const m = { exports: {} }; process.dlopen(m, process.argv[1]);'
LD_DEBUG=bindings LD_DEBUG_OUTPUT="$log" "$mosaic" -e "$script" "$addon" >/dev/null 2>&1
wrong="$(cat "$log".* 2>/dev/null | grep -E "normal symbol \`(napi|node_api)_" |
         grep -v "to $(readlink -f "$mosaic") \[0\]" | grep -v "to .*/bin/mosaic \[0\]" | head -5)"
bound="$(cat "$log".* 2>/dev/null | grep -cE "normal symbol \`(napi|node_api)_")"
if [[ -z "$wrong" && "$bound" -gt 0 ]]; then
  passed=$((passed + 1))
else
  fail "napi symbols bound elsewhere than mosaic ($bound bindings seen): $wrong"
fi

# The crypto plugin (when the runtime has it) binds its digests to BoringSSL.
if [[ -e "$runtime_lib/libmosaic_crypto.so" ]]; then
  evp="$(cat "$log".* 2>/dev/null | grep "libmosaic_crypto.so" | grep -E "normal symbol \`EVP_DigestInit_ex'")"
  if [[ "$evp" == *"/android/libcrypto.so"* ]]; then
    passed=$((passed + 1))
  else
    fail "crypto's EVP_DigestInit_ex is not bound to BoringSSL: ${evp:-no binding seen}"
  fi
fi

echo "$passed passed, $failures failed"
[[ "$failures" == 0 ]]
