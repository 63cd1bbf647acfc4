"""``Memory``: the four collections on one Chroma client, with indexing, write-back and search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from genaiops.errors import NotFoundError, SettingsError, UserError, did_you_mean
from genaiops.private_files import keep_private, make_private_dir

from .documents import (
    MemoryDocument,
    content_hash,
    flat,
    read_runbooks,
    read_scenarios,
    shipped_runbooks_dir,
)
from .encoders import DEFAULT_ENCODER, EncoderSpec, encoder_spec
from .models import (
    COLLECTIONS,
    ConsultResult,
    IndexResult,
    MemoryHit,
    PromptVersionSpec,
    ResolvedIncidentSpec,
    SearchResult,
)

__all__ = ["PREFIX", "Memory", "open_memory"]

PREFIX = "genaiops_"
"""Chroma collection names are ``genaiops_<collection>`` (so a shared Chroma server keeps them apart)."""


def open_memory(
    home: Path | None = None,
    url: str | None = None,
    embedding: str | EncoderSpec | None = None,
) -> Memory:
    """Open memory: a Chroma server at ``url`` when given, else an embedded store in ``<home>/memory``.

    ``embedding``: an encoder name (``hybrid``, ``hashing``, ``wordllama``) or spec; ``None`` keeps what each
    existing collection was built with, and uses the default for new ones. chromadb is imported when a server is
    connected to here, and for the embedded store on first use (its private directory is made here): a chat that
    ends before any request does not pay for it.
    """
    spec = embedding if isinstance(embedding, EncoderSpec | None) else encoder_spec(embedding)
    if url:
        from .chroma import connect

        return Memory(connect(url=url), spec, location=url)
    if home is None:
        raise SettingsError("open_memory needs home (GENAIOPS_HOME) or url (a Chroma server)")
    path = Path(home).expanduser() / "memory"
    make_private_dir(path)
    return Memory(None, spec, location=str(path), folder=path, connect=lambda: _embedded(path))


def _embedded(path: Path) -> Any:
    from .chroma import connect

    return connect(path=path)


class Memory:
    """Runbooks, past incidents, prompt versions and the scenario catalogue in Chroma collections."""

    def __init__(
        self,
        client: Any,
        embedding: EncoderSpec | None = None,
        location: str = "",
        folder: Path | None = None,
        connect: Callable[[], Any] | None = None,
    ) -> None:
        """``client``: a Chroma client, or None and ``connect`` to make it on first use. ``folder``: an embedded
        store's directory, whose files Chroma creates readable by everyone; each write takes that back
        (``genaiops.private_files.keep_private``)."""
        self._client, self._connect = client, connect
        self.location = location
        self._folder = folder
        self._requested = embedding
        self._collections: dict[str, Any] = {}

    @property
    def client(self) -> Any:
        """The Chroma client (connected on first use when the memory was opened with ``connect``)."""
        if self._client is None and self._connect is not None:
            self._client = self._connect()
        return self._client

    # -- collections -----------------------------------------------------------------------------------------
    def collection(self, name: str) -> Any:
        """The Chroma collection for ``name`` (created on first use with our embedding function)."""
        _check_collection(name)
        if name not in self._collections:
            self._collections[name] = self._open(name)
        return self._collections[name]

    def embedding_of(self, name: str) -> EncoderSpec:
        """The encoder a collection embeds with (as persisted with it)."""
        return self.collection(name)._embedding_function.spec

    def _open(self, name: str) -> Any:
        from .chroma import EMBEDDING_NAME, GenaiopsEmbedding

        full = PREFIX + name
        existing = {c.name for c in self.client.list_collections()}
        if full not in existing:
            spec = self._requested or encoder_spec(DEFAULT_ENCODER)
            return self.client.create_collection(
                full, embedding_function=GenaiopsEmbedding(spec), configuration={"hnsw": {"space": "cosine"}}
            )
        persisted = self.client.get_collection(full).configuration_json.get("embedding_function") or {}
        if persisted.get("name") != EMBEDDING_NAME:
            raise SettingsError(
                f"memory collection {full!r} at {self.location} embeds with {persisted.get('name', 'none')!r}, not "
                f"{EMBEDDING_NAME!r}: it was not created by genaiops; delete it or point memory elsewhere"
            )
        spec = EncoderSpec.from_config(persisted.get("config") or {})
        if self._requested is not None and spec != self._requested:
            raise SettingsError(
                f"memory collection {full!r} at {self.location} was built with embedding {spec.to_config()}, "
                f"not {self._requested.to_config()}: open it with embedding={spec.name!r}, or delete the "
                "memory directory to rebuild it with the new embedding"
            )
        collection = self.client.get_collection(full, embedding_function=GenaiopsEmbedding(spec))
        return collection

    def count(self, name: str) -> int:
        return self.collection(name).count()

    # -- indexing --------------------------------------------------------------------------------------------
    def index_runbooks(self, directory: Path | None = None) -> IndexResult:
        """Index the runbooks in ``directory`` (default: the shipped SRE runbooks); idempotent."""
        directory = Path(directory) if directory is not None else shipped_runbooks_dir()
        return self._sync("runbooks", read_runbooks(directory), str(directory.resolve()))

    def index_scenarios(self, directory: Path) -> IndexResult:
        """Index the scenario catalogue (every ``*.yaml`` under ``directory``); idempotent."""
        directory = Path(directory)
        return self._sync("scenarios", read_scenarios(directory), str(directory.resolve()))

    def _sync(self, name: str, docs: list[MemoryDocument], origin: str) -> IndexResult:
        """Upsert changed documents, leave unchanged ones, delete ones that left ``origin``."""
        collection = self.collection(name)
        stored = collection.get(where={"origin": origin}, include=["metadatas"])
        hashes = {i: (m or {}).get("content_hash") for i, m in zip(stored["ids"], stored["metadatas"], strict=True)}
        result = IndexResult(collection=name)
        fresh = []
        for doc in docs:
            digest = content_hash(doc.text, doc.metadata)
            if hashes.get(doc.id) == digest:
                result.unchanged.append(doc.id)
                continue
            (result.updated if doc.id in hashes else result.added).append(doc.id)
            fresh.append(MemoryDocument(doc.id, doc.text, {**doc.metadata, "origin": origin, "content_hash": digest}))
        if fresh:
            self._upsert(collection, fresh)
        result.removed = sorted(set(hashes) - {d.id for d in docs})
        if result.removed:
            collection.delete(ids=result.removed)
        self._keep_private()
        return result

    def _upsert(self, collection: Any, docs: list[MemoryDocument]) -> None:
        collection.upsert(
            ids=[d.id for d in docs], documents=[d.text for d in docs], metadatas=[d.metadata for d in docs]
        )
        self._keep_private()

    def _keep_private(self) -> None:
        if self._folder is not None:
            keep_private(self._folder)

    # -- write-back ------------------------------------------------------------------------------------------
    def add_incident(self, incident: ResolvedIncidentSpec) -> str:
        """Remember a resolved incident (writing the same id again replaces it); returns its document id."""
        return self.add_incidents([incident])[0]

    def add_incidents(self, incidents: list[ResolvedIncidentSpec]) -> list[str]:
        """``add_incident`` for many at once (one embedding batch)."""
        docs = []
        for incident in incidents:
            raw = incident.model_dump(exclude={"title", "symptoms", "root_cause", "resolution", "id"}, mode="json")
            metadata = {k: flat(v) for k, v in raw.items() if v is not None}
            metadata |= {"kind": "incident", "incident": incident.id, "title": incident.title}
            docs.append(MemoryDocument(f"incident:{incident.id}", incident.document(), metadata))
        if docs:
            self._upsert(self.collection("incidents"), docs)
        return [d.id for d in docs]

    def record_prompt_version(self, prompt: PromptVersionSpec) -> str:
        """Remember a prompt version; the same text again is a no-op, a changed text under one version raises."""
        doc_id = f"prompt:{prompt.prompt}@{prompt.version}"
        collection = self.collection("prompt_versions")
        digest = content_hash(prompt.template, {})
        old = collection.get(ids=[doc_id], include=["metadatas"])
        if old["ids"] and old["metadatas"][0].get("template_sha256") != digest:
            raise UserError(
                f"prompt {prompt.prompt!r} version {prompt.version!r} is already recorded with another text; "
                "versions are immutable: record the new text under a new version"
            )
        raw = prompt.model_dump(exclude={"template"}, mode="json")
        metadata = {k: flat(v) for k, v in raw.items() if v is not None} | {"template_sha256": digest}
        text = f"{prompt.prompt} {prompt.version}\n{prompt.notes}\n{prompt.template}".strip()
        self._upsert(collection, [MemoryDocument(doc_id, text, metadata)])
        return doc_id

    def prompt_versions(self, prompt: str) -> list[dict[str, Any]]:
        """Every recorded version of ``prompt`` (metadata plus ``template``), sorted by version."""
        got = self.collection("prompt_versions").get(where={"prompt": prompt}, include=["metadatas", "documents"])
        rows = [dict(m, document=d) for m, d in zip(got["metadatas"], got["documents"], strict=True)]
        return sorted(rows, key=lambda r: str(r["version"]))

    # -- search ----------------------------------------------------------------------------------------------
    def search(self, collection: str, query: str, k: int = 3, where: dict[str, Any] | None = None) -> SearchResult:
        """The ``k`` documents of ``collection`` nearest to ``query`` (cosine distance), nearest first."""
        if not isinstance(query, str) or not query.strip():
            raise UserError(f"memory search in {collection!r}: the query is empty; describe the symptoms in words")
        if k < 1:
            raise UserError(f"memory search: k must be at least 1 (got {k})")
        store = self.collection(collection)
        size = store.count()
        if size == 0:
            return SearchResult(collection=collection, query=query, hits=[])
        got = store.query(
            query_texts=[query],
            n_results=min(k, size),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        rows = zip(got["ids"][0], got["distances"][0], got["documents"][0], got["metadatas"][0], strict=True)
        hits = [MemoryHit(id=i, distance=float(d), document=doc or "", metadata=m or {}) for i, d, doc, m in rows]
        return SearchResult(collection=collection, query=query, hits=hits)

    def find_runbooks(self, symptoms: str, k: int = 3) -> list[MemoryHit]:
        """The runbooks nearest to a description of the symptoms."""
        return self.search("runbooks", symptoms, k).hits

    def similar_incidents(self, symptoms: str, k: int = 3, where: dict[str, Any] | None = None) -> list[MemoryHit]:
        """The past incidents most like a description of the symptoms (``where`` filters on metadata)."""
        return self.search("incidents", symptoms, k, where).hits

    def consult(self, symptoms: str, k: int = 3) -> ConsultResult:
        """What the SRE reads before acting: nearest runbooks and similar resolved incidents."""
        return ConsultResult(runbooks=self.find_runbooks(symptoms, k), incidents=self.similar_incidents(symptoms, k))


def _check_collection(name: str) -> None:
    if name not in COLLECTIONS:
        raise NotFoundError(
            f"memory has no collection {name!r}{did_you_mean(name, COLLECTIONS)}; collections: {', '.join(COLLECTIONS)}"
        )
