#!/usr/bin/env bash
# Debian's Chromium for the end-to-end browser tests (tests/test_web_e2e.py), and axe-core from
# npm for the accessibility checks (tests/test_web_a11y.py). Playwright's own browser download
# cannot run here, so the tests launch /usr/bin/chromium through Playwright's Python package.
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Wait for another apt run (other installers may hold the lock) instead of failing at once.
APT=(-o DPkg::Lock::Timeout=600 -q)
PACKAGES=()
[ -x /usr/bin/chromium ] || PACKAGES+=(chromium fonts-dejavu-core)
command -v npm >/dev/null || PACKAGES+=(nodejs npm)
if [ ${#PACKAGES[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "install-browser: no apt-get; install ${PACKAGES[*]} by hand" >&2
    exit 1
  fi
  $SUDO apt-get "${APT[@]}" update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT[@]}" install -y --no-install-recommends \
    "${PACKAGES[@]}"
  /usr/bin/chromium --version
fi
# axe-core at the version tests/js/package-lock.json pins (npm ci installs exactly that).
PINNED=$(node -p 'require("./tests/js/package-lock.json").packages["node_modules/axe-core"].version')
HAVE=$(node -p 'try { require("./tests/js/node_modules/axe-core/package.json").version } catch (e) { "" }')
if [ "$PINNED" != "$HAVE" ]; then
  (cd tests/js && npm ci --no-audit --no-fund)
fi
