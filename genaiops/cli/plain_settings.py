"""The settings as ``genaiops.settings.load_settings()`` reads them from an environment that sets no
``GENAIOPS_*`` variable but the home, the store URL and secrets (``genaiops.cli.lite`` answers only there), without
building the settings model: validating a graph file (``scenario validate``, ``graph show``, ``scenario list``)
reads the home, its policy file, the data roots and the real systems configured, and the model's import was a
tenth of a cold ``scenario validate`` (``bench/cli.py``).

In such an environment every other field has its default (no per-process policy, no data roots, no Prometheus,
Loki or MLflow, drill serving), and the home is read as the model reads it (any text, ``~`` expanded). Any other
field is not here: asking for it raises ``AttributeError``, and ``genaiops.cli.lite`` then hands the command to
typer, which reads the settings model. ``tests/test_cli_plain_settings.py`` compares each field with
``load_settings()``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["PlainSettings"]


@dataclass(frozen=True, slots=True)
class PlainSettings:
    """``Settings`` fields validation and a decision read, for an environment setting only the home and the
    store URL."""

    home: Path
    store_url: str | None
    policy_file: None = None
    data_roots: tuple[Path, ...] = ()
    prometheus_url: None = None
    loki_url: None = None
    mlflow_uri: None = None
    serving: str = "drill"
    fsync: bool = False
    user: None = None

    @property
    def resolved_store_url(self) -> str:
        """``Settings.resolved_store_url``: the store URL, else the home's SQLite file."""
        return self.store_url or f"sqlite:///{self.home / 'genaiops.db'}"

    @property
    def home_policy_file(self) -> Path | None:
        """``Settings.home_policy_file``: ``<home>/policy.yaml`` if it exists."""
        default = self.home / "policy.yaml"
        return default if default.exists() else None


def plain_settings() -> PlainSettings | None:
    """The settings of this environment as ``load_settings()`` reads them, when it sets no ``GENAIOPS_*``
    variable but the home, the store URL and secrets (the fast path's rule); else None."""
    from genaiops.cli.lite import _settings  # the rule the fast path answers by

    found = _settings()
    return None if found is None else PlainSettings(*found)
