#!/usr/bin/env bash
# Installs the terminal editors the editor tests drive (Neovim, Emacs + eglot) from Debian,
# only when they are missing. Needs root (or sudo) the first time; a no-op afterwards.
set -euo pipefail

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
# eglot ships with Emacs 29+; Debian 12 has Emacs 28, where it comes as elpa-eglot.
if ! dpkg -s elpa-eglot >/dev/null 2>&1; then
  if ! command -v emacs >/dev/null 2>&1 || ! emacs --batch --eval "(kill-emacs (if (locate-library \"eglot\") 0 1))" >/dev/null 2>&1; then
    missing+=(elpa-eglot)
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "editors-setup: neovim, emacs and eglot are already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "editors-setup: need root to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "editors-setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "editors-setup: done ($(nvim --version | head -1); $(emacs --version | head -1))"
