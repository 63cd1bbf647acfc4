"""The PostgreSQL password in GENAIOPS_STORE_URL never reaches the screen, the log or a file of the home, however
the URL gives it: as ``?password=`` (libpq reads it there too) or in a ``user:password@`` part whose '%' is not
percent-encoding (libpq's own message quoted it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
GATED = "name: gated\ntasks:\n  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {v: 2}}}\n"


def _genaiops(home: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, COLUMNS="200")
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300, check=False)


def _files_holding(home: Path, secret: str) -> list[str]:
    return [str(p) for p in home.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_a_password_in_the_query_string_is_kept_out_of_the_anchors_and_the_log(pg_cluster, tmp_path) -> None:
    """`?user=postgres&password=...` (the cluster trusts the user, so the run goes on): the run pauses at its gate,
    and neither its output, the log nor the anchors under keys/ hold the password (before, every anchor named the
    store with it, in clear, in a file of the home); `runs list` names the store without it."""
    home, secret = tmp_path / "home", "Qu3rySecretPw"
    url = pg_cluster.new_database().replace("postgres@", "") + f"?user=postgres&password={secret}&application_name=x"
    home.mkdir()
    scenario = home / "gated.yaml"
    scenario.write_text(GATED, encoding="utf-8")
    ran = _genaiops(home, url, "-v", "run", str(scenario))
    assert ran.returncode == 3, ran.stdout + ran.stderr
    assert list((home / "keys" / "anchors").glob("*.json")), "an anchor was written"
    assert secret not in ran.stdout + ran.stderr
    assert _files_holding(home, secret) == []


@pytest.mark.parametrize("password", ["Pw%zzBad-Secret", "Pw%BaBad-Secret"])
def test_a_password_with_a_bare_percent_is_not_echoed(pg_cluster, tmp_path, password) -> None:
    """`postgres:Pw%zz...@` (not percent-encoding) or `Pw%Ba...` (decodes to a byte that is not UTF-8): exit 2,
    one line that says how to write a '%' in the URL (%25) and shows no part of the password (before, libpq's
    "invalid percent-encoded token" quoted it on screen and in the log, and the second was "a bug in genaiops",
    exit 1, with a UnicodeDecodeError)."""
    home = tmp_path / "home"
    url = pg_cluster.new_database().replace("postgres@", f"postgres:{password}@")
    listed = _genaiops(home, url, "runs", "list")
    assert listed.returncode == 2, listed.stdout + listed.stderr
    assert password[:5] not in listed.stderr and "Bad-Secret" not in listed.stderr, listed.stderr
    assert "%25" in listed.stderr and "GENAIOPS_STORE_URL" in listed.stderr
    assert _files_holding(home, "Bad-Secret") == []


@pytest.mark.parametrize(
    ("url", "meant"), [("postgresq://u:Pw-Secret@127.0.0.1:5432/db", "postgresql"), ("sqllite:///x.db", "sqlite")]
)
def test_a_mistyped_scheme_is_named_with_both_forms_and_a_guess(tmp_path, url, meant) -> None:
    """`postgresq://...`: exit 2 naming GENAIOPS_STORE_URL, "did you mean postgresql://?", both URL forms, and
    not the password (before, the message offered only sqlite:///PATH, as if PostgreSQL were not supported)."""
    listed = _genaiops(tmp_path / "home", url, "runs", "list")
    assert listed.returncode == 2, listed.stdout + listed.stderr
    err = listed.stderr
    assert "GENAIOPS_STORE_URL" in err and f"did you mean {meant}://?" in err, err
    assert "postgresql://USER:PASSWORD@HOST:PORT/DATABASE" in err and "sqlite:///PATH" in err
    assert "Pw-Secret" not in err
