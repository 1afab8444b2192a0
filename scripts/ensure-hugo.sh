#!/usr/bin/env bash
# Prints the path of Hugo for the benchmark's floor (bench/lib/floor.ts): the same corpus built
# by a fast generator with a plain layout and indexed by the same Pagefind, measured in the same
# run. Where Hugo is missing and we are root on Debian/Ubuntu, installs Debian's `hugo` package
# (0.111 on bookworm); prints nothing when it cannot, and the benchmark then skips the floor
# saying so. HUGO_INSTALL=no only looks (the benchmark's smoke run must not wait for apt).
set -euo pipefail
if [ -n "${HUGO_PATH:-}" ] && [ -x "$HUGO_PATH" ]; then echo "$HUGO_PATH"; exit 0; fi
for candidate in /usr/bin/hugo /usr/local/bin/hugo /opt/homebrew/bin/hugo; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "${HUGO_INSTALL:-yes}" != "no" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's hugo package for the benchmark's floor…" >&2
  if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo; } >&2 && [ -x /usr/bin/hugo ]; then
    echo /usr/bin/hugo
  fi
fi
exit 0
