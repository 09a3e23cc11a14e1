#!/usr/bin/env python3
"""Writes the SQL that seeds the benchmark database, and the token / session-id files the wrk scenarios read.

usage: seed.py WORK_DIR FILLER_SESSIONS h2|postgres [expired]
  - FILLER_SESSIONS sessions of 100,000 users (10 each when there are 1,000,000), so that every measurement runs
    against a realistically full table;
  - refresh tokens for the rotation-off type (BENCH) and, one file per run and one for each warm-up (RS256, then
    ES256), for the rotation-on type (BENCHROT):
    only their SHA-256 goes into the database, as the service stores them;
  - sessions of user "destroyer" for the destroy scenario, one file of ids per run.
With "expired", the filler sessions are already expired (for timing the cleanup job) and nothing else is written.
"""
import base64
import hashlib
import os
import sys

work, filler, dialect = sys.argv[1], int(sys.argv[2]), sys.argv[3]
expired = len(sys.argv) > 4 and sys.argv[4] == "expired"
PER_FILE = 40_000


def b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def new_id():
    return b64(os.urandom(16))


csv_path = os.path.join(work, "seed.csv")
columns = "ID,OWNER,SESSION_TYPE,REFRESH_TOKEN_HASH"
with open(csv_path, "w") as csv:
    if not expired:
        def tokens(name, session_type, count):
            with open(os.path.join(work, name), "w") as out:
                for _ in range(count):
                    token = b64(os.urandom(32))
                    out.write(token + "\n")
                    owner = "rt-" + new_id()[:12]
                    csv.write(f"{new_id()},{owner},{session_type},{b64(hashlib.sha256(token.encode()).digest())}\n")

        tokens("refresh-off.txt", "BENCH", PER_FILE)
        for run in ("warm", 16, 64, "es256-warm", "es256-16", "es256-64"):
            tokens(f"refresh-on-{run}.txt", "BENCHROT", PER_FILE)
        for connections in (16, 64):
            with open(os.path.join(work, f"destroy-{connections}.txt"), "w") as out:
                for _ in range(PER_FILE):
                    session_id = new_id()
                    out.write(session_id + "\n")
                    csv.write(f"{session_id},destroyer,BENCH,{b64(os.urandom(32))}\n")

# Timestamps are UTC instants in TIMESTAMP columns, as the service writes them.
if dialect == "h2":
    now, day, rows = "CURRENT_TIMESTAMP", "INTERVAL '1' DAY", f"SYSTEM_RANGE(1, {filler})"
    seeded = f"CSVREAD('{csv_path}', '{columns}', 'charset=UTF-8')"
    load, analyze = "", "ANALYZE;"
else:
    now, day, rows = "(now() AT TIME ZONE 'UTC')", "INTERVAL '1 day'", f"generate_series(1, {filler}) AS s(X)"
    seeded = "SEED"
    load = (f"CREATE TEMP TABLE SEED (ID VARCHAR(32), OWNER VARCHAR(150), SESSION_TYPE VARCHAR(32), "
            f"REFRESH_TOKEN_HASH VARCHAR(64));\n\\copy SEED FROM '{csv_path}' WITH (FORMAT csv)\n")
    analyze = "VACUUM ANALYZE LOGIN_SESSION;  -- now, so that autovacuum does not run during the load"
created = f"{now} - 3 * {day}" if expired else now
expiry = f"{now} - 2 * {day}" if expired else f"{now} + {day}"
tag = "x" if expired else "a"
with open(os.path.join(work, "seed.sql"), "w") as sql:
    sql.write(f"""{load}
INSERT INTO LOGIN_SESSION (ID, OWNER, SESSION_TYPE, REFRESH_TOKEN_HASH, CREATED_AT, LAST_UPDATE,
    LAST_EXTENDED_AT, EXPIRES_AT)
  SELECT 'filler-{tag}-' || X, 'filler-' || MOD(X, 100000),
         CASE WHEN MOD(X, 2) = 0 THEN 'SHORT' ELSE 'LONG' END, 'filler-{tag}-hash-' || X,
         {created}, {created}, {created}, {expiry}
  FROM {rows};
INSERT INTO LOGIN_SESSION_GROUP (SESSION_ID, GROUP_ORDER, GROUP_NAME)
  SELECT 'filler-{tag}-' || X, 0, 'user' FROM {rows};
INSERT INTO LOGIN_SESSION (ID, OWNER, SESSION_TYPE, REFRESH_TOKEN_HASH, CREATED_AT, LAST_UPDATE,
    LAST_EXTENDED_AT, EXPIRES_AT)
  SELECT ID, OWNER, SESSION_TYPE, REFRESH_TOKEN_HASH, {now}, {now}, {now}, {now} + {day}
  FROM {seeded};
INSERT INTO LOGIN_SESSION_GROUP (SESSION_ID, GROUP_ORDER, GROUP_NAME) SELECT ID, 0, 'user' FROM {seeded};
{analyze}
""")
