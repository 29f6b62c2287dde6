#!/usr/bin/env bash
# Installs the system packages the test suite needs (idempotent; run as root on Debian 12).
# Java 17 and Maven come with the machine; LibreOffice (headless) and its Python UNO bridge are for the end-to-end test.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || need+=(python3-uno)
if [ -f "$(dirname "$0")/install-libreoffice.sh" ]; then
  bash "$(dirname "$0")/install-libreoffice.sh"
elif [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi
