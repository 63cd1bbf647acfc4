"""Delivering one message: a signed webhook POST (httpx) or an e-mail over SMTP (smtplib, in a thread).

Webhook signature (what a receiver checks): the headers ``X-GenAIOps-Timestamp`` (Unix seconds) and
``X-GenAIOps-Signature: v1=<hex>``, where ``<hex>`` is HMAC-SHA256, keyed with the channel's secret, over the
bytes ``v1:<timestamp>:`` followed by the exact request body. Receivers compare with ``hmac.compare_digest``,
refuse timestamps far from their clock, and drop a repeated ``X-GenAIOps-Delivery``.

A failure is a ``DeliveryError`` whose message names the channel's host and the problem, never the URL's path or
query (a webhook URL often holds a token), a secret, or the message.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from urllib.parse import urlsplit

import httpx

from genaiops.errors import GenAIOpsError, ToolInputError
from genaiops.ops.notify_config import EmailChannel, WebhookChannel
from genaiops.ops.notify_messages import Message, email_text, slack_payload
from genaiops.secret_refs import SECRET_SCHEME, SecretStore

__all__ = ["DeliveryError", "send_email", "send_webhook", "sign", "verify"]


class DeliveryError(GenAIOpsError):
    """A message could not be delivered this time (it is retried)."""


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-GenAIOps-Signature`` header value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"v1:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return f"v1={mac}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does (written in Python for receivers and tests): recompute and compare in constant time."""
    try:
        expected = sign(secret, int(timestamp), body)
    except ValueError:
        return False
    return hmac.compare_digest(expected, signature)


def _resolve(secrets: SecretStore, ref: str) -> str:
    try:
        return secrets.get(ref[len(SECRET_SCHEME) :])
    except ToolInputError as exc:  # names the variable or file to set, never a value
        raise DeliveryError(str(exc)) from None
    except OSError as exc:
        raise DeliveryError(f"{ref}: cannot read the secret: {exc.strerror or exc}") from None


async def send_webhook(
    channel: WebhookChannel, message: Message, delivery: str, secrets: SecretStore, now: datetime
) -> None:
    url = _resolve(secrets, channel.url) if channel.url.startswith(SECRET_SCHEME) else channel.url
    where = _host(url)
    body = json.dumps(slack_payload(message, delivery), separators=(",", ":")).encode()
    timestamp = int(now.timestamp())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "genaiops-notify/1",
        "X-GenAIOps-Event": message.event,
        "X-GenAIOps-Delivery": delivery,
        "X-GenAIOps-Sequence": str(message.sequence or ""),
        "X-GenAIOps-Timestamp": str(timestamp),
        "X-GenAIOps-Signature": sign(_resolve(secrets, channel.secret), timestamp, body),
    }
    try:
        async with httpx.AsyncClient(timeout=channel.timeout_seconds, follow_redirects=False) as client:
            response = await client.post(url, content=body, headers=headers)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        detail = _short(exc).replace(url, where)  # the URL's path, query or user info may hold a token
        for part in {urlsplit(url).username, urlsplit(url).password} - {None, ""}:
            detail = detail.replace(part, "***")
        raise DeliveryError(f"POST to {where} failed: {type(exc).__name__}: {detail}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"POST to {where} answered HTTP {response.status_code}")


def _host(url: str) -> str:
    """Where a webhook goes, as messages name it: host and port only (``user:token@`` and the path stay out)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "the webhook"
    if not parts.hostname:
        return "the webhook"
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{host}:{port}" if port else host


def _short(exc: BaseException) -> str:
    return (str(exc) or "no detail").splitlines()[0][:200]


async def send_email(
    channel: EmailChannel, message: Message, delivery: str, secrets: SecretStore, now: datetime
) -> None:
    password = _resolve(secrets, channel.password) if channel.password else None
    subject, body = email_text(message)
    mail = EmailMessage()
    mail["Subject"], mail["From"], mail["To"] = subject, channel.sender, ", ".join(channel.to)
    mail["Message-ID"] = f"<{delivery}.{hashlib.sha256(message.subject.encode()).hexdigest()[:12]}@genaiops>"
    mail["Date"] = now.strftime("%a, %d %b %Y %H:%M:%S +0000")
    mail["X-GenAIOps-Event"] = message.event
    if message.sequence is not None:
        mail["X-GenAIOps-Sequence"] = str(message.sequence)  # this channel's count, no gap (see slack_payload)
    mail.set_content(body)
    await asyncio.to_thread(_smtp_send, channel, mail, password)


def _smtp_send(channel: EmailChannel, mail: EmailMessage, password: str | None) -> None:
    where = f"{channel.host}:{channel.port}"
    try:
        with smtplib.SMTP(channel.host, channel.port, timeout=channel.timeout_seconds) as smtp:
            if channel.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if channel.username:
                smtp.login(channel.username, password or "")
            smtp.send_message(mail)
    except smtplib.SMTPAuthenticationError as exc:
        who = channel.username
        raise DeliveryError(f"SMTP server {where} refused the login of {who!r} ({exc.smtp_code})") from None
    except (smtplib.SMTPException, OSError, ValueError) as exc:
        raise DeliveryError(f"SMTP to {where} failed: {type(exc).__name__}: {_short(exc)}") from None
