"""A throwaway PostgreSQL cluster for the store's tests and bench/scale.py: Debian's binaries
(``/usr/lib/postgresql/*/bin``), ``initdb`` into a temporary folder, listening on 127.0.0.1 at a free port (and a
Unix socket in the folder), trust authentication, stopped and deleted by ``stop()``.

``initdb`` and ``pg_ctl`` refuse to run as root: as root they run as the ``postgres`` user (``runuser``), which owns
the folder. Readiness is polled (``pg_isready``), never slept for.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

__all__ = ["PgCluster", "postgres_bin"]


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """``start()`` it, make databases with ``new_database()``, ``stop()`` it."""

    def __init__(self, bin_dir: Path, *, fsync: bool = False) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="genaiops-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.fsync = fsync
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *argv: str) -> None:
        out = subprocess.run([*self._as, *argv], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {out.stderr.strip()[-500:]}")

    def start(self) -> PgCluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        return self._pg_ctl("start")

    def restart(self) -> PgCluster:
        """Stop the server (``-m fast``: every client's connection is ended, as at a failover or an upgrade) and
        start it again on the same port and data."""
        return self._pg_ctl("restart", "-m", "fast")

    def halt(self) -> None:
        """Stop the server (``-m fast``), keeping its data: the database is down until ``resume()``."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> PgCluster:
        """Start the server ``halt()`` stopped, on the same port and data."""
        return self._pg_ctl("start")

    def _pg_ctl(self, action: str, *extra: str) -> PgCluster:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root}"
        options += " -c max_connections=300" + ("" if self.fsync else " -c fsync=off")
        pg_ctl = str(self.bin / "pg_ctl")
        self._run(pg_ctl, "-D", str(self.data), *extra, "-o", options, "-l", str(self.root / "log"), action)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready = subprocess.run(
                [str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)], capture_output=True
            )
            if ready.returncode == 0:
                return self
            time.sleep(0.05)
        raise RuntimeError(f"PostgreSQL did not become ready: {(self.root / 'log').read_text()[-500:]}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
