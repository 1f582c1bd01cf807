#!/usr/bin/env bash
# Start-up: from the NdrBot host process's start to its first answered activity (HTTP 200 and the card reply at the
# fake connector), ROUNDS times, with the build run.sh publishes (run it first, or leave SKIP_BUILD unset here to
# publish). The generator is started first and waits, so its own start is not counted.
#
# Environment: ROUNDS=5, BOT_CPUS= LOADGEN_CPUS= (taskset lists, as in run.sh), SKIP_BUILD=1 to reuse the last publish.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${BUILD:-$here/results/.build}"
rounds="${ROUNDS:-5}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

pin() { local cpus="$1"; shift; if [[ -n "$cpus" ]]; then taskset -c "$cpus" "$@"; else "$@"; fi; }

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
  dotnet publish "$repo/src/NdrBot.Host" -c Release -r "$rid" --self-contained false -o "$build/host" --nologo -v quiet -p:NdrBotSkipNpm=true > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  dotnet publish "$here/NdrBot.Load" -c Release -o "$build/load" --nologo -v quiet > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi

for round in $(seq 1 "$rounds"); do
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  rm -f "$work/pid" "$work/ready"; mkdir -p "$work/data-$round"
  pin "${LOADGEN_CPUS:-}" "$build/load/ndrbot-load" first --target "http://127.0.0.1:$port/api/messages" --pid-file "$work/pid" \
    --samples "$repo/tests/data/bounces/maildir" > "$work/first-$round" 2> "$work/ready" &
  loader=$!; pids+=("$loader")
  until grep -q ready "$work/ready" 2>/dev/null; do sleep 0.05; done
  ( cd "$build/host" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Logging__LogLevel__Default=Warning Teams__AppId= Storage__Provider=sqlite Storage__SqlitePath="$work/data-$round/ndrbot.db" \
      $( [[ -n "${BOT_CPUS:-}" ]] && echo taskset -c "$BOT_CPUS" ) ./NdrBot.Host ) > "$work/host-$round.log" 2>&1 &
  server=$!; pids+=("$server")
  echo "$server" > "$work/pid"
  wait "$loader" || { echo "startup.sh: round $round: no answer; host log:" >&2; tail -20 "$work/host-$round.log" >&2; exit 1; }
  echo "round $round: first answer $(cat "$work/first-$round") ms after the process started (load $(cut -d' ' -f1-3 /proc/loadavg))"
  kill -TERM "$server"; wait "$server" 2>/dev/null || true
done
