#!/usr/bin/env bash
# The benchmark suite: Dossier measured against the raw components it sits on, in the same run.
#
#   scripts/bench.sh
#
# Builds the WAR if it is missing, and the bench: the benchmarks module, which joins the reactor
# with -Pbench (its bench-run profile adds its runtime class path and S3Proxy). Recreates the
# database BENCH_DB (default dossier_bench) on the PostgreSQL at 127.0.0.1:5432, starts S3Proxy
# (file-system blob store in a temporary directory) and Dossier through scripts/run.sh on free
# ports, runs every row, prints the table and writes benchmarks/results/latest.{json,md} (a partial
# run, BENCH_ONLY, writes partial.{json,md}). Everything it starts is stopped on exit.
# Needs Java 17 and Maven. PostgreSQL (with pgbench) is set up as scripts/test.sh does: the server
# that answers on 127.0.0.1:BENCH_PG_PORT (5432) is used, else one is installed and started in a
# throw-away cluster in BENCH_PGDATA (default: the test suite's, /tmp/dossier-test-pg). wrk, the
# HTTP load generator, is installed from the Debian packages if missing. About 6–8 minutes on 2 cores.
#
# Knobs (environment): BENCH_SEED_DOCUMENTS (1000000), BENCH_STARTUP_RUNS (5 starts of each kind;
# the row is the median), BENCH_RATE_SECONDS (8 per connection count),
# BENCH_PAGE_REPS (15 requests per page depth), BENCH_ONLY (comma list of phases:
# startup,upload,download,seed,rate,paging,lists,webhooks,memory,scan,inspect), BENCH_SERVER_JAVA_OPTS (extra JVM options for the
# servers, e.g. -XX:StartFlightRecording=filename=/tmp/dossier.jfr,settings=profile to profile a phase),
# BENCH_CLAMD_ADDRESS (host:port or unix:/path of a clamd with real signatures for the scan phase;
# unset, the phase starts Debian's clamd on a one-signature database, installed here if missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_HOST=127.0.0.1
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_DATA="${BENCH_PGDATA:-${TMPDIR:-/tmp}/dossier-test-pg}"
DB="${BENCH_DB:-dossier_bench}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")"
PID_FILE="$WORK/pids"
: > "$PID_FILE"
S3_PID=""

cleanup() {
  local rc=$?
  # Dossier servers the benchmark started (it stops them itself; this is the safety net)
  while read -r pid; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done < "$PID_FILE"
  if [[ -n "$S3_PID" ]]; then
    kill "$S3_PID" 2>/dev/null || true
    wait "$S3_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK/s3" "$WORK"/data-* "$WORK/bare-payara" "$WORK/clamd/db"
  echo "bench: logs in $WORK" >&2
  exit $rc
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# 1. build what is missing
if [[ ! -f "$ROOT/bootstrap/target/dossier.war" || ! -f "$ROOT/bootstrap/target/runtime/payara-micro.jar" \
      || ! -f "$ROOT/bootstrap/target/runtime/postgresql.jar" ]]; then
  echo "bench: building the WAR" >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package)
fi
# the server image (Payara unpacked) and the embedded default's class-data-sharing archive before
# anything is timed
env -u DOSSIER_DB_URL -u DOSSIER_STORAGE "$ROOT/scripts/run.sh" --prepare
# the bench and the modules it uses (application, for its CursorCodec); their style is checked by
# scripts/test.sh, not here
echo "bench: building benchmarks/" >&2
(cd "$ROOT" && mvn -q -B -Pbench,bench-run -pl benchmarks -am -Dmaven.test.skip=true \
  -Dspotless.check.skip=true -Dcheckstyle.skip=true package)

# 2. a fresh database
log() { echo "bench: $*" >&2; }
# shellcheck source=lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
ensure_postgres
recreate_database "$DB"
PG_BIN="${BENCH_PG_BIN:-$(pg_bin_dir)}"
# wrk drives the HTTP load of row 4: a C client like pgbench's, so the client is not the limit
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk from the Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# the scan phase's clamd (it starts its own unless BENCH_CLAMD_ADDRESS names one)
if [[ -z "${BENCH_CLAMD_ADDRESS:-}" ]] && ! command -v clamd >/dev/null 2>&1 && [[ ! -x /usr/sbin/clamd ]]; then
  log "installing clamav-daemon from the Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null
fi

# 3. S3Proxy, a separate process with its blobs under $WORK/s3
S3_PORT="$(free_port)"
mkdir -p "$WORK/s3"
cat > "$WORK/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
PROPS
java -Xmx512m -jar "$ROOT/benchmarks/target/s3proxy/s3proxy.jar" --properties "$WORK/s3proxy.properties" \
  > "$WORK/s3proxy.log" 2>&1 &
S3_PID=$!
for _ in $(seq 1 300); do
  if curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/"; then break; fi
  kill -0 "$S3_PID" 2>/dev/null || { echo "bench: S3Proxy died, see $WORK/s3proxy.log" >&2; exit 1; }
  sleep 0.2
done
echo "bench: S3Proxy on 127.0.0.1:$S3_PORT" >&2

# the class-data-sharing archive of the PostgreSQL + S3 configuration (run.sh records one per kind of
# configuration, from a training start with its settings), before anything is timed: trained on a
# database and bucket of its own, so that the first timed start still migrates a fresh database
recreate_database "${DB}_training"
DOSSIER_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/${DB}_training" DOSSIER_DB_USER=dossier DOSSIER_DB_PASSWORD=dossier \
DOSSIER_STORAGE=s3 DOSSIER_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" DOSSIER_S3_REGION=us-east-1 \
DOSSIER_S3_ACCESS_KEY=bench DOSSIER_S3_SECRET_KEY=bench-secret DOSSIER_S3_BUCKET=training \
  "$ROOT/scripts/run.sh" --prepare

# 4. the benchmark (it starts and stops the Dossier servers itself: start-up is one of its rows)
BENCH_ROOT="$ROOT" BENCH_WORK="$WORK" BENCH_PID_FILE="$PID_FILE" \
BENCH_S3_PID="$S3_PID" BENCH_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" BENCH_S3_ACCESS_KEY=bench BENCH_S3_SECRET_KEY=bench-secret \
BENCH_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" BENCH_DB_USER=dossier BENCH_DB_PASSWORD=dossier \
BENCH_PGBENCH="$PG_BIN/pgbench" \
  java -Xmx1g -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" dev.dossier.bench.Bench
