# shellcheck shell=bash
# Sourced by scripts/run-liberty.sh (after lib/runtime.sh and lib/payara.sh): Open Liberty, fetched
# from Maven Central into bootstrap/target/runtime on the first start, and the server directory a
# start uses. The version is the one the repository's server.xml was tried with.

LIBERTY_VERSION="${DOSSIER_LIBERTY_VERSION:-26.0.0.3}"
LIBERTY_HOME="$RUNTIME/liberty-$LIBERTY_VERSION"
WLP="$LIBERTY_HOME/wlp"

# The version of a property of the parent pom ($1), so that the H2 of the build is the one Liberty gets.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}

# Fetches an artifact ($1, groupId:artifactId:version[:type]) from Maven Central into directory $2
# through the build's own dependency plugin (its pinned version; the local repository caches it).
maven_copy() {
  (cd "$ROOT" && mvn -q -B -N -Dstyle.color=never dependency:copy -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.stripVersion=true)
}

# Open Liberty unpacked under $LIBERTY_HOME, and the H2 driver it lacks (it ships no database), once.
ensure_liberty() {
  if [[ ! -x "$WLP/bin/server" ]]; then
    echo "Dossier: fetching Open Liberty $LIBERTY_VERSION (first Liberty start, about 350 MB)..." >&2
    local tmp; tmp="$(mktemp -d "$RUNTIME/liberty-new.XXXXXX")"
    maven_copy "io.openliberty:openliberty-runtime:$LIBERTY_VERSION:zip" "$tmp"
    (cd "$tmp" && unzip -q openliberty-runtime.zip && rm openliberty-runtime.zip)
    rm -rf "$LIBERTY_HOME"
    mv -T "$tmp" "$LIBERTY_HOME"
  fi
  if [[ ! -f "$RUNTIME/h2.jar" ]]; then
    maven_copy "com.h2database:h2:$(pom_property h2.version)" "$RUNTIME"
  fi
}

# Writes the server directory $1/servers/dossier: the repository's server.xml (or the one
# DOSSIER_LIBERTY_SERVER_XML names, which includes datasource.xml as that one does), the data source of
# this configuration, and the JVM options (UTC: the embedded H2 keeps timestamps in the session's zone).
liberty_server_dir() {
  local dir="$1/servers/dossier" kind=embedded
  [[ -n "${DOSSIER_DB_URL:-}" ]] && kind=postgres
  mkdir -p "$dir"
  cp "${DOSSIER_LIBERTY_SERVER_XML:-$ROOT/scripts/liberty/server.xml}" "$dir/server.xml"
  cp "$ROOT/scripts/liberty/datasource-$kind.xml" "$dir/datasource.xml"
  printf '%s\n' -Duser.timezone=UTC >"$dir/jvm.options"
  if [[ "$kind" == postgres ]]; then
    export DOSSIER_LIBERTY_JDBC="$RUNTIME/postgresql.jar"
  else
    export DOSSIER_LIBERTY_JDBC="$RUNTIME/h2.jar"
  fi
}
