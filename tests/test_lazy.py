"""genaiops.lazy: a module named with ``lazy_module`` is imported by its first attribute read, not before."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from genaiops.lazy import lazy_module

assert "colorsys" not in sys.modules
colorsys = lazy_module("colorsys")
assert "colorsys" not in sys.modules  # named, not imported
assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
assert sys.modules["colorsys"].rgb_to_hsv is colorsys.rgb_to_hsv  # the real module's functions
assert "hls_to_rgb" in dir(colorsys)
assert lazy_module("colorsys") is sys.modules["colorsys"]  # already imported: the module itself
try:
    colorsys.no_such_name
except AttributeError as exc:
    print("AttributeError:", exc)
"""


def test_a_lazy_module_is_imported_by_its_first_attribute_read() -> None:
    """Naming a module costs nothing; the first attribute read imports it and gives the real module's value (an
    unknown name raises AttributeError as the module would); once imported, the module itself is returned."""
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "AttributeError: module 'colorsys' has no attribute 'no_such_name'\n"
