#!/usr/bin/env bash
# Prints the path of nginx for the deploy test (e2e/nginx.base.spec.ts), which serves the build
# with the configuration docs/deploying.md gives. Where nginx is missing and we are root on
# Debian/Ubuntu, installs Debian's package (its mirror is reachable where the test runs); prints
# nothing when it cannot, and the test then fails saying how to install it.
set -euo pipefail
if [ -n "${NGINX_PATH:-}" ] && [ -x "$NGINX_PATH" ]; then echo "$NGINX_PATH"; exit 0; fi
for candidate in /usr/sbin/nginx /usr/local/sbin/nginx /usr/local/bin/nginx /opt/homebrew/bin/nginx; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done

install_nginx() {
  # Only the program is wanted: the package must not start a service (policy-rc.d says so).
  local policy=/usr/sbin/policy-rc.d added="" status=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && added=1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx || status=$?
  if [ -n "$added" ]; then rm -f "$policy"; fi
  return "$status"
}

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's nginx package for the deploy test…" >&2
  if install_nginx >&2 && [ -x /usr/sbin/nginx ]; then echo /usr/sbin/nginx; fi
fi
exit 0
