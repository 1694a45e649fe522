# Shared by the HTTP benchmarks: installs wrk, builds the jar, starts Zonebrain on a free port with a fresh
# embedded database and the given extra arguments, waits for health and for the demo zone (plus any synthetic
# data) to be generated, and creates a personal API token the way a person would (sign in, POST the token form).
# After `start_app ARGS...`: BASE, LOG, APP, ZB_TOKEN (exported), started (SECONDS at start). The app is stopped on
# exit unless KEEP_APP is set.
# shellcheck shell=bash

start_app() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi

  if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building the jar"
    ./mvnw -B -q -DskipTests package
  fi
  JAR=$(ls target/zonebrain-*.jar | grep -v -- '-plain' | head -1)

  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  TS=$(date +%Y%m%d-%H%M%S)
  DATA=target/bench-pg-$TS
  LOG=target/bench-app-$TS.log
  BASE=http://127.0.0.1:$PORT
  export ZONEBRAIN_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

  echo "starting $JAR on port $PORT, data in $DATA, args: $* (log: $LOG)"
  java -jar "$JAR" --server.port="$PORT" --zonebrain.db.embedded-dir="$DATA" "$@" >"$LOG" 2>&1 &
  APP=$!
  stop() {
    if [[ -z "${KEEP_APP:-}" ]]; then
      kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
    else
      echo "app left running as pid $APP"
    fi
  }
  trap stop EXIT

  started=$SECONDS
  until curl -fs "$BASE/actuator/health" | grep -q '"UP"'; do
    if ! kill -0 "$APP" 2>/dev/null; then echo "the app died; see $LOG" >&2; tail -30 "$LOG" >&2; exit 1; fi
    if (( SECONDS - started > 600 )); then echo "no health after 600 s; see $LOG" >&2; exit 1; fi
    sleep 1
  done
  echo "up after $((SECONDS - started)) s"

  # A personal API token, created the way a person would: sign in, then POST the token form with its CSRF token.
  JAR_COOKIES=$(mktemp)
  csrf() { grep -o '<input[^>]*name="_csrf"[^>]*>' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
  token=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
  curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
    --data-urlencode "password=$ZONEBRAIN_ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  token=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/account/tokens" | csrf)
  ZB_TOKEN=$(curl -fsL -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "name=bench-$TS" \
    --data-urlencode "_csrf=$token" "$BASE/account/tokens" | grep -o 'zb_[A-Za-z0-9_-]\{20,\}' | head -1)
  rm -f "$JAR_COOKIES"
  [[ -n "$ZB_TOKEN" ]] || { echo "could not obtain an API token" >&2; exit 1; }
  export ZB_TOKEN
  # Health is UP as soon as the web server listens, but the demo zone (and the synthetic firms) are generated after
  # that in one transaction: wait for the generator's closing log line, or the benchmark would measure an empty table.
  until grep -q "Demo zone '.*' generated from seed" "$LOG"; do
    if (( SECONDS - started > 900 )); then echo "enterprises not loaded after 900 s; see $LOG" >&2; exit 1; fi
    sleep 1
  done
}
