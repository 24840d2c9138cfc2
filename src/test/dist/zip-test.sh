#!/bin/sh
# The release zip (target/logokit-<version>.zip, from `mvn package`) works unzipped anywhere
# with a Java 25: no Maven, no build, no ~/.m2. It is unzipped into a folder whose path has a
# space, run with a PATH of basic tools only and a home of its own; it must say its version,
# render the shipped kit's assets/ into another such folder byte for byte as output/ (cmp),
# make its start-up cache on that first render, keeping stdout clean, and use it afterwards.
# Also: the layout, and a license entry for every artifact bundled in the jar.
# .ci/run runs it after `mvn package`:
#   sh src/test/dist/zip-test.sh
# The launcher finds Java as a user's would: JAVA_HOME (kept if set), /usr/lib/jvm, ...
set -eu
cd "$(dirname "$0")/../../.."
repo=$(pwd)
set -- target/logokit-*.zip
[ $# = 1 ] && [ -f "$1" ] || { echo "FAIL: not one target/logokit-*.zip: $*"; exit 1; }
zip=$repo/$1
version=${1#target/logokit-}; version=${version%.zip}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

dest="$tmp/unzipped here"
mkdir -p "$dest"
(cd "$dest" && unzip -q "$zip")
top="$dest/logokit-$version"

# ---- Layout --------------------------------------------------------------------------------
for f in bin/logokit bin/logokit.cmd lib/logokit.jar README.txt licenses/README.txt \
    licenses/Apache-2.0.txt; do
  [ -f "$top/$f" ] || fail "no $f in the zip"
done
[ -x "$top/bin/logokit" ] || fail "bin/logokit is not executable"
grep -q "^built=''$" "$top/bin/logokit" || fail "bin/logokit names the build machine's JDK"
grep -q '@[A-Z_]*@' "$top/bin/logokit" "$top/bin/logokit.cmd" && fail "a launcher has an unfilled @TOKEN@"
[ "$(head -n 1 "$top/bin/logokit.cmd" | od -An -c | tr -d ' \n')" = '@echooff\r\n' ] \
  || fail "bin/logokit.cmd does not have CRLF line ends"
[ -z "$(cd "$top" && find . -name '*.aot*')" ] || fail "the zip has a start-up cache in it"
head -n 1 "$top/README.txt" | grep -qx "logokit $version" || fail "README.txt does not name $version"

# Every artifact bundled in the jar is on a line of licenses/README.txt.
unzip -Z1 "$top/lib/logokit.jar" | sed -n 's|^META-INF/maven/\([^/]*\)/\([^/]*\)/pom.properties$|\1:\2|p' \
  > "$tmp/artifacts"
[ -s "$tmp/artifacts" ] || fail "no META-INF/maven/*/pom.properties in the jar"
sed -n 's/^[^|]*| *\([^ |]*\) *|.*/\1/p' "$top/licenses/README.txt" > "$tmp/patterns"
while IFS= read -r artifact; do
  listed=
  while IFS= read -r pattern; do
    # shellcheck disable=SC2254
    case $artifact in $pattern) listed=yes; break ;; esac
  done < "$tmp/patterns"
  [ -n "$listed" ] || fail "$artifact is bundled but has no line in licenses/README.txt"
done < "$tmp/artifacts"

# ---- Running it: basic tools only (no mvn), a home of its own ------------------------------
mkdir "$tmp/tools" "$tmp/home"
for t in readlink dirname cksum date tail ls sed mkdir mv rm cat uname; do
  ln -s "$(command -v "$t")" "$tmp/tools/$t"
done
lk() { env HOME="$tmp/home" PATH="$tmp/tools" "$top/bin/logokit" "$@"; }

lk --version > "$tmp/v1" 2>&1 || fail "bin/logokit --version failed: $(cat "$tmp/v1")"
[ "$(head -n 1 "$tmp/v1")" = "logokit $version" ] || fail "--version: $(cat "$tmp/v1")"
grep -q "^start-up cache: none: not made yet: .* as $top/lib/logokit-java[0-9]*-[0-9]*\.aot$" "$tmp/v1" \
  || fail "--version before any cache: $(cat "$tmp/v1")"

out="$tmp/rendered kit"
if lk render --assets "$repo/assets" --out "$out" > "$tmp/r1.out" 2> "$tmp/r1.err"; then :; else
  fail "the first render failed: $(cat "$tmp/r1.err")"
fi
[ "$(cat "$tmp/r1.out")" = "rendered 11 of 11 masters into $out: 154 files written, 0 current" ] \
  || fail "the first render's stdout is not render's alone: $(cat "$tmp/r1.out")"
grep -q "^logokit: first run with .*: making its start-up cache too" "$tmp/r1.err" \
  || fail "the first render did not say it makes the start-up cache: $(cat "$tmp/r1.err")"

# Byte for byte what the repository's output/ holds, file by file, and nothing else.
(cd "$repo/output" && find . -type f ! -name .logokit.lock | LC_ALL=C sort) > "$tmp/expected"
(cd "$out" && find . -type f ! -name .logokit.lock | LC_ALL=C sort) > "$tmp/got"
cmp -s "$tmp/expected" "$tmp/got" || fail "other files than output/'s: $(diff "$tmp/expected" "$tmp/got" | head)"
differing=0
while IFS= read -r f; do
  cmp -s "$repo/output/$f" "$out/$f" || { differing=$((differing + 1)); echo "differs: $f"; }
done < "$tmp/expected"
[ "$differing" = 0 ] || fail "$differing of $(wc -l < "$tmp/expected") files differ from output/"

lk --version > "$tmp/v2" 2>&1
grep -q "^start-up cache: in use ($top/lib/logokit-java[0-9]*-[0-9]*\.aot)$" "$tmp/v2" \
  || fail "--version after the first render: $(cat "$tmp/v2")"
lk render -q --assets "$repo/assets" --out "$out" > "$tmp/r2.out" 2> "$tmp/r2.err" \
  || fail "the no-op render failed: $(cat "$tmp/r2.err")"
[ ! -s "$tmp/r2.out" ] && [ ! -s "$tmp/r2.err" ] \
  || fail "the quiet no-op render with the cache said something: $(cat "$tmp/r2.out" "$tmp/r2.err")"
lk check --assets "$repo/assets" --out "$out" > "$tmp/c.out" 2>&1 || fail "check: $(cat "$tmp/c.out")"

# Through a link on PATH, as docs/install.md puts it.
mkdir "$tmp/on path"
ln -s "$top/bin/logokit" "$tmp/on path/logokit"
env HOME="$tmp/home" PATH="$tmp/on path:$tmp/tools" logokit --version > "$tmp/v3" 2>&1 \
  && grep -q "^start-up cache: in use" "$tmp/v3" || fail "through a link on PATH: $(cat "$tmp/v3")"

# Unzipped where it cannot write (root writes anywhere: not testable as root), the cache goes
# to ~/.cache/logokit.
if [ "$(id -u)" != 0 ]; then
  ro="$tmp/read only"
  mkdir "$ro" && (cd "$ro" && unzip -q "$zip") && chmod -R a-w "$ro"
  env HOME="$tmp/home" PATH="$tmp/tools" "$ro/logokit-$version/bin/logokit" render \
    --assets "$repo/assets" --out "$tmp/ro-out" > /dev/null 2>&1 || fail "a read-only install's render"
  ls "$tmp/home/.cache/logokit/"logokit-java*.aot > /dev/null 2>&1 \
    || fail "a read-only install's cache is not in ~/.cache/logokit"
else
  echo "skipped: a read-only install (running as root, which can write anywhere)"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures release zip test(s) failed"
  exit 1
fi
echo "release zip test passed: $(basename "$zip"), $(wc -c < "$zip" | tr -d ' ') bytes, renders output/ byte for byte"
