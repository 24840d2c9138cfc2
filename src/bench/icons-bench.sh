#!/usr/bin/env bash
# The scale case: a folder of small brand icons (viewBox 24x24) rendered at 16, 64 and 512 px,
# all of them and the first 1,000, as whole processes: time and peak memory (RSS), once each.
# sharp and resvg-js do the same side by side when NODE_PATH finds them (peers/*-icons.js).
# Icons: simple-icons from npm, e.g.
#   npm install --prefix /tmp/icons simple-icons sharp @resvg/resvg-js
#   NODE_PATH=/tmp/icons/node_modules bash src/bench/icons-bench.sh
# or any folder of SVGs as the first argument.
set -euo pipefail
cd "$(dirname "$0")/../.."
node_path=${NODE_PATH:-.}
icons=${1:-${node_path%%:*}/simple-icons/icons}
if [ ! -d "$icons" ]; then
  echo "no icon folder at $icons: give one, or set NODE_PATH (see the top of $0)" >&2
  exit 2
fi
[ -x target/logokit ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/all" "$tmp/first-1000"
cp "$icons"/*.svg "$tmp/all/"
find "$tmp/all" -name '*.svg' | sort | sed -n 1,1000p | xargs cp -t "$tmp/first-1000/"

# timed NAME COMMAND...: runs COMMAND once; prints wall time and peak RSS.
timed() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
  read -r secs kb < "$tmp/time"
  printf '  %-40s %6s s   peak RSS %4d MB' "$name" "$secs" $(( kb / 1024 ))
}
for set in all first-1000; do
  n=$(find "$tmp/$set" -name '*.svg' | wc -l)
  timed "logokit, $n icons" target/logokit render -q --assets "$tmp/$set" --sizes 16,64,512 \
    --out "$tmp/out-$set"
  echo "   $(find "$tmp/out-$set" -name '*.png' | wc -l) PNGs"
done
if node -e "require('sharp')" 2>/dev/null; then
  timed "sharp, $(find "$tmp/all" -name '*.svg' | wc -l) icons" \
    node src/bench/peers/sharp-icons.js "$tmp/all" "$tmp/sharp"
  echo "   $(find "$tmp/sharp" -name '*.png' | wc -l) PNGs"
fi
if node -e "require('@resvg/resvg-js')" 2>/dev/null; then
  timed "resvg-js, $(find "$tmp/all" -name '*.svg' | wc -l) icons" \
    node src/bench/peers/resvg-icons.js "$tmp/all" "$tmp/resvg"
  echo "   $(find "$tmp/resvg" -name '*.png' | wc -l) PNGs"
fi
