#!/usr/bin/env bash
# Prepares the server image under bootstrap/target/runtime/image, once per Payara Micro version,
# JDBC driver and JDK: Payara Micro unpacked with its launcher (instead of unpacking itself into a
# temporary directory on every start), the JDBC driver in its lib directory, and the launcher's JVM
# options in jvm.args. Does nothing when the image is up to date. scripts/run.sh calls it; builds
# what is missing first.
#
#   scripts/prepare-image.sh
set -euo pipefail
# shellcheck source=lib/runtime.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"

# The launcher manifest's JVM options (Add-Opens, Add-Exports), which only apply to `java -jar`:
# the image is started with an explicit class path so that each server can have its own instance
# directory. One option per line, for the JVM's @argfile.
manifest_jvm_args() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && jar xf "$1" META-INF/MANIFEST.MF && cat META-INF/MANIFEST.MF)
  rm -rf "$tmp"
}

jvm_args_file() {
  manifest_jvm_args "$IMAGE/launch-micro.jar" | tr -d '\r' \
    | awk '/^ /{sub(/^ /, ""); line = line $0; next} {if (line) print line; line = $0} END {print line}' \
    | awk -F': ' '$1 == "Add-Opens" || $1 == "Add-Exports" {
        n = split($2, mods, " ")
        for (i = 1; i <= n; i++) printf "--%s=%s=ALL-UNNAMED\n", tolower($1), mods[i]
      }'
}

ensure_built
image_ready && exit 0
lock_image
image_ready && exit 0   # prepared by another run while this one waited for the lock
echo "Dossier: preparing the server image (once per Payara and JDK version)..." >&2
rm -rf "$IMAGE"
java -jar "$RUNTIME/payara-micro.jar" --rootdir "$IMAGE" --outputlauncher > "$RUNTIME/image-launcher.log" 2>&1
cp "$RUNTIME/postgresql.jar" "$IMAGE/lib/"
jvm_args_file > "$IMAGE/jvm.args"
image_stamp > "$IMAGE/stamp"
