#!/usr/bin/env bash
# Runs every NdrBot test: installs what the tests need when it is missing (Debian packages for the browser
# tests and PostgreSQL for the storage tests, npm packages for the card renderer), then `dotnet test NdrBot.sln`,
# then prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '[test.sh] %s\n' "$*" >&2; }

apt_install() {
  if [ "$(id -u)" != "0" ]; then
    log "missing $*; install it (apt-get install -y $*) and run again"
    return 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_tools() {
  command -v dotnet >/dev/null || { log "the .NET 10 SDK is required"; exit 1; }
  if [ -d tests/e2e ]; then
    [ -x /usr/bin/chromium ] || apt_install chromium || exit 1
    command -v node >/dev/null || apt_install nodejs npm || exit 1
    # Note: the playground check re-installs a node_modules made before the Agents Playground joined package.json.
    if [ -f tests/e2e/package.json ] && { [ ! -d tests/e2e/node_modules ] || [ ! -d tests/e2e/node_modules/@microsoft/m365agentsplayground ]; }; then
      (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || { log "npm ci failed in tests/e2e"; exit 1; }
    fi
  fi
}

# The storage suite (NdrBot.Triage.Tests) runs against a real PostgreSQL and fails without one. Unless
# NDRBOT_TEST_POSTGRES already names a server, install Debian's PostgreSQL, start its cluster (pg_ctlcluster: no
# systemd needed), create the ndrbot role and database if missing, and export the connection string.
ensure_postgres() {
  [ -n "${NDRBOT_TEST_POSTGRES:-}" ] && return 0
  if [ "$(id -u)" != "0" ]; then
    log "NDRBOT_TEST_POSTGRES is not set and only root can install and start PostgreSQL here"
    return 1
  fi
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    log "installing PostgreSQL (apt-get install postgresql)"
    timeout 300 env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    timeout 600 env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local ver port
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    pg_createcluster "$ver" main >/dev/null || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" && $4 ~ /online/ { up = 1 } END { exit !up }'; then
    timeout 60 pg_ctlcluster "$ver" main start || { log "PostgreSQL $ver did not start"; return 1; }
  fi
  port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print $3 }')
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_psql() { (cd /tmp && timeout 30 runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -tAc "$1"); }
  pg_psql "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ndrbot') THEN
             CREATE ROLE ndrbot LOGIN PASSWORD 'ndrbot'; END IF; END \$\$;" || return 1
  if [ "$(pg_psql "SELECT 1 FROM pg_database WHERE datname = 'ndrbot_test'")" != "1" ]; then
    pg_psql "CREATE DATABASE ndrbot_test OWNER ndrbot" || return 1
  fi
  export NDRBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=ndrbot;Password=ndrbot;Database=ndrbot_test"
  log "PostgreSQL $ver on port $port for the storage tests"
}

ensure_tools
# Note: no exit on failure here; without a server the PostgreSQL tests fail and say why.
ensure_postgres || log "could not provide PostgreSQL; its storage tests will fail"
out=$(mktemp)
dotnet test NdrBot.sln --nologo "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

# Sum the per-assembly summary lines: "Passed!  - Failed:     0, Passed:    86, Skipped:     0, ..."
summary=$(grep -E '^(Passed|Failed)!' "$out" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) { gsub(/ /, "", $i) }
    for (i = 1; i < NF; i++) {
      if ($i ~ /Failed$/) failed += $(i + 1)
      if ($i == "Passed") passed += $(i + 1)
      if ($i == "Skipped") skipped += $(i + 1)
    } }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }')
rm -f "$out"
if [ -z "$summary" ] || [ "$summary" = "0 passed, 0 failed, 0 skipped" ]; then
  echo "0 passed, 1 failed"
  log "no test summary found (build failure?)"
  exit 1
fi
echo "$summary"
exit "$status"
