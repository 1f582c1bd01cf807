#!/usr/bin/env bash
# Runs every NdrBot test: installs what the tests need when it is missing (Debian packages for the browser
# tests, npm packages for the card renderer), then `dotnet test NdrBot.sln`, then prints "N passed, N failed".
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
    if [ -f tests/e2e/package.json ] && [ ! -d tests/e2e/node_modules ]; then
      (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || { log "npm ci failed in tests/e2e"; exit 1; }
    fi
  fi
}

ensure_tools
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
