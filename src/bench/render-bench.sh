#!/usr/bin/env bash
# logokit's speed and PNG sizes, as whole processes (cold JVMs), RUNS times each (default 7),
# reported as medians and ratios:
#   1. the 88 PNGs of the published XMPP kit: logokit (launcher and plain java -jar), and side
#      by side sharp, resvg-js and rsvg-convert where they are installed;
#   2. the same 88 with `optimize: true` (3 runs: it takes tens of seconds), and, once, the
#      published kit through `optipng -o7` (2 processes) when optipng is installed;
#   3. the shipped kit: full render, no-op render, check, check --pixels;
#   4. per-stage times of one full render (read, screen, parse, build, paint, encode, write).
# Peers: rsvg-convert from Debian's librsvg2-bin; sharp and @resvg/resvg-js from npm, found
# through NODE_PATH, e.g.
#   npm install --prefix /tmp/peers sharp @resvg/resvg-js
#   NODE_PATH=/tmp/peers/node_modules bash src/bench/render-bench.sh [RUNS]
# BENCH_ONLY=1 runs part 1 alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
[ -x target/logokit ] || mvn -B -q -DskipTests package
published=1776502   # bytes of the 88 PNGs the XSF published (../shared/kits/xmpp/published)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# median N...: the middle one of the numbers.
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
# timing NAME MEDIAN TIMES...: one line of results, on stderr.
timing() { printf '  %-44s median %6d ms   (runs: %s)\n' "$1" "$2" "${*:3}" >&2; }

# median_ms NAME SETUP COMMAND...: runs SETUP, then times COMMAND; prints the median in ms.
median_ms() {
  local name=$1 setup=$2; shift 2
  local times=()
  for _ in $(seq "$runs"); do
    eval "$setup"
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local m
  m=$(median "${times[@]}")
  timing "$name" "$m" "${times[@]}"
  echo "$m"
}
bytes() { find "$1" -name '*.png' -exec cat {} + | wc -c; }
ratio() { awk "BEGIN{printf \"%.3f\", $1/$2}"; }

echo "1. the 88 PNGs of the published XMPP kit (tools in turn, $runs rounds)" >&2
# One round runs every tool once, in turn, so that the shared machine's drifts in speed hit them
# alike; each tool's median over the rounds is its time.
run_logokit() { target/logokit render -q --config src/bench/xmpp-88.yaml --out "$1"; }
# java -jar with the JDK the launcher runs (the one that built logokit), without its AOT cache.
java25=$(sed -n 's/^home=${LOGOKIT_JAVA_HOME:-\(.*\)}$/\1/p' target/logokit)/bin/java
run_jar() { "$java25" -jar target/logokit.jar render -q --config src/bench/xmpp-88.yaml --out "$1"; }
# No-op render and check of the whole shipped kit, rendered once before the rounds.
target/logokit render -q --out "$tmp/shipped"
run_noop() { target/logokit render -q --out "$tmp/shipped"; }
run_check() { target/logokit check -q --out "$tmp/shipped"; }
run_sharp() { node src/bench/peers/sharp-kit.js assets "$1"; }
run_resvg() { node src/bench/peers/resvg-kit.js assets "$1"; }
run_rsvg() { bash src/bench/peers/rsvg-kit.sh assets "$1"; }
declare -A label=([logokit]="logokit (target/logokit)" [jar]="logokit (java -jar target/logokit.jar)"
  [noop]="logokit no-op render, shipped kit" [check]="logokit check, shipped kit"
  [sharp]="sharp (libvips + librsvg)" [resvg]="resvg-js" [rsvg]="rsvg-convert, one process per PNG")
