"""Shared fixtures: every test runs with HOME and GENAIOPS_HOME in its own temporary directory, so no test
reads or writes the user's files, and tools that cache under ~/.cache never touch the real one."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GENAIOPS_HOME", str(home / ".genaiops"))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(home / "tiktoken"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("GENAIOPS_STORE_URL", raising=False)
    monkeypatch.delenv("GENAIOPS_POLICY_FILE", raising=False)
