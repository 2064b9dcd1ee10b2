#!/bin/sh
# Installs real VS Code (code-server) for the end-to-end tests, outside the project's node_modules,
# and the system packages the tests need (Chromium, ripgrep, Kerberos headers). Reused when present.
#
#   scripts/setup-code-server.sh [DIR]    # DIR defaults to $HOME/.cache/toc-e2e/code-server
#
# Prints the path of the code-server binary on its last line.
# code-server 4.100.3 (VS Code 1.100) is the newest release that installs on Node 20.
set -eu

VERSION=4.100.3
RG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
DIR=${1:-${TOC_E2E_CACHE:-$HOME/.cache/toc-e2e}/code-server}
BIN="$DIR/node_modules/.bin/code-server"

log() { echo "setup-code-server: $*" >&2; }

# System packages: install only what is missing (CI is a fresh Debian machine; we run as root).
missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v rg >/dev/null 2>&1 || missing="$missing ripgrep"
[ -f /usr/include/gssapi/gssapi.h ] || missing="$missing libkrb5-dev"
if [ -n "$missing" ]; then
    log "apt-get install$missing"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for another apt run (a parallel job may hold the lock) instead of failing.
    apt="apt-get -q -o DPkg::Lock::Timeout=600"
    if ! $apt install -y $missing >&2; then
        $apt update >&2
        $apt install -y $missing >&2
    fi
fi

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | head -1 | grep -q "^$VERSION"; then
    log "code-server $VERSION already in $DIR"
    echo "$BIN"
    exit 0
fi

started=$(date +%s)
mkdir -p "$DIR/tmp"
# Trap 2: @vscode/ripgrep downloads its binary at install time; seed its cache with Debian's rg.
cache="$DIR/tmp/vscode-ripgrep-cache-$RG_VERSION"
if [ ! -f "$cache/$RG_ASSET" ]; then
    mkdir -p "$cache"
    tar czf "$cache/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
fi
[ -f "$DIR/package.json" ] || echo '{ "name": "toc-e2e-code-server", "private": true }' > "$DIR/package.json"

log "installing code-server@$VERSION into $DIR (about 1-2 minutes)"
# Trap 3: npm 11 has no --unsafe-perm flag. Trap 4: a post-install runs `npx node-gyp`.
(cd "$DIR" && TMPDIR="$DIR/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2)

"$BIN" --version >/dev/null
log "done in $(( $(date +%s) - started )) s"
echo "$BIN"
