#!/usr/bin/env bash
# Starts Dossier on Open Liberty in the foreground (scripts/run.sh --server liberty): the same WAR,
# libraries, DOSSIER_* settings and data directory as on Payara Micro, with the server
# configuration of scripts/liberty (docs/deploying.md). Open Liberty comes from Maven Central on the
# first start. Ctrl-C or SIGTERM stops it.
#
#   scripts/run-liberty.sh             build and fetch what is missing, then serve
#   scripts/run-liberty.sh --prepare   build and fetch what is missing, then exit
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/runtime.sh
source "$SCRIPTS/lib/runtime.sh"
# shellcheck source=lib/payara.sh
source "$SCRIPTS/lib/payara.sh"
# shellcheck source=lib/liberty.sh
source "$SCRIPTS/lib/liberty.sh"

ensure_built
APP="$(prepared_app)"
ensure_liberty
if [[ "${1:-}" == "--prepare" ]]; then
  exit 0
fi

export DOSSIER_HTTP_PORT="${DOSSIER_HTTP_PORT:-8080}"
DATA_DIR="${DOSSIER_DATA_DIR:-./data}"
mkdir -p "$DATA_DIR"
DOSSIER_DATA_DIR="$(cd "$DATA_DIR" && pwd)"
export DOSSIER_DATA_DIR DOSSIER_LIBERTY_APP="$APP"

export_db_settings "$DOSSIER_DATA_DIR"
# H2 would close the embedded database in the JVM's shutdown hook, while Liberty still stops the
# application's background jobs; the pool closes it when the server has stopped
[[ -n "${DOSSIER_EMBEDDED_DB_URL:-}" ]] && export DOSSIER_EMBEDDED_DB_URL="$DOSSIER_EMBEDDED_DB_URL;DB_CLOSE_ON_EXIT=FALSE"
if [[ -n "${DOSSIER_DB_URL:-}" ]]; then
  echo "Dossier on Open Liberty: database PostgreSQL ($DOSSIER_DB_URL), storage ${DOSSIER_STORAGE:-filesystem}" >&2
else
  echo "Dossier on Open Liberty: embedded database and ${DOSSIER_STORAGE:-filesystem} storage under $DOSSIER_DATA_DIR" >&2
fi

# The server's configuration and output (its work area, kept between starts, and its logs) live in
# the data directory, as Payara's instance directories do.
export WLP_USER_DIR="$DOSSIER_DATA_DIR/tmp/liberty"
export WLP_OUTPUT_DIR="$WLP_USER_DIR/servers"
liberty_server_dir "$WLP_USER_DIR"
export JVM_ARGS="${DOSSIER_JAVA_OPTS:-}"
# The server script runs the JVM in the foreground; it passes SIGTERM on, and Liberty stops cleanly.
exec "$WLP/bin/server" run dossier
