# PostgreSQL for the store tests: installs Debian's package when no server is there, initialises a throw-away
# cluster in a temporary folder (as the postgres user when run as root: PostgreSQL refuses root), starts it on a free
# loopback port and exports FAIRSHED_TEST_PG_URL. Sourced by .ci/run; by hand:
#   . .ci/postgres.sh && fairshed_pg_start     # ... run tests ...     fairshed_pg_stop
fairshed_pg_bin() {
    local dir best=""
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || continue
        local major="${dir#/usr/lib/postgresql/}"
        major="${major%%/*}"
        [ "$major" -ge 15 ] 2>/dev/null && best="$dir"
    done
    echo "$best"
}

fairshed_pg_start() {
    local bin
    bin="$(fairshed_pg_bin)"
    if [ -z "$bin" ]; then
        echo "postgres: no PostgreSQL 15+ under /usr/lib/postgresql; installing Debian's package" >&2
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres: not root, cannot apt-get install postgresql; install it and run again" >&2
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        # policy-rc.d: no service starts during the install (containers have no init); we start our own cluster
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        rm -f /usr/sbin/policy-rc.d
        bin="$(fairshed_pg_bin)"
        [ -n "$bin" ] || { echo "postgres: the install gave no PostgreSQL 15+" >&2; return 1; }
    fi
    FAIRSHED_PG_DIR="$(mktemp -d /tmp/fairshed-pg.XXXXXX)"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir "$FAIRSHED_PG_DIR" postgres
        chown postgres "$FAIRSHED_PG_DIR"
        run=(runuser -u postgres --)
    fi
    local password port
    password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$FAIRSHED_PG_DIR/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$FAIRSHED_PG_DIR/pw"
    chmod 600 "$FAIRSHED_PG_DIR/pw"
    "${run[@]}" "$bin/initdb" -D "$FAIRSHED_PG_DIR/data" -U fairshed --pwfile="$FAIRSHED_PG_DIR/pw" \
        -A scram-sha-256 -E UTF8 --locale=C >"$FAIRSHED_PG_DIR/initdb.log" 2>&1 \
        || { cat "$FAIRSHED_PG_DIR/initdb.log" >&2; return 1; }
    rm -f "$FAIRSHED_PG_DIR/pw"
    for port in $(seq 54329 54399); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    "${run[@]}" "$bin/pg_ctl" -D "$FAIRSHED_PG_DIR/data" -l "$FAIRSHED_PG_DIR/server.log" -w -t 60 \
        -o "-p $port -k $FAIRSHED_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
        || { cat "$FAIRSHED_PG_DIR/server.log" >&2; return 1; }
    FAIRSHED_PG_CTL=("${run[@]}" "$bin/pg_ctl")
    export FAIRSHED_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=fairshed&password=$password"
    echo "postgres: $("$bin/postgres" --version) on 127.0.0.1:$port (cluster in $FAIRSHED_PG_DIR)"
}

fairshed_pg_stop() {
    [ -n "${FAIRSHED_PG_DIR:-}" ] && [ -d "$FAIRSHED_PG_DIR/data" ] || return 0
    "${FAIRSHED_PG_CTL[@]}" -D "$FAIRSHED_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$FAIRSHED_PG_DIR"
    unset FAIRSHED_PG_DIR FAIRSHED_TEST_PG_URL
}
