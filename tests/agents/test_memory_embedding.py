"""The offline encoders behind agent memory: deterministic unit vectors, no downloads, persisted as plain config."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.agents.memory import DEFAULT_ENCODER, ENCODERS, EncoderSpec, encode, encoder_spec
from genaiops.errors import SettingsError

TEXTS = ["p99 latency of checkout doubled", "orders-db refuses connections", ""]


def test_hashing_vectors_are_unit_length_deterministic_and_lexical() -> None:
    """Same text, same vector; every row has norm 1 (even an empty text); shared words mean higher similarity."""
    spec = encoder_spec("hashing")
    a, b = encode(spec, TEXTS), encode(spec, TEXTS)
    assert a.shape == (3, spec.params["dim"]) and a.dtype == np.float32
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    near, far = encode(spec, ["checkout latency is high", "disk quota of the build host"])
    assert float(a[0] @ near) > float(a[0] @ far)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcXYZ -_019.,!?\t\néßİ中😀", max_size=40), min_size=1, max_size=3))
def test_a_short_request_embeds_as_it_does_in_a_large_batch(texts: list[str]) -> None:
    """A search request (a few characters) gets the same vector, bit for bit, as the same text indexed in a large
    batch (scikit-learn's HashingVectorizer), with lowercasing, unicode and runs of whitespace."""
    spec = encoder_spec("hashing")
    padding = ["orders-db refuses connections " * 200]  # past the plain-hashing limit: scikit-learn's counts
    assert encode(spec, texts).tobytes() == encode(spec, texts + padding)[: len(texts)].tobytes()


def test_the_spec_round_trips_through_the_persisted_config() -> None:
    """What Chroma stores (get_config) rebuilds the same encoder (build_from_config) in another process."""
    from genaiops.agents.memory.chroma import GenaiopsEmbedding

    spec = encoder_spec("hybrid", weight=0.3)
    ef = GenaiopsEmbedding.build_from_config(GenaiopsEmbedding(spec).get_config())
    assert ef.spec == spec and ef.name() == "genaiops-offline" and ef.default_space() == "cosine"
    assert EncoderSpec.from_config(spec.to_config()) == spec


def test_the_default_encoder_is_a_known_one() -> None:
    """The default named in the package is one of the encoders the benchmark compares."""
    assert DEFAULT_ENCODER in ENCODERS


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("hashin", {}, "did you mean 'hashing'"),
        ("hashing", {"weight": 0.5}, "takes no parameter"),
        ("", {}, "is unknown"),
    ],
)
def test_bad_encoder_specs_are_settings_errors(name: str, params: dict, message: str) -> None:
    """Unknown names and parameters are refused with the choices named."""
    with pytest.raises(SettingsError, match=message):
        encoder_spec(name, **params)


def test_wordllama_loads_from_its_wheel_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wordllama encoder reads the model shipped in the wheel; any attempt to download fails the test."""
    pytest.importorskip("wordllama")
    import requests

    def no_network(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("wordllama tried to download")

    monkeypatch.setattr(requests, "get", no_network)
    monkeypatch.setattr(requests.Session, "request", no_network)
    vectors = encode(encoder_spec("wordllama"), ["the service is slow", "latency is high", "invoice totals"])
    assert vectors.shape == (3, 256)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    hybrid = encode(encoder_spec("hybrid"), TEXTS)
    assert np.allclose(np.linalg.norm(hybrid, axis=1), 1.0, atol=1e-5)
