#!/usr/bin/env bash
# Installs what is missing, then serves the explorer at http://127.0.0.1:8080 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/wasm-flags.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
