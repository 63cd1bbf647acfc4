"""The Chroma adapter: our embedding function (registered, so collections reopen in any process) and clients.

This is the only module of the memory package that imports chromadb; the others import it inside functions,
so importing ``genaiops.agents.memory`` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from genaiops.errors import SettingsError
from genaiops.private_files import keep_private, make_private_dir

from .encoders import EncoderSpec, encode

__all__ = ["EMBEDDING_NAME", "GenaiopsEmbedding", "connect"]

EMBEDDING_NAME = "genaiops-offline"
"""The name Chroma persists with each collection; it maps back to ``GenaiopsEmbedding`` through the registry."""


def chroma_settings() -> ChromaSettings:
    """The settings of every client we open: equal values each time (two clients on one path with different
    settings raise), but a new object each time, because chromadb's client constructors write into it."""
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


@register_embedding_function
class GenaiopsEmbedding(EmbeddingFunction[Documents]):
    """An offline embedding function (see ``encoders``); its config is the ``EncoderSpec``."""

    def __init__(self, spec: EncoderSpec) -> None:
        self.spec = spec

    def __call__(self, input: Documents) -> Embeddings:
        return list(encode(self.spec, list(input)))

    @staticmethod
    def name() -> str:
        return EMBEDDING_NAME

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return self.spec.to_config()

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> GenaiopsEmbedding:
        return GenaiopsEmbedding(EncoderSpec.from_config(config))

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if old_config != new_config:
            raise SettingsError("a memory collection's embedding cannot change; rebuild the memory directory")


def connect(path: Path | None = None, url: str | None = None) -> Any:
    """A ``HttpClient`` for ``url`` when given, else a ``PersistentClient`` on ``path``."""
    if url:
        return _http_client(url)
    if path is None:
        raise SettingsError("memory needs a directory (GENAIOPS_HOME) or a Chroma server URL")
    make_private_dir(path)
    client = chromadb.PersistentClient(path=str(path), settings=chroma_settings())
    keep_private(path)  # its chroma.sqlite3, created 0644
    return client


def _http_client(url: str) -> Any:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"memory server URL {url!r} is not an http(s) URL; use e.g. http://127.0.0.1:8000")
    port = parts.port or (443 if parts.scheme == "https" else 8000)
    try:
        return chromadb.HttpClient(
            host=parts.hostname, port=port, ssl=parts.scheme == "https", settings=chroma_settings()
        )
    except Exception as exc:  # chromadb raises ValueError (and others) when the heartbeat fails
        raise SettingsError(
            f"cannot reach the Chroma server at {url} ({exc}); start it with "
            f"`chroma run --host {parts.hostname} --port {port} --path DIR`, fix the memory URL setting, "
            "or unset it to use the embedded memory under GENAIOPS_HOME"
        ) from None
