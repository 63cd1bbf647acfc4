"""The server under load: `genaiops serve`'s app in its own uvicorn process on 127.0.0.1, over a home with one run
whose N gated tasks (default 1,000) all wait for approval.

1. The inbox with N pending approvals: p50/p95 latency of the console page (/approvals, signed in) and of the
   API (/api/v1/approvals, a token) over sequential requests. Target: p95 <= 300 ms.
2. Requests/s of the inbox API beside a plain FastAPI endpoint (in the same server process, the same run)
   that reads the same rows from the same store and returns them without authentication, filtering or models.
3. 50 concurrent API clients (50 accounts) deciding 500 approvals, each approval raced by two clients: every
   approval ends with exactly one decision (the other client gets 409), none lost or counted twice, and the
   ledger verifies (GET /api/v1/audit/verify).

    .venv/bin/python bench/server.py [--approvals 1000] [--decide 500] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

PASSWORD = "bench-password-1"


def serve(home: str, scenarios: str, port: int) -> None:
    """The server process: genaiops' app plus /plain/approvals (the plain endpoint the inbox is compared with)."""
    import sqlite3

    import uvicorn
    from fastapi import APIRouter

    from genaiops.server import create_app
    from genaiops.settings import load_settings

    plain = APIRouter()
    db = sqlite3.connect(str(Path(home) / "genaiops.db"), check_same_thread=False)

    @plain.get("/plain/approvals")
    async def rows() -> list[dict]:
        cursor = db.execute("SELECT * FROM approvals WHERE status = 'pending'")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    settings = load_settings(home=Path(home), scenarios_dir=Path(scenarios), guardrails="off")
    app = create_app(settings, extra_routers=(plain,))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def scenario(n: int) -> str:
    lines = ["name: bench-inbox", "description: many gated changes waiting at once", "tasks:"]
    for i in range(n):
        lines += [f"  - id: change{i:04d}", "    tool: apply_change", f'    args: {{target: "svc{i}@staging"}}']
    return "\n".join(lines) + "\n"


def make_home(root: Path, n: int, clients: int) -> dict[str, str]:
    from genaiops.accounts import Accounts

    (root / "home").mkdir()
    (root / "scenarios").mkdir()
    (root / "scenarios" / "inbox.yaml").write_text(scenario(n), encoding="utf-8")
    accounts = Accounts(str(root / "home" / "genaiops.db"))
    now = datetime.now(UTC)
    tokens = {}
    for name in ["requester", "viewer", *(f"approver{i:02d}" for i in range(clients))]:
        accounts.add(name, ["operator"], PASSWORD, by="bench", at=now)
        tokens[name] = accounts.create_token(name, label="bench", by="bench", at=now)[1]
    accounts.close()
    return tokens


