#!/usr/bin/env bash
# Installs the system packages the test suite needs (idempotent; run as root on Debian 12). Java 17 and Maven come
# with the machine; headless LibreOffice Writer and its Python UNO bridge are for LibreOfficeEndToEndIT.
set -euo pipefail
bash "$(dirname "$0")/install-libreoffice.sh"
