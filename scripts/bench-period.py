"""KPIs for any period, timed through Pamoja's API and against DuckDB (see scripts/bench-period).

    bench-period.py PAMOJA DB WORK

PAMOJA is the release binary, DB the demo's database (a SQLite file or a postgres:// URL),
WORK a directory for the tables' CSV copies. Prints figures; asserts nothing about time.

1. The tables the KPIs come from are copied to CSV (sqlite3 here, psql's \\copy for
   PostgreSQL) and loaded into an in-memory DuckDB: the peer holds them in memory, as the
   server holds its buckets.
2. `pamoja serve` is started; once it has computed the recent terms' figures, each place (the
   nation, a district, a school) is asked for KPIs over 20 date ranges nobody asked before:
   the first answer is cold, the next five warm.
3. DuckDB computes the same per-CoP facts for the same ranges (meetings held, members expected
   and present, members at 90% of their CoP's meetings, reports and those acknowledged, action
   points and those closed, meetings whose agenda teachers decided, how meetings were held and
   facilitated) rolled up to the place's children and the place: the dashboard's figures,
   except the three that need the calendar (meetings planned, CoPs on frequency, maturity).
4. The server's peak memory (VmHWM) at the end.
"""

import csv
import datetime as dt
import http.client
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

import duckdb

TABLES = {
    "units": "id, code, depth, parent_id, path",
    "schools": "id, code, unit_id",
    "communities": "id, unit_id, school_id, cluster_id",
    "meetings": "id, community_id, held_on, modality, facilitator_kind, members_expected, members_present",
    "attendance": "meeting_id, person_id, status, guest_role",
    "meeting_decisions": "meeting_id, aspect, decider",
    "meeting_formats": "meeting_id, format",
    "meeting_reports": "meeting_id, acknowledged_at",
    "action_points": "meeting_id, closed_on",
    "academic_years": "starts_on, ends_on",
}
RANGES = 20
WARM = 5


def export(db, work):
    """Each table's columns to WORK/table.csv, from the database itself."""
    if db.startswith("postgres"):
        for table, columns in TABLES.items():
            path = os.path.join(work, f"{table}.csv")
            subprocess.run(["psql", "-q", db, "-c", f"\\copy (SELECT {columns} FROM {table}) TO '{path}' CSV HEADER"], check=True)
        return
    con = sqlite3.connect(db)
    for table, columns in TABLES.items():
        cursor = con.execute(f"SELECT {columns} FROM {table}")
        with open(os.path.join(work, f"{table}.csv"), "w", newline="") as out:
            w = csv.writer(out)
            w.writerow([d[0] for d in cursor.description])
            for row in cursor:
                # sqlx keeps a UUID as 16 bytes in SQLite.
                w.writerow([v.hex() if isinstance(v, bytes) else v for v in row])
    con.close()


def load(work):
    duck = duckdb.connect()
    for table in TABLES:
        path = os.path.join(work, f"{table}.csv")
        duck.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, all_varchar = false)")
    return duck


