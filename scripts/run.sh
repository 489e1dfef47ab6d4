#!/usr/bin/env bash
# Starts Dossier on Payara Micro in the foreground, configured by the DOSSIER_* environment
# variables (see the README's Settings). Builds the WAR first if it is missing.
# With no settings at all it runs on the embedded database and file storage under ./data.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAR="$ROOT/bootstrap/target/dossier.war"
RUNTIME="$ROOT/bootstrap/target/runtime"

if [[ ! -f "$WAR" || ! -f "$RUNTIME/payara-micro.jar" || ! -f "$RUNTIME/postgresql.jar" ]]; then
  echo "Dossier: building (first run, takes a few minutes)..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package)
fi

export DOSSIER_HTTP_PORT="${DOSSIER_HTTP_PORT:-8080}"
DATA_DIR="${DOSSIER_DATA_DIR:-./data}"
mkdir -p "$DATA_DIR"
DOSSIER_DATA_DIR="$(cd "$DATA_DIR" && pwd)"
export DOSSIER_DATA_DIR

if [[ -n "${DOSSIER_DB_URL:-}" ]]; then
  export DOSSIER_DB_USER="${DOSSIER_DB_USER:-}" DOSSIER_DB_PASSWORD="${DOSSIER_DB_PASSWORD:-}"
  POSTBOOT="$ROOT/scripts/payara/postgres.asadmin"
  echo "Dossier: database PostgreSQL ($DOSSIER_DB_URL), storage ${DOSSIER_STORAGE:-filesystem}" >&2
else
  export DOSSIER_EMBEDDED_DB_URL="jdbc:h2:file:$DOSSIER_DATA_DIR/db/dossier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  POSTBOOT="$ROOT/scripts/payara/embedded.asadmin"
  echo "Dossier: embedded database and ${DOSSIER_STORAGE:-filesystem} storage under $DOSSIER_DATA_DIR" >&2
fi

# exec: Ctrl-C and SIGTERM reach the JVM, which shuts Payara down cleanly.
# UTC: the embedded H2 keeps timestamps in the session's zone, where an autumn hour repeats
# (and the URL cannot carry H2's "TIME ZONE" option: Payara's boot commands split on the space).
# shellcheck disable=SC2086
exec java -Duser.timezone=UTC ${DOSSIER_JAVA_OPTS:-} -jar "$RUNTIME/payara-micro.jar" \
  --deploy "$WAR" --contextroot / \
  --port "$DOSSIER_HTTP_PORT" \
  --nocluster --disablephonehome \
  --postbootcommandfile "$POSTBOOT" \
  --addlibs "$RUNTIME/postgresql.jar"
