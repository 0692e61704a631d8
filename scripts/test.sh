#!/usr/bin/env bash
# Run the whole test suite against a real PostgreSQL that this script starts
# (a throw-away embedded cluster), then stop it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

export BAKAYA_HOME="${BAKAYA_TEST_HOME:-$PWD/.bakaya/test}"
export BAKAYA_EMBEDDED_PG_PORT="${BAKAYA_TEST_PG_PORT:-54339}"
unset DATABASE_URL
.venv/bin/bakaya db start >/dev/null
trap '.venv/bin/bakaya db stop >/dev/null 2>&1 || true' EXIT
export BAKAYA_TEST_DATABASE_URL="$(.venv/bin/bakaya db url)"

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
exit "$status"
