#!/bin/bash
# citus.sh — Citus for the tests: built once from ../shared/vendor/citus with
# its own build.sh (and patch), cached, and installed into the PostgreSQL that
# PG_CONFIG names; and a throwaway Citus cluster on loopback ports.  Sourced
# by test/t/citus.sh.
#
# The cache lives in /var/cache/luohuplan/citus (LP_CITUS_CACHE overrides;
# without root, ~/.cache/luohuplan/citus): outside the checkout, so `make
# clean` (which removes build/) and a fresh clone do not throw a 5-minute
# build away, and every checkout on the machine shares one build.  An entry
# is keyed by the SHA-256 of the vendor files (tarball, patch, build.sh) and
# the PostgreSQL version (`pg_config --version`), and holds the installed
# files (lib/, extension/) staged with DESTDIR, so it installs into any copy
# of that PostgreSQL.

LP_CITUS_BUILD_DEPS="libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev
  libselinux1-dev libxslt1-dev libpam0g-dev libreadline-dev"

lp_citus_cache_root() {
  if [ -n "${LP_CITUS_CACHE:-}" ]; then echo "$LP_CITUS_CACHE"
  elif [ "$(id -u)" -eq 0 ] || [ -w /var/cache/luohuplan ]; then echo /var/cache/luohuplan/citus
  else echo "${XDG_CACHE_HOME:-$HOME/.cache}/luohuplan/citus"
  fi
}

# the cache key: vendor files and PostgreSQL version
lp_citus_key() {  # lp_citus_key VENDOR-DIR PG_CONFIG
  { cat "$1"/citus-*.tar.xz "$1"/*.patch "$1"/build.sh; "$2" --version; uname -m; } \
    | sha256sum | cut -c1-16
}

# lp_citus_install VENDOR-DIR: make Citus available in PG_CONFIG's installation.
# Prints what it did on stdout ("# ..."); on a reason not to run, prints it
# on stdout without "#" and returns 2; returns 1 when the build fails.
lp_citus_install() {
  local vendor=$1 pgc=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
  local root key entry libdir extdir missing=() p t0
  if ! ls "$vendor"/citus-*.tar.xz >/dev/null 2>&1 || [ ! -f "$vendor/build.sh" ]; then
    echo "$vendor has no Citus source tarball and build.sh"; return 2
  fi
  libdir=$("$pgc" --pkglibdir); extdir=$("$pgc" --sharedir)/extension
  root=$(lp_citus_cache_root); key=$(lp_citus_key "$vendor" "$pgc")
  entry=$root/$key
  mkdir -p "$root" 2>/dev/null || { echo "cache directory $root cannot be created"; return 2; }
  if [ ! -w "$libdir" ] || [ ! -w "$extdir" ]; then
    echo "cannot install into $libdir (not writable; run as root or set PG_CONFIG)"; return 2
  fi

  # one build per key at a time, across checkouts
  exec 8>"$root/$key.lock"
  flock 8
  if [ ! -f "$entry/done" ]; then
    for p in $LP_CITUS_BUILD_DEPS; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      if [ "$(id -u)" -ne 0 ]; then
        flock -u 8; echo "Citus build needs ${missing[*]} (not root, cannot install them)"; return 2
      fi
      # build.sh installs them but does not update the package lists
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1
    fi
    echo "# building Citus ($key) into $entry, about 5 minutes on 2 cores"
    t0=$(date +%s)
    rm -rf "$entry.tmp"; mkdir -p "$entry.tmp"
    # build.sh uses the pg_config on PATH; DESTDIR stages the install
    if ! PATH=$(dirname "$pgc"):$PATH DESTDIR=$entry.tmp/stage \
         bash "$vendor/build.sh" "$entry.tmp/src" >"$entry.tmp/build.log" 2>&1; then
      tail -30 "$entry.tmp/build.log" | sed 's/^/# /'
      flock -u 8; return 1
    fi
    if [ ! -f "$entry.tmp/stage$libdir/citus.so" ]; then
      # build.sh does nothing when citus.so is already installed
      flock -u 8
      if [ -f "$libdir/citus.so" ]; then
        echo "# build.sh found a Citus already installed in $libdir (not from this cache); using it"
        return 0
      fi
      echo "# build.sh staged no citus.so"; sed 's/^/# /' "$entry.tmp/build.log"; return 1
    fi
    mkdir -p "$entry.tmp/lib" "$entry.tmp/extension"
    cp -a "$entry.tmp/stage$libdir/." "$entry.tmp/lib/"
    cp -a "$entry.tmp/stage$("$pgc" --sharedir)/extension/." "$entry.tmp/extension/"
    rm -rf "$entry.tmp/src" "$entry.tmp/stage"
    echo "$(( $(date +%s) - t0 ))" > "$entry.tmp/build_seconds"
    touch "$entry.tmp/done"
    rm -rf "$entry"; mv "$entry.tmp" "$entry"
    echo "# built Citus in $(cat "$entry/build_seconds")s"
  else
    echo "# Citus from the cache $entry (built in $(cat "$entry/build_seconds" 2>/dev/null)s)"
  fi
  flock -u 8
  # install: copy what differs (cmp keeps a running server's citus.so untouched)
  while IFS= read -r p; do
    t=$libdir/$p
    cmp -s "$entry/lib/$p" "$t" \
      || { mkdir -p "$(dirname "$t")" && cp "$entry/lib/$p" "$t.lp-tmp" && mv "$t.lp-tmp" "$t"; } \
      || return 1
  done < <(cd "$entry/lib" && find . -type f | sed 's|^\./||')
  cp -a "$entry/extension/." "$extdir/" || return 1
}

# ---- a throwaway Citus cluster: one data directory per node ----
# lp_citus_node_start DIR PORT: initdb and start a node listening on
# 127.0.0.1:PORT (and a socket in DIR), trust authentication, the lines of
# $LP_CITUS_CONF appended to its postgresql.conf.  As root the node runs as
# the postgres user.
lp_citus_node_start() {
  local dir=$1 port=$2 run=()
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; run=(runuser -u postgres --); fi
  "${run[@]}" "$LP_PGBIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=trust \
      -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || { sed 's/^/# /' "$dir/initdb.log"; return 1; }
  printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $port" "unix_socket_directories = '$dir'" \
      "shared_buffers = 32MB" "max_worker_processes = 16" "${LP_CITUS_CONF:-}" >> "$dir/data/postgresql.conf"
  "${run[@]}" "$LP_PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null \
      || { sed 's/^/# /' "$dir/server.log"; return 1; }
}

lp_citus_node_stop() {  # lp_citus_node_stop DIR
  local run=()
  [ -d "$1/data" ] || return 0
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$LP_PGBIN/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1 || true
}

# lp_port_free PORT: nothing listens on 127.0.0.1:PORT
lp_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
