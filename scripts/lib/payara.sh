# shellcheck shell=bash
# Sourced by scripts/run.sh and scripts/train-archive.sh (after lib/runtime.sh): how a server is
# started from the image. Both the server and the archive's training start go through here, so the
# archive is recorded with the class path, options and data source the server will have.

# Writes a fresh instance directory $1 for the configuration Payara writes while it runs, with
# the image's pristine configuration and runtime, and in its lib directory links to the image's
# libraries (the JDBC driver) and to those of the prepared application $APP.
new_instance() {
  local dir="$1"
  rm -rf "$dir"
  mkdir -p "$dir/lib"
  cp -r "$IMAGE/config" "$dir/config"
  ln -s "$IMAGE/runtime" "$dir/runtime"
  local libs=("$IMAGE/lib"/* "$APP/lib"/*.jar)
  for lib in "${libs[@]}"; do
    if [[ -e "$lib" ]]; then   # an application without libraries leaves *.jar unmatched
      ln -s "$lib" "$dir/lib/"
    fi
  done
}

# The JVM of a server started from the image, before any further JVM option (SERVER_JAVA).
# UTC: the embedded H2 keeps timestamps in the session's zone, where an autumn hour repeats
# (and the URL cannot carry H2's "TIME ZONE" option: Payara's boot commands split on the space).
# JIT threads at nice 10: during start-up the C1 and C2 compilers use more than half of the CPU
# (8 of 16 CPU-seconds on 2 cores), competing with the thread that deploys. At a lower priority
# they compile in the time the server's own threads leave, which made start-up about 0.8 s faster
# with no change in the benchmark's throughput rows. Lowering a priority needs no privilege; the
# JVM still warns about ThreadPriorityPolicy=1 when not run as root.
# The parallel collector, unless DOSSIER_JAVA_OPTS picks one (two would stop the JVM): from 2 CPUs
# and 2 GB the JVM picks G1, whose concurrent threads compete with the deploying thread for the
# cores; with the parallel collector start-up took about 0.4 s less on 2 cores, and the benchmark's
# upload throughput and peak heap were the same.
# Compiler directives (payara/compiler-directives.json): the code that only deploying runs is
# compiled by C1 alone (the JVM prints "1 compiler directives added" as it starts). The option that
# reads the file is a diagnostic one, hence UnlockDiagnosticVMOptions; no other diagnostic option is set.
server_java() {
  local gc=(-XX:+UseParallelGC)
  [[ "${DOSSIER_JAVA_OPTS:-}" =~ -XX:\+Use[A-Za-z0-9]+GC ]] && gc=()
  # shellcheck disable=SC2034 # read by the caller
  SERVER_JAVA=(java @"$IMAGE/jvm.args"
    "-Dfish.payara.micro.BootJar=file:$IMAGE/launch-micro.jar" "-Dfish.payara.micro.UnpackDir=$IMAGE"
    -cp "$IMAGE/launch-micro.jar" -Duser.timezone=UTC
    -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=10 "${gc[@]}"
    -XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$ROOT/scripts/payara/compiler-directives.json")
}

# Payara's main class and arguments (PAYARA_ARGS): instance directory $1, HTTP port $2.
payara_args() {
  local logging
  logging="$(logging_file)" || return 1
  # shellcheck disable=SC2034 # read by the caller
  PAYARA_ARGS=(fish.payara.micro.impl.PayaraMicroImpl --rootdir "$1"
    --deploy "$APP/dossier" --contextroot / --port "$2" --nocluster --disablephonehome --logproperties "$logging"
    --prebootcommandfile "$ROOT/scripts/payara/preboot.asadmin" --postbootcommandfile "$(postboot_file)")
}

# Payara's logging configuration for DOSSIER_LOG_FORMAT: one JSON object per line (json) or plain
# text without colour codes (text, the default). Either way to the console only: Payara Micro writes
# no log file unless asked to, so a run's log is what its output is sent to (docs/observability.md).
logging_file() {
  case "${DOSSIER_LOG_FORMAT:-text}" in
    json) echo "$ROOT/scripts/payara/logging-json.properties" ;;
    text) echo "$ROOT/scripts/payara/logging.properties" ;;
    *) echo "Dossier: DOSSIER_LOG_FORMAT is json or text, not '$DOSSIER_LOG_FORMAT'" >&2; return 1 ;;
  esac
}

# The post-boot commands that create the data source of this configuration.
postboot_file() {
  if [[ -n "${DOSSIER_DB_URL:-}" ]]; then echo "$ROOT/scripts/payara/postgres.asadmin"
  else echo "$ROOT/scripts/payara/embedded.asadmin"; fi
}

embedded_db_url() {
  echo "jdbc:h2:file:$1/db/dossier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
}

# Exports what the post-boot commands read to create the data source, for a server whose data
# directory is $1: PostgreSQL's login (empty when unset), or the embedded database's URL there.
export_db_settings() {
  if [[ -n "${DOSSIER_DB_URL:-}" ]]; then
    export DOSSIER_DB_USER="${DOSSIER_DB_USER:-}" DOSSIER_DB_PASSWORD="${DOSSIER_DB_PASSWORD:-}"
  else
    DOSSIER_EMBEDDED_DB_URL="$(embedded_db_url "$1")"
    export DOSSIER_EMBEDDED_DB_URL
  fi
}
