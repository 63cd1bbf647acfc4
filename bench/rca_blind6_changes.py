"""The change log of a bench/rca_blind6.py incident: the real change (on time, late or missing), decoys on
symptoms, and the ordinary background of deploys, config pushes and scales that every estate has."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

USERS = ("jkowalski", "mei.lin", "ops-bot", "r.okafor", "deploy-robot", "tbaptiste", "ana.ruiz", "svc-argocd")

TEMPLATES = {
    "deploy": (
        "helm upgrade {s} {v1} -> {v2}",
        "argo: sync {s} to {sha}",
        "{s}: rollout v{v2} (canary skipped, low traffic hour)",
        "Deploy {s}#{n} by @{u}",
        "spinnaker {s}-prod stage 3/3 ok",
        "déploiement {s} {v2}",
        "{s} {v2} — hotfix für Ticket OPS-{n}",
    ),
    "config": (
        "consul kv put {s}/runtime ({u})",
        "flagd: {s}.{flag} -> 100%",
        "configmap {s}-env updated",
        "cfg push {s} rev {n}",
    ),
    "scale": ("hpa {s}: minReplicas changed", "kubectl scale deploy/{s} ({u})", "{s}: autoscaler policy edit"),
    "restart": ("rollout restart {s}", "{s} pods recycled by @{u}"),
}
FLAGS = ("new_search_ranker", "async_checkout", "fast_tokens", "batch_writes", "eu_routing")


def detail(kind: str, service: str, rng: np.random.Generator, extra: str = "") -> str:
    v1 = f"{int(rng.integers(1, 9))}.{int(rng.integers(0, 40))}.{int(rng.integers(0, 12))}"
    v2 = v1.rsplit(".", 1)[0] + f".{int(rng.integers(12, 20))}"
    pick = TEMPLATES[kind][int(rng.integers(len(TEMPLATES[kind])))]
    text = pick.format(
        s=service, v1=v1, v2=v2, sha=f"{int(rng.integers(0, 16**7)):07x}", n=int(rng.integers(100, 9999)),
        u=USERS[int(rng.integers(len(USERS)))], flag=FLAGS[int(rng.integers(len(FLAGS)))],
    )  # fmt: skip
    return f"{text} [{extra}]" if extra and rng.random() < 0.6 else text


def event(service: str, start: datetime, minute: float, kind: str, text: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=start + timedelta(minutes=float(minute)), kind=kind, detail=text)


def real_change(service: str, kind: str, onset: int, steps: int, start: datetime, rng, extra: str, can_miss=True):
    """The change that caused a fault: logged on time (0-3 min before the onset), late (the pipeline posts it
    8-25 minutes after), or not at all (unless ``can_miss`` is off). Returns (how it was logged, events)."""
    draw = rng.random() * (1.0 if can_miss else 0.75)
    if draw < 0.5:
        at = onset - rng.uniform(0.2, 3.0)
        return "on time", [event(service, start, at, kind, detail(kind, service, rng, extra))]
    if draw < 0.75:
        at = min(steps - 1.0, onset + rng.uniform(8, 25))
        return "late", [event(service, start, at, kind, detail(kind, service, rng, extra))]
    return "missing", []


def background(services: list[str], steps: int, start: datetime, rng) -> list:
    """One to four harmless changes anywhere in the window."""
    out = []
    for _ in range(int(rng.integers(1, 5))):
        s = services[int(rng.integers(len(services)))]
        kind = str(rng.choice(["deploy", "deploy", "config", "scale", "restart"]))
        out.append(event(s, start, rng.uniform(1, steps - 1), kind, detail(kind, s, rng)))
    return out
