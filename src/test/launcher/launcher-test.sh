#!/bin/sh
# The POSIX launcher (src/main/launcher/logokit) against fake JDKs whose bin/java writes down
# each start's arguments: no JVM starts, so this runs in a second or two. LauncherTest runs it.
#   sh src/test/launcher/launcher-test.sh [LAUNCHER]
# LAUNCHER defaults to src/main/launcher/logokit; give an older one to see these tests fail.
# A fake java makes what a real one would: the recording of an -XX:AOTMode=record run, the
# cache of an -XX:AOTMode=create run (unless FAKE_CREATE_FAILS is set); it exits FAKE_EXIT.
set -eu
cd "$(dirname "$0")/../../.."
src=${1:-src/main/launcher/logokit}
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The tools the launcher uses, and no java: PATH holds only what a test puts there.
mkdir "$tmp/tools"
for t in readlink dirname cksum date tail ls sed mkdir mv rm cat env wc tr id head grep chmod ln; do
  ln -s "$(command -v "$t")" "$tmp/tools/$t"
done
export HOME="$tmp/home" LOGOKIT_TEST_ROOT="$tmp/root" PATH="$tmp/tools"
unset JAVA_HOME LOGOKIT_JAVA_HOME LOGOKIT_JAVA_OPTS LOGOKIT_AOT_CACHE XDG_CACHE_HOME || true
mkdir -p "$HOME" "$tmp/log"

# fake_jdk DIR VERSION [norelease]: a JDK whose java logs each start in $tmp/log/N.
fake_jdk() {
  mkdir -p "$1/bin"
  [ "${3:-}" = norelease ] || printf 'IMPLEMENTOR="Fake"\nJAVA_VERSION="%s"\n' "$2" > "$1/release"
  cat > "$1/bin/java" <<JAVA
#!/bin/sh
n=\$(ls "$tmp/log" | wc -l)
{ printf '%s\n' "\$0"; printf '%s\n' "\$@"; } > "$tmp/log/\$((n + 1))"
for a in "\$@"; do
  case \$a in
    -XshowSettings:properties)
      printf '    java.home = %s\n    java.version = %s\n' "$1" "$2" >&2; exit 0 ;;
    -XX:AOTConfiguration=*) conf=\${a#*=} ;;
    -XX:AOTCache=*) aot=\${a#*=} ;;
    -XX:AOTMode=record) mode=record ;;
    -XX:AOTMode=create) mode=create ;;
  esac
done
case \${mode:-} in
  record) echo recorded > "\$conf" ;;
  create) [ -n "\${FAKE_CREATE_FAILS:-}" ] && { echo "no space left" >&2; exit 1; }
          echo cache > "\$aot" ;;
esac
exit \${FAKE_EXIT:-0}
JAVA
  chmod +x "$1/bin/java"
}

# install DIR [BUILT] [flat]: the launcher as the build filters it, in bin/ with lib/logokit.jar
# (the zip's layout), or beside the jar (target/'s); BUILT is the JDK that built it.
install() {
  if [ "${3:-}" = flat ]; then bin=$1; lib=$1; else bin=$1/bin; lib=$1/lib; fi
  mkdir -p "$bin" "$lib"
  sed -e "s|@BUILT_JAVA_HOME@|${2:-}|g" -e 's|@MARLIN_X@|8|g' -e 's|@MARLIN_Y@|5|g' "$src" \
    > "$bin/logokit"
  chmod +x "$bin/logokit"
  echo "jar $1" > "$lib/logokit.jar"
}

