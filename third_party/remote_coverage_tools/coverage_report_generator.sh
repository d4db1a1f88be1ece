#!/bin/sh
echo "coverage reports are not supported in this workspace" >&2
exit 1
