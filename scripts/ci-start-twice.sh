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

start_and_stop() {
  local round="$1" log
  log="$(mktemp)"
  echo "Start $round: $command on port $port"
  # A session of its own, so that stopping reaches npm, its shell and the server.
  PORT="$port" setsid bash -c "$command" >"$log" 2>&1 &
  local leader=$!
  local waited=0
  until answers_200 "http://localhost:$port/"; do
    if ! kill -0 "$leader" 2>/dev/null; then
      cat "$log"
      echo "Start $round exited before answering HTTP 200" >&2
      return 1
    fi
    if [ "$waited" -ge "$timeout" ]; then
      cat "$log"
      kill -TERM -- "-$leader" 2>/dev/null || true
      echo "Start $round did not answer HTTP 200 within $timeout s" >&2
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "Start $round answers HTTP 200 after ${waited} s; stopping it"
  kill -TERM -- "-$leader"
  local stopped=0
  while kill -0 "$leader" 2>/dev/null; do
    if [ "$stopped" -ge 30 ]; then
      cat "$log"
      kill -KILL -- "-$leader" 2>/dev/null || true
      echo "Start $round did not stop within 30 s of SIGTERM" >&2
      return 1
    fi
    sleep 1
    stopped=$((stopped + 1))
  done
  if [ -e "$data_dir/portal.lock" ]; then
    echo "Start $round left the embedded store locked ($data_dir/portal.lock)" >&2
    return 1
  fi
  rm -f "$log"
}

start_and_stop 1
start_and_stop 2
echo "The first command started, answered and stopped twice."
