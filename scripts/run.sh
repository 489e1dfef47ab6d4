#!/usr/bin/env bash
# Starts Dossier on Payara Micro in the foreground, configured by the DOSSIER_* environment
# variables (see the README's Settings). Builds the WAR first if it is missing.
# With no settings at all it runs on the embedded database and file storage under ./data.
#
#   scripts/run.sh             build what is missing, then serve
#   scripts/run.sh --prepare   build what is missing, prepare the server image and the archive for
#                              the configuration the DOSSIER_* settings describe, then exit
#
# Start-up (issue 6): the first run prepares a server image under bootstrap/target/runtime/image,
# once per Payara Micro version and JDK: Payara Micro unpacked with its launcher (instead of
# unpacking itself into a temporary directory on every start). The first run of each kind of
# configuration (embedded or PostgreSQL, file system or S3) adds a class-data-sharing archive
# recorded from a training start, which spares the JVM from loading and verifying some 15,000
# classes again. Each server gets its own instance directory for the configuration Payara writes,
# so several can run from the same image.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAR="$ROOT/bootstrap/target/dossier.war"
RUNTIME="$ROOT/bootstrap/target/runtime"
IMAGE="$RUNTIME/image"
# Dossier's third-party libraries: the WAR leaves them out (Payara would parse all their classes at
# every deployment), the server's common class loader loads them from its lib directory.
LIBS="$RUNTIME/lib"

if [[ ! -f "$WAR" || ! -f "$RUNTIME/payara-micro.jar" || ! -f "$RUNTIME/postgresql.jar" || ! -d "$LIBS" ]]; then
  echo "Dossier: building (first run, takes a few minutes)..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package)
fi

# The JVM options of the launcher's manifest, which only apply to `java -jar`: the image is started
# with an explicit class path so that each server can have its own instance directory.
manifest_jvm_args() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && jar xf "$1" META-INF/MANIFEST.MF && cat META-INF/MANIFEST.MF)
  rm -rf "$tmp"
}

# The application of this build, prepared once per build: the WAR exploded (deploying a directory
# spares Payara its own copy of the archive on every start) and a copy of its libraries. Servers of
# an older build keep running from their copy until the next build replaces it.
prepared_app() {
  local stamp app
  stamp="$(stat -c '%s-%Y' "$WAR")-$(ls -l --time-style=+%s "$LIBS" | cksum | cut -d' ' -f1)"
  app="$RUNTIME/app-$stamp"
  if [[ ! -d "$app" ]]; then
    local tmp; tmp="$(mktemp -d "$RUNTIME/app-new.XXXXXX")"
    (mkdir "$tmp/dossier" && cd "$tmp/dossier" && jar xf "$WAR")
    cp -r "$LIBS" "$tmp/lib"
    find "$RUNTIME" -maxdepth 1 -name 'app-[0-9]*' ! -name "app-$stamp" -exec rm -rf {} +
    mv -T "$tmp" "$app" 2>/dev/null || rm -rf "$tmp"   # another run.sh won the race
  fi
  echo "$app"
}

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

# The JVM of a server started from the image, before any further JVM option.
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
server_java() {
  local gc=(-XX:+UseParallelGC)
  [[ "${DOSSIER_JAVA_OPTS:-}" =~ -XX:\+Use[A-Za-z0-9]+GC ]] && gc=()
  SERVER_JAVA=(java @"$IMAGE/jvm.args"
    "-Dfish.payara.micro.BootJar=file:$IMAGE/launch-micro.jar" "-Dfish.payara.micro.UnpackDir=$IMAGE"
    -cp "$IMAGE/launch-micro.jar" -Duser.timezone=UTC
    -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=10 "${gc[@]}")
}

# Payara's main class and arguments: instance directory $1, HTTP port $2, post-boot commands $3.
payara_args() {
  PAYARA_ARGS=(fish.payara.micro.impl.PayaraMicroImpl --rootdir "$1"
    --deploy "$APP/dossier" --contextroot / --port "$2" --nocluster --disablephonehome
    --prebootcommandfile "$ROOT/scripts/payara/preboot.asadmin" --postbootcommandfile "$3")
}

