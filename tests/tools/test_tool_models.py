"""The tools' modules stay cheap to import (validating a scenario imports the modules of the tools it names, and
`scenario list` those of every shipped scenario): numpy is imported by the first numeric call, not by importing a
tool, and a tool's pydantic models are built when first used, so a model that cannot be built still fails loudly
here rather than in the middle of a run."""

from __future__ import annotations

import json
import subprocess
import sys
import types

from genaiops.tools import load_tools

IMPORT_ALL = """
import sys
import types
from genaiops.tools import load_tools
assert len(load_tools()) > 50
print(sorted(m for m in sys.modules if m.split(".")[0] in ("numpy", "scipy", "sklearn", "pandas", "pyarrow")))
"""


def test_importing_every_tool_imports_no_numerical_library() -> None:
    """All tool modules import (registering every tool) without numpy, scipy, scikit-learn, pandas or pyarrow."""
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


BUILD_ALL = """
import json
import sys

from pydantic import BaseModel

from genaiops.tools import load_tools

load_tools()
models = sorted({
    value
    for name, module in list(sys.modules.items())
    if name.startswith("genaiops.tools.")
    for value in vars(module).values()
    if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == name
}, key=lambda m: f"{m.__module__}.{m.__qualname__}")
eager = [f"{m.__module__}.{m.__qualname__}" for m in models if not m.model_config.get("defer_build")]
unbuilt, not_objects = [], []
for model in models:
    model.model_rebuild()
    if not model.__pydantic_complete__:
        unbuilt.append(model.__qualname__)
    elif model.model_json_schema()["type"] != "object":
        not_objects.append(model.__qualname__)
print(json.dumps({"models": len(models), "eager": eager, "unbuilt": unbuilt, "not_objects": not_objects}))
"""


def test_every_tool_model_defers_its_build_and_builds() -> None:
    """Each model of the tools says `defer_build=True` (built at first use, not when validation imports the
    module: ~40 % of a cold `scenario list` was building models it never used) and builds, JSON schema too. In a
    process of its own: rebuilding every model changes their core schemas in place (a referenced model built
    already is inlined), which made the cards test fail when it ran after this one in the same process."""
    done = subprocess.run([sys.executable, "-c", BUILD_ALL], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["models"] > 150
    assert found["eager"] == [], "declare them `class Name(BaseModel, defer_build=True):`"
    assert found["unbuilt"] == [] and found["not_objects"] == [], found


def test_the_tool_packages_export_their_names_not_modules_of_the_same_name() -> None:
    """Every name a tools package exports is the function, class or value of its module, also once all modules
    are imported (a lazy facade would leave a module there when it has the name of the function it exports)."""
    load_tools()
    loaded = list(sys.modules.items())
    packages = [m for name, m in loaded if name.startswith("genaiops.tools") and hasattr(m, "__path__")]
    assert len(packages) > 10
    modules = [
        f"{package.__name__}.{name}"
        for package in packages
        for name in getattr(package, "__all__", ())
        if isinstance(getattr(package, name), types.ModuleType)
    ]
    assert modules == []
