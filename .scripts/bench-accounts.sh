#!/usr/bin/env bash
# Benchmarks of the accounts work (figures only): a 100,000-row CSV import on SQLite with its
# peak memory, and login throughput with p50/p99 latency at 16 concurrent logins. Uses the
# release server that `make run` builds.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
server="$CARGO_TARGET_DIR/release/server"
# Always through cargo: a release binary left from older code would measure that code.
cargo build -p server --release
dir="$(mktemp -d /tmp/prestasi-bench.XXXXXX)"; trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
export DATABASE_URL="sqlite://$dir/bench.db" RUST_LOG=warn PRESTASI_SITE_ROOT="$SITE_ROOT"
"$server" seed-demo >/dev/null

python3 - "$dir/import.csv" <<'PY'
import sys, random
random.seed(7)
units = ["SETDA", "BKPSDM", "BAPPEDA", "DINKES", "DISDIK", "DISDUKCAPIL", "INSPEKTORAT"]
with open(sys.argv[1], "w") as f:
    f.write("NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan,Kode Unit\n")
    seq = {}
    for i in range(100_000):
        y, m, d = 1970 + i % 30, 1 + i % 12, 1 + i % 28
        g = 1 + i % 2
        prefix = f"{y:04}{m:02}{d:02}{y + 25:04}{1 + (i // 7) % 12:02}{g}"
        seq[prefix] = seq.get(prefix, 0) + 1
        nip = f"{prefix}{seq[prefix]:03}"
        f.write(f"{nip},Pegawai {i},PNS,{'L' if g == 1 else 'P'},{y:04}-{m:02}-{d:02},III/a,Pelaksana,Staf,,S1,{units[i % 7]}\n")
PY
log "import of 100,000 rows"
/usr/bin/time -f "peak memory %M KiB, %e s wall" "$server" import --agency kota-palangka-raya "$dir/import.csv"

port="$(free_port)"
PRESTASI_ADDR="127.0.0.1:$port" PRESTASI_DEMO=true PRESTASI_API_RATE_PER_MINUTE=100000 "$server" serve >"$dir/server.log" 2>&1 &
pid=$!
wait_for_url "http://127.0.0.1:$port/healthz" 60
log "16 concurrent logins"
python3 - "http://127.0.0.1:$port" <<'PY'
import sys, time, urllib.request, urllib.parse, concurrent.futures, statistics
base = sys.argv[1]
body = urllib.parse.urlencode({"identifier": "demo.platform_admin", "password": "prestasi-demo-2026"}).encode()
def one(_):
    req = urllib.request.Request(base + "/api/auth/login", data=body, headers={"Sec-Fetch-Site": "same-origin"})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        assert "prestasi_session" in (r.headers.get("Set-Cookie") or "")
    return time.perf_counter() - t
with concurrent.futures.ThreadPoolExecutor(16) as pool:
    list(pool.map(one, range(16)))  # warm-up
    start = time.perf_counter()
    lat = sorted(pool.map(one, range(320)))
    wall = time.perf_counter() - start
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
print(f"bench logins: {len(lat)/wall:.1f} logins/s, p50 {p(0.50):.0f} ms, p99 {p(0.99):.0f} ms (16 concurrent, {len(lat)} logins)")
PY
