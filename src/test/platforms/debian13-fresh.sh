#!/usr/bin/env bash
# A fresh machine, tried: in a new Debian 13 (trixie) amd64 root, install what README.md says,
# clone the repository (with ../shared beside it, as CI has it), run the README's test command
# and its main command, and check that the rendered output/ is the committed one byte for byte.
# See src/test/platforms/README.md.
#
#   bash src/test/platforms/debian13-fresh.sh [--skip-tests] [REPO]
#
#   --skip-tests       skip the README's test command (mvn -B verify, the slow part)
#   REPO               the repository to test (default: $LOGOKIT_REPO, else the one this script is in);
#                      its HEAD commit is cloned, uncommitted changes are not tested
#   LOGOKIT_README_PACKAGES="maven ..."  the Debian packages, if the README no longer names
#                      them in an `apt-get install ...`
#   LOGOKIT_M2=keep    reuse a Maven repository kept in the cache between runs (by default the
#                      root starts with an empty ~/.m2 and Maven downloads from Maven Central,
#                      as on a new machine)
#
# Exit 0: the README's commands passed and output/ is the committed bytes; 1: a command failed or
# output/ differs; 3: setup failed. Needs root and Debian's apt on an x86-64 host.
# shellcheck disable=SC2317  # functions run through step(), which shellcheck cannot follow
set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

skip_tests=0
if [ "${1:-}" = --skip-tests ]; then skip_tests=1; shift; fi
BASE=$CACHE/trixie-amd64          # debootstrap's minimal root, made once and kept
WORK=$CACHE/debian13-fresh        # this run's root (a copy of BASE) and logs; remade every run
ROOT=$WORK/root
HOME_IN_ROOT=/root
CLONE_IN_ROOT=$HOME_IN_ROOT/work/logokit

require_root
apt_host git   # to read the repository under test
resolve_repo "${1:-}"
mkdir -p "$CACHE"
trap 'exit 3' ERR   # a failed setup command: exit 3, not its own code
trap 'umount_root; print_steps' EXIT
trap 'exit 130' INT TERM   # so that the EXIT trap unmounts

# What the README says to do, read from README.md at the commit under test so that this script
# follows it when it changes: the packages (the `apt-get install ...` in "Start here", as a code
# line or a code span), the main
# command (the code line after "Render the shipped kit") and the test command (after "Run the
# tests"). If the README is reworded so that these are not found, this fails: update the patterns.
readme=$(git -C "$REPO" show "$COMMIT:README.md")
section=$(printf '%s\n' "$readme" | awk '/^## /{on = ($0 ~ /^## Start here/)} on')
code_after() {   # the first indented code line after a paragraph that starts with $1
  printf '%s\n' "$section" | awk -v start="$1" '
    /^    / { if (want) { sub(/^    /, ""); print; exit } fresh = 1; next }
    /^$/ { fresh = 1; next }
    fresh { want = (index($0, start) == 1) }
    { fresh = 0 }'
}
# shellcheck disable=SC2016  # the backticks are the README's Markdown
# The packages: an indented code line `apt-get install ...`, or the same in a `code span`.
readme_packages=${LOGOKIT_README_PACKAGES:-$( { printf '%s\n' "$section" \
  | grep -E '^    (sudo )?apt(-get)? install ' | sed -E 's/^    /`/; s/$/`/'; \
  printf '%s\n' "$section" | tr '\n' ' ' | grep -Eo '`(sudo )?apt(-get)? install [^`]*`'; } \
  | head -n 1 \
  | sed -E 's/^`(sudo )?apt(-get)? install //; s/`$//; s/(^| )-[^ ]*//g; s/^ +//' || true)}
main_cmd=$(code_after 'Render the shipped kit')
test_cmd=$(code_after 'Run the tests')
if [ -z "$main_cmd" ] || [ -z "$test_cmd" ] || [ -z "$readme_packages" ]; then
  die "README.md's 'Start here' no longer reads as this script expects (packages: '$readme_packages', main: '$main_cmd', tests: '$test_cmd'): update debian13-fresh.sh (or give the packages in LOGOKIT_README_PACKAGES)"
fi
# The README's JDK 25: Debian 13 packages one (the README names Temurin for Debian 12, which has none).
packages="$readme_packages openjdk-25-jdk-headless"
say "from README.md: packages: $readme_packages (+ openjdk-25-jdk-headless, Debian 13's JDK 25)"
say "from README.md: test command: $test_cmd"
say "from README.md: main command: $main_cmd"

step "host tools" apt_host git debootstrap
step "Debian 13 amd64 base root ($BASE)" make_root "$BASE" amd64

fresh_root() {
  [ -e "$WORK" ] && umount_under "$WORK"   # a killed run's mounts
  safe_rm "$WORK"
  mkdir -p "$WORK"
  cp -a "$BASE" "$ROOT"
}
step "a fresh root: a copy of the base ($ROOT)" fresh_root

