#!/bin/sh
# The launcher (src/main/launcher/logokit) against fake JDKs whose bin/java writes down the
# arguments it got, one per line: no JVM starts, so this runs in well under a second.
#   sh src/test/launcher/launcher-test.sh [LAUNCHER]
# LAUNCHER defaults to src/main/launcher/logokit; give an older one to see these tests fail.
set -eu
cd "$(dirname "$0")/../../.."
src=${1:-src/main/launcher/logokit}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# fake_jdk DIR VERSION: a JDK whose java records its arguments in $tmp/args.
fake_jdk() {
  mkdir -p "$1/bin"
  printf 'JAVA_VERSION="%s"\n' "$2" > "$1/release"
  cat > "$1/bin/java" <<JAVA
#!/bin/sh
printf '%s\n' "\$0" > "$tmp/args"
printf '%s\n' "\$@" >> "$tmp/args"
JAVA
  chmod +x "$1/bin/java"
}

# install DIR JDK: the launcher, filtered as the build does, beside a jar and a cache.
install() {
  mkdir -p "$1"
  sed -e "s|@JAVA_HOME@|$2|g" -e 's|@MARLIN_X@|8|g' -e 's|@MARLIN_Y@|5|g' "$src" > "$1/logokit"
  chmod +x "$1/logokit"
  : > "$1/logokit.jar"
  : > "$1/logokit.aot"
}

# has_arg ARG: the fake java got ARG as one argument.
has_arg() { grep -qxF -- "$1" "$tmp/args"; }

fake_jdk "$tmp/jdk" 25.0.1

# (a) Installed in a folder whose path has a space, the cache's path is one argument.
install "$tmp/my tools/logokit" "$tmp/jdk"
"$tmp/my tools/logokit/logokit" --version
has_arg "-XX:AOTCache=$tmp/my tools/logokit/logokit.aot" \
  || fail "space in the install path: the cache path was split: $(cat "$tmp/args")"
has_arg "$tmp/my tools/logokit/logokit.jar" || fail "space in the install path: jar path split"

# (b) LOGOKIT_JAVA_OPTS is split at spaces, never expanded as a glob of the working directory.
mkdir "$tmp/cwd"
: > "$tmp/cwd/-Xlog:gc.txt"
(cd "$tmp/cwd" && LOGOKIT_JAVA_OPTS='-Xmx1g -Xlog:gc*' "$tmp/my tools/logokit/logokit" --version)
has_arg '-Xlog:gc*' || fail "LOGOKIT_JAVA_OPTS was glob-expanded: $(cat "$tmp/args")"
has_arg '-Xmx1g' || fail "LOGOKIT_JAVA_OPTS was not split at spaces"
has_arg '--version' || fail "the arguments were not passed on"

if [ "$failures" -gt 0 ]; then
  echo "$failures launcher test(s) failed"
  exit 1
fi
echo "launcher tests passed"
