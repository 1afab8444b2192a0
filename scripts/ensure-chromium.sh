#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright, or nothing when Playwright's own browser is
# installed (an ordinary developer machine after `npx playwright install chromium`).
# Where neither is there and we are root on Debian/Ubuntu, installs Debian's `chromium` package:
# Playwright's own download is not reachable on every CI machine, Debian's mirror is.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
if node -e "const {chromium}=require('playwright-core');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null; then
  exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium package for the browser tests…" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "No Chromium found. Run 'npx playwright install chromium' (or install your distribution's chromium package)." >&2
exit 1
