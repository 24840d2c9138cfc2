#!/usr/bin/env bash
# Proof of the same bytes on another platform: renders the shipped kit on linux-aarch64 (an arm64
# Debian 13 root run through qemu-user-static) and on this x86-64 machine from the same jar, and
# compares every file byte for byte. See src/test/platforms/README.md.
#
#   bash src/test/platforms/aarch64-bytes.sh [REPO]      # REPO defaults to $LOGOKIT_REPO, else this one
#
# Exit 0: the same bytes; 1: files differ; 2: the arm64 render failed; 3: setup failed.
# Needs root, Debian's apt (host: Debian 12 or later, x86-64), a JDK 25 on the host (Maven finds
# it in JAVA_HOME or /usr/lib/jvm) and a mountable binfmt_misc.
# shellcheck disable=SC2317  # functions run through step(), which shellcheck cannot follow
set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TIMEOUT=${LOGOKIT_ARM64_TIMEOUT:-7200}   # seconds for the emulated render
ROOT=$CACHE/trixie-arm64                 # kept between runs: debootstrap takes minutes
WORK=$CACHE/aarch64-bytes                # the clone, the two renders; remade every run
ROOT_JAVA=/usr/lib/jvm/java-25-openjdk-arm64
ROOT_PACKAGES=(openjdk-25-jdk-headless libfreetype6 libharfbuzz0b fontconfig fonts-dejavu-core)

require_root
apt_host git   # to read the repository under test
resolve_repo "${1:-}"
mkdir -p "$CACHE"
trap 'exit 3' ERR   # a failed setup command: exit 3, not its own code
trap 'umount_root; print_steps' EXIT
trap 'exit 130' INT TERM   # so that the EXIT trap unmounts

