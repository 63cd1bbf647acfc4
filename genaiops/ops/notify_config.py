"""The notifications file (``$GENAIOPS_HOME/notifications.yaml`` or ``GENAIOPS_NOTIFICATIONS_FILE``): channels,
which events go where, and how failed deliveries are retried.

```yaml
public_url: https://genaiops.example.com      # links in messages; else GENAIOPS_PUBLIC_URL
retry: {max_attempts: 8, first_delay_seconds: 30, max_delay_seconds: 3600}
channels:
  oncall:
    type: webhook                              # Slack-compatible JSON, HMAC-SHA256 signed
    url: secret://ONCALL_WEBHOOK_URL           # or https://... (a URL holding a token belongs in a secret)
    secret: secret://ONCALL_WEBHOOK_KEY        # the signing key: always a reference, never the value
    events: [approval.requested, approval.expired, run.failed]
  ops-mail:
    type: email
    host: smtp.example.com
    port: 587
    starttls: true
    username: genaiops
    password: secret://SMTP_PASSWORD
    from: genaiops@example.com
    to: [ops@example.com]
```

A file that cannot be used is a ``SpecError`` listing every problem with its ``file:line``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from genaiops.secret_refs import SECRET_SCHEME, reference_problem
from genaiops.settings import Settings
from genaiops.yamlfile import load_model, read_file

__all__ = ["EVENTS", "EmailChannel", "NotifyConfig", "RetrySpec", "WebhookChannel", "config_path", "load_config"]

EventName = Literal[
    "approval.requested", "approval.decided", "approval.expired", "approval.stale", "run.succeeded", "run.failed"
]
EVENTS: tuple[str, ...] = EventName.__args__  # type: ignore[attr-defined]


def _secret_ref(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not value.startswith(SECRET_SCHEME):
        raise ValueError(
            f"{what} must be a reference like secret://NAME (the value goes in GENAIOPS_SECRET_NAME or "
            "$GENAIOPS_HOME/keys/secrets/NAME), never the value itself"
        )
    problem = reference_problem(value)
    if problem:
        raise ValueError(problem)
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class RetrySpec(_Strict):
    """Exponential backoff: attempt n waits ``first_delay * 2**(n-1)`` (at most ``max_delay``) after failing."""

    max_attempts: int = Field(default=8, ge=1, le=100)
    first_delay_seconds: float = Field(default=30.0, gt=0)
    max_delay_seconds: float = Field(default=3600.0, gt=0)

    def delay(self, attempts: int) -> float:
        return min(self.first_delay_seconds * 2 ** max(attempts - 1, 0), self.max_delay_seconds)


class WebhookChannel(_Strict):
    type: Literal["webhook"]
    url: str
    secret: str
    events: tuple[EventName, ...] = EVENTS
    timeout_seconds: float = Field(default=10.0, gt=0, le=300)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value.startswith(SECRET_SCHEME):
            return _secret_ref(value, "url") or value
        if not value.startswith(("http://", "https://")):
            raise ValueError("url must start with https:// or http:// (or be a secret://NAME holding the URL)")
        return value

    @field_validator("secret")
    @classmethod
    def _secret(cls, value: str) -> str:
        return _secret_ref(value, "secret") or value


class EmailChannel(_Strict):
    type: Literal["email"]
    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    starttls: bool = True
    username: str | None = None
    password: str | None = None
    sender: str = Field(alias="from", min_length=3)
    to: tuple[str, ...] = Field(min_length=1)
    events: tuple[EventName, ...] = EVENTS
    timeout_seconds: float = Field(default=10.0, gt=0, le=300)

    @field_validator("password")
    @classmethod
    def _password(cls, value: str | None) -> str | None:
        return _secret_ref(value, "password")

    @field_validator("sender", "to")
    @classmethod
    def _addresses(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        for address in (value,) if isinstance(value, str) else value:
            name, at, domain = address.rpartition("@")
            if not at or not name.strip() or "." not in domain or any(c in address for c in " ,;<>\r\n"):
                raise ValueError(f"{address!r} is not an e-mail address like ops@example.com")
        return value


Channel = Annotated[WebhookChannel | EmailChannel, Field(discriminator="type")]


class NotifyConfig(_Strict):
    public_url: str | None = None
    retry: RetrySpec = RetrySpec()
    channels: dict[str, Channel] = Field(default_factory=dict)

    def secret_refs(self) -> list[tuple[str, str]]:
        """(channel, ``secret://NAME``) of every reference the channels use."""
        out = []
        for name, channel in self.channels.items():
            values = (channel.url, channel.secret) if isinstance(channel, WebhookChannel) else (channel.password,)
            out += [(name, v) for v in values if v and v.startswith(SECRET_SCHEME)]
        return out

    def routes(self, event: str) -> list[str]:
        """The names of the channels that want ``event``."""
        return [name for name, channel in self.channels.items() if event in channel.events]


def config_path(settings: Settings) -> Path:
    return settings.notifications_file or settings.home / "notifications.yaml"


def load_config(settings: Settings) -> NotifyConfig | None:
    """The notifications file the settings name (None when the default file does not exist: nothing to send).
    A named file that is missing, and a file with problems, are ``SpecError``s."""
    path = config_path(settings)
    if settings.notifications_file is None and not path.exists():
        return None
    source = read_file(path)
    config = load_model(NotifyConfig, source, what="a mapping with `channels:`")  # every problem at its line
    public = settings.public_url or config.public_url
    return config.model_copy(update={"public_url": public.rstrip("/") if public else None})
