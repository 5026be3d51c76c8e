#!/usr/bin/env bash
# Install Debian's chromium for the browser tests (Playwright cannot download its own browser here).
# Quiet and best-effort: the browser tests skip with a clear reason where chromium cannot be installed.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "setup_browser: not root; browser tests will be skipped unless /usr/bin/chromium exists" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then exit 0; fi
echo "setup_browser: installing chromium (Debian package) for the browser tests…" >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
  || echo "setup_browser: chromium could not be installed; browser tests will be skipped" >&2
