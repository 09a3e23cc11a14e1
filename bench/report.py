#!/usr/bin/env python3
"""Turns the wrk outputs of bench/run.sh into results.json, results.md (the table in docs/benchmarks.md) and results.svg."""
import json
import os
import re
import sys

work, rss_loaded, purge, hash_ms, sign_ms, filler, duration, database = sys.argv[1:9]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def millis(text):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def percentile(out, pct):
    match = re.search(rf"^\s+{pct}%\s+(\S+)\s*$", out, re.MULTILINE)
    return millis(match.group(1)) if match else None


usage = {}
for line in open(os.path.join(work, "server-usage.txt")):
    name, connections, ticks, clk, rss = line.split()
    usage[(name, int(connections))] = (int(ticks) / int(clk), int(rss))

rows = []
for (name, connections), (cpu_seconds, rss) in usage.items():
    out = open(os.path.join(work, f"wrk-{name}-{connections}.txt")).read()
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    rows.append({
        "scenario": name, "connections": connections,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": percentile(out, 50),
        "p99_ms": percentile(out, 99),
        "requests": requests, "non_2xx": int(errors.group(1)) if errors else 0,
        "server_cpu_seconds_per_1000": round(cpu_seconds * 1000 / max(requests, 1), 3),
        "rss_mb": rss,
    })


def rate(name, connections):
    return next(r["requests_per_second"] for r in rows if r["scenario"] == name and r["connections"] == connections)


# CPU per login from the 2-connection run, where almost no work is cut off in flight when wrk stops
login_cpu_ms = next(r["server_cpu_seconds_per_1000"] for r in rows if r["scenario"] == "login" and r["connections"] == 2)
summary = {
    "database": database, "stored_sessions": int(filler), "duration": duration, "rss_mb_after_load": int(rss_loaded),
    "purge": purge, "pbkdf2_cpu_ms": float(hash_ms), "rs256_sign_cpu_ms": float(sign_ms),
    "authenticated_vs_baseline": {c: round(rate("authenticated", c) / rate("baseline", c), 3) for c in (16, 64)},
    "login_cpu_ms": login_cpu_ms,
    "login_overhead_beyond_hashing": round((login_cpu_ms - float(hash_ms)) / float(hash_ms), 3),
}
json.dump({"summary": summary, "runs": rows}, open(os.path.join(work, "results.json"), "w"), indent=2)

lines = ["| scenario | conns | req/s | p50 ms | p99 ms | non-2xx | server CPU-s / 1000 req | RSS MB |",
         "|---|---|---|---|---|---|---|---|"]
for r in rows:
    p50 = "-" if r["p50_ms"] is None else f"{r['p50_ms']:.2f}"
    p99 = "-" if r["p99_ms"] is None else f"{r['p99_ms']:.2f}"
    lines.append(f"| {r['scenario']} | {r['connections']} | {r['requests_per_second']:.1f} | {p50} | {p99} | "
                 f"{r['non_2xx']} | {r['server_cpu_seconds_per_1000']} | {r['rss_mb']} |")
lines += ["", "```", json.dumps(summary, indent=2), "```"]
open(os.path.join(work, "results.md"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))

# a plain SVG bar chart of throughput, no plotting library needed
names = list(dict.fromkeys(r["scenario"] for r in rows))
peak = max(r["requests_per_second"] for r in rows) or 1
bar, gap, height = 18, 14, 260
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{len(names) * (2 * bar + gap) + 80}" height="{height + 90}" '
       'font-family="sans-serif" font-size="11">',
       f'<text x="10" y="16">requests/s ({database}, {int(filler):,} stored sessions; dark: 16 connections, light: 64)</text>']
for i, name in enumerate(names):
    x = 50 + i * (2 * bar + gap)
    for j, (connections, colour) in enumerate(((16, "#35608c"), (64, "#8fb4d9"))):
        value = rate(name, connections)
        h = value / peak * height
        svg.append(f'<rect x="{x + j * bar}" y="{30 + height - h:.1f}" width="{bar - 2}" height="{h:.1f}" fill="{colour}"/>')
        svg.append(f'<text x="{x + j * bar}" y="{26 + height - h:.1f}" font-size="9">{value:.0f}</text>')
    svg.append(f'<text x="{x}" y="{height + 48}" transform="rotate(30 {x} {height + 48})">{name}</text>')
svg.append("</svg>")
open(os.path.join(work, "results.svg"), "w").write("\n".join(svg))
