#!/bin/bash
# setup.sh — install what luohuplan needs on Debian 12 (when missing), then
# build and install the extension.  Sourced by test/demo.sh and test/run_all.sh.
# LP_EXTRA_PACKAGES adds packages only the tests or benchmarks need.
set -euo pipefail

LP_PACKAGES="build-essential postgresql-15 postgresql-server-dev-15 libopencc-dev opencc libpq-dev xxd python3 ${LP_EXTRA_PACKAGES:-}"

lp_install_packages() {
  local missing=() p
  for p in $LP_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "luohuplan: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
    return 1
  fi
  echo "luohuplan: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

lp_build_install() {
  local top=$1
  export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
  make -C "$top" -s -j2 PG_CONFIG=$PG_CONFIG >/dev/null
  make -C "$top" -s install PG_CONFIG=$PG_CONFIG >/dev/null
}
