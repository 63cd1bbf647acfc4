"""The settings the fast path validates graph files with, in an environment that sets only the home, the store
URL and secrets, are the settings model's (every field they have, each equal to ``load_settings()``'s), and any
other setting leaves them to the model."""

from __future__ import annotations

import dataclasses
import os

import pytest

from genaiops.cli.plain_settings import PlainSettings, plain_settings
from genaiops.runtime import configured_resources, data_roots, load_policy
from genaiops.settings import load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """No GENAIOPS_* variable of the calling shell leaks in; ~ is a folder of this test."""
    monkeypatch.setenv("HOME", str(tmp_path / "op"))
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.upper().startswith("GENAIOPS_"):
            monkeypatch.delenv(key)


PLAIN = [
    {},
    {"GENAIOPS_HOME": "h"},
    {"GENAIOPS_HOME": "~/ops"},
    {"GENAIOPS_HOME": "~"},
    {"GENAIOPS_HOME": ""},
    {"GENAIOPS_HOME": " spaced /x"},
    {"genaiops_home": "lower"},
    {"GENAIOPS_HOME": "a", "genaiops_Home": "b"},
    {"GENAIOPS_STORE_URL": "sqlite:///x.db"},
    {"GENAIOPS_STORE_URL": ""},
    {"GENAIOPS_HOME": "h", "GENAIOPS_STORE_URL": "sqlite:////tmp/y.db", "GENAIOPS_SECRET_PROM_TOKEN": "t"},
    {"GENAIOPS_CLI_LITE": "1"},
]


@pytest.mark.parametrize("env", PLAIN, ids=[" ".join(f"{k}={v}" for k, v in e.items()) or "none" for e in PLAIN])
@pytest.mark.parametrize("policy", [None, "allow_claimed_identities: true\n"])
def test_each_field_is_the_settings_model_s(monkeypatch, tmp_path, env, policy) -> None:
    """Every field of the plain settings (and the home's policy file) equals the model's, and so do the data
    roots, the configured real systems and the approval policy validation builds from them."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    model, plain = load_settings(), plain_settings()
    assert plain is not None
    if policy is not None:
        model.home.mkdir(parents=True, exist_ok=True)
        (model.home / "policy.yaml").write_text(policy, encoding="utf-8")
    for field in dataclasses.fields(PlainSettings):
        assert getattr(plain, field.name) == getattr(model, field.name), field.name
    assert plain.home_policy_file == model.home_policy_file
    assert plain.resolved_store_url == model.resolved_store_url
    assert data_roots(plain).roots == data_roots(model).roots
    assert configured_resources(plain) == configured_resources(model)
    assert load_policy(plain) == load_policy(model)


@pytest.mark.parametrize(
    "env",
    [
        {"GENAIOPS_DATA_ROOTS": "/data"},
        {"GENAIOPS_POLICY_FILE": "p.yaml"},
        {"GENAIOPS_PROMETHEUS_URL": "http://127.0.0.1:9090"},
        {"GENAIOPS_LOKI_URL": "http://127.0.0.1:3100"},
        {"GENAIOPS_CONCURRENCY": "0"},
        {"GENAIOPS_NOT_A_SETTING": "1"},
    ],
)
def test_any_other_setting_leaves_them_to_the_model(monkeypatch, env) -> None:
    """An environment setting anything but the home, the store URL and secrets gets no plain settings (the
    model reads it, and explains a bad value)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert plain_settings() is None


def test_a_field_it_does_not_hold_is_an_error_not_a_default() -> None:
    """A field validation might read one day but the plain settings lack raises (the fast path then hands the
    command to typer) rather than answering with a guess."""
    with pytest.raises(AttributeError):
        plain_settings().guardrails  # noqa: B018