tools=(logokit jar)
node -e "require('sharp')" 2>/dev/null && tools+=(sharp)
node -e "require('@resvg/resvg-js')" 2>/dev/null && tools+=(resvg)
command -v rsvg-convert >/dev/null && tools+=(rsvg)
tools+=(noop check)
declare -A t b rounds
for _ in $(seq "$runs"); do
  for k in "${tools[@]}"; do
    [ "$k" = noop ] || [ "$k" = check ] || rm -rf "$tmp/o/$k"
    start=$(date +%s%N)
    "run_$k" "$tmp/o/$k" >/dev/null 2>&1 || true
    rounds[$k]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
for k in "${tools[@]}"; do
  t[$k]=$(median ${rounds[$k]})
  case $k in noop|check) b[$k]=0 ;; *) b[$k]=$(bytes "$tmp/o/$k") ;; esac
  timing "${label[$k]}" "${t[$k]}" ${rounds[$k]}
done
base=${t[sharp]:-${t[logokit]}}
echo "  time relative to $([ -n "${t[sharp]:-}" ] && echo sharp || echo logokit), bytes relative to the published kit:"
for k in "${tools[@]}"; do
  case $k in
    noop|check) printf '    %-8s time %s\n' "$k" "$(ratio "${t[$k]}" "$base")" ;;
    *) printf '    %-8s time %s   bytes %s\n' "$k" "$(ratio "${t[$k]}" "$base")" \
      "$(ratio "${b[$k]}" $published)" ;;
  esac
done
echo "  peak memory of one logokit render of the 88: $( { /usr/bin/time -f '%M' target/logokit \
  render -q --config src/bench/xmpp-88.yaml --out "$tmp/mem" >/dev/null; } 2>&1 | tail -1) KiB"

# BENCH_ONLY=1: the first part alone (the peers, no-op and check), a couple of minutes.
[ "${BENCH_ONLY:-}" = 1 ] && exit 0

echo "2. the 88 PNGs, optimised" >&2
{ cat src/bench/xmpp-88.yaml; echo "optimize: true"; } > "$tmp/optimize.yaml"
opt=$(runs=3 median_ms "logokit, optimize: true" 'rm -rf "$tmp/k88"' \
  target/logokit render -q --config "$tmp/optimize.yaml" --out "$tmp/k88")
echo "  logokit optimize: true   time $(ratio "$opt" "$base")   bytes $(ratio "$(bytes "$tmp/k88")" $published)"
if command -v optipng >/dev/null; then
  rm -rf "$tmp/p" && cp -r src/test/resources/xmpp/published "$tmp/p"
  start=$(date +%s%N)
  find "$tmp/p" -name '*.png' -print0 | xargs -0 -P2 -n1 optipng -quiet -o7
  optipng_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "  optipng -o7 (once, 2 processes) $optipng_ms ms: time $(ratio "$optipng_ms" "$base")   bytes $(ratio "$(bytes "$tmp/p")" $published)"
  echo "  logokit optimize: true / optipng -o7 time = $(ratio "$opt" "$optipng_ms")"
fi

echo "3. the shipped kit (assets/logokit.yaml)" >&2
full=$(median_ms "full render" 'rm -rf "$tmp/out"' target/logokit render -q --out "$tmp/out")
noop=$(median_ms "no-op render" ':' target/logokit render -q --out "$tmp/out")
check=$(median_ms "check" ':' target/logokit check -q --out "$tmp/out")
pixels=$(median_ms "check --pixels" ':' target/logokit check -q --pixels --out "$tmp/out")
echo "  no-op render / full = $(ratio "$noop" "$full"), check / full = $(ratio "$check" "$full"), check --pixels / full = $(ratio "$pixels" "$full")"
echo "  $(find "$tmp/out" -type f \( -name '*.png' -o -name '*.ico' -o -name '*.icns' -o -name '*.tiff' \) | wc -l) files, $(bytes "$tmp/out") bytes of PNG"

echo "4. stages of one full render of the shipped kit (CPU time summed over threads)"
rm -rf "$tmp/out"
target/logokit render -q --timings --out "$tmp/out" 2>&1 | sed 's/^/  /'
