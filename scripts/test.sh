#!/usr/bin/env bash
# Runs every test (unit, contract and integration): makes sure a PostgreSQL server answers on
# 127.0.0.1 (installing and starting one if needed), creates the test role and databases,
# installs clamd for the malware-scanning tests if it is missing, then runs `mvn verify`. Extra
# arguments go to Maven. The bench profile adds the benchmark suite to the build, so that it is
# compiled and style-checked too; nothing of it runs here (scripts/bench.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${DOSSIER_TEST_PG_PORT:-5432}"
PG_DATA="${DOSSIER_TEST_PGDATA:-${TMPDIR:-/tmp}/dossier-test-pg}"
# two checkouts can test side by side on one server with databases of their own
TEST_DB="${DOSSIER_TEST_DB:-dossier_test}"
IT_DB="${DOSSIER_IT_DB:-dossier_it}"

log() { echo "test.sh: $*" >&2; }

# shellcheck source=lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
ensure_postgres
recreate_database "$TEST_DB"
recreate_database "$IT_DB"

# the integration tests run the reference's Python examples as written
if ! python3 -c 'import requests' >/dev/null 2>&1; then
  log "installing python3-requests"
  apt-get update -qq && apt-get install -y -qq python3-requests >/dev/null
fi

# the browser tests drive Debian's Chromium through Debian's ChromeDriver (nothing downloads a browser)
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  log "installing chromium and chromium-driver"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# the malware-scanning tests run a real clamd (Debian's clamav-daemon) on a signature database of
# their own; nothing is downloaded for it (freshclam is never run)
if ! command -v clamd >/dev/null 2>&1 && [[ ! -x /usr/sbin/clamd ]]; then
  log "installing clamav-daemon"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null
fi

# ContainerDefinitionTest lints the scripts with Debian's ShellCheck
if ! command -v shellcheck >/dev/null 2>&1; then
  log "installing shellcheck"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
fi

# the OpenAPI tests lint the served description with swagger-cli and redocly, from npm
OPENAPI_TOOLS="$ROOT/.tools/openapi"
if [[ ! -x "$OPENAPI_TOOLS/node_modules/.bin/swagger-cli" || ! -x "$OPENAPI_TOOLS/node_modules/.bin/redocly" ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    log "installing npm"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  fi
  log "installing swagger-cli and redocly into $OPENAPI_TOOLS"
  mkdir -p "$OPENAPI_TOOLS"
  (cd "$OPENAPI_TOOLS" && npm install --no-audit --no-fund --silent @apidevtools/swagger-cli@4.0.4 @redocly/cli@2.77.0 >/dev/null)
fi

# the reviewer console's browser tests check each screen with axe-core, from npm, run in the page
AXE_TOOLS="$ROOT/.tools/axe"
if [[ ! -f "$AXE_TOOLS/node_modules/axe-core/axe.min.js" ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    log "installing npm"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  fi
  log "installing axe-core into $AXE_TOOLS"
  mkdir -p "$AXE_TOOLS"
  (cd "$AXE_TOOLS" && npm install --no-audit --no-fund --silent axe-core@4.11.0 >/dev/null)
fi

cd "$ROOT"
PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT"
exec mvn -B verify -Pbench \
  -Ddossier.test.db.url="$PG_URL/$TEST_DB" \
  -Ddossier.it.db.url="$PG_URL/$IT_DB" \
  "$@"
