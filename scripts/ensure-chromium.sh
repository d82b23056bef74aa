#!/usr/bin/env bash
# Installs Debian's Chromium (bookworm only), which the browser tests drive through playwright-core:
# no browser build is ever downloaded, so the tests run on a machine with no internet.
source "$(dirname "$0")/lib.sh"
CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  say "chromium: installing Debian's package (about 100 MB, once)"
  apt_install chromium
  [ -x "$CHROMIUM" ] || fail "chromium installed but $CHROMIUM is missing"
fi
say "chromium: $("$CHROMIUM" --version 2>/dev/null | head -n1)"
