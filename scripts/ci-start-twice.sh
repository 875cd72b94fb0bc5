#!/usr/bin/env bash
# The README's first command, started twice on the embedded store: each start must
# answer HTTP 200, stop on SIGTERM and leave the store unlocked for the next.
# Usage: scripts/ci-start-twice.sh  (PORT, START_COMMAND and START_TIMEOUT may be set)
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-3000}"
command="${START_COMMAND:-npm start}"
timeout="${START_TIMEOUT:-900}"
data_dir="${PGLITE_DATA_DIR:-.data/pglite}"
unset DATABASE_URL

# Node rather than curl: the one tool every machine that runs the portal has.
answers_200() {
  node -e 'fetch(process.argv[1], { redirect: "manual" }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$1"
}

# Runs "$@" every $1 seconds until it succeeds, or fails once $2 seconds have passed;
# the seconds it waited are left in $waited.
poll() {
  local step="$1" limit="$2"
  shift 2
  waited=0
  until "$@"; do
    if [ "$waited" -ge "$limit" ]; then return 1; fi
    sleep "$step"
    waited=$((waited + step))
  done
}

# These read the caller's $leader, $log and $round (bash scopes locals dynamically).
gone() { ! kill -0 "$leader" 2>/dev/null; }
answers_or_gone() { answers_200 "http://localhost:$port/" || gone; }
give_up() {
  cat "$log"
  kill "-$1" -- "-$leader" 2>/dev/null || true
  echo "Start $round $2" >&2
  return 1
}

start_and_stop() {
  local round="$1" log
  log="$(mktemp)"
  echo "Start $round: $command on port $port"
  # A session of its own, so that stopping reaches npm, its shell and the server.
  PORT="$port" setsid bash -c "$command" >"$log" 2>&1 &
  local leader=$!
  poll 2 "$timeout" answers_or_gone || give_up TERM "did not answer HTTP 200 within $timeout s" || return 1
  if gone; then give_up TERM "exited before answering HTTP 200" || return 1; fi
  echo "Start $round answers HTTP 200 after ${waited} s; stopping it"
  kill -TERM -- "-$leader"
  poll 1 30 gone || give_up KILL "did not stop within 30 s of SIGTERM" || return 1
  if [ -e "$data_dir/portal.lock" ]; then
    echo "Start $round left the embedded store locked ($data_dir/portal.lock)" >&2
    return 1
  fi
  rm -f "$log"
}

start_and_stop 1
start_and_stop 2
echo "The first command started, answered and stopped twice."
