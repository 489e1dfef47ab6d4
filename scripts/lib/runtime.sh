# shellcheck shell=bash
# Sourced by scripts/run.sh, scripts/prepare-image.sh and scripts/train-archive.sh: where the build
# leaves the server's parts, and which of them a start needs.
#
# bootstrap/target/runtime holds what the build hands over (payara-micro.jar, postgresql.jar, the WAR's
# third-party libraries in lib/) and what the scripts make from it: the server image (image/, Payara
# Micro unpacked once per Payara and JDK version, with one class-data-sharing archive per kind of
# configuration) and the prepared application of this build (app-<stamp>/).

# The checkout (or checkout-shaped directory: the benchmark's bare Payara links its scripts here).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WAR="$ROOT/bootstrap/target/dossier.war"
RUNTIME="$ROOT/bootstrap/target/runtime"
IMAGE="$RUNTIME/image"
# Dossier's third-party libraries: the WAR leaves them out (Payara would parse all their classes at
# every deployment), the server's common class loader loads them from its lib directory.
LIBS="$RUNTIME/lib"

# Builds the WAR and the runtime directory when any part is missing.
ensure_built() {
  if [[ ! -f "$WAR" || ! -f "$RUNTIME/payara-micro.jar" || ! -f "$RUNTIME/postgresql.jar" || ! -d "$LIBS" ]]; then
    echo "Dossier: building (first run, takes a few minutes)..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package)
  fi
}

# The application of this build, prepared once per build: the WAR exploded (deploying a directory
# spares Payara its own copy of the archive on every start) and a copy of its libraries. Servers of
# an older build keep running from their copy until the next build replaces it.
prepared_app() {
  local stamp app
  # the libraries' names, sizes and times (ls -l): a new build replaces them
  # shellcheck disable=SC2012
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

# What the image is made from: a new Payara Micro, JDBC driver or JDK makes a new image.
image_stamp() {
  echo "payara-micro.jar $(stat -c '%s %Y' "$RUNTIME/payara-micro.jar"); postgresql.jar $(stat -c '%s %Y' "$RUNTIME/postgresql.jar"); $(java -version 2>&1 | tr '\n' ' ')"
}

image_ready() {
  [[ -f "$IMAGE/stamp" && "$(cat "$IMAGE/stamp")" == "$(image_stamp)" ]]
}

# The kind of configuration a server runs in (embedded or PostgreSQL, file system or S3), which
# decides the drivers and clients it loads: each kind has its own class-data-sharing archive.
# Nothing for a storage setting Dossier does not know (the server then fails, saying so).
config_kind() {
  local storage="${DOSSIER_STORAGE:-filesystem}"
  [[ "$storage" == filesystem || "$storage" == s3 ]] || return 0
  echo "$([[ -n "${DOSSIER_DB_URL:-}" ]] && echo postgres || echo embedded)-$storage"
}

# The archive of kind $1, in the image (its class paths are the image's); nothing for no kind.
archive_file() {
  echo "${1:+$IMAGE/dossier-$1.jsa}"
}

# Takes the image's lock on file descriptor 9 (release: exec 9>&-): one script at a time writes
# the image, another run.sh may be preparing it right now.
lock_image() {
  exec 9>"$RUNTIME/.image.lock"
  flock 9
}
