#!/usr/bin/env bash
# Run the product on embedded defaults: embedded PostgreSQL (started as an
# unprivileged user in .bakaya/), deterministic agents, local outbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/bakaya serve "$@"
