#!/usr/bin/env bash
# Debian's Chromium for the end-to-end browser tests (tests/test_web_e2e.py). Playwright's own
# browser download cannot run here, so the tests launch /usr/bin/chromium through Playwright's
# Python package. Idempotent: does nothing when Chromium is already installed.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "install-browser: no apt-get; install Chromium at /usr/bin/chromium by hand" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Wait for another apt run (other installers may hold the lock) instead of failing at once.
APT=(-o DPkg::Lock::Timeout=600 -q)
$SUDO apt-get "${APT[@]}" update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT[@]}" install -y --no-install-recommends \
  chromium fonts-dejavu-core
/usr/bin/chromium --version
