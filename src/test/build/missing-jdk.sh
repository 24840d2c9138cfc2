#!/bin/sh
# A build on a machine without a JDK 25 where Maven looks: `mvn package` stops in validate,
# before maven-toolchains-plugin, with one line saying what to install and where it looked.
# Such a machine is made by asking for Java 99 (-Djava.feature=99 -Djava.feature.regex=99)
# with a home of its own (no ~/.m2/toolchains.xml, discovery cache or version managers); that
# it passes with a JDK 25 every other build shows. Offline: the plugins must be in the local
# repository already (any earlier build). MissingJdkBuildTest runs it.
#   sh src/test/build/missing-jdk.sh
set -eu
cd "$(dirname "$0")/../../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

set +e
MAVEN_OPTS="-Duser.home=$tmp" mvn -B -o -Dmaven.repo.local="$repo" \
  -Djava.feature=99 -Djava.feature.regex=99 -DskipTests package > "$tmp/log" 2>&1
status=$?
set -e
first=$(grep -m 1 '^\[ERROR\]' "$tmp/log" || true)
[ "$status" != 0 ] || fail "the build went on without a JDK 99"
case $first in
  "[ERROR]      [echo] logokit builds with a JDK 99 or newer and there is none where Maven looks: install one (Debian 13: apt-get install openjdk-99-jdk-headless; elsewhere Temurin 99 from adoptium.net) or point JAVA_HOME or ~/.m2/toolchains.xml at it. Looked in JAVA_HOME ("*"), Maven's Java ("*"), JAVA99_HOME, ~/.m2/toolchains.xml, /usr/lib/jvm/*, "*) ;;
  *) fail "the first error is not the line that says what to install: $first" ;;
esac
! grep -q 'maven-toolchains-plugin' "$tmp/log" || fail "maven-toolchains-plugin ran before the check"
grep -q 'BUILD FAILURE' "$tmp/log" || fail "no BUILD FAILURE"

if [ "$failures" -gt 0 ]; then
  echo "--- the build without a JDK 99:"
  cat "$tmp/log"
  exit 1
fi
echo "missing-JDK build test passed: $first"
