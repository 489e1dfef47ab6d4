#!/usr/bin/env bash
# Starts Dossier on Payara Micro in the foreground, configured by the DOSSIER_* environment
# variables (see the README's Settings); Ctrl-C or SIGTERM stops it cleanly. With no settings at all
# it runs on the embedded database and file storage under ./data.
#
#   scripts/run.sh             build what is missing, then serve
#   scripts/run.sh --prepare   build what is missing, prepare the server image and the archive for
#                              the configuration the DOSSIER_* settings describe, then exit
#   scripts/run.sh --server liberty [--prepare]   the same on Open Liberty (scripts/run-liberty.sh)
#
# What is missing is built or made on the way, once: the WAR (mvn package), the server image
# (scripts/prepare-image.sh, once per Payara and JDK version). The class-data-sharing archive of
# this kind of configuration is recorded at the exit of the first run of that kind (lib/archive.sh);
# --prepare records it beforehand with a training start (scripts/train-archive.sh). Each server gets
# its own instance directory for the configuration Payara writes, so several can run from the same
# image (docs/operations.md).
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# --server liberty: the same application on Open Liberty (scripts/run-liberty.sh, docs/deploying.md)
if [[ "${1:-}" == "--server" ]]; then
  case "${2:-}" in
    liberty) exec "$SCRIPTS/run-liberty.sh" "${@:3}" ;;
    payara) shift 2 ;;
    *) echo "run.sh: --server takes payara or liberty" >&2; exit 2 ;;
  esac
fi
# shellcheck source=lib/runtime.sh
source "$SCRIPTS/lib/runtime.sh"
# shellcheck source=lib/payara.sh
source "$SCRIPTS/lib/payara.sh"
# shellcheck source=lib/archive.sh
source "$SCRIPTS/lib/archive.sh"

ensure_built
APP="$(prepared_app)"
image_ready || "$SCRIPTS/prepare-image.sh"
ARCHIVE="$(archive_file "$(config_kind)")"
if [[ "${1:-}" == "--prepare" ]]; then
  [[ -z "$ARCHIVE" || -s "$ARCHIVE" ]] || "$SCRIPTS/train-archive.sh"
  exit 0
fi

export DOSSIER_HTTP_PORT="${DOSSIER_HTTP_PORT:-8080}"
DATA_DIR="${DOSSIER_DATA_DIR:-./data}"
mkdir -p "$DATA_DIR"
DOSSIER_DATA_DIR="$(cd "$DATA_DIR" && pwd)"
export DOSSIER_DATA_DIR

export_db_settings "$DOSSIER_DATA_DIR"
if [[ -n "${DOSSIER_DB_URL:-}" ]]; then
  echo "Dossier: database PostgreSQL ($DOSSIER_DB_URL), storage ${DOSSIER_STORAGE:-filesystem}" >&2
else
  echo "Dossier: embedded database and ${DOSSIER_STORAGE:-filesystem} storage under $DOSSIER_DATA_DIR" >&2
fi

# This server's instance directory, named after its process id ($$ stays the JVM's after exec);
# those of servers that are gone are removed.
for old in "$DOSSIER_DATA_DIR"/tmp/server-*; do
  [[ -d "$old" ]] || continue
  kill -0 "${old##*-}" 2>/dev/null || rm -rf "$old"
done
INSTANCE="$DOSSIER_DATA_DIR/tmp/server-$$"
new_instance "$INSTANCE"
server_java
payara_args "$INSTANCE" "$DOSSIER_HTTP_PORT"
archive_options "$ARCHIVE"

# The server logs through java.util.logging's console handler, which writes to stderr: all of it
# goes to stdout, one stream for whatever collects the logs.
exec 2>&1
if [[ -n "$RECORD" ]]; then
  # shellcheck disable=SC2086
  run_recording "$ARCHIVE" "${SERVER_JAVA[@]}" "${CDS[@]}" ${DOSSIER_JAVA_OPTS:-} "${PAYARA_ARGS[@]}" && exit 0 || exit $?
fi
# exec: Ctrl-C and SIGTERM reach the JVM, which stops gracefully (docs/operations.md).
# shellcheck disable=SC2086
exec "${SERVER_JAVA[@]}" "${CDS[@]}" ${DOSSIER_JAVA_OPTS:-} "${PAYARA_ARGS[@]}"
