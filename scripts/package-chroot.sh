#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The release check CI cannot do: installs the package on a fresh Debian 12 root (debootstrap; needs root and
# Debian's mirror), starts Herald there as a new user from the desktop file's Exec line under Xvfb, and captures
# the screen and the first-run dialog as PNG for a person to look at.
#   ./scripts/package-chroot.sh build/release/herald_0.1.0_amd64.deb [CHROOT_DIR] [OUT_DIR]
# CHROOT_DIR (default /tmp/herald-chroot) is made once and reused; OUT_DIR defaults to build/package-chroot.
set -euo pipefail
deb=$(realpath "$1")
root=${2:-/tmp/herald-chroot}
out=$(realpath -m "${3:-$(dirname "$0")/../build/package-chroot}")
[ "$(id -u)" -eq 0 ] || { echo "package-chroot: needs root (debootstrap, chroot)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
for fs in proc sys dev; do
    mountpoint -q "$root/$fs" || mount --rbind "/$fs" "$root/$fs"
done
trap 'for fs in dev sys proc; do umount -R "$root/$fs" 2>/dev/null || true; done' EXIT
cp "$deb" "$root/tmp/herald.deb"
chroot "$root" apt-get update -qq
chroot "$root" apt-get install -y -qq --no-install-recommends xvfb xauth x11-apps x11-utils netpbm >/dev/null
chroot "$root" apt-get install -y -qq /tmp/herald.deb
chroot "$root" sh -c 'id player >/dev/null 2>&1 || useradd -m player'
cat > "$root/tmp/session.sh" <<'SESSION'
#!/bin/bash
# As the new user: a display, the app started as the menu starts it, the screen captured after 25 s.
export DISPLAY=:7 XDG_RUNTIME_DIR=/tmp/run-player LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
rm -rf ~/.local/share/herald ~/.config/Herald
Xvfb :7 -screen 0 1600x1000x24 >/tmp/xvfb.log 2>&1 &
xvfb=$!
sleep 2
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/lol.herald.Herald.desktop)
$exec_line >/tmp/herald.log 2>&1 &
app=$!
sleep 25
xwininfo -root -tree | grep '"herald"'
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >/tmp/screen.png
dialog=$(xwininfo -root -tree | grep "Welcome to Herald" | awk '{print $1}')
[ -z "$dialog" ] || xwd -id "$dialog" -silent | xwdtopnm 2>/dev/null | pnmtopng >/tmp/welcome.png
kill $app
wait $app || true
kill $xvfb
SESSION
chmod 755 "$root/tmp/session.sh"
rm -f "$root/tmp/screen.png" "$root/tmp/welcome.png"
chroot "$root" su player -c /tmp/session.sh
mkdir -p "$out"
cp "$root/tmp/screen.png" "$out/screen.png"
[ ! -f "$root/tmp/welcome.png" ] || cp "$root/tmp/welcome.png" "$out/welcome.png"
chroot "$root" apt-get remove -y -qq herald >/dev/null
echo "== installed on a fresh Debian 12 root ($root), started from the desktop file: look at $out/*.png"
