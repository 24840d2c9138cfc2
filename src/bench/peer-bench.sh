#!/usr/bin/env bash
# logokit against the peers its speed goals are measured against (../shared/bench/), as whole
# processes, in turns, round after round, medians of ROUNDS rounds (default 9), wall and CPU:
#
#   bash src/bench/peer-bench.sh [ROUNDS]
#
#   1. the 88 PNGs of the XMPP kit: sharp 0.35.5 as ../shared/bench/sharp-88 runs it (its
#      render-sharp.mjs, unchanged) against the README's launcher rendering the same 88 from
#      scratch (`target/logokit render --force`, src/bench/xmpp-88.yaml); then a no-op render
#      and a `check` of the shipped kit (assets/, rendered once before the rounds), each as a
#      ratio to sharp's time for the 88 in the same round. Also: logokit's bytes against the
#      published kit's, whether its 88 are byte for byte the committed output/'s (pixels
#      unchanged), and its peak memory;
#   2. the scale case (../shared/bench/scale-10k): 3,470 simple-icons at 16, 64 and 512 px,
#      resvg-js in 2 worker threads and sharp with 4 in flight (their scripts, unchanged)
#      against `target/logokit render --assets ICONS --sizes 16,64,512`; SCALE_ROUNDS rounds
#      (default ROUNDS). SCALE=0 leaves it out.
#
# Each round runs every command once, starting one further along the list each round, so that
# the machine's drifts in speed hit them alike; a ratio is taken in each round and the median
# of those is reported, beside each command's median wall time, CPU time (user + system, all
# threads) and peak RSS. The peers are copied from ../shared/bench (LOGOKIT_SHARED names
# another shared/) into ${XDG_CACHE_HOME:-~/.cache}/logokit-bench and installed there once
# with `npm ci` (their lock files pin sharp 0.35.5, resvg-js 2.6.2, simple-icons 16.37.0).
# Needs node and npm, and /usr/bin/time (Debian's `time`).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-9}
scale_rounds=${SCALE_ROUNDS:-$rounds}
shared=${LOGOKIT_SHARED:-../shared}
[ -d "$shared/bench/sharp-88" ] || { echo "no $shared/bench/sharp-88: set LOGOKIT_SHARED" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
# LOGOKIT=path/to/another/logokit runs that launcher (beside its jar and cache) instead.
lk=${LOGOKIT:-target/logokit}
[ -x "$lk" ] || mvn -B -q -DskipTests package
lk=$(cd "$(dirname "$lk")" && pwd)/$(basename "$lk")
published=$(find "$shared/kits/xmpp/published" -name '*.png' -exec cat {} + | wc -c)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# peer NAME: $shared/bench/NAME copied into the cache folder and `npm ci`-ed there, once per
# lock file; prints the folder.
peers=${XDG_CACHE_HOME:-$HOME/.cache}/logokit-bench
peer() {
  local to=$peers/$1
  if ! cmp -s "$shared/bench/$1/package-lock.json" "$to/package-lock.json" \
      || [ ! -d "$to/node_modules" ]; then
    rm -rf "$to" && mkdir -p "$peers" && cp -r "$shared/bench/$1" "$to" && chmod -R u+w "$to"
    (cd "$to" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
  # the scripts themselves, as shared/ has them now
  cp "$shared/bench/$1"/*.mjs "$to/" 2>/dev/null || true
  [ ! -f "$shared/bench/$1/matrix.tsv" ] || cp "$shared/bench/$1/matrix.tsv" "$to/"
  echo "$to"
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

# measure KEY: runs run_KEY (after prep_KEY, untimed) once; appends its wall and CPU time (ms)
# and peak RSS (KiB) to wall[KEY], cpu[KEY], rss[KEY], and sets last_wall[KEY], last_cpu[KEY].
declare -A wall cpu rss last_wall last_cpu
measure() {
  local k=$1 start end u s m
  if declare -F "prep_$k" >/dev/null; then "prep_$k"; fi
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$tmp/time" bash -c "$(declare -f "run_$k"); run_$k" \
    >"$tmp/$k.log" 2>&1 || { echo "  $k failed: $(tail -3 "$tmp/$k.log")" >&2; }
  end=$(date +%s%N)
  read -r u s m < <(tail -1 "$tmp/time")
  last_wall[$k]=$(( (end - start) / 1000000 ))
  last_cpu[$k]=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')
  wall[$k]+="${last_wall[$k]} "; cpu[$k]+="${last_cpu[$k]} "; rss[$k]+="$m "
}

# turns BASE KEYS...: ROUNDS rounds of every KEY in turn (rotated each round); per round, each
# KEY's wall and CPU time as a ratio to BASE's in that round (wr[KEY], cr[KEY]).
declare -A wr cr
turns() {
  local n=$1 base=$2; shift 2
  local keys=("$@") r i k
  for r in $(seq 0 $(( n - 1 ))); do
    for i in "${!keys[@]}"; do
      measure "${keys[$(( (i + r) % ${#keys[@]} ))]}"
    done
    for k in "${keys[@]}"; do
      wr[$k]+="$(ratio "${last_wall[$k]}" "${last_wall[$base]}") "
      cr[$k]+="$(ratio "${last_cpu[$k]}" "${last_cpu[$base]}") "
    done
    printf '.' >&2
  done
  echo >&2
}

# report BASE KEYS...: one line per KEY.
report() {
  local base=$1 k; shift
  printf '  %-44s %8s %8s %9s %10s %9s\n' "" "wall ms" "CPU ms" "peak RSS" "wall/$base" "CPU/$base"
  for k in "$@"; do
    # shellcheck disable=SC2086
    printf '  %-44s %8d %8d %6d MiB %10s %9s\n' "${label[$k]}" "$(median ${wall[$k]})" \
      "$(median ${cpu[$k]})" $(( $(median ${rss[$k]}) / 1024 )) "$(median ${wr[$k]})" \
      "$(median ${cr[$k]})"
  done
  echo "  per-round wall ratios to $base:"
  for k in "$@"; do
    # shellcheck disable=SC2086
    [ "$k" = "$base" ] || printf '    %-12s %s (range %s-%s)\n' "$k" "${wr[$k]}" \
      "$(printf '%s\n' ${wr[$k]} | sort -g | head -1)" "$(printf '%s\n' ${wr[$k]} | sort -g | tail -1)"
  done
}

declare -A label
java=$("$lk" --version | sed -n 's/^Java \([^ ]*\) .*/Java \1/p')
echo "logokit $(git describe --always --dirty 2>/dev/null || echo '?'), $java, $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$lk" --version | grep -i 'start-up cache' || true

echo "1. the 88 PNGs of the XMPP kit against sharp-88 ($rounds rounds, in turns)"
sharp88=$(peer sharp-88)
echo "   sharp $(node -p "require('$sharp88/node_modules/sharp/package.json').version")," \
  "libvips $(node -p "require('$sharp88/node_modules/sharp').versions.vips" 2>/dev/null || echo '?')"
masters=$(cd "$shared/kits/xmpp/masters" && pwd)
"$lk" render -q --out "$tmp/shipped"
run_sharp() { MASTERS=$masters node "$sharp88/render-sharp.mjs" "$tmp/o/sharp"; }
prep_sharp() { rm -rf "$tmp/o/sharp"; }
# From scratch: an empty folder, and --force as the issue's goal states it.
run_logokit() { "$lk" render -q --force --config src/bench/xmpp-88.yaml --out "$tmp/o/logokit"; }
prep_logokit() { rm -rf "$tmp/o/logokit"; }
run_noop() { "$lk" render -q --out "$tmp/shipped"; }
run_check() { "$lk" check -q --out "$tmp/shipped"; }
export tmp masters sharp88 lk
label=([sharp]="sharp-88 (sharp 0.35.5, 2 in flight)" [logokit]="logokit render --force, the 88"
  [noop]="logokit no-op render, shipped kit" [check]="logokit check, shipped kit")
keys=(sharp logokit noop check)
# LOGOKIT_BASE=path/to/another/logokit (a launcher beside its jar and cache, say a copy of an
# earlier build's target/) runs the same three in the same turns: a lever's effect, measured.
if [ -n "${LOGOKIT_BASE:-}" ]; then
  base_dir=$(cd "$(dirname "$LOGOKIT_BASE")" && pwd)/$(basename "$LOGOKIT_BASE")
  "$base_dir" render -q --out "$tmp/shipped-base"
  run_logokit_base() { "$base_dir" render -q --force --config src/bench/xmpp-88.yaml --out "$tmp/o/logokit-base"; }
  prep_logokit_base() { rm -rf "$tmp/o/logokit-base"; }
  run_noop_base() { "$base_dir" render -q --out "$tmp/shipped-base"; }
  run_check_base() { "$base_dir" check -q --out "$tmp/shipped-base"; }
  export base_dir
  label+=([logokit_base]="  the same, LOGOKIT_BASE" [noop_base]="  the same, LOGOKIT_BASE"
    [check_base]="  the same, LOGOKIT_BASE")
  keys=(sharp logokit logokit_base noop noop_base check check_base)
fi
turns "$rounds" sharp "${keys[@]}"
report sharp "${keys[@]}"
if [ -n "${LOGOKIT_BASE:-}" ]; then
  echo "  the lever alone: each round's time over LOGOKIT_BASE's in the same round, median (range)"
  for k in logokit noop check; do
    for m in wall cpu; do
      declare -n of=$m
      # shellcheck disable=SC2086
      r=$(paste -d' ' <(printf '%s\n' ${of[$k]}) <(printf '%s\n' ${of[${k}_base]}) \
        | awk '{ printf "%.3f ", $1 / $2 }')
      # shellcheck disable=SC2086
      printf '    %-8s %-4s %s (%s-%s): %s\n' "$k" "$m" "$(median $r)" \
        "$(printf '%s\n' $r | sort -g | head -1)" "$(printf '%s\n' $r | sort -g | tail -1)" "$r"
      unset -n of
    done
  done
fi
n=$(find "$tmp/o/sharp" -name '*.png' | wc -l)
m=$(find "$tmp/o/logokit" -name '*.png' | wc -l)
same=0
while IFS= read -r f; do
  cmp -s "$tmp/o/logokit/$f" "output/$f" && same=$((same + 1))
done < <(cd "$tmp/o/logokit" && find . -name '*.png')
bytes() { find "$1" -name '*.png' -exec cat {} + | wc -c; }
echo "  PNGs: sharp $n, logokit $m ($same byte for byte as the committed output/)"
echo "  bytes / the published kit's: logokit $(ratio "$(bytes "$tmp/o/logokit")" "$published")," \
  "sharp $(ratio "$(bytes "$tmp/o/sharp")" "$published")"

[ "${SCALE:-1}" = 0 ] && exit 0
echo "2. scale: simple-icons at 16, 64 and 512 px against scale-10k ($scale_rounds rounds, in turns)"
scale=$(peer scale-10k)
icons=$scale/node_modules/simple-icons/icons
echo "   $(find "$icons" -name '*.svg' | wc -l) icons"
run_resvg() { node "$scale/render-dir-resvg.mjs" "$icons" "$tmp/s/resvg" 16,64,512; }
run_sharp10k() { node "$scale/render-dir-sharp.mjs" "$icons" "$tmp/s/sharp" 16,64,512; }
run_logokit10k() { "$lk" render -q --assets "$icons" --sizes 16,64,512 --out "$tmp/s/logokit"; }
prep_resvg() { rm -rf "$tmp/s/resvg"; }
prep_sharp10k() { rm -rf "$tmp/s/sharp"; }
prep_logokit10k() { rm -rf "$tmp/s/logokit"; }
export scale icons
label+=([resvg]="resvg-js 2.6.2, 2 worker threads" [sharp10k]="sharp 0.35.5, 4 in flight"
  [logokit10k]="logokit render --sizes 16,64,512")
wall=(); cpu=(); rss=(); wr=(); cr=()
turns "$scale_rounds" resvg resvg sharp10k logokit10k
report resvg resvg sharp10k logokit10k
echo "  per-round wall ratio of logokit to the faster peer of that round:"
# shellcheck disable=SC2086
faster=$(paste -d' ' <(printf '%s\n' ${wall[logokit10k]}) <(printf '%s\n' ${wall[resvg]}) \
  <(printf '%s\n' ${wall[sharp10k]}) \
  | awk '{ b = $2 < $3 ? $2 : $3; printf "%.3f ", $1 / b }')
# shellcheck disable=SC2086
echo "    $faster(range $(printf '%s\n' $faster | sort -g | head -1)-$(printf '%s\n' $faster | sort -g | tail -1))"
# shellcheck disable=SC2086
echo "  median $(median $faster)"
echo "  PNGs: resvg $(find "$tmp/s/resvg" -name '*.png' | wc -l), sharp $(find "$tmp/s/sharp" -name '*.png' | wc -l)," \
  "logokit $(find "$tmp/s/logokit" -name '*.png' | wc -l)"
