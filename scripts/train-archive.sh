#!/usr/bin/env bash
# Records the class-data-sharing archive for the kind of configuration the DOSSIER_* settings
# describe (embedded or PostgreSQL, file system or S3), once per image: image/dossier-<kind>.jsa.
# It spares a server of that kind loading and verifying some 15,000 classes from their jars at
# every start. Does nothing when the archive exists. scripts/run.sh calls it; builds what is
# missing and prepares the image first.
#
#   scripts/train-archive.sh
#
# The training is a start with the server's own settings (so on PostgreSQL and S3 it migrates the
# database and creates the bucket, as the first start would) in a throwaway data directory, stopped
# once deployed (--warmup); the JVM writes every class it loaded to the archive on exit. Training on
# the kind in use matters: on PostgreSQL + S3 the archive of an embedded training lacks the JDBC
# driver's and the S3 client's classes, and the start took 0.3 s longer. Class paths in the archive
# are the image's, so it is recorded in place. A training whose deployment fails leaves no archive:
# the server then starts without one (and shows the same failure), and the next start trains again.
set -euo pipefail
# shellcheck source=lib/runtime.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
# shellcheck source=lib/payara.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/payara.sh"

ensure_built
APP="$(prepared_app)"
image_ready || "$ROOT/scripts/prepare-image.sh"
KIND="$(config_kind)"
ARCHIVE="$(archive_file "$KIND")"
[[ -z "$ARCHIVE" || -s "$ARCHIVE" ]] && exit 0
lock_image
[[ -s "$ARCHIVE" ]] && exit 0   # recorded by another run while this one waited for the lock

echo "Dossier: recording the class-data-sharing archive for the $KIND configuration (once, about 20 s)..." >&2
TRAINING="$RUNTIME/image-training-$KIND"
LOG="$RUNTIME/image-training-$KIND.log"
rm -rf "$TRAINING" "$ARCHIVE.new"
new_instance "$TRAINING/server"
server_java
payara_args "$TRAINING/server" "$((20000 + RANDOM % 20000))"
if ( export DOSSIER_DATA_DIR="$TRAINING/data"
     export_db_settings "$DOSSIER_DATA_DIR"
     "${SERVER_JAVA[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$ARCHIVE.new" \
       "${PAYARA_ARGS[@]}" --autobindhttp --warmup
   ) > "$LOG" 2>&1 && [[ -s "$ARCHIVE.new" ]] && ! grep -q "Exception while loading the app" "$LOG"; then
  mv "$ARCHIVE.new" "$ARCHIVE"
  rm -rf "$TRAINING"
else
  rm -f "$ARCHIVE.new"
  echo "Dossier: the training start failed (see $LOG); starting without the archive" >&2
fi
