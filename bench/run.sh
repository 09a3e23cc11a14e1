#!/usr/bin/env bash
# Benchmarks Multisession on Payara Micro, loaded by wrk on loopback, against an H2 file database (the default) or
# a PostgreSQL server this script starts on loopback:
#   bench/run.sh                  (DB=h2 DURATION=10s FILLER=1000000 by default)
#   DB=postgres bench/run.sh      (needs Debian's postgresql package)
# Needs wrk (apt-get install wrk), python3, a JDK and Maven. Writes target/bench/$DB/results.{json,md,svg}, and the
# table into docs/benchmarks.md. bench/keycloak.sh measures Keycloak the same way, for comparison.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
DB=${DB:-h2}
WORK=$ROOT/target/bench/$DB
DURATION=${DURATION:-10s}
LOGIN_DURATION=${LOGIN_DURATION:-30s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-5}
FILLER=${FILLER:-1000000}
PORT=${PORT:-8180}
PG_PORT=${PG_PORT:-55432}
URL=http://127.0.0.1:$PORT
# The same JVM settings as the README's run command; the 600 MB RSS target depends on them.
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xmx192m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000}
export BENCH_DIR BENCH_THREADS=2
# the realm client that introspects (RFC 7662); its secret is made anew for each run
CLIENT_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
CLIENT_BASIC=$(printf 'bench-rs:%s' "$CLIENT_SECRET" | base64 -w0)

command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 1; }
case "$DB" in h2|postgres) ;; *) echo "DB must be h2 or postgres" >&2; exit 1 ;; esac

mvn -q -B -f "$ROOT/pom.xml" -DskipTests package
mvn -q -B -f "$ROOT/pom.xml" dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 \
    -DoutputDirectory="$ROOT/target" -Dmdep.stripVersion=true
rm -rf "$WORK" && mkdir -p "$WORK"

# --- the database: its connection properties for the service, and how SQL is loaded into it
if [ "$DB" = h2 ]; then
    unzip -p "$ROOT/target/payara-micro.jar" MICRO-INF/runtime/h2.jar > "$WORK/h2.jar"
    H2_URL="jdbc:h2:file:$WORK/data/multisession;MODE=LEGACY;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
    DB_PROPS=("-Dmultisession.db.url=$H2_URL")
    load_sql() { java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -password "" -script "$1"; }
    stop_db() { :; }
else
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    PG_DIR=$(mktemp -d /tmp/multisession-bench-pg.XXXXXX)   # outside the checkout, where user postgres may go
    [ "$(id -u)" != 0 ] || chown postgres "$PG_DIR"
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U multisession --auth=trust -E UTF8 > /dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/server.log" \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start > /dev/null
    stop_db() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -m fast stop > /dev/null || true; rm -rf "$PG_DIR"; }
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U multisession multisession
    DB_PROPS=("-Dmultisession.db.url=jdbc:postgresql://127.0.0.1:$PG_PORT/multisession" "-Dmultisession.db.user=multisession"
              "-Dmultisession.db.datasource-class=org.postgresql.ds.PGSimpleDataSource")
    load_sql() { psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U multisession multisession -f "$1"; }
fi

PID=
EXTRA_PROPS=()
start_server() {
    # shellcheck disable=SC2086
    java $SERVER_JVM_OPTS -Djava.io.tmpdir="$WORK" -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
        "${DB_PROPS[@]}" "${EXTRA_PROPS[@]}" \
        -Dmultisession.bootstrap.admin.username=bench -Dmultisession.bootstrap.admin.password=bench-password \
        -Dmultisession.policy.types=SHORT,LONG,BENCH,BENCHROT \
        -Dmultisession.policy.BENCH.refresh-token-lifetime=P1D -Dmultisession.policy.BENCH.access-token-lifetime=PT1H \
        -Dmultisession.policy.BENCHROT.refresh-token-lifetime=P1D -Dmultisession.policy.BENCHROT.rotate-refresh-tokens=true \
        -Dmultisession.cleanup.interval="${CLEANUP_INTERVAL:-PT1H}" \
        -Dmultisession.introspection.clients=bench-rs -Dmultisession.introspection.client.bench-rs.secret="$CLIENT_SECRET" \
        -jar "$ROOT/target/payara-micro.jar" --deploy "$ROOT/target/multisession.war" --contextroot / \
        --port "$PORT" --nocluster --disablephonehome \
        --postbootcommandfile "$ROOT/src/main/payara/post-boot-commands.asadmin" >> "$WORK/server.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 240); do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/session/current" || true)
        [ "$status" = 401 ] && return 0
        sleep 1
    done
    echo "Payara Micro did not start; see $WORK/server.log" >&2
    exit 1
}
stop_server() { kill "$PID"; wait "$PID" || true; PID=; }
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; stop_db' EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }
login() {
    curl -s -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\",\"session\":\"BENCH\"}" \
        "$URL/api/session/login/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access"])'
}
algorithm_of() {
    python3 -c 'import base64,json,sys; h=sys.argv[1].split(".")[0]; print(json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))["alg"])' "$1"
}