def wait_ready(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited {process.returncode}")
        try:
            if httpx.get(f"{url}/signin", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


def pending(client: httpx.Client, token: str) -> list[dict]:
    answer = client.get("/api/v1/approvals", headers={"Authorization": f"Bearer {token}"})
    answer.raise_for_status()
    return answer.json()


def latencies(client: httpx.Client, path: str, count: int, **kw: object) -> list[float]:
    out = []
    for _ in range(count):
        start = time.perf_counter()
        answer = client.get(path, **kw)
        out.append((time.perf_counter() - start) * 1000)
        answer.raise_for_status()
    return out


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def throughput(url: str, path: str, headers: dict[str, str], seconds: float, workers: int = 8) -> float:
    done = 0
    stop = time.perf_counter() + seconds

    async def loop(client: httpx.AsyncClient) -> None:
        nonlocal done
        while time.perf_counter() < stop:
            (await client.get(path, headers=headers)).raise_for_status()
            done += 1

    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        start = time.perf_counter()
        await asyncio.gather(*(loop(client) for _ in range(workers)))
        return done / (time.perf_counter() - start)


async def race(url: str, rows: list[dict], tokens: dict[str, str], clients: int) -> dict[str, int]:
    """Each approval is sent by two different clients at once; count what the server answered."""
    names = [f"approver{i:02d}" for i in range(clients)]
    work: list[list[dict]] = [[] for _ in names]
    for i, row in enumerate(rows):
        work[i % clients].append(row)
        work[(i + 1) % clients].append(row)
    counts = {"200": 0, "409": 0, "other": 0}

    async def client_run(name: str, mine: list[dict]) -> None:
        headers = {"Authorization": f"Bearer {tokens[name]}"}
        async with httpx.AsyncClient(base_url=url, timeout=120, headers=headers) as client:
            for row in mine:
                body = {"reason": f"bench by {name}", "args_hash": row["args_hash"]}
                answer = await client.post(f"/api/v1/approvals/{row['id']}/approve", json=body)
                key = str(answer.status_code) if answer.status_code in (200, 409) else "other"
                counts[key] += 1

    await asyncio.gather(*(client_run(n, w) for n, w in zip(names, work, strict=True)))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approvals", type=int, default=1000)
    parser.add_argument("--decide", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--serve", nargs=3, metavar=("HOME", "SCENARIOS", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1], int(args.serve[2]))
        return
    root = Path(tempfile.mkdtemp(prefix="genaiops-bench-server-"))
    os.environ["HOME"] = str(root / "user")
    tokens = make_home(root, args.approvals, args.clients)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    env = os.environ | {"GENAIOPS_HOME": str(root / "home"), "GENAIOPS_WORKER_INTERVAL": "1"}
    command = [sys.executable, __file__, "--serve", str(root / "home"), str(root / "scenarios"), str(port)]
    process = subprocess.Popen(command, env=env)
    try:
        wait_ready(url, process)
        bench(url, tokens, args)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)


def bench(url: str, tokens: dict[str, str], args: argparse.Namespace) -> None:
    viewer = {"Authorization": f"Bearer {tokens['viewer']}"}
    with httpx.Client(base_url=url, timeout=120) as client:
        start = time.perf_counter()
        started = client.post("/api/v1/runs", json={"scenario": "inbox"}, headers={
            "Authorization": f"Bearer {tokens['requester']}"})  # fmt: skip
        started.raise_for_status()
        while len(pending(client, tokens["viewer"])) < args.approvals:
            time.sleep(0.5)
        print(f"setup: one run with {args.approvals} pending approvals in {time.perf_counter() - start:.1f} s")
        form = client.get("/signin")
        csrf = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        signed = client.post("/signin", data={"username": "viewer", "password": PASSWORD, "csrf": csrf})
        assert signed.status_code == 303, signed.text
        page = latencies(client, "/approvals", args.samples)
        api = latencies(client, "/api/v1/approvals", args.samples, headers=viewer)
        rows_on_page = client.get("/approvals").text.count('<tr>\n  <td><a href="/approvals/')
    print(f"inbox page ({rows_on_page} rows): p50 {p(page, 50):.0f} ms, p95 {p(page, 95):.0f} ms (target <= 300)")
    print(f"inbox API ({args.approvals} rows): p50 {p(api, 50):.0f} ms, p95 {p(api, 95):.0f} ms (target <= 300)")
    ours = asyncio.run(throughput(url, "/api/v1/approvals", viewer, args.seconds))
    plain = asyncio.run(throughput(url, "/plain/approvals", {}, args.seconds))
    print(f"requests/s: inbox API {ours:.1f}, plain FastAPI endpoint on the same rows {plain:.1f} "
          f"(x{plain / ours:.1f})")  # fmt: skip
    with httpx.Client(base_url=url, timeout=120) as client:
        rows = pending(client, tokens["viewer"])[: args.decide]
    start = time.perf_counter()
    counts = asyncio.run(race(url, rows, tokens, args.clients))
    took = time.perf_counter() - start
    with httpx.Client(base_url=url, timeout=120, headers=viewer) as client:
        decided = {r["id"]: r for r in client.get("/api/v1/approvals", params={"scope": "all", "status": "any"}).json()}
        details = [client.get(f"/api/v1/approvals/{r['id']}").json() for r in rows]
        verify = client.get("/api/v1/audit/verify").json()
    one_each = sum(len(d["decisions"]) == 1 for d in details)
    approved = sum(decided[r["id"]]["status"] == "approved" for r in rows)
    print(f"{args.clients} clients, {2 * len(rows)} racing decisions on {len(rows)} approvals in {took:.1f} s: "
          f"{counts['200']} accepted, {counts['409']} refused (409), {counts['other']} other; "
          f"{one_each}/{len(rows)} with exactly one decision, {approved} approved; "
          f"ledger verifies: {verify['ok']} ({verify['entries']} entries)")  # fmt: skip
    ok = counts["200"] == len(rows) and counts["other"] == 0 and one_each == len(rows) and verify["ok"]
    if not ok:
        raise SystemExit("FAILED: a decision was lost or counted twice, or the ledger does not verify")


if __name__ == "__main__":
    main()
