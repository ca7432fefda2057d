#!/usr/bin/env bash
# Benchmark of submitting ratings (figures only): 16 pejabat penilai rate their staff's approved
# plans concurrently on SQLite through POST /api/skp/rate, each rating recomputed and stored by
# the server. Reports throughput and p50/p99 latency. Uses the release server `make run` builds.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
server="$CARGO_TARGET_DIR/release/server"
# Always through cargo: a release binary left from older code would measure that code.
cargo build -p server --release
pid=""; dir="$(mktemp -d /tmp/prestasi-bench.XXXXXX)"; trap 'kill $pid 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$dir"' EXIT
export DATABASE_URL="sqlite://$dir/bench.db" RUST_LOG=warn PRESTASI_SITE_ROOT="$SITE_ROOT"
"$server" seed-demo --scale 2 >/dev/null

# 16 unit heads of Makassar get an account (the demo password) and each of their staff an
# approved plan: two results, three indicators.
python3 - "$dir/bench.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
c = db.cursor()
(hash_,) = c.execute("SELECT password_hash FROM app_user WHERE username = 'demo.pejabat_penilai'").fetchone()
heads = c.execute(
    "SELECT DISTINCT l.penilai_id, l.agency_id FROM reporting_line l WHERE l.end_date IS NULL "
    "AND l.penilai_id NOT IN (SELECT employee_id FROM app_user WHERE employee_id IS NOT NULL) "
    "ORDER BY l.agency_id, l.penilai_id LIMIT 16").fetchall()
assert len(heads) == 16, heads
for n, (head, agency) in enumerate(heads):
    (period,) = c.execute("SELECT id FROM assessment_period WHERE agency_id = ?", (agency,)).fetchone()
    c.execute("INSERT INTO app_user (agency_id, employee_id, username, display_name, password_hash, "
              "must_change_password, disabled, version, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, 0, 0, 1, 0, 0)", (agency, head, f"bench.{n}", f"Bench {n}", hash_))
    staff = [r[0] for r in c.execute(
        "SELECT employee_id FROM reporting_line WHERE penilai_id = ? AND end_date IS NULL "
        "AND employee_id NOT IN (SELECT employee_id FROM skp_plan)", (head,))]
    for e in staff:
        c.execute("INSERT INTO skp_plan (agency_id, period_id, employee_id, penilai_id, status, version, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, 'approved', 1, 0, 0)", (agency, period, e, head))
        plan = c.lastrowid
        for pos, kind in enumerate(["utama", "utama"]):
            c.execute("INSERT INTO skp_result (plan_id, kind, position, text, weight) VALUES (?, ?, ?, ?, 1.0)",
                      (plan, kind, pos + 1, f"Hasil {pos + 1}"))
            result = c.lastrowid
            for i in range(1 + pos):
                c.execute("INSERT INTO skp_indicator (result_id, position, text, target_kind, target, unit) "
                          "VALUES (?, ?, 'Indikator', 'quantitative', 10, 'dokumen')", (result, i + 1))
db.commit()
print(f"{c.execute('SELECT COUNT(*) FROM skp_plan WHERE penilai_id IN (%s)' % ','.join(str(h) for h, _ in heads)).fetchone()[0]} plans for 16 raters")
PY

port="$(free_port)"
PRESTASI_ADDR="127.0.0.1:$port" PRESTASI_API_RATE_PER_MINUTE=100000 "$server" serve >"$dir/server.log" 2>&1 &
pid=$!
wait_for_url "http://127.0.0.1:$port/healthz" 60
log "16 concurrent raters"
python3 - "http://127.0.0.1:$port" "$dir/bench.db" <<'PY'
import sys, time, json, sqlite3, urllib.request, urllib.parse, concurrent.futures
base, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(path)
work = {}
for (username, plan) in db.execute(
        "SELECT u.username, p.id FROM skp_plan p JOIN app_user u ON u.employee_id = p.penilai_id "
        "WHERE u.username LIKE 'bench.%' AND p.status = 'approved' ORDER BY p.id"):
    work.setdefault(username, []).append(plan)
db.close()

def login(username):
    body = urllib.parse.urlencode({"identifier": username, "password": "prestasi-demo-2026"}).encode()
    req = urllib.request.Request(base + "/api/auth/login", data=body, headers={"Sec-Fetch-Site": "same-origin"})
    with urllib.request.urlopen(req) as r:
        return r.headers.get("Set-Cookie").split(";")[0]

def rater(username):
    cookie = login(username)
    times = []
    for plan in work[username]:
        # Realisation equal to the target, every behaviour as expected: predikat Baik.
        payload = {"input": {"plan_id": plan, "period_no": 0, "realisasi": [10.0, 10.0, 10.0],
                   "behaviours": ["sesuai_ekspektasi"] * 7, "hasil": None, "perilaku": None,
                   "shown_predikat": "baik"}}
        req = urllib.request.Request(base + "/api/skp/rate", data=json.dumps(payload).encode(),
                                     headers={"Sec-Fetch-Site": "same-origin", "Cookie": cookie,
                                              "Content-Type": "application/json"})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            r.read()
        times.append(time.perf_counter() - t)
    return times

with concurrent.futures.ThreadPoolExecutor(16) as pool:
    start = time.perf_counter()
    lat = sorted(t for ts in pool.map(rater, sorted(work)) for t in ts)
    wall = time.perf_counter() - start
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
print(f"bench ratings: {len(lat)} ratings by 16 concurrent raters, {len(lat)/wall:.1f} ratings/s "
      f"(including 16 logins), p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms, max {lat[-1]*1000:.1f} ms")
PY