# Per CoP, the facts of meetings held in [$from, $to]; rolled up to the children of the place
# whose CoPs `scope` selects, and to the place (the NULL child).
FACTS = """
WITH m AS (
    SELECT id, community_id, modality, facilitator_kind, members_expected, members_present
    FROM meetings WHERE CAST(held_on AS DATE) BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
), cops AS (
    SELECT c.id, {child} AS child FROM communities c JOIN units u ON u.id = c.unit_id {join} WHERE {scope}
), per_meeting AS (
    SELECT m.*, cops.child,
        (SELECT COUNT(*) FROM meeting_reports r WHERE r.meeting_id = m.id) AS reports,
        (SELECT COUNT(r.acknowledged_at) FROM meeting_reports r WHERE r.meeting_id = m.id) AS acknowledged,
        (SELECT COUNT(*) FROM action_points a WHERE a.meeting_id = m.id) AS action_points,
        (SELECT COUNT(a.closed_on) FROM action_points a WHERE a.meeting_id = m.id) AS closed,
        EXISTS (SELECT 1 FROM meeting_decisions d WHERE d.meeting_id = m.id AND d.aspect = 'agenda'
                AND d.decider = 'teachers') AS teachers_set_agenda,
        EXISTS (SELECT 1 FROM meeting_formats f WHERE f.meeting_id = m.id AND f.format = 'small-groups') AS small_groups
    FROM m JOIN cops ON cops.id = m.community_id
), per_person AS (
    SELECT per_meeting.child, per_meeting.community_id, a.person_id,
        COUNT(*) AS expected, SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END) AS present
    FROM attendance a JOIN per_meeting ON per_meeting.id = a.meeting_id
    WHERE a.guest_role IS NULL GROUP BY ALL
), people AS (
    SELECT child, COUNT(*) AS members, SUM(CASE WHEN present * 10 >= expected * 9 THEN 1 ELSE 0 END) AS at_90
    FROM per_person GROUP BY ROLLUP (child)
), held AS (
    SELECT child, COUNT(*) AS held, SUM(members_expected) AS slots, SUM(members_present) AS present,
        SUM(reports) AS reports, SUM(acknowledged) AS acknowledged, SUM(action_points) AS action_points,
        SUM(closed) AS closed, SUM(CAST(teachers_set_agenda AS INT)) AS teachers_set_agenda,
        SUM(CAST(small_groups AS INT)) AS small_groups,
        SUM(CASE WHEN modality = 'whatsapp' THEN 1 ELSE 0 END) AS whatsapp,
        SUM(CASE WHEN facilitator_kind = 'teacher' THEN 1 ELSE 0 END) AS by_teachers
    FROM per_meeting GROUP BY ROLLUP (child)
)
SELECT * FROM held LEFT JOIN people USING (child)
"""


def facts_query(kind, place):
    """The DuckDB statement for a place: a unit (children: the units below it, or for the lowest
    unit its schools) or a school (children: its CoPs)."""
    if kind == "school":
        return FACTS.format(child="c.id", join="JOIN schools s ON s.id = c.school_id", scope=f"s.code = '{place['code']}'")
    depth = place["depth"] + 1
    if depth > place["lowest"]:
        return FACTS.format(child="c.school_id", join="", scope=f"u.path LIKE '{place['path']}%'")
    # The child unit is the ancestor at `depth`, whose path is a prefix of the CoP's unit's.
    return FACTS.format(
        child="p.code",
        join=f"JOIN units p ON p.depth = {depth} AND starts_with(u.path, p.path)",
        scope=f"u.path LIKE '{place['path']}%'",
    )


