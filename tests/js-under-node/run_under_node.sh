#!/usr/bin/env bash
# Runs a comparison harness with the system node (the harnesses check our
# JavaScript against node's own modules, value for value).
set -euo pipefail
exec node --expose-internals --no-warnings "$1"
