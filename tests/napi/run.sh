#!/usr/bin/env bash
# Builds every tests/napi/<area>/binding.c into $NAPI_ADDON_DIR/<area>.node
# and runs <area>/test.js under a runtime (default: node).
#
#   tests/napi/run.sh [--runtime /path/to/mosaic] [area ...]
#
# Environment: NAPI_ADDON_DIR (default $TMPDIR/mosaic-napi-addons), CC (default gcc),
# NAPI_HEADERS (default third_party/.deps/node-api-headers/include),
# NAPI_RUNTIME_ARGS (extra runtime flags, e.g. "--plugin-path DIR").
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runtime=node
if [[ "${1:-}" == "--runtime" ]]; then runtime="$2"; shift 2; fi
export NAPI_ADDON_DIR="${NAPI_ADDON_DIR:-${TMPDIR:-/tmp}/mosaic-napi-addons}"
headers="${NAPI_HEADERS:-$root/third_party/.deps/node-api-headers/include}"
cc="${CC:-gcc}"
mkdir -p "$NAPI_ADDON_DIR"

if [[ $# -gt 0 ]]; then
  areas=("$@")
else
  areas=()
  for dir in "$here"/*/; do
    [[ -f "$dir/binding.c" && -f "$dir/test.js" ]] && areas+=("$(basename "$dir")")
  done
fi

passed=0
failed=0
for area in "${areas[@]}"; do
  if ! "$cc" -shared -fPIC -Wall -Wextra -Werror -I"$headers" -pthread \
       -o "$NAPI_ADDON_DIR/$area.node" "$here/$area/binding.c" 2>&1; then
    echo "FAIL $area (build)"
    failed=$((failed + 1))
    continue
  fi
  # shellcheck disable=SC2086
  if output="$(timeout 60 "$runtime" ${NAPI_RUNTIME_ARGS:-} --expose-gc "$here/$area/test.js" 2>&1)"; then
    echo "ok   $area"
    passed=$((passed + 1))
  else
    echo "FAIL $area"
    echo "$output" | sed 's/^/     /'
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