# name connections wrk-arguments...: one wrk run, with the server's CPU time and RSS around it
run() {
    local name=$1 connections=$2; shift 2
    local before after
    before=$(cpu_ticks)
    wrk -t"$BENCH_THREADS" -c"$connections" -d"$DURATION" --latency "$@" > "$WORK/wrk-$name-$connections.txt"
    after=$(cpu_ticks)
    echo "$name $connections $((after - before)) $(getconf CLK_TCK) $(rss_mb)" >> "$WORK/server-usage.txt"
    echo "  $name c=$connections: $(grep 'Requests/sec' "$WORK/wrk-$name-$connections.txt")"
}

echo "== schema and the bench user ($DB)"
start_server
stop_server
echo "== seeding $FILLER sessions of 100,000 users, plus refresh tokens and sessions to destroy"
python3 "$BENCH_DIR/seed.py" "$WORK" "$FILLER" "$DB"
start=$(date +%s)
load_sql "$WORK/seed.sql"
echo "   seeded in $(( $(date +%s) - start )) s"

echo "== load (each run $DURATION, logins $LOGIN_DURATION)"
start_server
ACCESS=$(login bench bench-password)
for user in lister destroyer; do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $ACCESS" \
        -d "{\"username\":\"$user\",\"password\":\"$user-password\"}" "$URL/api/admin/users"
done
for _ in 1 2 3; do LIST_ACCESS=$(login lister lister-password); done
DESTROY_ACCESS=$(login destroyer destroyer-password)
echo "   JIT warm-up: $WARMUP_ROUNDS rounds of every scenario, not reported"
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
    wrk -t2 -c16 -d8s "$URL/.well-known/openid-configuration" > /dev/null
    for scenario in authenticated list introspect; do
        BENCH_ACCESS=$LIST_ACCESS BENCH_CLIENT_BASIC=$CLIENT_BASIC wrk -t2 -c16 -d8s \
            -s "$BENCH_DIR/scenarios/$scenario.lua" "$URL" > /dev/null
    done
    BENCH_VALUES=$WORK/refresh-off.txt BENCH_TYPE=BENCH wrk -t2 -c16 -d8s -s "$BENCH_DIR/scenarios/refresh.lua" "$URL" \
        > /dev/null
    BENCH_VALUES=$WORK/refresh-on-warm.txt BENCH_TYPE=BENCHROT wrk -t2 -c16 -d8s \
        -s "$BENCH_DIR/scenarios/refresh.lua" "$URL" > /dev/null
done
wrk -t2 -c2 -d8s -s "$BENCH_DIR/scenarios/login.lua" "$URL" > /dev/null
for connections in 16 64; do
    run baseline "$connections" "$URL/.well-known/openid-configuration"
    BENCH_ACCESS=$ACCESS run authenticated "$connections" -s "$BENCH_DIR/scenarios/authenticated.lua" "$URL"
    BENCH_ACCESS=$ACCESS BENCH_CLIENT_BASIC=$CLIENT_BASIC run introspect "$connections" \
        -s "$BENCH_DIR/scenarios/introspect.lua" "$URL"
    BENCH_VALUES=$WORK/refresh-off.txt BENCH_TYPE=BENCH run refresh-rotation-off "$connections" \
        -s "$BENCH_DIR/scenarios/refresh.lua" "$URL"
    BENCH_VALUES=$WORK/refresh-on-$connections.txt BENCH_TYPE=BENCHROT run refresh-rotation-on "$connections" \
        -s "$BENCH_DIR/scenarios/refresh.lua" "$URL"
    BENCH_ACCESS=$LIST_ACCESS run list "$connections" -s "$BENCH_DIR/scenarios/list.lua" "$URL"
    BENCH_ACCESS=$DESTROY_ACCESS BENCH_VALUES=$WORK/destroy-$connections.txt run destroy "$connections" \
        -s "$BENCH_DIR/scenarios/destroy.lua" "$URL"
done
# Logins last, longer, and also with 2 connections (one per core): with no queue, the few logins still in flight
# when wrk stops hardly count, so CPU per login compares fairly with the hash alone.
for connections in 2 16 64; do
    DURATION=$LOGIN_DURATION run login "$connections" --timeout 60s -s "$BENCH_DIR/scenarios/login.lua" "$URL"
done
RSS_LOADED=$(rss_mb)
stop_server

echo "== ES256: restarted with multisession.jwt.algorithm=ES256 (the key ring rotates to a P-256 key at start)"
EXTRA_PROPS=(-Dmultisession.jwt.algorithm=ES256 -Dmultisession.jwt.publish-ahead=PT1S)
start_server
for _ in $(seq 1 30); do
    ACCESS=$(login bench bench-password)
    [ "$(algorithm_of "$ACCESS")" = ES256 ] && break
    sleep 1
done
[ "$(algorithm_of "$ACCESS")" = ES256 ] || { echo "the service did not switch to ES256" >&2; exit 1; }
for _ in $(seq 1 2); do
    BENCH_VALUES=$WORK/refresh-off.txt BENCH_TYPE=BENCH wrk -t2 -c16 -d8s -s "$BENCH_DIR/scenarios/refresh.lua" "$URL" \
        > /dev/null
    BENCH_VALUES=$WORK/refresh-on-es256-warm.txt BENCH_TYPE=BENCHROT wrk -t2 -c16 -d8s \
        -s "$BENCH_DIR/scenarios/refresh.lua" "$URL" > /dev/null
    for scenario in authenticated introspect; do
        BENCH_ACCESS=$ACCESS BENCH_CLIENT_BASIC=$CLIENT_BASIC wrk -t2 -c16 -d8s \
            -s "$BENCH_DIR/scenarios/$scenario.lua" "$URL" > /dev/null
    done
done
for connections in 16 64; do
    BENCH_ACCESS=$ACCESS run authenticated-es256 "$connections" -s "$BENCH_DIR/scenarios/authenticated.lua" "$URL"
    BENCH_ACCESS=$ACCESS BENCH_CLIENT_BASIC=$CLIENT_BASIC run introspect-es256 "$connections" \
        -s "$BENCH_DIR/scenarios/introspect.lua" "$URL"
    BENCH_VALUES=$WORK/refresh-off.txt BENCH_TYPE=BENCH run refresh-rotation-off-es256 "$connections" \
        -s "$BENCH_DIR/scenarios/refresh.lua" "$URL"
    BENCH_VALUES=$WORK/refresh-on-es256-$connections.txt BENCH_TYPE=BENCHROT run refresh-rotation-on-es256 \
        "$connections" -s "$BENCH_DIR/scenarios/refresh.lua" "$URL"
done
RSS_LOADED=$(( RSS_LOADED > $(rss_mb) ? RSS_LOADED : $(rss_mb) ))
stop_server
EXTRA_PROPS=()

echo "== cleanup: purge $FILLER expired sessions"
python3 "$BENCH_DIR/seed.py" "$WORK" "$FILLER" "$DB" expired
load_sql "$WORK/seed.sql"
: > "$WORK/server.log"
CLEANUP_INTERVAL=PT5S start_server
for _ in $(seq 1 600); do
    grep -q 'Purged' "$WORK/server.log" && break
    sleep 1
done
PURGE=$(grep -o 'Purged [0-9]* ended sessions in [0-9]* ms' "$WORK/server.log" | head -1)
echo "   $PURGE"
stop_server

HASH_MS=$(java -cp "$ROOT/target/multisession/WEB-INF/lib/*" "$BENCH_DIR/Argon2Cost.java")
SIGN_MS=$(java "$BENCH_DIR/SignatureCost.java" RS256)
SIGN_ES256_MS=$(java "$BENCH_DIR/SignatureCost.java" ES256)
python3 "$BENCH_DIR/report.py" "$WORK" "$RSS_LOADED" "$PURGE" "$HASH_MS" "$SIGN_MS" "$FILLER" "$DURATION" "$DB" \
    "$SIGN_ES256_MS"
