"""GENAIOPS_* environment variables become typed settings (read by genaiops itself, not pydantic-settings): each
kind of field parses as documented, names in any case, unknown names ignored, and a bad value is one message
naming the variable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import SecretStr

from genaiops.errors import SettingsError
from genaiops.settings import Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No GENAIOPS_* variable of the calling shell leaks into these tests; ~ is /home/op."""
    monkeypatch.setenv("HOME", "/home/op")
    for key in list(os.environ):
        if key.upper().startswith("GENAIOPS_"):
            monkeypatch.delenv(key)


def loaded(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return load_settings()


@pytest.mark.parametrize(
    ("env", "field", "expected"),
    [
        ({"GENAIOPS_FSYNC": "1"}, "fsync", True),
        ({"GENAIOPS_FSYNC": "yes"}, "fsync", True),
        ({"GENAIOPS_FSYNC": "off"}, "fsync", False),
        ({"genaiops_fsync": "true"}, "fsync", True),
        ({"GENAIOPS_CONCURRENCY": " 4 "}, "concurrency", 4),
        ({"GENAIOPS_WORKER_INTERVAL": "0.5"}, "worker_interval", 0.5),
        ({"GENAIOPS_HOME": "~/ops"}, "home", Path("/home/op/ops")),
        ({"GENAIOPS_POLICY_FILE": "p.yaml"}, "policy_file", Path("p.yaml")),
        ({"GENAIOPS_STORE_URL": ""}, "store_url", ""),
        ({"GENAIOPS_DATA_ROOTS": f"/a{os.pathsep}~/c{os.pathsep} "}, "data_roots", (Path("/a"), Path("/home/op/c"))),
        ({"GENAIOPS_DATA_ROOTS": ""}, "data_roots", ()),
        ({"GENAIOPS_SERVING": "process"}, "serving", "process"),
        ({"GENAIOPS_SERVING_PORTS": "8600"}, "serving_ports", (8600, 8600)),
        ({"GENAIOPS_SERVING_PORTS": "8600-8609"}, "serving_ports", (8600, 8609)),
        ({"GENAIOPS_SERVING_PORTS": ""}, "serving_ports", None),
        ({"GENAIOPS_MLFLOW_URI": " "}, "mlflow_uri", None),
        ({"GENAIOPS_KUBERNETES_NAMESPACE": "ops"}, "kubernetes_namespace", "ops"),
        ({}, "concurrency", 8),
        ({}, "home", Path(".genaiops")),
    ],
)
def test_each_kind_of_setting_parses_from_the_environment(monkeypatch, env, field, expected) -> None:
    """Booleans, numbers, paths (~ expanded for the home and data roots), os.pathsep lists, literals and port
    ranges parse from their variables; unset fields keep their defaults."""
    assert getattr(loaded(monkeypatch, **env), field) == expected


def test_the_token_is_a_secret_and_unknown_variables_are_ignored(monkeypatch) -> None:
    """GENAIOPS_TOKEN is held as a SecretStr (not shown in the settings' repr); GENAIOPS_NOT_A_FIELD is ignored."""
    settings = loaded(monkeypatch, GENAIOPS_TOKEN="tok-123", GENAIOPS_NOT_A_FIELD="x")
    assert isinstance(settings.token, SecretStr) and settings.token.get_secret_value() == "tok-123"
    assert "tok-123" not in repr(settings) and not hasattr(settings, "not_a_field")


def test_values_given_win_over_the_environment(monkeypatch) -> None:
    """load_settings(NAME=...) and Settings(NAME=...) override the variable; Settings() reads the environment."""
    monkeypatch.setenv("GENAIOPS_CONCURRENCY", "3")
    assert load_settings(concurrency=5).concurrency == 5
    assert Settings().concurrency == 3 and Settings(concurrency=6).concurrency == 6


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"GENAIOPS_FSYNC": "maybe"},
         "GENAIOPS_FSYNC: Input should be a valid boolean, unable to interpret input (got 'maybe')"),
        ({"GENAIOPS_CONCURRENCY": "0"}, "GENAIOPS_CONCURRENCY: Input should be greater than or equal to 1 (got '0')"),
        ({"GENAIOPS_CONCURRENCY": "2000"},
         "GENAIOPS_CONCURRENCY: Input should be less than or equal to 1024 (got '2000')"),
        ({"GENAIOPS_CONCURRENCY": ""},
         "GENAIOPS_CONCURRENCY: Input should be a valid integer, unable to parse string as an integer (got '')"),
        ({"GENAIOPS_WORKER_INTERVAL": "0"}, "GENAIOPS_WORKER_INTERVAL: Input should be greater than 0 (got '0')"),
        ({"GENAIOPS_NOTIFY_INTERVAL": "7200"},
         "GENAIOPS_NOTIFY_INTERVAL: Input should be less than or equal to 3600 (got '7200')"),
        ({"GENAIOPS_SERVING": "PROCESS"}, "GENAIOPS_SERVING: Input should be 'drill' or 'process' (got 'PROCESS')"),
        ({"GENAIOPS_SERVING_PORTS": "9-1"},
         "GENAIOPS_SERVING_PORTS: Value error, ports are 1-65535, the first not above the last (got '9-1')"),
        ({"GENAIOPS_MLFLOW_URI": "http://bob:pw@h:5000"},
         "GENAIOPS_MLFLOW_URI: Value error, credentials do not belong in the URI: set "
         "MLFLOW_TRACKING_USERNAME/PASSWORD or TOKEN (got 'http://bob:***@h:5000')"),
        ({"GENAIOPS_CONCURRENCY": "x", "GENAIOPS_SERVING": "bad", "GENAIOPS_ACTION_TIMEOUT": "-3"},
         "GENAIOPS_CONCURRENCY: Input should be a valid integer, unable to parse string as an integer (got 'x'); "
         "GENAIOPS_ACTION_TIMEOUT: Input should be greater than 0 (got '-3'); "
         "GENAIOPS_SERVING: Input should be 'drill' or 'process' (got 'bad')"),
    ],
)  # fmt: skip
def test_a_bad_value_is_one_message_naming_each_variable(monkeypatch, env, message) -> None:
    """Every bad variable is named, in field order, with what was wrong and the value (a URL's password masked)."""
    with pytest.raises(SettingsError) as raised:
        loaded(monkeypatch, **env)
    assert str(raised.value) == f"bad setting: {message}"


