#!/usr/bin/env bash
# Installs what the console's build and tests need, and nothing twice: Debian packages, the
# Dear ImGui sources (from Debian's source package) and the browser tests' npm packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deps="$root/.deps"
imgui_version="1.90.1"
imgui_dir="$deps/imgui-$imgui_version"
mkdir -p "$deps"

log() { echo "[setup] $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=(emscripten nlohmann-json3-dev libgtest-dev libbenchmark-dev
  libsqlite3-dev libsodium-dev pkg-config chromium cmake g++ make nodejs npm xz-utils ca-certificates fonts-noto-core fonts-noto-cjk
  python3 python3-fonttools clang-14 libclang-rt-14-dev)
apt_updated=0
apt_update_once() { [ "$apt_updated" = 1 ] || { as_root apt-get update -qq; apt_updated=1; }; }

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  # The machine's own node/npm may come from elsewhere; only ask apt for them when absent.
  filtered=()
  for p in "${missing[@]}"; do
    case "$p" in nodejs) command -v node >/dev/null || filtered+=("$p") ;;
                 npm) command -v npm >/dev/null || filtered+=("$p") ;;
                 *) filtered+=("$p") ;; esac
  done
  if [ ${#filtered[@]} -gt 0 ]; then
    log "installing Debian packages: ${filtered[*]}"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${filtered[@]}" >/dev/null
  fi
fi

# Dear ImGui: Debian ships it only prebuilt; the wasm build needs its sources, which trixie's
# source package has. The deb-src entry reuses the machine's own mirror and keyring.
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  src_list=/etc/apt/sources.list.d/koo-console-imgui-src.sources
  if [ ! -f "$src_list" ]; then
    base=/etc/apt/sources.list.d/debian.sources
    uri=$(awk '/^URIs:/ {print $2; exit}' "$base")
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' "$base")
    [ -n "$uri" ] || { echo "setup: cannot find the Debian mirror in $base" >&2; exit 1; }
    log "adding a deb-src entry for trixie (Dear ImGui $imgui_version sources)"
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
      "$uri" "${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}" | as_root tee "$src_list" >/dev/null
    apt_updated=0
  fi
  apt_update_once
  work=$(mktemp -d)
  (cd "$work" && apt-get source --download-only -qq "imgui=$imgui_version+ds-1" >/dev/null)
  tarball=$(ls "$work"/imgui_*.orig.tar.* | head -1)
  mkdir -p "$imgui_dir.tmp"
  tar xf "$tarball" -C "$imgui_dir.tmp" --strip-components=1
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir" && rm -rf "$work"
  log "Dear ImGui sources in $imgui_dir"
fi

# Browser tests: playwright-core only (it drives Debian's Chromium, downloads no browser).
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  log "installing npm packages"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi

# playwright-core needs Node 20+, and Debian 12's nodejs is 18: there the browser tests run on
# Node 24 LTS from npm (a package that ships the binary, installed for this CPU only) under .deps/.
test_node_dir="$deps/test-node"
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  if [ ! -f "$test_node_dir/node_modules/.package-lock.json" ] || [ "$root/scripts/test-node/package-lock.json" -nt "$test_node_dir/node_modules/.package-lock.json" ]; then
    log "installing Node.js 24 for the browser tests (the machine's node is $(node --version))"
    mkdir -p "$test_node_dir"
    cp "$root/scripts/test-node/package.json" "$root/scripts/test-node/package-lock.json" "$test_node_dir/"
    (cd "$test_node_dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
