#!/usr/bin/env bash
# The logic of logokit's GitHub Action (action.yml at the repository root), in one script that
# runs, and is tested, without GitHub:
#
#   logokit-check.sh key       the cache keys of this logokit's build -> $GITHUB_OUTPUT
#   logokit-check.sh build     build logokit from the sources beside this script (mvn package)
#   logokit-check.sh check     run `logokit check`: annotations on stdout, a job summary in
#                              $GITHUB_STEP_SUMMARY, outputs in $GITHUB_OUTPUT; exits with
#                              check's code (0 current, 1 findings, 2 bad usage or config)
#   logokit-check.sh artifact  add the uploaded visual diff's link to the job summary
#
# Inputs come from the environment only (action.yml sets them from its inputs with env:, never
# in shell text):
#   LOGOKIT_ASSETS, LOGOKIT_OUT, LOGOKIT_CONFIG   check's --assets, --out, --config
#   LOGOKIT_PIXELS    true (default) or false: check --pixels
#   LOGOKIT_REPORT    the visual diff's folder (default: $RUNNER_TEMP/logokit-report)
#   LOGOKIT_ARTIFACT  the name the visual diff is uploaded under (for the summary)
#   LOGOKIT           the logokit to run (default: target/logokit beside the sources)
#   ACTION_JAVA_HOME  the JDK to build and run with (default: $JAVA_HOME)
#   ARTIFACT_URL      (artifact) the uploaded visual diff's address
# and GitHub's own: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, RUNNER_TEMP,
# RUNNER_OS, RUNNER_ARCH.
#
# Everything check prints and every name in its report is the pull request's: the report is
# escaped by logokit-check.jq, and check's stderr is passed through the same escaping.
set -euo pipefail

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH='' cd -- "$here/../../.." && pwd)   # the logokit sources: src/main/action/..
java_home=${ACTION_JAVA_HOME:-${JAVA_HOME:-}}

# "name=value" into $GITHUB_OUTPUT, in the form that no value can break out of.
put() {
  [ -n "${GITHUB_OUTPUT:-}" ] || return 0
  local delimiter
  delimiter="logokit_$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
  printf '%s<<%s\n%s\n%s\n' "$1" "$delimiter" "$2" "$delimiter" >>"$GITHUB_OUTPUT"
}

summarize() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '%s\n\n' "$1" >>"$GITHUB_STEP_SUMMARY"
  fi
}