mkdir -p "$CACHE/apt-amd64" "$ROOT/var/cache/apt/archives"
mount_root "$ROOT"
# Downloaded .debs are kept in the cache (the packages are the same, only the fetch is saved).
mount --bind "$CACHE/apt-amd64" "$ROOT/var/cache/apt/archives"
MOUNTED+=("$ROOT/var/cache/apt/archives")
if [ "${LOGOKIT_M2:-}" = keep ]; then
  mkdir -p "$CACHE/m2-amd64" "$ROOT$HOME_IN_ROOT/.m2"
  mount --bind "$CACHE/m2-amd64" "$ROOT$HOME_IN_ROOT/.m2"
  MOUNTED+=("$ROOT$HOME_IN_ROOT/.m2")
  say "LOGOKIT_M2=keep: Maven's repository in the root is $CACHE/m2-amd64, kept between runs"
else
  say "Maven's repository in the root starts empty: everything comes from Maven Central"
fi

# Where TLS is intercepted (as here: Maven Central's certificate comes from the network's own
# CA), a new machine on this network would need that CA too: the local CAs the host trusts
# (Debian's place for them, /usr/local/share/ca-certificates) are copied in before
# ca-certificates and Java's trust store are installed. LOGOKIT_HOST_CAS=0 leaves them out.
host_cas() {
  local cas=()
  [ "${LOGOKIT_HOST_CAS:-1}" = 0 ] && return 0
  shopt -s nullglob
  cas=(/usr/local/share/ca-certificates/*.crt)
  shopt -u nullglob
  [ ${#cas[@]} = 0 ] && return 0
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp "${cas[@]}" "$ROOT/usr/local/share/ca-certificates/"
  say "the root trusts the host's local CAs too: ${cas[*]##*/} (LOGOKIT_HOST_CAS=0: not)"
}

install_packages() {
  host_cas
  in_root "$ROOT" apt-get -q update
  # shellcheck disable=SC2086  # the README's list, word by word
  in_root "$ROOT" apt-get install -y -q $packages >"$WORK/apt.log" 2>&1 \
    || { tail -n 30 "$WORK/apt.log"; return 1; }
  tail -n 3 "$WORK/apt.log"
  pkg_versions "$ROOT" maven openjdk-25-jdk-headless libdeflate0 fontconfig fonts-dejavu-core
  echo "  $(pkg_versions "$ROOT" | wc -l) packages installed in the root"
}
step "apt-get install $packages" install_packages

step "a fresh clone at ${COMMIT:0:12}, ../shared beside it" fresh_clone "$ROOT$CLONE_IN_ROOT"

failed=()
# run_readme NAME COMMAND: the README's command, as a user would type it, in the clone.
run_readme() {
  local log=$WORK/$1.log rc=0
  in_root "$ROOT" bash -c "cd $CLONE_IN_ROOT && $2" >"$log" 2>&1 || rc=$?
  # The gist: the test totals, failures, the build's verdict, and logokit's own lines.
  grep -E '^\[(INFO|WARNING)\] Tests run:|Tests run:.*(Failures|Errors): [1-9]|^\[ERROR\]|BUILD (SUCCESS|FAILURE)|^error|^warning|^rendered' \
    "$log" | grep -v ' -- in ' | head -n 40 | sed 's/^/  | /' || true
  if [ "$rc" != 0 ]; then
    echo "  exit $rc; the last lines of $log:"
    tail -n 25 "$log" | sed 's/^/  | /'
    failed+=("$1 (exit $rc)")
  fi
}
if [ "$skip_tests" = 1 ]; then
  say "--skip-tests: not running '$test_cmd'"
else
  step "README test command: $test_cmd" run_readme tests "$test_cmd"
fi

step "README main command, into an emptied output/: $main_cmd" \
  run_readme render "rm -rf output && $main_cmd"

check_output() {
  local changes
  changes=$(git -C "$ROOT$CLONE_IN_ROOT" status --porcelain --untracked-files=all -- output)
  if [ -n "$changes" ]; then
    echo "  output/ is not the committed output/ ($(printf '%s\n' "$changes" | wc -l) entries):"
    printf '%s\n' "$changes" | sed 's/^/  /'
    failed+=("output/ differs from the committed one")
  else
    echo "  output/ is the committed output/, byte for byte ($(git -C "$ROOT$CLONE_IN_ROOT" ls-files output | wc -l) files)"
  fi
}
step "rendered output/ against the committed one" check_output

umount_root
disk_report "$BASE" "$ROOT" "$CACHE/apt-amd64" "$CACHE"
if [ ${#failed[@]} = 0 ]; then
  echo "RESULT: a fresh Debian 13 following README.md at ${COMMIT:0:12} passes"
  exit 0
fi
echo "RESULT: a fresh Debian 13 following README.md at ${COMMIT:0:12} fails:"
printf '  %s\n' "${failed[@]}"
exit 1