embedded_db_url() {
  echo "jdbc:h2:file:$1/db/dossier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
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

image_stamp() {
  echo "payara-micro.jar $(stat -c '%s %Y' "$RUNTIME/payara-micro.jar"); postgresql.jar $(stat -c '%s %Y' "$RUNTIME/postgresql.jar"); $(java -version 2>&1 | tr '\n' ' ')"
}

# The kind of configuration a server runs in (embedded or PostgreSQL, file system or S3), which
# decides the drivers and clients it loads: each kind has its own class-data-sharing archive.
# Nothing for a storage setting Dossier does not know (the server then fails, saying so).
config_kind() {
  local storage="${DOSSIER_STORAGE:-filesystem}"
  [[ "$storage" == filesystem || "$storage" == s3 ]] || return 0
  echo "$([[ -n "${DOSSIER_DB_URL:-}" ]] && echo postgres || echo embedded)-$storage"
}

# The post-boot commands that create the data source of this configuration.
postboot_file() {
  if [[ -n "${DOSSIER_DB_URL:-}" ]]; then echo "$ROOT/scripts/payara/postgres.asadmin"
  else echo "$ROOT/scripts/payara/embedded.asadmin"; fi
}

prepare_image() {
  local stamp; stamp="$(image_stamp)"
  if [[ -f "$IMAGE/stamp" && "$(cat "$IMAGE/stamp")" == "$stamp" ]]; then return; fi
  exec 9>"$RUNTIME/.image.lock"
  flock 9   # another run.sh may be preparing it right now
  if [[ -f "$IMAGE/stamp" && "$(cat "$IMAGE/stamp")" == "$stamp" ]]; then exec 9>&-; return; fi
  echo "Dossier: preparing the server image (once per Payara and JDK version)..." >&2
  rm -rf "$IMAGE"
  java -jar "$RUNTIME/payara-micro.jar" --rootdir "$IMAGE" --outputlauncher > "$RUNTIME/image-launcher.log" 2>&1
  cp "$RUNTIME/postgresql.jar" "$IMAGE/lib/"
  manifest_jvm_args "$IMAGE/launch-micro.jar" | tr -d '\r' \
    | awk '/^ /{sub(/^ /, ""); line = line $0; next} {if (line) print line; line = $0} END {print line}' \
    | awk -F': ' '$1 == "Add-Opens" || $1 == "Add-Exports" {
        n = split($2, mods, " ")
        for (i = 1; i <= n; i++) printf "--%s=%s=ALL-UNNAMED\n", tolower($1), mods[i]
      }' > "$IMAGE/jvm.args"

  echo "$stamp" > "$IMAGE/stamp"
  exec 9>&-
}

# Records the class-data-sharing archive of this configuration kind, once per image: a training start
# with this server's settings (so on PostgreSQL and S3 it migrates the database and creates the
# bucket, as the first start would) in a throwaway data directory, stopped once deployed
# (--warmup); the JVM writes every class it loaded to the archive on exit. Training on the kind in
# use matters: on PostgreSQL + S3 the archive of an embedded training lacks the JDBC driver's and
# the S3 client's classes, and the start took 0.3 s longer. Class paths in the archive are the
# image's, so it is recorded in place. A training whose deployment fails leaves no archive: the
# server then starts without one (and shows the same failure), and the next start trains again.
train_archive() {
  [[ -z "$ARCHIVE" || -s "$ARCHIVE" ]] && return
  exec 9>"$RUNTIME/.image.lock"
  flock 9
  if [[ -s "$ARCHIVE" ]]; then exec 9>&-; return; fi
  echo "Dossier: recording the class-data-sharing archive for the $KIND configuration (once, about 20 s)..." >&2
  local training="$RUNTIME/image-training-$KIND" log="$RUNTIME/image-training-$KIND.log"
  rm -rf "$training" "$ARCHIVE.new"
  new_instance "$training/server"
  server_java
  payara_args "$training/server" "$((20000 + RANDOM % 20000))" "$(postboot_file)"
  if ( export DOSSIER_DATA_DIR="$training/data"
       export_db_settings "$DOSSIER_DATA_DIR"
       "${SERVER_JAVA[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$ARCHIVE.new" \
         "${PAYARA_ARGS[@]}" --autobindhttp --warmup
     ) > "$log" 2>&1 && [[ -s "$ARCHIVE.new" ]] && ! grep -q "Exception while loading the app" "$log"; then
    mv "$ARCHIVE.new" "$ARCHIVE"
    rm -rf "$training"
  else
    rm -f "$ARCHIVE.new"
    echo "Dossier: the training start failed (see $log); starting without the archive" >&2
  fi
  exec 9>&-
}

APP="$(prepared_app)"
prepare_image
KIND="$(config_kind)"
ARCHIVE="${KIND:+$IMAGE/dossier-$KIND.jsa}"
train_archive
if [[ "${1:-}" == "--prepare" ]]; then
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
payara_args "$INSTANCE" "$DOSSIER_HTTP_PORT" "$(postboot_file)"
CDS=()
[[ -n "$ARCHIVE" && -f "$ARCHIVE" ]] && CDS=(-XX:SharedArchiveFile="$ARCHIVE")

# exec: Ctrl-C and SIGTERM reach the JVM, which shuts Payara down cleanly.
# shellcheck disable=SC2086
exec "${SERVER_JAVA[@]}" "${CDS[@]}" ${DOSSIER_JAVA_OPTS:-} "${PAYARA_ARGS[@]}"
