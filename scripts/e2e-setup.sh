#!/usr/bin/env bash
# One-time (idempotent, quick when already done) setup for the real-VS-Code tests:
#   1. Debian packages: chromium (the browser playwright drives), and what code-server's native
#      modules need to build offline (build-essential python3 pkg-config libkrb5-dev).
#   2. Node 24 from npm (code-server 4.139 needs it) in .test-work/node24.
#   3. test/e2e/node_modules: installed with --ignore-scripts under Node 20, then `npm rebuild`
#      under Node 24 against Node 24's headers (npm_config_nodedir), because prebuilt
#      downloads are unreachable here. See docs in test/e2e/README.md.
# Everything it writes is git-ignored (.test-work/, test/e2e/node_modules/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E="$ROOT/test/e2e"
log() { printf '[e2e-setup] %s\n' "$*" >&2; }
started=$SECONDS

# --- 1. Debian packages, only the missing ones ---------------------------------------------
APT_PACKAGES=(chromium unzip build-essential python3 pkg-config libkrb5-dev)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  log "Debian packages present"
fi

# --- 2. Node 24 ---------------------------------------------------------------------------
NODE24_BIN="$(bash "$ROOT/scripts/e2e-node24.sh" | tail -n1)"
NODE24_DIR="$(dirname "$NODE24_BIN")"
[[ -x "$NODE24_BIN/node" ]] || { log "no Node 24 at $NODE24_BIN"; exit 1; }
log "Node 24: $("$NODE24_BIN/node" --version) ($NODE24_BIN)"

# --- 3. test/e2e dependencies ---------------------------------------------------------------
# The stamp records what node_modules was built from; when it matches, there is nothing to do.
STAMP_FILE="$E2E/node_modules/.agentsmith-e2e-stamp"
stamp_of() {
  { cat "$E2E/package.json"; cat "$E2E/package-lock.json" 2>/dev/null; "$NODE24_BIN/node" --version; } |
    sha256sum | cut -d' ' -f1
}
if [[ -f "$STAMP_FILE" && -f "$E2E/package-lock.json" && "$(cat "$STAMP_FILE")" == "$(stamp_of)" ]]; then
  log "test/e2e/node_modules up to date"
else
  cd "$E2E"
  if [[ -f package-lock.json ]]; then
    log "npm ci --ignore-scripts (Node $(node --version))"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  else
    log "npm install --ignore-scripts (Node $(node --version)); writes package-lock.json"
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  fi
  log "npm rebuild under Node 24 (native modules, ~75 s)"
  # Run from `npm test`, the outer npm's environment says "node/v20" in npm_config_user_agent,
  # which the inner npm inherits as config and code-server's install check reads: drop it.
  env -u npm_config_user_agent PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm rebuild --no-audit --no-fund --loglevel=error >&2
  stamp_of >"$STAMP_FILE"
fi

log "done in $((SECONDS - started)) s"
