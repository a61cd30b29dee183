#!/bin/bash
# setup.sh — install what luohuplan needs on Debian 12 (when missing), then
# build and install the extension.  Sourced by test/demo.sh and test/run_all.sh.
# LP_EXTRA_PACKAGES adds packages only the tests or benchmarks need;
# LP_OPTIONAL_PACKAGES are installed when they can be (run_all.sh: headless
# Chromium and a CJK font for test/t/report_html.sh, which skips without).
set -euo pipefail

LP_PACKAGES="build-essential postgresql-15 postgresql-server-dev-15 libopencc-dev opencc libpq-dev xxd python3 ${LP_EXTRA_PACKAGES:-}"

lp_install_packages() {
  local missing=() p
  for p in $LP_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  lp_install_optional
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

LP_OPTIONAL_PACKAGES=${LP_OPTIONAL_PACKAGES:-}

# Best effort: a package that cannot be installed is reported, not fatal.
lp_install_optional() {
  local p
  [ "$(id -u)" -eq 0 ] || return 0
  for p in $LP_OPTIONAL_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
    echo "luohuplan: installing optional package $p"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 \
      || echo "luohuplan: optional package $p could not be installed (tests that need it skip)"
  done
  return 0
}

lp_build_install() {
  local top=$1
  export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
  make -C "$top" -s -j2 PG_CONFIG=$PG_CONFIG >/dev/null
  make -C "$top" -s install PG_CONFIG=$PG_CONFIG >/dev/null
}