# run LAUNCHER ARGS...: runs it with a clean log; $err and $status are what it did.
run() {
  rm -f "$tmp/log"/*
  set +e
  "$@" > "$tmp/out" 2> "$tmp/err"
  status=$?
  set -e
  err=$(cat "$tmp/err")
}
starts() { ls "$tmp/log" | wc -l | tr -d ' '; }
# has_arg ARG [N]: start N (default: the last) got ARG as one argument.
has_arg() { grep -qxF -- "$1" "$tmp/log/${2:-$(starts)}"; }
java_of() { head -n 1 "$tmp/log/${1:-$(starts)}"; }
args() { cat "$tmp/log/${1:-$(starts)}"; }

fake_jdk "$tmp/jdk25" 25.0.1
fake_jdk "$tmp/jdk17" 17.0.15
fake_jdk "$tmp/env25" 25.0.2
fake_jdk "$tmp/path25" 26
fake_jdk "$tmp/built25" 25.0.3
fake_jdk "$tmp/root/usr/lib/jvm/java-17-openjdk" 17.0.2
fake_jdk "$tmp/root/usr/lib/jvm/java-25-openjdk" 25
fake_jdk "$HOME/.sdkman/candidates/java/25.0.1-tem" 25.0.1
mkdir -p "$tmp/pathbin" "$tmp/oldbin"
ln -s "$tmp/path25/bin/java" "$tmp/pathbin/java"   # a link, as Debian's /usr/bin/java is
ln -s "$tmp/jdk17/bin/java" "$tmp/oldbin/java"

app="$tmp/my tools/logokit"   # (a) a space in the install folder's path
install "$app"
lk="$app/bin/logokit"

# A read-only install keeps its cache in ~/.cache/logokit. Root writes anywhere, so this runs
# alone, when asked (READ_ONLY=1), where LauncherTest can tell whether it can be tested.
read_only() {
  install "$tmp/ro"
  chmod a-w "$tmp/ro/lib"
  run env JAVA_HOME="$tmp/jdk25" "$tmp/ro/bin/logokit" render
  chmod u+w "$tmp/ro/lib"
  [ -n "$(ls "$HOME/.cache/logokit/"logokit-java25-*.aot 2>/dev/null)" ] \
    || fail "a read-only install's cache is not in ~/.cache/logokit: $(ls -R "$tmp/ro" "$HOME")"
  case $(prop) in "make:$HOME/.cache/logokit/logokit-java25-"*.aot) ;;
    *) fail "a read-only install's first render: $(prop)" ;; esac
}

if [ -n "${READ_ONLY:-}" ]; then
  prop() { sed -n 's/^-Dlogokit\.aotCache=//p' "$tmp/log/1"; }
  read_only
  [ "$failures" = 0 ] || { echo "the read-only install's test failed"; exit 1; }
  echo "read-only install test passed"
  exit 0
fi

# ---- Which Java: LOGOKIT_JAVA_HOME, JAVA_HOME, java on PATH, the usual folders -------------
run env LOGOKIT_JAVA_HOME="$tmp/jdk25" JAVA_HOME="$tmp/env25" PATH="$tmp/pathbin:$PATH" "$lk" --version
[ "$(java_of)" = "$tmp/jdk25/bin/java" ] || fail "LOGOKIT_JAVA_HOME first: ran $(java_of)"
[ "$(starts)" = 1 ] || fail "one JVM start for --version, not $(starts)"

run env JAVA_HOME="$tmp/env25" PATH="$tmp/pathbin:$PATH" "$lk" --version
[ "$(java_of)" = "$tmp/env25/bin/java" ] || fail "JAVA_HOME second: ran $(java_of)"

run env JAVA_HOME="$tmp/jdk17" PATH="$tmp/pathbin:$PATH" "$lk" --version
[ "$(java_of)" = "$tmp/path25/bin/java" ] || fail "java on PATH, through its link, third: ran $(java_of)"

run env JAVA_HOME="$tmp/jdk17" PATH="$tmp/oldbin:$PATH" "$lk" --version
[ "$(java_of)" = "$tmp/root/usr/lib/jvm/java-25-openjdk/bin/java" ] \
  || fail "/usr/lib/jvm/* after an old JAVA_HOME and java on PATH: ran $(java_of)"

install "$tmp/built-here" "$tmp/built25" flat
run "$tmp/built-here/logokit" --version
[ "$(java_of)" = "$tmp/built25/bin/java" ] || fail "the JDK that built it, first of the usual folders: ran $(java_of)"

mv "$tmp/root/usr/lib/jvm/java-25-openjdk" "$tmp/away"
run "$lk" --version
[ "$(java_of)" = "$HOME/.sdkman/candidates/java/25.0.1-tem/bin/java" ] \
  || fail "SDKMAN's folder last: ran $(java_of)"

mv "$HOME/.sdkman" "$tmp/away-sdkman"
run env JAVA_HOME="$tmp/jdk17" PATH="$tmp/oldbin:$PATH" "$lk" render
[ "$status" = 2 ] || fail "no Java 25: exit $status, not 2"
[ "$(starts)" = 0 ] || fail "no Java 25: a JVM was started"
[ "$(printf '%s\n' "$err" | wc -l | tr -d ' ')" = 1 ] || fail "no Java 25: not one line: $err"
case $err in
  "error: logokit needs Java 25 or newer and found none: install a JDK 25 (Debian 13: apt-get install openjdk-25-jdk-headless; elsewhere Temurin 25 from adoptium.net) or set LOGOKIT_JAVA_HOME to one; looked in JAVA_HOME ($tmp/jdk17: Java 17.0.15), java on PATH ($tmp/oldbin/java: Java 17.0.15), $tmp/root/usr/lib/jvm/*, $tmp/root/Library/Java/JavaVirtualMachines/*/Contents/Home, ~/.sdkman/candidates/java/*") ;;
  *) fail "no Java 25: the message is: $err" ;;
esac
mv "$tmp/away" "$tmp/root/usr/lib/jvm/java-25-openjdk"
mv "$tmp/away-sdkman" "$HOME/.sdkman"

run env LOGOKIT_JAVA_HOME="$tmp/jdk17" JAVA_HOME="$tmp/env25" "$lk" --version
[ "$status" = 2 ] && [ "$(starts)" = 0 ] || fail "an old LOGOKIT_JAVA_HOME: exit $status, $(starts) starts"
case $err in
  "error: LOGOKIT_JAVA_HOME=$tmp/jdk17 is not a Java 25 or newer (Java 17.0.15): "*) ;;
  *) fail "an old LOGOKIT_JAVA_HOME: the message is: $err" ;;
esac

# A java on PATH without a release file beside it is asked (the one case of an extra start).
fake_jdk "$tmp/bare" 25.0.4 norelease
run env PATH="$tmp/bare/bin:$PATH" "$lk" --version
[ "$(java_of 2)" = "$tmp/bare/bin/java" ] && has_arg -XshowSettings:properties 1 \
  || fail "a java without a release file: $(args 1)"

# ---- The start-up cache --------------------------------------------------------------------
cache_files() { (cd "$app/lib" && ls -- logokit-*.aot* 2>/dev/null) || true; }
prop() { sed -n 's/^-Dlogokit\.aotCache=//p' "$tmp/log/$(starts)"; }

run env JAVA_HOME="$tmp/jdk25" "$lk" --version
[ -z "$(cache_files)" ] || fail "--version made a cache: $(cache_files)"
case $(prop) in "none:not made yet: "*"as $app/lib/logokit-java25-"*.aot) ;;
  *) fail "--version before any cache: $(prop)" ;; esac

run env JAVA_HOME="$tmp/jdk25" FAKE_EXIT=1 "$lk" check
[ "$status" = 1 ] || fail "the exit status of a recording run is the command's: $status"
[ -z "$(cache_files)" ] || fail "a failed run left a cache: $(cache_files)"

run env JAVA_HOME="$tmp/jdk25" "$lk" render --out "$tmp/o"
cache=$app/lib/$(cache_files)
[ "$(starts)" = 2 ] && has_arg -XX:AOTMode=record 1 && has_arg -XX:AOTMode=create 2 \
  || fail "the first render records, then the cache is made: $(args 1)"
has_arg "-XX:AOTCache=$cache.$(sed -n 's/.*\.\([0-9]*\)\.conf$/\1/p' "$tmp/log/1").aot" 2 \
  || fail "(a) the new cache's path is one argument: $(args 2)"
has_arg "--out" 1 && has_arg "$tmp/o" 1 || fail "the recording run gets the command's arguments"
case $cache in "$app/lib/logokit-java25-"*.aot) ;; *) fail "no cache beside the jar: $(cache_files)" ;; esac
case $err in "logokit: first run with $tmp/jdk25: making its start-up cache too"*) ;;
  *) fail "making the cache is not said on stderr: $err" ;; esac

run env JAVA_HOME="$tmp/jdk25" "$lk" --version
has_arg "-XX:AOTCache=$cache" || fail "(a) space in the install path: the cache path was split: $(args)"
has_arg "$app/lib/logokit.jar" || fail "(a) space in the install path: the jar's path was split"
[ "$(prop)" = "use:$cache" ] || fail "the cache in use: $(prop)"
[ "$(starts)" = 1 ] || fail "with a cache: $(starts) starts"

# Through a link on PATH (the README's install step), from anywhere.
mkdir "$tmp/linkbin"
ln -s "$lk" "$tmp/linkbin/logokit"
(cd "$HOME" && run env JAVA_HOME="$tmp/jdk25" PATH="$tmp/linkbin:$PATH" logokit --version)
has_arg "-XX:AOTCache=$cache" || fail "through a link on PATH: $(args)"

# (b) LOGOKIT_JAVA_OPTS is split at spaces, never expanded as a glob of the working directory.
mkdir "$tmp/cwd"
: > "$tmp/cwd/-Xlog:gc.txt"
(cd "$tmp/cwd" && run env JAVA_HOME="$tmp/jdk25" LOGOKIT_JAVA_OPTS='-Xmx1g -Xlog:gc*' "$lk" --version "a b")
has_arg '-Xlog:gc*' || fail "(b) LOGOKIT_JAVA_OPTS was glob-expanded: $(args)"
has_arg '-Xmx1g' || fail "(b) LOGOKIT_JAVA_OPTS was not split at spaces"
[ "$(tail -n 2 "$tmp/log/1")" = "--version
a b" ] || fail "the arguments were not passed on as they were: $(args)"

# Another JDK, or another jar, never uses that cache.
run env JAVA_HOME="$tmp/env25" "$lk" --version
case $(prop) in "none:not made yet: "*) ;; *) fail "another JDK: $(prop)" ;; esac
echo "jar 2" >> "$app/lib/logokit.jar"
run env JAVA_HOME="$tmp/jdk25" "$lk" --version
case $(prop) in "none:not made yet: "*) ;; *) fail "another jar: $(prop)" ;; esac

run env JAVA_HOME="$tmp/jdk25" LOGOKIT_AOT_CACHE=off "$lk" render
[ "$(prop)" = "none:turned off (LOGOKIT_AOT_CACHE=off)" ] && [ "$(starts)" = 1 ] \
  || fail "LOGOKIT_AOT_CACHE=off: $(prop)"

run env JAVA_HOME="$tmp/jdk25" FAKE_CREATE_FAILS=1 "$lk" render
[ "$status" = 0 ] || fail "a cache that cannot be made fails the command: $status"
case $err in *"logokit: could not make the start-up cache (see $app/lib/logokit-java25-"*".aot.failed); logokit runs without it") ;;
  *) fail "a cache that cannot be made is not said: $err" ;; esac
run env JAVA_HOME="$tmp/jdk25" "$lk" render
[ "$(starts)" = 1 ] || fail "after a failed making, it is tried again: $(starts) starts"
case $(prop) in "none:making one for this Java failed; see $app/lib/"*".aot.failed (delete it to try again)") ;;
  *) fail "after a failed making: $(prop)" ;; esac
[ -z "$(cd "$app/lib" && ls -- *.conf *.log 2>/dev/null)" ] || fail "leftovers: $(ls "$app/lib")"

install "$tmp/nojar"
rm "$tmp/nojar/lib/logokit.jar"
run env JAVA_HOME="$tmp/jdk25" "$tmp/nojar/bin/logokit" --version
[ "$status" = 2 ] && [ "$err" = "error: no logokit.jar beside $tmp/nojar/bin/logokit or in $tmp/nojar/lib: reinstall logokit" ] \
  || fail "no jar: exit $status: $err"

if [ "$failures" -gt 0 ]; then
  echo "$failures launcher test(s) failed"
  exit 1
fi
echo "launcher tests passed"
