"""Agent memory on Chroma: runbooks, past incidents with their resolutions, prompt versions, scenarios.

Contract:
- ``open_memory(home, url=None, embedding=None)`` opens an embedded ``chromadb.PersistentClient`` in
  ``<home>/memory``, or a ``chromadb.HttpClient`` when ``url`` names a Chroma server (an unreachable server is a
  ``SettingsError`` naming the URL and the fix). chromadb is imported then, not when this package is imported.
- Every collection embeds with ``GenaiopsEmbedding`` (offline: ``hashing`` by default = hashed word 1-2-grams
  and character 3-5-grams, model-free; chosen on the dev split of ``bench/memory.py`` over ``wordllama``, the
  static model shipped inside that wheel, and ``hybrid``, both together). Chroma's
  own default embedding function, which downloads a model, is never used. The function is registered with
  chromadb, so collections reopen in a new process; an existing collection keeps the embedding it was built
  with (asking for another one is a ``SettingsError``).
- Collections: ``runbooks``, ``incidents``, ``prompt_versions``, ``scenarios``. ``index_runbooks`` and
  ``index_scenarios`` are idempotent (stable ids, content hashes; documents that left the source are deleted).
  ``add_incident`` writes a resolved incident back; ``consult`` / ``find_runbooks`` / ``similar_incidents`` /
  ``search`` return the top-k with cosine distances and metadata.
- For the SRE: ``symptoms_of(rank_root_causes result)`` is the query; ``resolved_incident(...)`` builds the record
  to write back from the ranking, the remediation results and ``verify_remediation``.
- Bad input: unknown collection -> ``NotFoundError`` (did you mean ...?), empty query -> ``UserError``.
- Memory is I/O: it lives in ``agents``; retrieved text must be screened for injected instructions before a model
  reads it (the agent layer does that).

Where to add a collection: ``models.COLLECTIONS`` and a method on ``Memory``; an encoder: ``encoders.ENCODERS``
and a branch in ``encode``, then compare it in ``bench/memory.py``.
"""

from .encoders import DEFAULT_ENCODER, ENCODERS, EncoderSpec, encode, encoder_spec
from .incidents import guess_fault_kind, resolved_incident, symptoms_of
from .models import (
    COLLECTIONS,
    ConsultResult,
    IndexResult,
    MemoryHit,
    PromptVersionSpec,
    ResolvedIncidentSpec,
    SearchResult,
)
from .store import Memory, open_memory

__all__ = [
    "COLLECTIONS",
    "DEFAULT_ENCODER",
    "ENCODERS",
    "ConsultResult",
    "EncoderSpec",
    "IndexResult",
    "Memory",
    "MemoryHit",
    "PromptVersionSpec",
    "ResolvedIncidentSpec",
    "SearchResult",
    "encode",
    "encoder_spec",
    "guess_fault_kind",
    "open_memory",
    "resolved_incident",
    "symptoms_of",
]
