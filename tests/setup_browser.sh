#!/usr/bin/env bash
# Install Debian's chromium and a Japanese font for the browser tests (Playwright cannot download its
# own browser here). Without a CJK font every kanji renders as the same tofu box and screenshots still
# "work": fonts-noto-cjk gives Noto Sans/Serif CJK JP, first in the reports' font stacks.
# Quiet and best-effort: the browser tests skip with a clear reason where chromium cannot be installed.
set -u
have_font() { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja family | grep -qi "Noto.*CJK"; }
if [ -x /usr/bin/chromium ] && have_font; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "setup_browser: not root; browser tests need /usr/bin/chromium and fonts-noto-cjk installed" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then exit 0; fi
echo "setup_browser: installing chromium and fonts-noto-cjk (Debian packages) for the browser tests…" >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
  || echo "setup_browser: chromium or fonts-noto-cjk could not be installed; browser tests will be skipped" >&2
