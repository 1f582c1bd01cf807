#!/usr/bin/env bash
# Load test: NdrBot (Release host) and a minimal botbuilder (npm) bot side by side, each driven by the same .NET
# load generator with the same message mix at 1, 16 and 64 connections, replies going to a fake connector inside
# the generator. Prints a table and writes it to bench/load/results/ (last-run.md is the committed copy).
#
# Environment (all optional):
#   WARMUP=10 DURATION=30     seconds of warm-up (discarded) and of measurement per connection count
#   CONNS=1,16,64             connection counts
#   MIX=60,25,15              percent code questions, short pastes, long pastes
#   BOTS="ndrbot botbuilder"  which bots to run
#   BOT_CPUS=  LOADGEN_CPUS=  taskset CPU lists (e.g. BOT_CPUS=1 LOADGEN_CPUS=0); empty = not pinned
#   SAMPLES=tests/data/bounces/maildir   the bounce samples the mix is drawn from
#   SKIP_BUILD=1              reuse the last publish in bench/load/results/.build
#   DNS_CHECKS=true           NdrBot's live DNS checks (issue 19) with the system resolver; they run after the reply,
#                             so no reply waits on DNS, but a pasted bounce that needs a check also costs a store
#                             write and a card PUT (counted with the other posts). false compares with older runs.
#   CASE_LIMIT=100000         NdrBot's Cases:PerConversation and Cases:PerUser for the run (per minute): raised so
#                             every code or bounce turn opens or attaches a case, as the issue measures ("with case
#                             storage on"); CASE_LIMIT= (empty) keeps the shipped limits, and most turns then skip
#                             the store once the first minute's budget is spent
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
samples="${SAMPLES:-$repo/tests/data/bounces/maildir}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
conns="${CONNS:-1,16,64}"
mix="${MIX:-60,25,15}"
bots="${BOTS:-ndrbot botbuilder}"
dns_checks="${DNS_CHECKS:-true}"
case_limit="${CASE_LIMIT-100000}"
results="$here/results"
build="$results/.build"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pin() { # pin CPUS CMD...: run CMD under taskset when CPUS is set
  local cpus="$1"; shift
  if [[ -n "$cpus" ]]; then taskset -c "$cpus" "$@"; else "$@"; fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for() { # wait_for URL SECONDS: until the URL answers with any HTTP status
  local url="$1" deadline=$((SECONDS + $2))
  until curl -s -o /dev/null "$url"; do
    if (( SECONDS > deadline )) || ! kill -0 "$server_pid" 2>/dev/null; then
      echo "run.sh: $url did not come up" >&2
      return 1
    fi
    sleep 0.2
  done
}

[[ -d "$samples" ]] || { echo "run.sh: samples not found at $samples (set SAMPLES)" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
mkdir -p "$results"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "== build (Release)" >&2
  rm -rf "$build"
  rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
  # Note: with a runtime named the host publishes ReadyToRun (see its csproj); framework-dependent as in production.
  dotnet publish "$repo/src/NdrBot.Host" -c Release -r "$rid" --self-contained false -o "$build/host" --nologo -v quiet -p:NdrBotSkipNpm=true > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  dotnet publish "$here/NdrBot.Load" -c Release -o "$build/load" --nologo -v quiet > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  (cd "$here/botbuilder-peer" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

run_load() { # run_load BOT PORT
  local bot="$1" port="$2"
  echo "== $bot (pid $server_pid) at $conns connections, ${warmup}s warm-up + ${duration}s each" >&2
  pin "${LOADGEN_CPUS:-}" "$build/load/ndrbot-load" --target "http://127.0.0.1:$port/api/messages" --bot "$bot" --pid "$server_pid" \
    --samples "$samples" --conns "$conns" --warmup "$warmup" --duration "$duration" --mix "$mix" --out "$work/$bot.json"
}

stop_server() {
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

for bot in $bots; do
  port="$(free_port)"
  case "$bot" in
    ndrbot)
      mkdir -p "$work/ndrbot-data"
      # Teams:AppId empty: no JWT check, no outbound token; loopback callers and loopback serviceUrls only.
      ( cd "$build/host" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
          Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
          Teams__AppId= Storage__Provider=sqlite Storage__SqlitePath="$work/ndrbot-data/ndrbot.db" Diagnostics__Dns__Enabled="$dns_checks" \
          ${case_limit:+Cases__PerConversation=$case_limit Cases__PerUser=$case_limit} \
          $( [[ -n "${BOT_CPUS:-}" ]] && echo taskset -c "$BOT_CPUS" ) ./NdrBot.Host ) > "$work/ndrbot.log" 2>&1 &
      server_pid=$!
      wait_for "http://127.0.0.1:$port/readyz" 60
      ;;
    botbuilder)
      ( cd "$here/botbuilder-peer" && exec env PORT="$port" NODE_ENV=production \
          $( [[ -n "${BOT_CPUS:-}" ]] && echo taskset -c "$BOT_CPUS" ) node index.js ) > "$work/botbuilder.log" 2>&1 &
      server_pid=$!
      wait_for "http://127.0.0.1:$port/" 30
      ;;
    *) echo "run.sh: unknown bot '$bot'" >&2; exit 2 ;;
  esac
  if ! run_load "$bot" "$port"; then
    echo "run.sh: the $bot run failed; its log:" >&2
    tail -n 40 "$work/$bot.log" >&2
    exit 1
  fi
  stop_server
done

inputs=()
for bot in $bots; do inputs+=("$work/$bot.json"); done
{
  echo "# Load run $stamp"
  echo
  echo "$(nproc) cores, $(uname -r); warm-up ${warmup}s, measured ${duration}s per row; mix $mix (code questions, short, long pastes);"
  echo "bot CPUs: ${BOT_CPUS:-not pinned}, generator CPUs: ${LOADGEN_CPUS:-not pinned}. Turn = activity posted until both the"
  echo "HTTP answer and the reply at the fake connector arrived; errors = non-2xx, transport errors and replies missing after 10 s."
  echo
} > "$work/header.md"
"$build/load/ndrbot-load" report --md "$work/table.md" --json "$results/run-$stamp.json" "${inputs[@]}" > /dev/null
cat "$work/header.md" "$work/table.md" > "$results/run-$stamp.md"
cp "$results/run-$stamp.md" "$results/last-run.md"
cat "$results/run-$stamp.md"
