"""The CLI's stand-in for pydantic's plugin loader (genaiops.cli.plugins) spares importlib.metadata when no
pydantic plugin is installed, and hands over to pydantic's own loader when one is: an installed plugin still
loads in `genaiops` commands, and PYDANTIC_DISABLE_PLUGINS still turns it off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = str(Path(sys.executable).parent / "genaiops")
SCENARIO = str(Path(__file__).resolve().parents[1] / "scenarios" / "canary_release.yaml")
PLUGIN = """
import os
from pathlib import Path

Path(os.environ["PLUGIN_MARKER"]).write_text("loaded", encoding="utf-8")


class Plugin:
    def new_schema_validator(self, *args, **kwargs):
        return None, None, None


plugin = Plugin()
"""


def _plugin_folder(root: Path) -> Path:
    """A folder holding a distribution that declares a pydantic plugin (entry point group ``pydantic``)."""
    folder = root / "site"
    (folder / "marker_plugin-1.0.dist-info").mkdir(parents=True)
    (folder / "marker_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: marker-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (folder / "marker_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[pydantic]\nmarker = marker_plugin:plugin\n", encoding="utf-8"
    )
    (folder / "marker_plugin.py").write_text(PLUGIN, encoding="utf-8")
    return folder


def _validate(tmp_path: Path, **extra: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    marker = tmp_path / "marker"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env.update(PYTHONPATH=str(_plugin_folder(tmp_path)), PLUGIN_MARKER=str(marker), **extra)
    done = subprocess.run([GENAIOPS, "scenario", "validate", SCENARIO], capture_output=True, text=True, env=env)
    return done, marker


def test_an_installed_pydantic_plugin_still_loads(tmp_path: Path) -> None:
    """A distribution declaring a pydantic plugin gets it loaded by pydantic's own loader in a CLI command."""
    done, marker = _validate(tmp_path)
    assert done.returncode == 0, done.stderr
    assert marker.read_text(encoding="utf-8") == "loaded"


def test_disabled_plugins_stay_disabled(tmp_path: Path) -> None:
    """PYDANTIC_DISABLE_PLUGINS=1 keeps an installed plugin from loading, as pydantic's loader does."""
    done, marker = _validate(tmp_path, PYDANTIC_DISABLE_PLUGINS="1")
    assert done.returncode == 0, done.stderr
    assert not marker.exists()


def test_no_plugin_means_no_importlib_metadata() -> None:
    """With no pydantic plugin installed, building a model after install() does not import importlib.metadata
    (the ~40 ms the stand-in saves), and pydantic finds no plugin."""
    code = (
        "import sys\n"
        "from genaiops.cli import plugins\n"
        "plugins.install()\n"
        "from pydantic import BaseModel\n"
        "class A(BaseModel):\n"
        "    x: int\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(A(x='3').x, list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYDANTIC_DISABLE_PLUGINS")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "[]", "False"]
