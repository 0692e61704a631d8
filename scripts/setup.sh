#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian machine with Python 3.11: installs the
# Debian packages the product and its tests use, then creates .venv holding
# exactly what uv.lock pins (every transitive dependency, with hashes). Re-runs
# are cheap: a stamp records the lock that was installed. Needs only the
# package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one uv release that reads and writes uv.lock here (also in pyproject.toml,
# [tool.uv] required-version).
UV_VERSION=0.13.9

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Python 3.11 or newer is needed, found {sys.version.split()[0]}")
PY

# Debian packages the product and its tests use. Installed only when missing.
# chromium: the sandbox page is tested in headless Chromium (Debian's package).
# fonts-noto-core: Tamil and Devanagari glyphs for that page and for the notices (PDF).
# poppler-utils: pdftoppm, which turns notices into PNG pages in the tests.
# tesseract-ocr (+ hin, tam; osd comes with it): reads photos and scanned invoices.
# espeak-ng: speaks answers to voice notes offline (ta, hi, en); the tests also make
# their voice-command clips with it, and add noise to them with sox.
APT_PACKAGES=(chromium fonts-noto-core poppler-utils tesseract-ocr tesseract-ocr-hin
              tesseract-ocr-tam espeak-ng sox ${BAKAYA_APT_PACKAGES:-})
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_=()
  [ "$(id -u)" = 0 ] || sudo_=(sudo)
  "${sudo_[@]}" apt-get update -qq
  "${sudo_[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# uv itself lives in its own small venv (.uv/), so that syncing .venv to the
# lock never removes the tool doing the syncing.
if [ ! -x .uv/bin/uv ] || [ "$(.uv/bin/uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  rm -rf .uv
  "$PYTHON" -m venv .uv
  .uv/bin/python -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi

stamp=.venv/.bakaya-installed
want="$(cat uv.lock scripts/setup.sh | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  # --frozen: install exactly what uv.lock says, never re-resolve. The sync is
  # exact: a package the lock no longer names is removed from .venv.
  # --compile-bytecode: every command starts from compiled modules, also where
  # PYTHONDONTWRITEBYTECODE keeps Python from caching them (seconds per start).
  UV_PROJECT_ENVIRONMENT=.venv .uv/bin/uv sync --frozen --extra test \
    --python "$(command -v "$PYTHON")" --quiet --compile-bytecode
  echo "$want" > "$stamp"
fi
# The project's own modules too (only those changed since the last run are compiled).
.venv/bin/python -m compileall -q -j 0 tools store agents channels bakaya prompts >/dev/null
