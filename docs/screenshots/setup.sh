#!/usr/bin/env bash
# The screenshots need a Japanese font, or Chromium draws every kanji as a box. Installs
# Debian's IPA Gothic when no font covers Japanese; nothing else is downloaded.
set -euo pipefail
if fc-list :lang=ja 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "screenshots: no Japanese font found; install one, e.g.: sudo apt-get install -y fonts-ipafont-gothic" >&2
  exit 1
fi
apt-get install -y --no-install-recommends fonts-ipafont-gothic >/dev/null || {
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends fonts-ipafont-gothic >/dev/null
}
fc-cache -f >/dev/null
