"""The remembered policy version (genaiops.policy_cache) holds while the home's policy file and the code that
computed it are unchanged, and only then."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from genaiops.policy_cache import recall, remember


@pytest.fixture
def module_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A genaiops module loaded in this process, its source a file the test may edit."""
    source = tmp_path / "computed_it.py"
    source.write_text("X = 1\n", encoding="utf-8")
    module = types.ModuleType("genaiops._computed_it")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return source


def test_the_version_is_recalled_while_nothing_changed(tmp_path, module_file) -> None:
    """Remembered, then recalled as it was; another policy file's bytes do not recall it."""
    home = tmp_path / "home"
    remember(home, b"allow_claimed_identities: true\n", "v1")
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    assert recall(home) == "v1"
    (home / "policy.yaml").write_text("allow_claimed_identities: false\n", encoding="utf-8")
    assert recall(home) is None


def test_an_edit_of_code_the_writer_ran_forgets_it(tmp_path, module_file) -> None:
    """A module loaded when the version was remembered, edited (or gone) since: no version recalled."""
    home = tmp_path / "home"
    remember(home, None, "v1")
    assert recall(home) == "v1"
    module_file.write_text("X = 22\n", encoding="utf-8")
    assert recall(home) is None
    remember(home, None, "v2")
    assert recall(home) == "v2"
    module_file.unlink()
    assert recall(home) is None


def test_an_edit_of_code_the_writer_did_not_run_keeps_it(tmp_path, module_file, monkeypatch) -> None:
    """A genaiops module that was not loaded when the version was remembered may change: still recalled (an
    edit of an unrelated command no longer makes every inbox read load the policy again)."""
    home = tmp_path / "home"
    monkeypatch.delitem(sys.modules, "genaiops._computed_it")
    remember(home, None, "v1")
    module_file.write_text("X = 3\n", encoding="utf-8")
    os.utime(module_file, ns=(1, 1))
    assert recall(home) == "v1"
