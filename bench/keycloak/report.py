#!/usr/bin/env python3
"""Turns the wrk outputs of bench/keycloak.sh into results.json and results.md, in the shape of bench/report.py's."""
import json
import os
import re
import sys

(work, rss_loaded, hash_ms, duration, login_duration, version, java, scope, rotation_check, plain_check, sessions,
 warmup_rounds, warm_rate, script_seconds) = sys.argv[1:15]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def millis(text):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def percentile(out, pct):
    match = re.search(rf"^\s+{pct}%\s+(\S+)\s*$", out, re.MULTILINE)
    return millis(match.group(1)) if match else None


def lines_of(name):
    path = os.path.join(work, name)
    return sum(1 for _ in open(path)) if os.path.exists(path) else 0


usage = {}
for line in open(os.path.join(work, "server-usage.txt")):
    name, connections, ticks, clk, rss = line.split()
    usage[(name, int(connections))] = (int(ticks) / int(clk), int(rss))

rows = []
for (name, connections), (cpu_seconds, rss) in usage.items():
    out = open(os.path.join(work, f"wrk-{name}-{connections}.txt")).read()
    done = re.search(r"(\d+) requests in ([\d.]+)(ms|s|m)", out)
    requests = int(done.group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    rows.append({
        "scenario": name, "connections": connections,
        "seconds": round(millis(done.group(2) + done.group(3)) / 1000, 2),
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": percentile(out, 50),
        "p99_ms": percentile(out, 99),
        "requests": requests, "non_2xx": int(errors.group(1)) if errors else 0,
        "server_cpu_seconds_per_1000": round(cpu_seconds * 1000 / max(requests, 1), 3),
        "rss_mb": rss,
    })

realm_on = json.load(open(os.path.join(work, "realm-rotation-on.json")))
realm_off = json.load(open(os.path.join(work, "realm-rotation-off.json")))
credential = json.loads(json.load(open(os.path.join(work, "credentials.json")))[0]["credentialData"])
login_cpu_ms = next((r["server_cpu_seconds_per_1000"] for r in rows if r["scenario"] == "login" and r["connections"] == 2),
                    None)
summary = {
    "server": f"Keycloak {version} start-dev (embedded H2 file database, local caches), kc.sh default JVM options",
    "java": java,
    "duration": duration, "login_duration": login_duration, "warmup_rounds": int(warmup_rounds),
    "token_scope": scope or "(none: access and refresh token, no ID token)",
    "realm": {
        "password_policy": realm_on.get("passwordPolicy") or "(none: Keycloak's default)",
        "access_token_lifespan_s": realm_on.get("accessTokenLifespan"),
        "sso_session_idle_timeout_s": realm_on.get("ssoSessionIdleTimeout"),
        "refresh_rotation_on": {k: realm_on.get(k) for k in ("revokeRefreshToken", "refreshTokenMaxReuse")},
        "refresh_rotation_off": {k: realm_off.get(k) for k in ("revokeRefreshToken", "refreshTokenMaxReuse")},
        "rotation_check": {"on": rotation_check, "off": plain_check},
    },
    "stored_password_hash": credential,
    "argon2_cpu_ms": float(hash_ms),
    "login_cpu_ms": login_cpu_ms,
    "login_overhead_beyond_hashing": round((login_cpu_ms - float(hash_ms)) / float(hash_ms), 3) if login_cpu_ms else None,
    "refresh_tokens": {
        "rotation_on_per_run": {c: lines_of(f"refresh-on-{c}.txt") for c in (16, 64)},
        "rotation_off_cycled": lines_of("refresh-off.txt"),
        "rotation_off_fresh": lines_of("refresh-off-fresh.txt"),
        "warmup_rotation_rate_per_s": int(warm_rate),
    },
    "active_client_sessions_at_end": sessions,
    "rss_mb_after_load": int(rss_loaded),
    "script_seconds": int(script_seconds),
}
json.dump({"summary": summary, "runs": rows}, open(os.path.join(work, "results.json"), "w"), indent=2)

lines = ["| scenario | conns | run s | req/s | p50 ms | p99 ms | non-2xx | server CPU-s / 1000 req | RSS MB |",
         "|---|---|---|---|---|---|---|---|---|"]
for r in rows:
    p50 = "-" if r["p50_ms"] is None else f"{r['p50_ms']:.2f}"
    p99 = "-" if r["p99_ms"] is None else f"{r['p99_ms']:.2f}"
    lines.append(f"| {r['scenario']} | {r['connections']} | {r['seconds']} | {r['requests_per_second']:.1f} | {p50} | "
                 f"{p99} | {r['non_2xx']} | {r['server_cpu_seconds_per_1000']} | {r['rss_mb']} |")
lines += ["", "```", json.dumps(summary, indent=2), "```"]
open(os.path.join(work, "results.md"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
