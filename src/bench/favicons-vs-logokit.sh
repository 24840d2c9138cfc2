#!/usr/bin/env bash
# logokit's web set beside the favicons npm package (pinned), on the same masters, in one run and
# in turns: for each master, logokit, then favicons with the platforms a site needs (favicons,
# android, apple icon: "web"), then favicons with its defaults (every platform). For each output
# folder: every file with its bytes and pixels, the total, and Chromium's installability check
# (the folder served on 127.0.0.1 at / with its head.html in the page; peers/installability.js).
#   bash src/bench/favicons-vs-logokit.sh [MASTER.svg "App name"]...
# Without arguments: Mastodon's square mark and the XMPP logo with its text (extended width), two
# of the masters WebSetInstallabilityTest installs. Needs node (20+), npm (the npm registry) and
# Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
FAVICONS_VERSION=${FAVICONS_VERSION:-7.3.1}
if [ $# -eq 0 ]; then
  set -- src/test/resources/real/brand-simple-icons-mastodon.svg Mastodon \
    "assets/xmpp_logo_(extended_width).svg" "XMPP Standards Foundation"
fi
[ -x target/logokit ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp/npm" --no-save --silent "favicons@$FAVICONS_VERSION" >/dev/null
export NODE_PATH="$tmp/npm/node_modules"
echo "logokit $(target/logokit --version | head -1); favicons $FAVICONS_VERSION"\
" (sharp $(node -p "require('$NODE_PATH/sharp/package.json').version"));"\
" node $(node --version); $(chromium --version 2>/dev/null || echo no chromium)"

sites=()
n=0
while [ $# -ge 2 ]; do
  master=$1 title=$2; shift 2
  n=$((n + 1))
  name=m$n
  mkdir -p "$tmp/kit$n"
  cp "$master" "$tmp/kit$n/$name.svg"
  printf 'masters:\n  - file: %s.svg\n    title: "%s"\n    targets: [web]\n' "$name" "$title" \
    > "$tmp/kit$n/logokit.yaml"
  echo "== $(basename "$master") as \"$title\""
  target/logokit render -q --assets "$tmp/kit$n" --out "$tmp/logokit$n"
  node src/bench/peers/favicons-web.js "$master" "$tmp/favicons-web$n" "$title" web
  node src/bench/peers/favicons-web.js "$master" "$tmp/favicons-defaults$n" "$title" defaults
  node src/bench/peers/icon-report.js "logokit web set" "$tmp/logokit$n/$name/$name-web"
  node src/bench/peers/icon-report.js "favicons $FAVICONS_VERSION, web platforms" \
    "$tmp/favicons-web$n"
  node src/bench/peers/icon-report.js "favicons $FAVICONS_VERSION, defaults" \
    "$tmp/favicons-defaults$n"
  sites+=("logokit:$name=$tmp/logokit$n/$name/$name-web" "favicons-web:$name=$tmp/favicons-web$n"
    "favicons-defaults:$name=$tmp/favicons-defaults$n")
done
echo "== installability (m1, m2 ... are the masters above, in order)"
node --experimental-websocket src/bench/peers/installability.js "${sites[@]}"
