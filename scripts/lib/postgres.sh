# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/bench.sh: a PostgreSQL server on 127.0.0.1:$PG_PORT that
# this shell can administer. If none answers, PostgreSQL is installed from the Debian packages when
# missing and a throw-away cluster is created in $PG_DATA (trust on loopback, fsync off: tests and
# benchmarks need no durability across a crash of the machine).
#
# Callers set PG_PORT and PG_DATA, and may define log().

declare -F log >/dev/null || log() { echo "$*" >&2; }

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

# Installs (if needed) and starts (if none answers) PostgreSQL, then makes sure the role dossier exists.
ensure_postgres() {
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
}

psql_admin() {
  # a cluster made here trusts local TCP; a system cluster lets the postgres user in by peer
  if psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  else
    as_postgres psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

# Drops and recreates database $1, owned by dossier.
recreate_database() {
  psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  psql_admin -c "CREATE DATABASE $1 OWNER dossier"
}
