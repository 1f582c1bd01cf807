#!/usr/bin/env bash
# Issue 9: whole-process files/s of `ndrbot scan --json` against Debian's Sisimai (libsisimai-perl) over the same
# copied corpus (the samples copied 20 times, as bench/scan-throughput.sh does). Installs libsisimai-perl when
# missing. Sisimai 4.x parses each file with Sisimai->make(path) (5.x renamed it rise); one perl process reads the
# file list, so both sides pay their start-up once. Target: ndrbot at least 10x Sisimai's files/s.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
samples="${SAMPLES:-$repo/tests/data/bounces/maildir}"
copies="${COPIES:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! perl -MSisimai -e 1 2>/dev/null; then
  apt-get install -y libsisimai-perl > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
fi

for i in $(seq -w 1 "$copies"); do
  mkdir -p "$work/corpus/copy-$i"
  cp -R "$samples/." "$work/corpus/copy-$i/"
done
find "$work/corpus" -type f \( -name '*.eml' -o -name '*.txt' \) | sort > "$work/files.txt"
files=$(wc -l < "$work/files.txt")

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

seconds() { awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); print (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }' "$1"; }
cpu() { awk '/User time/ { u = $NF } /System time/ { s = $NF } END { printf "%.2f s user + %.2f s system", u, s }' "$1"; }
rss_mb() { awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$1"; }

/usr/bin/time -v "$work/cli/ndrbot" scan --json "$work/corpus" > "$work/ndrbot.jsonl" 2> "$work/ndrbot.time"
# shellcheck disable=SC2016
/usr/bin/time -v perl -MSisimai -e '
  my ($files, $bounces) = (0, 0);
  while (my $path = <STDIN>) {
    chomp $path;
    my $found = Sisimai->make($path);
    $files++;
    $bounces += scalar @$found if $found;
  }
  print "files $files, bounces $bounces\n";
' < "$work/files.txt" > "$work/sisimai.out" 2> "$work/sisimai.time"

ndr_s=$(seconds "$work/ndrbot.time")
sis_s=$(seconds "$work/sisimai.time")
ndr_fps=$(awk -v f="$files" -v s="$ndr_s" 'BEGIN { printf "%.0f", f / s }')
sis_fps=$(awk -v f="$files" -v s="$sis_s" 'BEGIN { printf "%.0f", f / s }')
echo "build:            ndrbot $build"
echo "files:            $files"
echo "sisimai version:  $(perl -MSisimai -e 'print $Sisimai::VERSION // "?"')"
echo "ndrbot:           ${ndr_s} s, ${ndr_fps} files/s, peak $(rss_mb "$work/ndrbot.time") MB ($(wc -l < "$work/ndrbot.jsonl") lines)"
echo "sisimai:          ${sis_s} s, ${sis_fps} files/s, peak $(rss_mb "$work/sisimai.time") MB ($(cat "$work/sisimai.out"))"
echo "ndrbot CPU:       $(cpu "$work/ndrbot.time")"
echo "sisimai CPU:      $(cpu "$work/sisimai.time")"
echo "load average:     $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes wall times upper bounds)"
echo "ratio:            $(awk -v a="$ndr_fps" -v b="$sis_fps" 'BEGIN { printf "%.1f", a / b }')x (target >= 10x)"
