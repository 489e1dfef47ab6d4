#!/usr/bin/env bash
# Runs every test (unit, contract and integration): makes sure a PostgreSQL server answers on
# 127.0.0.1 (installing and starting one if needed), creates the test role and databases,
# then runs `mvn verify`. Extra arguments go to Maven.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${DOSSIER_TEST_PG_PORT:-5432}"
PG_DATA="${DOSSIER_TEST_PGDATA:-${TMPDIR:-/tmp}/dossier-test-pg}"

log() { echo "test.sh: $*" >&2; }

as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}

pg_bin_dir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$d" ]] && echo "$d"
}

install_postgres() {
  log "installing PostgreSQL from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
}

start_postgres() {
  local bin
  bin="$(pg_bin_dir)" || true
  if [[ -z "${bin:-}" ]]; then
    install_postgres
    bin="$(pg_bin_dir)"
  fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    log "creating a PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    chown postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    as_postgres "$bin/initdb" -D "$PG_DATA" -A trust -U postgres >/dev/null
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
}

psql_admin() {
  # a cluster this script made trusts local TCP; a system cluster lets the postgres user in by peer
  if psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  else
    as_postgres psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

ensure_database() {
  local db="$1"
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  psql_admin -c "CREATE DATABASE $db OWNER dossier"
}

if ! command -v psql >/dev/null 2>&1 && [[ -z "$(pg_bin_dir || true)" ]]; then
  install_postgres
fi
if ! pg_isready -h 127.0.0.1 -p "$PG_PORT" -q 2>/dev/null; then
  start_postgres
fi
psql_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dossier') THEN
    CREATE ROLE dossier LOGIN PASSWORD 'dossier' CREATEDB;
  END IF; END \$\$"
ensure_database dossier_test
ensure_database dossier_it

# the integration tests run the reference's Python examples as written
if ! python3 -c 'import requests' >/dev/null 2>&1; then
  log "installing python3-requests"
  apt-get update -qq && apt-get install -y -qq python3-requests >/dev/null
fi

cd "$ROOT"
PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT"
exec mvn -B verify \
  -Ddossier.test.db.url="$PG_URL/dossier_test" \
  -Ddossier.it.db.url="$PG_URL/dossier_it" \
  "$@"
