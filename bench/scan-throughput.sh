#!/usr/bin/env bash
# Whole-process throughput of `ndrbot scan --json`: the sample corpus copied 20 times (about 3,800 files),
# the CLI published in Release (Native AOT unless BUILD=r2r), wall time and peak RSS from /usr/bin/time -v.
# Targets: 4,000 files in at most 2 s; peak memory at most 200 MB.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
samples="${SAMPLES:-$repo/tests/data/bounces/maildir}"
copies="${COPIES:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for i in $(seq -w 1 "$copies"); do
  mkdir -p "$work/corpus/copy-$i"
  cp -R "$samples/." "$work/corpus/copy-$i/"
done
files=$(find "$work/corpus" -type f \( -name '*.eml' -o -name '*.txt' \) | wc -l)

# The fastest honest build: Native AOT (BUILD=aot, the default; one native executable, no JIT) or the ordinary
# ReadyToRun publish (BUILD=r2r), which needs no native tool chain.
build="${BUILD:-aot}"
case "$build" in
  aot) publish_args=(-p:NdrBotNativeAot=true) ;;
  r2r) publish_args=() ;;
  *) echo "BUILD must be aot or r2r" >&2; exit 2 ;;
esac
dotnet publish "$repo/src/NdrBot.Cli" -c Release -o "$work/cli" "${publish_args[@]}" --nologo -v quiet > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }

/usr/bin/time -v "$work/cli/ndrbot" scan --json "$work/corpus" > "$work/out.jsonl" 2> "$work/time.log"

wall=$(grep 'Elapsed (wall clock)' "$work/time.log" | awk '{print $NF}')
rss_kb=$(grep 'Maximum resident set size' "$work/time.log" | awk '{print $NF}')
lines=$(wc -l < "$work/out.jsonl")
seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
echo "build:        $build"
echo "files:        $files (lines written: $lines)"
echo "wall time:    ${seconds} s"
echo "files/s:      $(awk -v f="$files" -v s="$seconds" 'BEGIN { printf "%.0f", f / s }')"
echo "peak memory:  $(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB"
echo "CPU:          $(awk '/User time/ { u = $NF } /System time/ { s = $NF } END { printf "%.2f s user, %.2f s system", u, s }' "$work/time.log")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes wall time an upper bound)"