tools() {
  apt_host git unzip maven debootstrap qemu-user-static binfmt-support
  ensure_binfmt
  if ! ls -d /usr/lib/jvm/*25* >/dev/null 2>&1 \
      && ! grep -qs 'JAVA_VERSION="2[5-9]' "${JAVA_HOME:-/nonexistent}/release"; then
    die "no JDK 25 under /usr/lib/jvm or in JAVA_HOME for the host's build (Temurin 25, say)"
  fi
}
step "host tools" tools

step "arm64 Debian 13 root ($ROOT)" make_root "$ROOT" arm64
install_qemu "$ROOT"   # the binfmt interpreter path may differ from the one the root was made with
umount_under "$ROOT"   # a killed run's mounts
mount_root "$ROOT"

# The jar is the same on both architectures: build it once, here.
build() {
  fresh_clone "$WORK/src/logokit"
  (cd "$WORK/src/logokit" && mvn -B -q -DskipTests package)
}
step "build the jar on the host (mvn -B -q -DskipTests package)" build
src=$WORK/src/logokit
jar=$src/target/logokit.jar

# What the root needs: a JDK 25 and fonts. The headless JRE only recommends the libraries of its
# font manager (libfontmanager.so needs libharfbuzz.so.0: without it every master fails with an
# UnsatisfiedLinkError), so they are named; nothing else it recommends (CUPS, ALSA) is installed.
# Plus the system's libdeflate only if the jar does not carry its own for linux-aarch64
# (logokit then checks, at start, that it gives 1.14's bytes).
root_packages() {
  local want=("${ROOT_PACKAGES[@]}") missing=() p
  if jar_bundles_deflater "$jar" aarch64; then
    say "the jar carries its own libdeflate for linux-aarch64: no system library for it in the root"
    if pkg_installed libdeflate0 "$ROOT"; then
      say "removing libdeflate0 from the root (an earlier run installed it for the FFI encoder)"
      in_root "$ROOT" dpkg --purge libdeflate0 \
        || warn "libdeflate0 stays in the root: other packages need it"
    fi
  else
    say "the jar carries no libdeflate for linux-aarch64: it calls the system's, so the root gets Debian 13's libdeflate0"
    want+=(libdeflate0)
  fi
  for p in "${want[@]}"; do pkg_installed "$p" "$ROOT" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    in_root "$ROOT" apt-get -q update
    in_root "$ROOT" apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  pkg_versions "$ROOT" "${ROOT_PACKAGES[@]}" libdeflate0
}
step "packages in the root (apt under emulation)" root_packages

# The same launcher, jar and masters on both sides, in folders of the same shape; each side
# runs the launcher (its JVM flags, whatever they are at this commit) with its own JDK 25.
stage() {
  local dir=$1
  safe_rm "$dir"
  mkdir -p "$dir"
  cp "$src/target/logokit" "$jar" "$dir/"
  cp -r "$src/assets" "$dir/assets"
}

render_x64() {
  stage "$WORK/x64"
  (cd "$WORK/x64" && env -i HOME="$HOME" LANG=C.UTF-8 TZ=UTC PATH=/usr/bin:/bin \
    ./logokit render --assets assets --out output)
}
step "render on x86-64 (host, $(uname -m))" render_x64

arm_log=$WORK/arm64-render.log
render_arm64() {
  stage "$ROOT/opt/logokit"
  in_root "$ROOT" uname -m
  in_root "$ROOT" "$ROOT_JAVA/bin/java" -version 2>&1
  # sh -x: the log shows the java command line the launcher ran.
  in_root "$ROOT" env LOGOKIT_JAVA_HOME="$ROOT_JAVA" \
    timeout "$TIMEOUT" sh -c 'cd /opt/logokit && sh -x ./logokit render --assets assets --out output' \
    >"$arm_log" 2>&1 || arm_rc=$?
}
arm_rc=0
step "render on aarch64 (emulated, timeout ${TIMEOUT}s)" render_arm64
sed 's/^/  | /' "$arm_log"

if [ "$arm_rc" != 0 ]; then
  if [ "$arm_rc" = 124 ]; then
    echo "RESULT: the arm64 render did not finish in ${TIMEOUT}s (LOGOKIT_ARM64_TIMEOUT)"
  elif grep -qi 'libdeflate' "$arm_log"; then
    echo "RESULT: the arm64 render failed (exit $arm_rc): logokit refused the root's libdeflate:"
    grep -i 'libdeflate' "$arm_log" | grep -v '^+' | sed 's/^/  /'
    echo "  This jar calls the system's libdeflate and accepts only 1.14's bytes; Debian 13 ships"
    echo "  $(pkg_versions "$ROOT" libdeflate0 | sed 's/^ *//')."
    echo "  A jar that bundles its deflater (jlibdeflate) needs no system library."
  else
    echo "RESULT: the arm64 render failed (exit $arm_rc); see the log above ($arm_log)"
  fi
  disk_report "$ROOT" "$WORK" "$CACHE"
  exit 2
fi

differ=0
compare() {
  say "x86-64 render against the committed output/ (for information)"
  compare_trees "$WORK/x64/output" "$src/output" "$src" || warn "the x86-64 render differs from the committed output/"
  say "aarch64 render against the x86-64 render"
  compare_trees "$WORK/x64/output" "$ROOT/opt/logokit/output" "$src" || differ=1
}
step "compare" compare
disk_report "$ROOT" "$WORK" "$CACHE"
if [ "$differ" = 0 ]; then
  echo "RESULT: aarch64 and x86-64 renders of ${COMMIT:0:12} are the same, byte for byte"
else
  echo "RESULT: aarch64 and x86-64 renders of ${COMMIT:0:12} differ (list above)"
  if ! jar_bundles_deflater "$jar" aarch64; then
    echo "  This jar deflates PNGs with the system's libdeflate, which is not the same on both"
    echo "  sides: x86-64 $(pkg_versions "" libdeflate0 | sed 's/^ *//'),"
    echo "  aarch64 $(pkg_versions "$ROOT" libdeflate0 | sed 's/^ *//')."
    echo "  PNGs (and the manifest and page that hold their digests) can differ for that alone."
  fi
fi
exit "$differ"
