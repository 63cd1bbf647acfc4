"""Runbooks are data: each has valid front matter naming registered tools and catalogued actions."""

from importlib.resources import files

import pytest
import yaml

from genaiops.tools import load_tools
from genaiops.tools.sre.remediation import CATALOGUE
from genaiops.tools.sre.simulate import FAULT_KINDS

RUNBOOKS = files("genaiops.tools.sre") / "runbooks"


def front_matter(name: str) -> tuple[dict, str]:
    text = (RUNBOOKS / f"{name}.md").read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{name}.md must start with a YAML front matter block"
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_every_fault_kind_has_a_runbook_with_valid_front_matter(kind):
    """Each simulated fault kind has a runbook whose tools are registered and whose actions are catalogued."""
    meta, body = front_matter(kind)
    assert meta["id"] == kind and meta["fault_kind"] == kind and meta["title"]
    assert set(meta["tools"]) <= set(load_tools().names())
    assert set(meta["actions"]) <= set(CATALOGUE)
    for section in ("## Recognise", "## Confirm", "## Mitigate", "## Verify", "## Follow up"):
        assert section in body


def test_runbooks_recommend_actions_that_the_catalogue_says_help():
    """A runbook's actions are ones the catalogue lists as helping with its fault kind."""
    for kind in FAULT_KINDS:
        meta, _ = front_matter(kind)
        assert all(kind in CATALOGUE[a].helps_with for a in meta["actions"])
