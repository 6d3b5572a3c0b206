#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) by running the browser tests that take them
# against the built `vigie` (VIGIE_BIN, default the debug build).
set -euo pipefail
cd "$(dirname "$0")/../.."
export VIGIE_BIN="${VIGIE_BIN:-$(swift build --show-bin-path)/vigie}"
export VIGIE_SCREENSHOTS="$PWD/docs/screenshots"
python3 -m pytest -q Tests/browser/test_alarm_handling.py Tests/browser/test_administration.py "$@"
