#!/usr/bin/env bash
# Times the README's main job as a whole process: a cold JVM rendering the shipped kit from
# scratch into an empty folder, RUNS times (default 7), and prints the median and the bytes.
#   bash src/bench/render-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
[ -f target/logokit.jar ] || mvn -B -q -DskipTests package
published=1776502   # bytes of the 88 PNGs the XSF published (../shared/kits/xmpp/published)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
times=()
for i in $(seq "$runs"); do
  rm -rf "$tmp/out"
  start=$(date +%s%N)
  java -jar target/logokit.jar render --out "$tmp/out" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
# The 88 files of the published kit: the 8 variants the page links.
kit=0
for v in xmpp_logo 'xmpp_logo_(black_text)' 'xmpp_logo_(white_text)' 'xmpp_logo_(without_text)' \
         xmpp_black_logo 'xmpp_black_logo_(without_text)' xmpp_white_logo \
         'xmpp_white_logo_(without_text)'; do
  kit=$(( kit + $(cat "$tmp/out/$v"/*.png | wc -c) ))
done
all=$(find "$tmp/out" -name '*.png' -exec cat {} + | wc -c)
files=$(find "$tmp/out" -name '*.png' | wc -l)
echo "full render, whole process, $runs runs: median ${median} ms (runs: ${times[*]} ms)"
echo "the 88 kit PNGs: $kit bytes = $(awk "BEGIN{printf \"%.3f\", $kit/$published}") of the published $published"
echo "all $files PNGs: $all bytes"
