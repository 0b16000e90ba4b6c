#!/usr/bin/env bash
# Try the README's two commands on a truly fresh Debian 12, as a user with sudo.
#
#   sudo bash packaging/fresh-debian.sh [ROOT]
#
# Builds a minimal Debian 12 root with debootstrap (in ROOT, default a new folder
# under /var/tmp), adds only sudo, git and ca-certificates, creates the user
# "runner" (sudo without a password), clones this repository's committed state
# into its home, and runs exactly the README's "Set up and run" command (the app
# with --self-test, offscreen, since a chroot has no display) and then its "Set up
# and test" command. Prints each command's exit status, the tests' summary, and
# whether Qt Multimedia found its backend. Needs root, debootstrap and network
# access to a Debian mirror and PyPI. CI does not run it.
#
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian); EXTRA_CA, a CA
# certificate file to trust inside the root (for a network behind a TLS proxy);
# KEEP=1 keeps the root afterwards (it is removed otherwise).
set -euo pipefail

[ "$(id -u)" = 0 ] || { echo "fresh-debian.sh: run as root (it uses debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "fresh-debian.sh: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$(mktemp -d /var/tmp/calfcare-fresh.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
readme="$repo/README.md"

# The two commands, read from the README so that what is tried is what it says.
run_cmd=$(awk '/\*\*Set up and run:\*\*/{f=1} f && /^```sh/{getline; print; exit}' "$readme")
test_cmd=$(awk '/<!-- test-command -->/{f=1} f && /^```sh/{getline; print; exit}' "$readme")
[ -n "$run_cmd" ] && [ -n "$test_cmd" ] || { echo "fresh-debian.sh: cannot find the two commands in $readme" >&2; exit 2; }

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    if [ "${KEEP:-0}" != 1 ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

echo "== debootstrap bookworm (minbase + sudo, git, ca-certificates) into $root"
debootstrap --variant=minbase --include=sudo,git,ca-certificates bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
for fs in proc sys dev dev/pts; do
    case $fs in
        proc) mount -t proc proc "$root/proc" ;;
        sys) mount -t sysfs sys "$root/sys" ;;
        *) mount --bind "/$fs" "$root/$fs" ;;
    esac
    mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
echo "deb $mirror bookworm-updates main" >>"$root/etc/apt/sources.list"
if [ -n "${EXTRA_CA:-}" ]; then
    cp "$EXTRA_CA" "$root/usr/local/share/ca-certificates/extra-ca.crt"
    chroot "$root" update-ca-certificates >/dev/null
fi
chroot "$root" useradd --create-home --shell /bin/bash runner
echo "runner ALL=(ALL) NOPASSWD:ALL" >"$root/etc/sudoers.d/runner"
chmod 0440 "$root/etc/sudoers.d/runner"
git clone --quiet "$repo" "$root/home/runner/calfcare"
chroot "$root" chown -R runner:runner /home/runner/calfcare

as_runner() {  # a login shell as the user, in the clone, offscreen (no display in a chroot)
    chroot "$root" su - runner -c "cd ~/calfcare && export QT_QPA_PLATFORM=offscreen && $1"
}

echo "== Set up and run (the app with --self-test)"
set +e
as_runner "$run_cmd --self-test" >"$root.run.log" 2>&1
run_status=$?
echo "== Set up and test"
as_runner "$test_cmd" >"$root.test.log" 2>&1
test_status=$?
set -e

echo
echo "== Report"
echo "debian: $(cat "$root/etc/debian_version"), python: $(chroot "$root" python3 --version 2>&1)"
echo "run command: exit $run_status; $(grep -m1 '^ready ' "$root.run.log" || echo 'no ready line')"
echo "test command: exit $test_status; $(grep -E '^(=+ )?[0-9]+ (passed|failed)' "$root.test.log" | tail -1)"
grep -E '^(FAILED|ERROR) ' "$root.test.log" || true
if grep -q "No QtMultimedia backends found" "$root.run.log" "$root.test.log"; then
    echo "Qt Multimedia: no backend (\"No QtMultimedia backends found\")"
elif grep -q "test_sound_follows_the_audio_outputs_of_this_machine PASSED\|[0-9] passed" "$root.test.log"; then
    echo "Qt Multimedia: backend found (the tests ran and none said \"No QtMultimedia backends found\")"
else
    echo "Qt Multimedia: not checked (the tests did not run)"
fi
echo "logs: $root.run.log $root.test.log"
[ "$run_status" = 0 ] && [ "$test_status" = 0 ]
