#!/usr/bin/env bash
# Restore-to-server benchmark: pgvaultctl restore --to-server --jobs 2 against the reference,
# pg_restore -j 2 of a plain `pg_dump -Fc` of the same database, on the same temporary server in one
# run. Prints both times and the ratio (target: at most 1.10x). Not run by ctest.
#
# Usage: tests/bench/restore.sh [PGVAULTCTL] [SCALE]     (default: build-restore/app/pgvaultctl, 100)
# Needs the keychain: it re-runs itself under scripts/with-keyring.sh when no session bus is set.
# Scale 100 is a 1.5 GB database (10 million pgbench_accounts rows): about 3 GB of temporary disk
# and several minutes; scale 10 takes well under a minute.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ctl=${1:-$root/build-restore/app/pgvaultctl}
scale=${2:-100}
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec "$root/scripts/with-keyring.sh" "$0" "$ctl" "$scale"
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/pgvault-bench-restore-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=bench-$RANDOM$RANDOM
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_server "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"
printf '%s\n' "$password" > "$work/pw"; [ "$(id -u)" = 0 ] && chown postgres "$work/pw"
as_server "$bin/initdb" -D "$work/data" -A scram-sha-256 --pwfile="$work/pw" -U admin -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null
rm -f "$work/pw"
as_server "$bin/pg_ctl" -D "$work/data" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$work/server.log" -w start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=admin PGPASSWORD=$password PGSSLMODE=disable
now() { date +%s.%N; }

t0=$(now)
"$bin/createdb" bench
"$bin/pgbench" -q -i -s "$scale" bench >/dev/null 2>&1
t1=$(now)
size=$("$bin/psql" -XAtc "SELECT pg_size_pretty(pg_database_size('bench'))" postgres)
echo "pgbench scale $scale: $size, created in $(echo "$t1 - $t0" | bc) s"

export PGVAULT_HOME=$work/home
"$ctl" policy create --name Bench --days Sun --time 02:00 --time-zone UTC --yearly P1Y >/dev/null
printf '%s\n' "$password" | "$ctl" instance add bench --host 127.0.0.1 --port "$port" --user admin \
    --sslmode disable --policy Bench --password-stdin >/dev/null
t0=$(now)
"$ctl" backup-now bench >/dev/null 2>&1
t1=$(now)
echo "pgvaultctl backup-now: $(echo "$t1 - $t0" | bc) s, vault $(du -sh "$work/home/vaults" | cut -f1)"

# Reference: a plain custom-format dump, restored with pg_restore -j 2 into a fresh database.
# Both restores run ${runs:-2} times, alternating, and the fastest of each counts: the shared
# machine's load swings more than the difference being measured.
"$bin/pg_dump" -Fc -f "$work/bench.dump" bench
runs=${RUNS:-2}
reference=""; pgvault=""
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc)" = 1 ]; then echo "$2"; else echo "$1"; fi; }
for run in $(seq "$runs"); do
    # Both sides create the target database inside the timing: restore-to-server does too.
    "$bin/dropdb" --if-exists ref_copy
    t0=$(now)
    "$bin/createdb" ref_copy
    "$bin/pg_restore" -j 2 --no-owner -d ref_copy "$work/bench.dump"
    t1=$(now)
    reference=$(min "$reference" "$(echo "$t1 - $t0" | bc)")

    # PgVault: restore-to-server of the same point (checksum check + unpack + pg_restore -j 2).
    "$bin/dropdb" --if-exists vault_copy
    t0=$(now)
    printf '%s\n' "$password" | TMPDIR=$work "$ctl" restore bench latest --to-server --host 127.0.0.1 \
        --port "$port" --user admin --sslmode disable --password-stdin --jobs 2 \
        --database bench=vault_copy >/dev/null 2>"$work/restore.log" \
        || { cat "$work/restore.log"; exit 1; }
    t1=$(now)
    pgvault=$(min "$pgvault" "$(echo "$t1 - $t0" | bc)")
    echo "run $run: best so far: reference $reference s, pgvaultctl $pgvault s"
done

rows=$("$bin/psql" -XAtc "SELECT count(*) FROM pgbench_accounts" vault_copy)
echo "pg_restore -j 2 (reference), best of $runs: ${reference} s"
echo "pgvaultctl restore --to-server --jobs 2, best of $runs: ${pgvault} s (${rows} accounts restored)"
echo "ratio: $(echo "scale=3; $pgvault / $reference" | bc)x (target <= 1.10x)"
