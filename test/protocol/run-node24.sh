#!/usr/bin/env bash
# The protocol tests under Node 24, the Node of VS Code's extension host. Compiles and bundles
# with the project's Node (20), then runs the tests with Node 24 first on PATH; the tests spawn
# the server with their own Node (process.execPath), so the server runs on Node 24 as well.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
NODE24_BIN="$(bash scripts/ensure-node24.sh | tail -n1)"
npm run --silent compile
npm run --silent build
echo "protocol tests on Node $("$NODE24_BIN/node" --version)" >&2
PATH="$NODE24_BIN:$PATH" node scripts/run-node-tests.mjs out/test/protocol "$@"
