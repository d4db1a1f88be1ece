#!/usr/bin/env bash
# Bazel entry: runs tests/napi/run.sh against the full runtime.
# usage: bazel_test.sh MOSAIC NODE_API_HEADER
set -euo pipefail
mosaic="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
export NAPI_HEADERS="$(cd "$(dirname "$2")" && pwd)"
export NAPI_ADDON_DIR="${TEST_TMPDIR:-$(mktemp -d)}/addons"
exec "$(dirname "$0")/run.sh" --runtime "$mosaic"
