#!/usr/bin/env bash
# Start-up of the launcher (target/logokit), with and without its start-up cache, as medians of
# RUNS cold processes each (default 15):
#   1. logokit --version;
#   2. a no-op render of the shipped kit (into a folder rendered once before);
#   3. the same two as one java command with the launcher's options and cache, to show what the
#      launcher's own search and key cost.
# With hyperfine (Debian's package; installed here with apt-get when missing and allowed; it
# runs each command's runs together, after 2 warm-up runs), else a bash loop that runs the
# commands in turns, round after round (BENCH_LOOP=1 asks for the loop, which suits a machine
# whose load drifts).
#   bash src/bench/launcher-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
[ -x target/logokit ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v hyperfine >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1; } || true
fi

# The launcher's JDK and cache, from --version, for the plain java commands.
target/logokit render -q --out "$tmp/out"
version=$(target/logokit --version)
echo "$version"
cache=$(printf '%s\n' "$version" | sed -n 's/^start-up cache: in use (\(.*\))$/\1/p')
[ -n "$cache" ] || { echo "the launcher uses no start-up cache: run mvn package" >&2; exit 1; }
home=$(printf '%s\n' "$version" | sed -n 's/^Java [^ ]* (\(.*\))$/\1/p')
java=("$home/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED
  -Dsun.java2d.renderer.subPixel_log2_X=8 -Dsun.java2d.renderer.subPixel_log2_Y=5)
q() { printf '%q ' "$@"; }
# (no commas: hyperfine's CSV would quote them)
names=("logokit --version with the cache" "logokit --version without" "no-op render with the cache"
  "no-op render without" "java -jar --version with the cache (no launcher)"
  "java -jar no-op render with the cache (no launcher)")
commands=(
  "target/logokit --version"
  "LOGOKIT_AOT_CACHE=off target/logokit --version"
  "target/logokit render -q --out $(q "$tmp/out")"
  "LOGOKIT_AOT_CACHE=off target/logokit render -q --out $(q "$tmp/out")"
  "$(q "${java[@]}" "-XX:AOTCache=$cache" -Xlog:aot=off -Xlog:cds=off -jar target/logokit.jar --version)"
  "$(q "${java[@]}" "-XX:AOTCache=$cache" -Xlog:aot=off -Xlog:cds=off -jar target/logokit.jar render -q --out "$tmp/out")"
)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

if [ -z "${BENCH_LOOP:-}" ] && command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  hyperfine --style basic --warmup 2 --runs "$runs" --export-csv "$tmp/times.csv" "${args[@]}" >&2
  echo "hyperfine $(hyperfine --version | cut -d' ' -f2), $runs runs each; medians:"
  # command,mean,stddev,median,user,system,min,max (seconds)
  tail -n +2 "$tmp/times.csv" | awk -F, '{ printf "  %-52s %6.0f ms   (min %4.0f, max %4.0f)\n", $1, $4 * 1000, $7 * 1000, $8 * 1000 }'
else
  # Wall time and CPU time (user + system, the JVM's threads together): on a loaded machine
  # the CPU time is the steadier of the two.
  echo "a bash loop, $runs rounds of each in turn; medians of wall and CPU time:"
  declare -A walls cpus
  TIMEFORMAT='%R %U %S'
  for _ in $(seq "$runs"); do
    for i in "${!commands[@]}"; do
      read -r real user sys < <({ time bash -c "${commands[$i]}" >/dev/null 2>&1; } 2>&1)
      walls[$i]+="$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }') "
      cpus[$i]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }') "
    done
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    printf '  %-52s wall %5d ms   CPU %5d ms\n' "${names[$i]}" "$(median ${walls[$i]})" \
      "$(median ${cpus[$i]})"
  done
fi
