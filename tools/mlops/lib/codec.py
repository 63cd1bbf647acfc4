"""Model (de)serialisation with skops: canonical bytes out, only allow-listed types back in; no pickle.

skops writes a zip whose member names are ``id()`` addresses and whose entries carry the wall-clock time,
so two dumps of the same model differ. ``dump_model`` rewrites that zip canonically (sequential ids and
names, a fixed timestamp, sorted members): the same model gives the same bytes, hence the same sha256.
``load_model`` refuses any type outside skops' safe defaults and our estimator allow-list.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from genaiops.errors import ToolExecutionError

from .estimators import trusted_types

__all__ = ["UntrustedArtifactError", "dump_model", "load_model"]

_EPOCH = (1980, 1, 1, 0, 0, 0)


class UntrustedArtifactError(ToolExecutionError):
    """A model artifact holds types that are not on the allow-list; it is not loaded."""


def _renumber(node: Any, ids: dict[int, int], files: dict[str, str], names: set[str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "__id__" and isinstance(value, int):
                out[key] = ids.setdefault(value, len(ids) + 1)
            elif key == "file" and isinstance(value, str) and value in names:
                out[key] = files.setdefault(value, f"{len(files):06d}.npy")
            else:
                out[key] = _renumber(value, ids, files, names)
        return out
    if isinstance(node, list):
        return [_renumber(v, ids, files, names) for v in node]
    return node


def _canonical_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    names = {n for n in src.namelist() if n != "schema.json"}
    files: dict[str, str] = {}
    schema = _renumber(json.loads(src.read("schema.json")), {}, files, names)
    if set(files) != names:
        raise ToolExecutionError("skops wrote array files its schema does not reference; cannot canonicalise")
    members = {"schema.json": json.dumps(schema, sort_keys=True, indent=1).encode()}
    members |= {new: src.read(old) for old, new in files.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, members[name], compresslevel=6)
    return out.getvalue()


def dump_model(model: Any) -> bytes:
    """A fitted estimator as canonical skops bytes (equal models give equal bytes)."""
    import skops.io as sio

    return _canonical_zip(sio.dumps(model))


def load_model(data: bytes) -> Any:
    """Load skops bytes that were already hash-verified; refuse any type outside the allow-list."""
    import skops.io as sio

    allowed = set(trusted_types())
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:  # a corrupt zip or schema: report it, never fall back to another loader
        raise UntrustedArtifactError(f"model artifact cannot be read as skops: {exc}") from None
    refused = sorted(set(untrusted) - allowed)
    if refused:
        raise UntrustedArtifactError(
            f"model artifact holds types that are not on the allow-list: {refused}; it is not loaded "
            "(only models trained by train_model from the estimator allow-list can be loaded)"
        )
    return sio.loads(data, trusted=sorted(set(untrusted)))