# A line for the log (and, in a code span, for the summary) without jq: no line break, no
# "::", no ` or | to end a code span or a table cell.
plain() {
  local s=$1
  s=${s//$'\n'/\\x0a}
  s=${s//$'\r'/\\x0d}
  s=${s//::/:\\x3a}
  s=${s//\`/\\x60}
  s=${s//|/\\x7c}
  printf '%s' "$s"
}

# A problem of the action's own setup: on stderr, in the summary, exit 2.
fail() {
  local message
  message=$(plain "$1")
  echo "error: $message" >&2
  # shellcheck disable=SC2016 # the backticks are Markdown's code span
  summarize "$(printf '## logokit check\n\n⚠️ **logokit could not check**: `%s`\n' "$message")"
  put result error
  put exit-code 2
  exit 2
}

# The SHA-256 of files, named relative to $root (so the folder the action sits in does not
# matter), in a stable order.
hash_files() {
  (
    cd "$root"
    local present=() path
    for path in "$@"; do
      if [ -e "$path" ]; then present+=("$path"); fi
    done
    find "${present[@]}" -type f -not -path 'src/main/action/*' -print0 | LC_ALL=C sort -z \
      | xargs -0 sha256sum | sha256sum | cut -c1-64
  )
}

cmd_key() {
  [ -x "$java_home/bin/java" ] || fail "no JDK at '${java_home}': set up Java 25 or give java-home"
  local sources pom java
  # The build is what its sources make: pom.xml and src/main, not this action's own files.
  # (A git commit would do too, but the action is often downloaded without .git, and a pull
  # request's merge commit changes when logokit's sources do not.)
  sources=$(hash_files pom.xml src/main .mvn)
  pom=$(hash_files pom.xml)
  # The launcher runs the JDK that built it, and its start-up cache fits that JDK only.
  java=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.runtime\.version = //p' | tr -c 'A-Za-z0-9.+_\n-' '_')
  java=${java:-unknown}-$(printf '%s' "$java_home" | sha256sum | cut -c1-8)
  local runner="${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}"
  put build-key "logokit-build-$runner-$sources-java$java"
  put m2-key "logokit-m2-$runner-$pom"
  put m2-restore-key "logokit-m2-$runner-"
  put build-path "$root/target"
  echo "logokit sources $sources, Java $java"
}

cmd_build() {
  [ -x "$java_home/bin/java" ] || fail "no JDK at '${java_home}': set up Java 25 or give java-home"
  command -v mvn >/dev/null || fail "no Maven (mvn) on PATH: logokit is built with Maven"
  # Maven runs on the JDK given and finds it as its Java 25 toolchain (maven-toolchains-plugin
  # looks in JAVA_HOME). It is first on PATH too: when Maven's own JDK fits, no toolchain is
  # chosen, and the build records the `java` on PATH as the one the launcher runs.
  PATH="$java_home/bin:$PATH" JAVA_HOME=$java_home \
    mvn -B -q -f "$root/pom.xml" -Dmaven.test.skip=true package
  [ -x "$root/target/logokit" ] || fail "the build made no target/logokit"
  "$root/target/logokit" --version
}

# The report program, with every argument it declares; its input on stdin (jq 1.6 takes the
# first file argument for the program's, whatever follows -f).
report() {
  jq "$@" --arg ws "${GITHUB_WORKSPACE:-}" --argjson exit "${code:-0}" --arg assets "$assets" \
    --arg out "$out" --arg config "$config" --arg pixels "$pixels" \
    --arg report "${written:-}" --arg artifact "$artifact" --rawfile stderr "$tmp/check.err" \
    -f "$here/logokit-check.jq"
}

cmd_check() {
  assets=${LOGOKIT_ASSETS:-assets}
  out=${LOGOKIT_OUT:-output}
  config=${LOGOKIT_CONFIG:-}
  pixels=${LOGOKIT_PIXELS:-true}
  artifact=${LOGOKIT_ARTIFACT:-logokit-visual-diff}
  local launcher=${LOGOKIT:-$root/target/logokit}
  command -v jq >/dev/null || fail "no jq on PATH: the action reads check's JSON with it"
  case $pixels in
    true | false) ;;
    *) fail "the input 'pixels' must be true or false" ;;
  esac
  [ -x "$launcher" ] || fail "no logokit at '$launcher': build it first (logokit-check.sh build)"

  tmp=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/logokit-check.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  : >"$tmp/check.err"
  local args=(check --assets "$assets" --out "$out" --format json)
  [ -z "$config" ] || args+=(--config "$config")
  local report_dir=
  if [ "$pixels" = true ]; then
    report_dir=${LOGOKIT_REPORT:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/logokit-report}
    args+=(--pixels --report "$report_dir")
  fi
  printf '%s' "logokit ${args[*]}" | report -rRs --arg mode shown
  code=0
  # The JDK it was built with, or the one given; the launcher's own default otherwise.
  if [ -n "$java_home" ]; then export LOGOKIT_JAVA_HOME="$java_home"; fi
  "$launcher" "${args[@]}" >"$tmp/check.json" 2>"$tmp/check.err" || code=$?
  written=
  report -rR --arg mode shown <"$tmp/check.err" >&2 || true

  # Without a JSON document from check (a usage error, a crash), the report says what it can.
  local doc=(-n)
  if [ "$(jq 'type == "object" and has("findings")' "$tmp/check.json" 2>/dev/null)" = true ]; then
    doc=()
  fi
  if [ "$code" = 1 ] && [ -n "$report_dir" ] && [ -f "$report_dir/index.html" ]; then
    written=$report_dir
  fi
  # Whatever happens here, the step ends with check's exit code.
  report -r "${doc[@]}" --arg mode annotations <"$tmp/check.json" \
    || echo "error: the action could not read check's report" >&2
  summarize "$(report -r "${doc[@]}" --arg mode summary <"$tmp/check.json" \
    || echo "logokit check exited with $code; the action could not read its report.")"
  local counts=()
  read -r -a counts <<<"$(report -r "${doc[@]}" --arg mode counts <"$tmp/check.json")" || true
  case $code in
    0) put result current ;;
    1) put result findings ;;
    *) put result error ;;
  esac
  put exit-code "$code"
  put findings "${counts[0]:-0}"
  put masters-changed "${counts[1]:-0}"
  put report "$written"
  case $code in
    0) echo "logokit check: current" ;;
    1) echo "logokit check: ${counts[0]:-0} findings, details in the job summary" ;;
    2) echo "logokit check: bad usage or config (exit 2), details in the job summary" ;;
    *) echo "logokit check: logokit failed (exit $code), details in the job summary" ;;
  esac
  exit "$code"
}

cmd_artifact() {
  local name=${LOGOKIT_ARTIFACT:-logokit-visual-diff} url=${ARTIFACT_URL:-}
  command -v jq >/dev/null || return 0
  tmp=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/logokit-check.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  : >"$tmp/check.err"
  assets='' out='' config='' pixels='' artifact=$name
  local shown
  shown=$(report -rn --arg mode artifact)
  # The address is GitHub's own; it is linked only if it is plainly one.
  if [[ $url =~ ^https://[A-Za-z0-9._~/?=\&%+-]+$ ]]; then
    summarize "$(printf 'Download the visual diff: [%s](%s)\n' "$shown" "$url")"
  else
    summarize "$(printf 'The visual diff is the artifact %s of this run.\n' "$shown")"
  fi
}

case ${1:-check} in
  key) cmd_key ;;
  build) cmd_build ;;
  check) cmd_check ;;
  artifact) cmd_artifact ;;
  *) echo "usage: logokit-check.sh [key|build|check|artifact]" >&2; exit 2 ;;
esac
