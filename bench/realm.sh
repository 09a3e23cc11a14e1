#!/usr/bin/env bash
# Benchmarks the realm: the service and the sample resource app (examples/resource-app) on two Payara Micro
# instances on loopback, H2 file database:
#   bench/realm.sh      (DURATION=15s ROUNDS=5 PROBES=200 FOLLOW_SECONDS=30 by default)
# Measures revocation-to-refusal at the app (p50/p99) while the service takes refresh and destroy load, the app's
# authenticated throughput with the realm client library and without it, and the service's CPU for 10 apps following
# the revocation feed (polling and streaming). Needs wrk, python3, a JDK and Maven. Writes target/bench/realm/results.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK=$ROOT/target/bench/realm
DURATION=${DURATION:-15s}
PROBES=${PROBES:-200}
FOLLOW_SECONDS=${FOLLOW_SECONDS:-30}
ROUNDS=${ROUNDS:-5}
SERVICE_PORT=${SERVICE_PORT:-8180}
APP_PORT=${APP_PORT:-8280}
SERVICE=http://127.0.0.1:$SERVICE_PORT/
APP=http://127.0.0.1:$APP_PORT/
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xmx256m -XX:+UseSerialGC -Xss512k}
CLIENT=bench-app:bench-app-secret

command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 1; }
mvn -q -B -f "$ROOT/pom.xml" -DskipTests package
mvn -q -B -f "$ROOT/pom.xml" dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 \
    -DoutputDirectory="$ROOT/target" -Dmdep.stripVersion=true
mvn -q -B -f "$ROOT/realm-client/pom.xml" -DskipTests install
mvn -q -B -f "$ROOT/examples/resource-app/pom.xml" package
rm -rf "$WORK" && mkdir -p "$WORK"
APP_WITH=$ROOT/examples/resource-app/target/resource-app.war
APP_WITHOUT=$WORK/resource-app-without-realm-client.war
python3 - "$APP_WITH" "$APP_WITHOUT" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if "multisession-realm-client" not in item.filename:
            dst.writestr(item, src.read(item.filename))
PY

# name port war check-path log extra-properties...: starts a Payara Micro, sets ${name}_PID
start() {
    local name=$1 port=$2 war=$3 check=$4; shift 4
    # shellcheck disable=SC2086
    java $SERVER_JVM_OPTS -Djava.io.tmpdir="$WORK" -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl "$@" \
        -jar "$ROOT/target/payara-micro.jar" --deploy "$war" --contextroot / --port "$port" --nocluster \
        --disablephonehome --postbootcommandfile "$ROOT/src/main/payara/post-boot-commands.asadmin" \
        >> "$WORK/$name.log" 2>&1 &
    printf -v "${name}_PID" '%s' $!
    for _ in $(seq 1 240); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$check" || true)" = 401 ] && return 0
        sleep 1
    done
    echo "$name did not start; see $WORK/$name.log" >&2
    exit 1
}
stop() { local pid=$1; kill "$pid"; wait "$pid" || true; }
service_PID= app_PID= bare_PID=
trap 'for pid in "$service_PID" "$app_PID" "$bare_PID"; do [ -z "$pid" ] || kill "$pid" 2>/dev/null; done; true' EXIT
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

start service "$SERVICE_PORT" "$ROOT/target/multisession.war" /api/session/current \
    "-Dmultisession.db.url=jdbc:h2:file:$WORK/data/multisession;MODE=LEGACY;LOCK_TIMEOUT=10000;WRITE_DELAY=0" \
    -Dmultisession.bootstrap.admin.username=bench -Dmultisession.bootstrap.admin.password=bench-password \
    -Dmultisession.policy.types=SHORT,LONG,BENCH \
    -Dmultisession.policy.BENCH.refresh-token-lifetime=P1D -Dmultisession.policy.BENCH.access-token-lifetime=PT1H \
    -Dmultisession.introspection.clients=bench-app -Dmultisession.introspection.client.bench-app.secret=bench-app-secret
APP_PROPS=("-Dmp.jwt.verify.publickey.location=${SERVICE}.well-known/jwks.json")
REALM_PROPS=("-Dmultisession.realm.url=$SERVICE" "-Dmultisession.realm.client-id=bench-app"
             "-Dmultisession.realm.client-secret=bench-app-secret")