class Server:
    def __init__(self, pamoja, db):
        env = dict(os.environ, PAMOJA_LOG="warn,pamoja=info")
        self.process = subprocess.Popen(
            [pamoja, "serve", "--db", db, "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        line = self.process.stdout.readline()
        self.host, self.port = line.split("http://")[1].split("/")[0].split(":")
        self.warmed = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()
        started = time.monotonic()
        if not self.warmed.wait(600):
            sys.exit("the server did not compute the recent terms' figures within 10 minutes")
        self.warm_s = time.monotonic() - started
        self.http = http.client.HTTPConnection(self.host, int(self.port))

    def _watch(self):
        for line in self.process.stderr:
            if "figures of recent terms are computed" in line or "not computed ahead" in line:
                self.warmed.set()

    def get(self, path, token):
        started = time.perf_counter()
        self.http.request("GET", path, headers={"Authorization": f"Bearer {token}"})
        response = self.http.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            sys.exit(f"{path}: {response.status} {body[:300]!r}")
        return elapsed, json.loads(body)

    def peak_mib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.process.terminate()
        self.process.wait()


def percentiles(times):
    ordered = sorted(times)
    at = lambda p: ordered[round((len(ordered) - 1) * p)]
    return at(0.5), at(0.99)


def main():
    pamoja, db, work = sys.argv[1:4]
    started = time.monotonic()
    export(db, work)
    duck = load(work)
    print(f"  tables copied to CSV and loaded into DuckDB {duckdb.__version__} in {time.monotonic() - started:.1f} s")

    units = duck.execute("SELECT code, depth, path FROM units ORDER BY depth, code").fetchall()
    lowest = max(u[1] for u in units)
    nation = {"code": units[0][0], "depth": units[0][1], "path": units[0][2], "lowest": lowest}
    first = next(u for u in units if u[1] == 1)
    district = {"code": first[0], "depth": 1, "path": first[2], "lowest": lowest}
    school = duck.execute(
        "SELECT s.code FROM schools s JOIN units u ON u.id = s.unit_id JOIN communities c ON c.school_id = s.id "
        f"WHERE u.path LIKE '{district['path']}%' ORDER BY s.code LIMIT 1"
    ).fetchone()[0]
    year_from, year_to = duck.execute("SELECT MIN(CAST(starts_on AS DATE)), MAX(CAST(ends_on AS DATE)) FROM academic_years").fetchone()

    # 20 ranges per place, all different, so each place's first answer is cold.
    rng = random.Random(12)
    days = (year_to - year_from).days
    ranges = []
    while len(ranges) < 3 * RANGES:
        start = year_from + dt.timedelta(days=rng.randrange(-30, days))
        span = (start, start + dt.timedelta(days=rng.randrange(0, 400)))
        if span not in ranges:
            ranges.append(span)

    token = subprocess.run([pamoja, "token", "create", "--db", db, "--user", "admin"], check=True, capture_output=True, text=True).stdout
    token = token.strip().splitlines()[-1]
    server = Server(pamoja, db)
    print(f"  server started; recent terms' figures computed {server.warm_s:.1f} s after it began serving")
    places = [("nation", "unit", nation), ("district", "unit", district), ("school", "school", {"code": school})]
    for n, (label, kind, place) in enumerate(places):
        cold, warm, peer = [], [], []
        statement = facts_query(kind, place)
        for start, end in ranges[n * RANGES : (n + 1) * RANGES]:
            path = f"/api/v1/kpis?unit={place['code']}&from={start}&to={end}"
            ms, answer = server.get(path, token)
            cold.append(ms)
            for _ in range(WARM):
                warm.append(server.get(path, token)[0])
            times = []
            for _ in range(3):
                t = time.perf_counter()
                rows = duck.execute(statement, {"from": str(start), "to": str(end)}).fetchall()
                times.append((time.perf_counter() - t) * 1000)
            peer.append(statistics.median(times))
            # The peer's totals are the API's: meetings held and members present.
            total = next((r for r in rows if r[0] is None), None)
            held = {k["kpi"]: k for k in answer["kpis"]}.get("attendance-rate")
            # SUM over no meetings is NULL in SQL: none present.
            peer_present = (total[3] or 0) if total is not None else 0
            api_present = held["parts"][0]["numerator"] if held is not None and held["parts"] else 0
            if peer_present != api_present:
                print(f"  note: DuckDB counts {peer_present} present, the API {api_present} ({label} {start}..{end})")
        (c50, c99), (w50, w99), (d50, d99) = percentiles(cold), percentiles(warm), percentiles(peer)
        print(
            f"  {label:<8} {place['code']:<12} cold p50 {c50:7.1f} ms p99 {c99:7.1f} ms | warm p50 {w50:6.1f} ms p99 {w99:6.1f} ms"
            f" | DuckDB p50 {d50:6.1f} ms p99 {d99:6.1f} ms | cold/DuckDB p50 {c50 / d50:4.2f}x"
        )
    print(f"  server peak memory (VmHWM): {server.peak_mib():.0f} MiB")
    server.stop()


if __name__ == "__main__":
    main()
