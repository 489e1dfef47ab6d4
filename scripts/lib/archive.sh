# shellcheck shell=bash
# Sourced by scripts/run.sh (after lib/runtime.sh and lib/payara.sh): the class-data-sharing archive
# of a kind of configuration is recorded at the exit of the first real run of that kind, not by a
# training start before it, so the first start is as fast as any start without an archive.

# Sets CDS, the JVM options for archive $1 (empty for no kind): use it when it exists, otherwise
# record one at exit into RECORD, a temporary file of this run (empty when nothing is recorded).
archive_options() {
  local archive="$1"
  # shellcheck disable=SC2034 # read by the caller
  CDS=() RECORD=""
  [[ -n "$archive" ]] || return 0
  if [[ -s "$archive" ]]; then
    CDS=(-XX:SharedArchiveFile="$archive")
  else
    RECORD="$archive.rec-$$"
    rm -f "$RECORD"
    # shellcheck disable=SC2034 # read by the caller
    CDS=(-Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$RECORD")
  fi
}

# Runs the server command "$@" while it records the archive: run.sh stays its parent (it cannot
# exec), forwards SIGTERM and SIGINT to it and returns its exit status. The archive is kept only
# when the server exited with 0, which only its graceful shutdown does (a server whose deployment
# failed exits otherwise, so a run with bad settings leaves no archive), and the file is complete;
# another run that recorded the same kind first wins.
run_recording() {
  local archive="$1"; shift
  "$@" &
  local pid=$! status=0
  trap 'kill -TERM "$pid" 2>/dev/null' TERM INT
  while true; do
    wait "$pid" && status=0 || status=$?
    kill -0 "$pid" 2>/dev/null || break   # wait returned for a trapped signal: the JVM still runs
  done
  trap - TERM INT
  if [[ "$status" == 0 && -s "$RECORD" ]]; then
    lock_image
    if [[ -s "$archive" ]]; then rm -f "$RECORD"; else mv "$RECORD" "$archive"; fi
    exec 9>&-
    echo "Dossier: recorded the class-data-sharing archive $archive for later starts" >&2
  else
    rm -f "$RECORD"
  fi
  return "$status"
}
