#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 20) on a copy of its seed corpus.
# Fails on the first crash, leak or timeout. Usage: FuzzTesting/run.sh [SECONDS]
set -euo pipefail

SECONDS_PER_TARGET="${1:-20}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGETS=(FuzzDC09Frame FuzzContactID FuzzSIAData FuzzSurGard FuzzHTTPDigest FuzzMailMessage FuzzCameraPush)

cd "$HERE"
swift build -c debug --sanitize=fuzzer --scratch-path "$HERE/.build"
BIN="$(swift build -c debug --sanitize=fuzzer --scratch-path "$HERE/.build" --show-bin-path)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for target in "${TARGETS[@]}"; do
    mkdir -p "$WORK/$target"
    cp "$HERE/Corpus/$target/"* "$WORK/$target/"
    echo "== $target (${SECONDS_PER_TARGET}s)"
    "$BIN/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=4200 -timeout=10 \
        -artifact_prefix="$HERE/.build/$target-" "$WORK/$target"
done
echo "fuzzing: no crash in ${#TARGETS[@]} targets"
