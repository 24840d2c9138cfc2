# shellcheck shell=bash
# Shared by aarch64-bytes.sh and debian13-fresh.sh (sourced, not run). Needs bash and root.
#
# Everything big (Debian roots, downloads, clones, renders) lives in $CACHE, outside the
# repository; the scripts create it. Roots are Debian 13 (trixie) made with debootstrap from
# Debian's own mirror; the host's apt installs the tools (debootstrap, qemu-user-static).

CACHE=${LOGOKIT_PLATFORM_CACHE:-/var/tmp/logokit-platforms}
MIRROR=${LOGOKIT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie

say() { printf '== %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 3; }

# step NAME COMMAND...: runs it and records its wall time for the summary. A failing command
# ends the script (set -e); the EXIT trap's print_steps then names the step that failed.
STEPS=()
CURRENT=
step() {
  CURRENT=$1
  STARTED=$(date +%s)
  shift
  say "$CURRENT"
  "$@"
  STEPS+=("$(printf '%6ss  %s' "$(($(date +%s) - STARTED))" "$CURRENT")")
  CURRENT=
}
print_steps() {
  [ -z "$CURRENT" ] || STEPS+=("$(printf '%6ss  %s: FAILED' "$(($(date +%s) - STARTED))" "$CURRENT")")
  say "timings"
  printf '%s\n' "${STEPS[@]}"
}

require_root() {
  [ "$(id -u)" = 0 ] || die "run as root: debootstrap, chroot and mounts need it"
}

# pkg_versions ROOT [PACKAGE...]: "  name version" of each one installed in ROOT ("" for the
# host; all of them if none is named), read from its dpkg database, so nothing runs under
# emulation. The whole database is listed and filtered: the host's dpkg-query, given another
# release's database, does not always match a package by its bare name.
pkg_versions() {
  local root=$1
  shift
  dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${db:Status-Status} ${Package} ${Version}\n' 2>/dev/null \
    | awk -v names="$*" 'BEGIN { n = split(names, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
        $1 == "installed" && (n == 0 || $2 in want) { print "  " $2 " " $3 }' | sort -u
}

# pkg_installed PACKAGE [ROOT]: is it installed on the host (or in ROOT)?
pkg_installed() {
  [ -n "$(pkg_versions "${2:-}" "$1")" ]
}

# apt_host PACKAGE...: installs what is missing on the host.
apt_host() {
  local missing=() p
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} = 0 ] && return 0
  say "installing on the host: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The repository under test ($1, else $LOGOKIT_REPO, else the one this script lives in) and the
# commit it is at. Only committed work is tested: the scripts clone it.
resolve_repo() {
  REPO=$(cd "${1:-${LOGOKIT_REPO:-$(dirname "${BASH_SOURCE[0]}")/../../..}}" && git rev-parse --show-toplevel) \
    || die "not a git repository: ${1:-${LOGOKIT_REPO:-}}"
  COMMIT=$(git -C "$REPO" rev-parse HEAD)
  say "repository $REPO at $(git -C "$REPO" log -1 --format='%h %s' | cut -c1-100)"
  if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no)" ]; then
    warn "$REPO has uncommitted changes: they are not tested (only commit ${COMMIT:0:12} is)"
  fi
}

# fresh_clone DEST: a clone of $REPO at $COMMIT (replacing DEST), and ../shared beside it when the
# repository has one beside it (as CI has it: the repo refers to ../shared/kits/xmpp and such).
fresh_clone() {
  local dest=$1
  safe_rm "$dest"
  mkdir -p "$(dirname "$dest")"
  git clone -q --no-hardlinks "$REPO" "$dest"
  # A detached HEAD is on no branch, so the clone lacks it: fetch it.
  git -C "$dest" cat-file -e "$COMMIT^{commit}" 2>/dev/null || git -C "$dest" fetch -q "$REPO" HEAD
  git -C "$dest" -c advice.detachedHead=false checkout -q "$COMMIT"
  local shared
  shared=$(dirname "$REPO")/shared
  safe_rm "$(dirname "$dest")/shared"
  if [ -d "$shared" ]; then
    cp -r "$shared" "$(dirname "$dest")/shared"
  else
    warn "no $shared beside the repository: the clone has no ../shared"
  fi
}

# safe_rm PATH: rm -rf, but never through a mount (a root's /proc or /dev still bound).
safe_rm() {
  local p=$1
  [ -e "$p" ] || return 0
  p=$(readlink -f "$p")
  case "$p" in "$CACHE"/*) ;; *) die "refusing to delete $p: not under $CACHE" ;; esac
  if awk -v p="$p" '$2 == p || index($2, p "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    die "refusing to delete $p: something is mounted under it (umount it first)"
  fi
  rm -rf --one-file-system "$p"
}

# umount_under PATH: unmounts whatever is mounted at or under PATH (a killed run's leftovers),
# deepest first.
umount_under() {
  local p m
  p=$(readlink -f "$1")
  case "$p" in "$CACHE"/*) ;; *) die "refusing to unmount under $p: not under $CACHE" ;; esac
  awk -v p="$p" '$2 == p || index($2, p "/") == 1 { print $2 }' /proc/mounts | sort -r \
    | while IFS= read -r m; do umount "$m" 2>/dev/null || umount -l "$m"; done
}

# Mounts for a chroot, undone by umount_root (the scripts call it from an EXIT trap).
MOUNTED=()
mount_root() {
  local root=$1
  mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc"; MOUNTED+=("$root/proc"); }
  mountpoint -q "$root/sys" || { mount -t sysfs sysfs "$root/sys"; MOUNTED+=("$root/sys"); }
  mountpoint -q "$root/dev" || { mount --bind /dev "$root/dev"; MOUNTED+=("$root/dev"); }
  mountpoint -q "$root/dev/pts" || { mount --bind /dev/pts "$root/dev/pts"; MOUNTED+=("$root/dev/pts"); }
  # The chroot uses the host's network (here only Debian's mirrors and Maven Central answer).
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}
umount_root() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" || true
  done
  MOUNTED=()
}

# in_root ROOT COMMAND...: runs a command in the chroot with a clean, fixed environment.
in_root() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TZ=UTC \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# jar_bundles_deflater JAR ARCH: does the jar carry its own libdeflate for linux-ARCH (as
# com.fulcrumgenomics:jlibdeflate does, under native/linux-<arch>/)? Otherwise logokit calls the
# system's libdeflate (Debian's libdeflate0) and checks its bytes at start.
jar_bundles_deflater() {
  # (no grep -q: it would stop reading, and unzip's broken pipe would fail the pipeline)
  unzip -Z1 "$1" | grep -E "(^|/)linux-$2/[^/]*deflate[^/]*\.so\$" >/dev/null
}

# disk_report PATH...: du of each, on its own (du counts a file once per call).
disk_report() {
  local p
  say "disk"
  for p in "$@"; do du -shx "$p" 2>/dev/null || true; done
}

# make_root ROOT ARCH: a minimal Debian 13 root for ARCH (amd64, or arm64 run through
# qemu-user-static), made once with debootstrap and then kept. A foreign root is made in two
# stages: debootstrap --foreign unpacks it, then its own tools finish it under emulation.
make_root() {
  local root=$1 arch=$2 foreign=()
  [ -f "$root/.logokit-root" ] && return 0
  [ -e "$root.partial" ] && umount_under "$root.partial"
  safe_rm "$root.partial"
  mkdir -p "$CACHE/debs-$arch"
  [ "$arch" = "$(dpkg --print-architecture)" ] || foreign=(--foreign)
  debootstrap --variant=minbase --arch="$arch" "${foreign[@]}" \
    --cache-dir="$CACHE/debs-$arch" "$SUITE" "$root.partial" "$MIRROR"
  if [ ${#foreign[@]} -gt 0 ]; then
    install_qemu "$root.partial"
    chroot "$root.partial" /debootstrap/debootstrap --second-stage
  fi
  echo "debootstrap --variant=minbase --arch=$arch $SUITE $MIRROR, $(date -u +%FT%TZ)" \
    >"$root.partial/.logokit-root"
  mv "$root.partial" "$root"
}

# Emulation of arm64 binaries: binfmt_misc mounted, qemu-aarch64 registered, and the
# interpreter it names present inside ROOT (the kernel looks it up in the chroot).
ensure_binfmt() {
  local bm=/proc/sys/fs/binfmt_misc
  mountpoint -q "$bm" || mount -t binfmt_misc binfmt_misc "$bm" \
    || die "cannot mount binfmt_misc: arm64 programs cannot run under emulation here"
  if [ ! -e "$bm/qemu-aarch64" ]; then
    update-binfmts --enable qemu-aarch64 2>/dev/null || update-binfmts --import qemu-aarch64 || true
  fi
  [ -e "$bm/qemu-aarch64" ] || die "qemu-aarch64 is not registered in $bm (update-binfmts --enable qemu-aarch64)"
  grep -qx enabled "$bm/status" || echo 1 >"$bm/status"
  grep -qx enabled "$bm/qemu-aarch64" || echo 1 >"$bm/qemu-aarch64"
}
install_qemu() {
  local root=$1 interp
  interp=$(sed -n 's/^interpreter //p' /proc/sys/fs/binfmt_misc/qemu-aarch64)
  mkdir -p "$root$(dirname "$interp")" "$root/usr/bin"
  cp -L "$interp" "$root$interp"
  cp -L /usr/bin/qemu-aarch64-static "$root/usr/bin/qemu-aarch64-static"
}

# compare_trees REF OTHER [REPO]: every file of REF against OTHER, byte for byte. Prints the
# count of files and bytes compared and each file that differs or is missing on either side;
# returns 1 if any does. With REPO, files that its .gitignore ignores as output/<file> (the
# render's .logokit.lock) are left out on both sides.
compare_trees() {
  local ref=$1 other=$2 repo=${3:-} files=0 bytes=0 bad=0 f
  local -A skip=()
  if [ -n "$repo" ]; then
    while IFS= read -r f; do skip["${f#output/}"]=1; done < <(
      { (cd "$ref" && find . -type f -printf 'output/%P\n'); (cd "$other" && find . -type f -printf 'output/%P\n'); } \
        | git -C "$repo" check-ignore --no-index --stdin || true)
  fi
  while IFS= read -r -d '' f; do
    [ -z "${skip[$f]:-}" ] || continue
    files=$((files + 1))
    bytes=$((bytes + $(stat -c %s "$ref/$f")))
    if [ ! -f "$other/$f" ]; then
      echo "  missing: $f"; bad=$((bad + 1))
    elif ! cmp -s "$ref/$f" "$other/$f"; then
      echo "  differs: $f ($(stat -c %s "$ref/$f") vs $(stat -c %s "$other/$f") bytes)"; bad=$((bad + 1))
    fi
  done < <(cd "$ref" && find . -type f -printf '%P\0' | sort -z)
  while IFS= read -r -d '' f; do
    [ -z "${skip[$f]:-}" ] || continue
    [ -f "$ref/$f" ] || { echo "  extra: $f"; bad=$((bad + 1)); }
  done < <(cd "$other" && find . -type f -printf '%P\0' | sort -z)
  echo "  $files files, $bytes bytes compared; $bad differ or are missing"
  [ "$bad" = 0 ]
}
