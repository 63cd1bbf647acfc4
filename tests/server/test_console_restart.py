"""The console across a restart of `genaiops serve` (uvicorn in its own process on 127.0.0.1, twice on one
home): a session signed in before the restart still works after it, and one signed out before it stays signed
out (a copied cookie of it is not accepted again); changing an account's password signs its browsers out."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
PASSWORD = "alice-restart-pass-3k"


def _sign_in(client: httpx.Client, password: str = PASSWORD, who: str = "alice") -> None:
    form = client.get("/signin")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/signin", data={"username": who, "password": password, "csrf": token})
    assert answer.status_code == 303, answer.text


def _browser(url: str, cookies: dict[str, str] | None = None) -> httpx.Client:
    return httpx.Client(base_url=url, follow_redirects=False, timeout=30, cookies=cookies)


def _home(tmp_path: Path) -> dict[str, str]:
    """The environment of a fresh home under ``tmp_path`` (its own HOME, no caller identity or server)."""
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    (tmp_path / "scenarios").mkdir()
    return {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(tmp_path / "user"),
        "GENAIOPS_HOME": str(tmp_path / "home"),
        "GENAIOPS_SCENARIOS_DIR": str(tmp_path / "scenarios"),
    }


def users(env: dict[str, str], *args: str, password: str) -> None:
    """`genaiops users ARGS --password-stdin` on that home, as its owner types it."""
    done = subprocess.run([str(GENAIOPS), "users", *args, "--password-stdin"], env=env, input=password + "\n",
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_signed_out_session_stays_signed_out_after_a_restart(
    tmp_path: Path, genaiops_serve: Callable[..., Any]
) -> None:
    """alice signs in twice (two browsers), signs one out, and the server restarts: the kept session still
    reads /runs, a copy of the signed-out cookie is sent to sign in (before the fix the restarted server took
    it again: sign-out was only remembered in the process's memory)."""
    env = _home(tmp_path)
    users(env, "add", "alice", "--role", "operator", password=PASSWORD)
    with (
        genaiops_serve(env, tmp_path / "first.log") as server,
        _browser(server.url) as kept,
        _browser(server.url) as leaving,
    ):
        _sign_in(kept)
        _sign_in(leaving)
        copied = _browser(server.url, dict(leaving.cookies))
        page = leaving.get("/runs")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        assert leaving.post("/signout", data={"csrf": token}).status_code == 303
        assert copied.get("/runs").status_code == 303
        cookies = dict(kept.cookies), dict(copied.cookies)
        copied.close()
    with genaiops_serve(env, tmp_path / "second.log") as server:
        with _browser(server.url, cookies[0]) as kept, _browser(server.url, cookies[1]) as copied:
            assert kept.get("/runs").status_code == 200
            again = copied.get("/runs")
        assert again.status_code == 303 and again.headers["location"].startswith("/signin")
    ended = tmp_path / "home" / "keys" / "console.signed-out"
    assert oct(ended.stat().st_mode & 0o777) == "0o600"


@dataclass(frozen=True)
class Shared:
    """One `genaiops serve` over one home for the tests that change an account under a running server: each test
    adds an account of its own, so none sees another's changes."""

    env: dict[str, str]
    url: str


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, genaiops_serve: Callable[..., Any]) -> Iterator[Shared]:
    root = tmp_path_factory.mktemp("shared")
    env = _home(root)
    with genaiops_serve(env, root / "serve.log") as server:
        yield Shared(env, server.url)


def test_changing_a_password_signs_the_accounts_browsers_out(shared: Shared) -> None:
    """alice is signed in; `genaiops users passwd alice` (someone saw her password) ends that session: the next
    page sends her to sign in (before, the session lived out its 12 hours), and signing in with the new password
    works."""
    env = shared.env
    users(env, "add", "alice", "--role", "operator", password=PASSWORD)
    with _browser(shared.url) as browser:
        _sign_in(browser)
        assert browser.get("/runs").status_code == 200
        users(env, "passwd", "alice", password=PASSWORD + "-new")
        ended = browser.get("/runs")
        assert ended.status_code == 303 and ended.headers["location"].startswith("/signin")
        _sign_in(browser, PASSWORD + "-new")
        assert browser.get("/runs").status_code == 200


def test_changing_roles_keeps_the_accounts_browser_signed_in_with_the_new_roles(shared: Shared) -> None:
    """bea is signed in as a viewer; `genaiops users roles bea --role operator` gives her a role: her session
    stays (a roles change is not a password change: it stamped the account as one, so her browser was sent to sign
    in) and holds the new role at its next request."""
    env = shared.env
    users(env, "add", "bea", password=PASSWORD)
    with _browser(shared.url) as browser:
        _sign_in(browser, who="bea")
        assert browser.get("/runs").status_code == 200
        done = subprocess.run([str(GENAIOPS), "users", "roles", "bea", "--role", "operator"], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        page = browser.get("/runs")
        assert page.status_code == 200, page.headers.get("location")


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_revoking_all_of_an_accounts_tokens_signs_its_browsers_out(shared: Shared) -> None:
    """cleo has two tokens and is signed in; `genaiops tokens revoke` of one keeps her session (another token
    still works), of the last one ends it as a new password would (before, the session lived out its 12 hours
    after an admin had revoked everything of a suspect account: qa-hostile10); she can sign in again."""

    env = shared.env
    users(env, "add", "cleo", "--role", "operator", password=PASSWORD)
    _cli(env, "tokens", "create", "--user", "cleo", "--label", "ci")
    _cli(env, "tokens", "create", "--user", "cleo", "--label", "laptop")
    listed = json.loads(_cli(env, "tokens", "list", "-o", "json").stdout)
    ids = [token["id"] for token in listed if token["account"] == "cleo"]
    assert len(ids) == 2, listed
    with _browser(shared.url) as browser:
        _sign_in(browser, who="cleo")
        assert browser.get("/runs").status_code == 200
        _cli(env, "tokens", "revoke", ids[0])
        assert browser.get("/runs").status_code == 200
        _cli(env, "tokens", "revoke", ids[1])
        ended = browser.get("/runs")
        assert ended.status_code == 303 and ended.headers["location"].startswith("/signin")
        _sign_in(browser, who="cleo")
        assert browser.get("/runs").status_code == 200
