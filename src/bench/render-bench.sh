#!/usr/bin/env bash
# Times logokit as whole processes (cold JVMs), RUNS times each (default 7), and prints medians:
#   - full render of the shipped kit into an empty folder (the README's main job);
#   - no-op render (nothing changed) and its ratio to the full one;
#   - check, and check --pixels;
# and the output bytes against the published kit.
#   bash src/bench/render-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
[ -f target/logokit.jar ] || mvn -B -q -DskipTests package
published=1776502   # bytes of the 88 PNGs the XSF published (../shared/kits/xmpp/published)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lk() { java -jar target/logokit.jar "$@" >/dev/null 2>&1 || true; }

# median_ms NAME SETUP COMMAND...: runs SETUP then times COMMAND, RUNS times.
median_ms() {
  local name=$1 setup=$2; shift 2
  local times=()
  for _ in $(seq "$runs"); do
    eval "$setup"
    local start end
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  local median=${sorted[$(( runs / 2 ))]}
  printf '%-34s median %6d ms   (runs: %s)\n' "$name" "$median" "${times[*]}" >&2
  echo "$median"
}

full=$(median_ms "full render (113 PNGs)" 'rm -rf "$tmp/out"' lk render --out "$tmp/out")
noop=$(median_ms "no-op render" ':' lk render --out "$tmp/out")
check=$(median_ms "check" ':' lk check --out "$tmp/out")
pixels=$(median_ms "check --pixels" ':' lk check --pixels --out "$tmp/out")
echo "no-op render / full render = $(awk "BEGIN{printf \"%.3f\", $noop/$full}")"
echo "check / full render = $(awk "BEGIN{printf \"%.3f\", $check/$full}"), check --pixels / full render = $(awk "BEGIN{printf \"%.3f\", $pixels/$full}")"

kit=0   # the 88 files of the published kit: the 8 variants the page links
for v in xmpp_logo 'xmpp_logo_(black_text)' 'xmpp_logo_(white_text)' 'xmpp_logo_(without_text)' \
         xmpp_black_logo 'xmpp_black_logo_(without_text)' xmpp_white_logo \
         'xmpp_white_logo_(without_text)'; do
  kit=$(( kit + $(cat "$tmp/out/$v"/*.png | wc -c) ))
done
all=$(find "$tmp/out" -name '*.png' -exec cat {} + | wc -c)
files=$(find "$tmp/out" -name '*.png' | wc -l)
echo "the 88 kit PNGs: $kit bytes = $(awk "BEGIN{printf \"%.3f\", $kit/$published}") of the published $published"
echo "all $files PNGs: $all bytes"