ACCESS=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"bench-password","session":"BENCH"}' "${SERVICE}api/session/login/" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access"])')
export BENCH_ACCESS=$ACCESS

# The two apps run side by side and take turns, $ROUNDS rounds at 16 and 64 connections after a warm-up, so neither
# gains from running later; each figure is the median of its rounds.
start app "$APP_PORT" "$APP_WITH" /api/whoami "${APP_PROPS[@]}" "${REALM_PROPS[@]}"
start bare "$((APP_PORT + 1))" "$APP_WITHOUT" /api/whoami "${APP_PROPS[@]}"
echo "== the app's throughput with the realm client library and without it"
for port in "$APP_PORT" "$((APP_PORT + 1))"; do
    for _ in 1 2 3 4 5; do wrk -t2 -c16 -d10s -s "$BENCH_DIR/scenarios/whoami.lua" "http://127.0.0.1:$port/" > /dev/null; done
done
for round in $(seq 1 "$ROUNDS"); do
    for connections in 16 64; do
        for label in with-library without-library; do
            port=$APP_PORT; [ "$label" = with-library ] || port=$((APP_PORT + 1))
            wrk -t2 -c"$connections" -d"$DURATION" -s "$BENCH_DIR/scenarios/whoami.lua" "http://127.0.0.1:$port/" \
                > "$WORK/wrk-$label-$connections-$round.txt"
            rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$label-$connections-$round.txt")
            echo "$label $connections $rate" >> "$WORK/throughput.txt"
            echo "  round $round, $label, c=$connections: $rate req/s"
        done
    done
done
stop "$bare_PID"; bare_PID=

echo "== revocation to refusal at the app, $PROBES probes, under refresh and destroy load"
java "$BENCH_DIR/RealmBench.java" latency "$SERVICE" "$APP" bench bench-password "$PROBES" | tee "$WORK/latency.txt"
stop "$app_PID"; app_PID=

echo "== the service's CPU: idle, then 10 apps polling the feed, then 10 apps streaming it ($FOLLOW_SECONDS s each)"
for mode in none json sse; do
    # a warm-up run first, so that the compiler's work is not counted
    java "$BENCH_DIR/RealmBench.java" follow "$SERVICE" "$CLIENT" 10 5 "$mode" "$service_PID" > /dev/null
    java "$BENCH_DIR/RealmBench.java" follow "$SERVICE" "$CLIENT" 10 "$FOLLOW_SECONDS" "$mode" "$service_PID" \
        | tee -a "$WORK/feed-cpu.txt"
done
stop "$service_PID"; service_PID=

python3 - "$WORK" <<'PY'
import sys, datetime, platform, os
work = sys.argv[1]
import statistics
rows = [line.split() for line in open(f"{work}/throughput.txt")]
rate = {key: statistics.median(float(r[2]) for r in rows if (r[0], r[1]) == key) for key in {(r[0], r[1]) for r in rows}}
latency = open(f"{work}/latency.txt").read().split()
feed = {}
for line in open(f"{work}/feed-cpu.txt"):
    fields = dict(field.split("=") for field in line.split())
    feed[fields["mode"]] = fields["service_cpu_ms_per_s"]
out = [f"Realm benchmark, {datetime.date.today()}, {os.cpu_count()} cores, {platform.platform()}, `bench/realm.sh`", "",
       "| app throughput (GET /api/whoami), median of the rounds | with the library | without | ratio |", "|---|---|---|---|"]
for c in ("16", "64"):
    w, wo = rate[("with-library", c)], rate[("without-library", c)]
    out.append(f"| {c} connections | {w:,.0f} /s | {wo:,.0f} /s | {w / wo:.2f} |")
out += ["", "Revocation to refusal at the app: " + ", ".join(latency), "",
        "Service CPU, ms per second, once the apps have read what is revoked now: idle " + feed["none"] + ", 10 apps polling the feed every 0.5 s "
        + feed["json"] + ", 10 apps streaming it " + feed["sse"]]
open(f"{work}/results.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