AS_SET = [
    {},
    {"GENAIOPS_HOME": "h"},
    {"GENAIOPS_HOME": "~/ops"},
    {"GENAIOPS_HOME": ""},
    {"genaiops_home": "lower", "GENAIOPS_SECRET_X": "s3cret-value"},
    {"GENAIOPS_HOME": "a", "genaiops_Home": "b"},
    {"GENAIOPS_STORE_URL": "sqlite:///x.db"},
    {"GENAIOPS_STORE_URL": ""},
    {"GENAIOPS_HOME": "h", "GENAIOPS_STORE_URL": "sqlite:////tmp/y.db", "GENAIOPS_CLI_LITE": "1"},
]


@pytest.mark.parametrize("env", AS_SET, ids=[" ".join(f"{k}={v}" for k, v in e.items()) or "none" for e in AS_SET])
def test_settings_as_set_are_the_model_s(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """The settings the resume fast path builds without validating (``settings_as_set`` from the home and store
    URL it read) equal ``load_settings()``'s: every field with its type, the fields set and the dump."""
    from genaiops.cli.resuming import _settings

    model = loaded(monkeypatch, **env)
    built = _settings()
    assert built == model and built.model_fields_set == model.model_fields_set
    assert built.model_dump() == model.model_dump()
    for name in Settings.model_fields:
        assert type(getattr(built, name)) is type(getattr(model, name)), name
