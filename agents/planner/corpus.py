"""The planner's request corpus: templates and hand-written requests, each with its gold intent and slots.

``python -m genaiops.agents.planner.corpus`` writes ``data/train.jsonl`` and ``data/test.jsonl`` (one request a
line: ``id, text, intent, slots, style, lang, template``). Markup in a template: ``{slot}`` is filled from the
slot's pool (``{since#last}`` from the named pool), ``[text](slot)`` is a fixed slot value; everything else is
literal. Gold slot values are exactly the filled text, so they are verbatim substrings of the request.

The split is by template: every fourth English template of each intent (every second of
the other languages) goes to the held-out test split with
all its fills and typo variants, so a test request is never a re-fill of a phrasing the model was trained on.
See docs/planner.md for the annotation rules.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

__all__ = ["EXTRA_TRAIN", "POOLS", "TEMPLATES", "build", "fill", "main"]

DATA = Path(__file__).with_name("data")

_VERSIONS = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v11", "v12", "2.1.0", "2.0.3", "1.4.2", "1.3.9"]
"""One pool for version, baseline and target: which is which must come from the words around it."""
POOLS: dict[str, list[str]] = {
    "service": ["checkout", "payments", "search", "cart", "auth", "inventory", "frontend", "orders", "catalog",
                "shipping", "pricing", "recommend"],
    "metric": ["p99 latency", "error rate", "5xx rate", "p95 latency", "latency", "CPU", "memory usage",
               "timeouts", "p99"],
    "since": ["10:00", "09:30", "14:15 UTC", "this morning", "yesterday", "last night", "midnight", "Monday",
              "noon", "8am"],
    "since#last": ["last hour", "last 30 minutes", "past two hours", "last 15 minutes", "last day",
                   "past 24 hours"],
    "environment": ["prod", "production", "staging", "eu-west-1", "canary", "us-east"],
    "model": ["fraud-detector", "churn-model", "ranker", "credit-risk", "support-classifier", "demand-forecast",
              "recsys"],
    "version": _VERSIONS,
    "baseline": _VERSIONS,
    "target": _VERSIONS,
    "dataset": ["transactions-nov", "clicks_2026_11", "events-q4", "loans-2026", "support-tickets-dec",
                "orders_weekly"],
    "feature": ["account_age", "basket_size", "country", "session_length", "income", "device_type"],
    "prompt": ["support_answer", "summarize_ticket", "triage_prompt", "refund-reply", "onboarding_email"],
    "approval_id": ["ap-3f9c2a1b7d04", "ap-91bc0e4f22aa", "ap-0d7e5c3a9b18", "ap-5e2a7c9d1f36"],
    "run_id": ["run-20261201-101500-a3f9c2", "run-20261130-083012-7be41d", "run-20261202-141210-0c9d3e"],
    "requester": ["alice", "bob", "carol", "dmitri", "priya"],
    "scenario": ["incident-response", "drift-check", "prompt-release", "model-rollback", "canary-release",
                 "retrain-on-drift"],
}  # fmt: skip

# (intent, style, lang, template). Styles: terse, verbose, opsbot, question, command, negation, ops_oos
# (out of scope but sounds operational), chit (plainly out of scope); typo variants are derived (style "typo").
T = tuple[str, str, str, str]
INC, RET, RB = "incident_investigation", "model_retraining", "model_rollback"
PREL, PEV, CSR = "prompt_release", "prompt_evaluation", "content_safety_review"
DRIFT, APQ, RSQ, OOS = "drift_check", "approval_query", "run_status_query", "out_of_scope"

TEMPLATES: list[T] = [
    # --- incident investigation
    (INC, "terse", "en", "{service} {metric} high since {since}"),
    (INC, "terse", "en", "{service} down in {environment}"),
    (INC, "command", "en", "investigate {metric} on {service} since {since}"),
    (INC, "command", "en", "find out why {service} is throwing errors in {environment}"),
    (INC, "question", "en", "why is {service} so slow in the {since#last}?"),
    (INC, "question", "en", "can you check what's wrong with {service}? {metric} spiked in the {since#last}"),
    (
        INC,
        "verbose",
        "en",
        "Hi, we got paged: {metric} of {service} in {environment} has been climbing since "
        "{since}. Customers are complaining. Please dig into it and tell me the root cause.",
    ),
    (
        INC,
        "verbose",
        "en",
        "Heads up team, after the deploy the {service} service started timing out. "
        "It's {environment}, started around {since}. Can someone investigate?",
    ),
    (INC, "opsbot", "en", "@opsbot investigate service={service} metric={metric} since={since}"),
    (INC, "opsbot", "en", "@opsbot incident service={service} env={environment}"),
    (INC, "command", "en", "root-cause the {metric} regression on {service}"),
    (INC, "question", "en", "is something going on with {service}? alerts firing for {metric}"),
    (INC, "negation", "en", "don't restart anything yet, first find out why {service} {metric} is up since {since}"),
    (INC, "negation", "en", "not a drift problem I think, {service} itself is erroring in {environment}, look into it"),
    (
        INC,
        "verbose",
        "en",
        "The {model} model went to {version} this morning and now {service} {metric} is bad "
        "in {environment}. Find out whether the deploy caused it.",
    ),
    (INC, "terse", "en", "incident: {service} {metric} {environment}"),
    (INC, "command", "de", "untersuche die {metric} von {service} seit {since}"),
    (INC, "question", "de", "warum ist {service} in {environment} so langsam?"),
    (INC, "command", "fr", "analyse la {metric} de {service} depuis {since}"),
    (INC, "question", "fr", "pourquoi {service} renvoie des erreurs en {environment} ?"),
    (INC, "command", "es", "investiga la {metric} de {service} desde {since}"),
    (INC, "question", "es", "¿por qué {service} está tan lento en {environment}?"),
    (INC, "verbose", "de", "Hallo, seit {since} steigt die {metric} bei {service}. Bitte findet die Ursache."),
    (INC, "verbose", "fr", "Bonjour, depuis {since} {service} est très lent en {environment}, trouvez la cause svp"),
    (INC, "verbose", "es", "Hola, desde {since} {service} tiene muchos errores en {environment}, ¿podéis mirarlo?"),
    # --- model retraining
    (RET, "terse", "en", "retrain {model}"),
    (RET, "terse", "en", "retrain {model} on {dataset}"),
    (RET, "command", "en", "retrain {model} with {dataset} and compare it to {baseline}"),
    (RET, "command", "en", "kick off a retraining of {model} using {dataset}"),
    (RET, "question", "en", "can you retrain {model}? {feature} has drifted a lot"),
    (RET, "question", "en", "could we get a fresh {model} trained on {dataset} before the weekend?"),
    (
        RET,
        "verbose",
        "en",
        "The {model} model has been drifting on {feature} since {since}. Please retrain it on "
        "{dataset}, validate against the champion {baseline} and promote it to {environment} if it wins.",
    ),
    (
        RET,
        "verbose",
        "en",
        "Data science asked for a new {model}: the old one is stale. Train on {dataset} and "
        "gate it against {baseline}.",
    ),
    (RET, "opsbot", "en", "@opsbot retrain model={model} dataset={dataset}"),
    (RET, "opsbot", "en", "@opsbot retrain model={model} baseline={baseline} env={environment}"),
    (RET, "negation", "en", "don't roll back {model}, retrain it on {dataset} instead"),
    (RET, "negation", "en", "no need for a drift report, we know {feature} drifted; just retrain {model}"),
    (RET, "command", "en", "refresh the {model} model, the drift on {feature} is confirmed"),
    (RET, "terse", "en", "{model} retrain pls, data: {dataset}"),
    (RET, "command", "en", "train a new version of {model} and deploy it to {environment} if it beats {baseline}"),
    (RET, "command", "de", "trainiere {model} neu mit {dataset}"),
    (RET, "question", "de", "kannst du {model} neu trainieren? {feature} driftet"),
    (RET, "command", "fr", "réentraîne {model} sur {dataset}"),
    (RET, "question", "fr", "peux-tu réentraîner {model} et le comparer à {baseline} ?"),
    (RET, "command", "es", "reentrena {model} con {dataset}"),
    (RET, "question", "es", "¿puedes reentrenar {model}? hay deriva en {feature}"),
    # --- model rollback
    (RB, "terse", "en", "roll back {model}"),
    (RB, "terse", "en", "rollback {model} to {target}"),
    (RB, "command", "en", "roll back {model} from {version} to {target}"),
    (RB, "command", "en", "revert {model} {version} in {environment}"),
    (RB, "question", "en", "can you roll {model} back to {target}? {version} is misbehaving"),
    (RB, "question", "en", "how do I undo the {model} {version} deploy in {environment}?"),
    (
        RB,
        "verbose",
        "en",
        "We promoted {model} {version} to {environment} at {since} and the fraud team reports "
        "garbage scores. Please put {target} back.",
    ),
    (
        RB,
        "verbose",
        "en",
        "Since {since} the new {model} ({version}) is rejecting too many requests; I want the "
        "previous version {target} serving again.",
    ),
    (RB, "opsbot", "en", "@opsbot rollback model={model} version={version} target={target}"),
    (RB, "opsbot", "en", "@opsbot rollback model={model} env={environment}"),
    (RB, "negation", "en", "don't retrain {model}, just roll it back to {target}"),
    (RB, "negation", "en", "no investigation needed, {model} {version} is broken: revert to {target} now"),
    (RB, "command", "en", "undo the {model} promotion, go back to {target}"),
    (RB, "terse", "en", "revert {model} -> {target} {environment}"),
    (RB, "command", "en", "downgrade {model} to {target} in {environment}"),
    (RB, "command", "de", "rolle {model} auf {target} zurück"),
    (RB, "question", "de", "kannst du {model} {version} in {environment} zurückrollen?"),
    (RB, "command", "fr", "reviens à {target} pour {model}"),
    (RB, "question", "fr", "peux-tu annuler le déploiement de {model} {version} ?"),
    (RB, "command", "es", "revierte {model} a {target}"),
    (RB, "question", "es", "¿puedes deshacer el despliegue de {model} {version} en {environment}?"),
    # --- prompt release
    (PREL, "terse", "en", "release {prompt} {version}"),
    (PREL, "terse", "en", "ship {prompt} {version}"),
    (PREL, "command", "en", "publish {version} of {prompt} after the review"),
    (PREL, "command", "en", "release prompt {prompt} {version} to {environment}, it replaces {baseline}"),
    (PREL, "question", "en", "can we release {prompt} {version} today?"),
    (PREL, "question", "en", "is {prompt} {version} ready to go live over {baseline}?"),
    (
        PREL,
        "verbose",
        "en",
        "The new wording of {prompt} ({version}) tested well with the support team. Please "
        "gate it against {baseline}, get the safety review and publish it.",
    ),
    (
        PREL,
        "verbose",
        "en",
        "Marketing wants the friendlier {prompt} out by Friday: version {version}. Run the release process please.",
    ),
    (PREL, "opsbot", "en", "@opsbot release prompt={prompt} version={version}"),
    (PREL, "opsbot", "en", "@opsbot publish prompt={prompt} version={version} baseline={baseline}"),
    (PREL, "negation", "en", "don't just evaluate {prompt} {version}, release it if the gate passes"),
    (PREL, "negation", "en", "no more tests for {prompt}, publish {version}"),
    (PREL, "command", "en", "make {version} the current {prompt} prompt"),
    (PREL, "terse", "en", "go live {prompt} {version}"),
    (PREL, "command", "en", "promote the {prompt} prompt {version} over {baseline}"),
    (PREL, "command", "de", "veröffentliche {prompt} {version}"),
    (PREL, "question", "de", "können wir {prompt} {version} freigeben?"),
    (PREL, "command", "fr", "publie la version {version} du prompt {prompt}"),
    (PREL, "question", "fr", "peut-on mettre en production {prompt} {version} ?"),
    (PREL, "command", "es", "publica {prompt} {version}"),
    (PREL, "question", "es", "¿podemos lanzar {prompt} {version} hoy?"),
    # --- prompt evaluation
    (PEV, "terse", "en", "evaluate {prompt} {version}"),
    (PEV, "terse", "en", "eval {prompt} {version} vs {baseline}"),
    (PEV, "command", "en", "compare {prompt} {version} against {baseline}"),
    (PEV, "command", "en", "run the eval suite on {prompt} {version}"),
    (PEV, "question", "en", "is {prompt} {version} better than {baseline}?"),
    (PEV, "question", "en", "how does the new {prompt} ({version}) score on the suite?"),
    (
        PEV,
        "verbose",
        "en",
        "I rewrote {prompt} as {version} to be shorter. Before anyone talks about releasing, "
        "could you evaluate it against {baseline} and show me the scores?",
    ),
    (
        PEV,
        "verbose",
        "en",
        "Quick sanity check please: {prompt} {version} on the regression suite, compared with "
        "what is live ({baseline}).",
    ),
    (PEV, "opsbot", "en", "@opsbot evaluate prompt={prompt} version={version} baseline={baseline}"),
    (PEV, "opsbot", "en", "@opsbot eval prompt={prompt} version={version}"),
    (PEV, "negation", "en", "don't release {prompt} {version} yet, first evaluate it against {baseline}"),
    (PEV, "negation", "en", "not shipping anything today, only score {prompt} {version}"),
    (PEV, "command", "en", "benchmark the {prompt} prompt {version}"),
    (PEV, "terse", "en", "{prompt} {version} eval pls"),
    (PEV, "command", "en", "A/B the {prompt} prompt: {version} versus {baseline}"),
    (PEV, "command", "de", "bewerte {prompt} {version} gegen {baseline}"),
    (PEV, "question", "de", "ist {prompt} {version} besser als {baseline}?"),
    (PEV, "command", "fr", "évalue {prompt} {version} par rapport à {baseline}"),
    (PEV, "question", "fr", "est-ce que {prompt} {version} est meilleur que {baseline} ?"),
    (PEV, "command", "es", "evalúa {prompt} {version} contra {baseline}"),
    (PEV, "question", "es", "¿es {prompt} {version} mejor que {baseline}?"),
    # --- content safety review
    (CSR, "terse", "en", "safety review {prompt} outputs"),
    (CSR, "terse", "en", "scan {model} outputs for PII"),
    (CSR, "command", "en", "review the answers generated by {prompt} {version} for unsafe content"),
    (CSR, "command", "en", "check the generated outputs of {model} since {since} for toxicity and PII"),
    (CSR, "question", "en", "are the {prompt} responses safe to release?"),
    (CSR, "question", "en", "did {model} leak any personal data in the {since#last}?"),
    (
        CSR,
        "verbose",
        "en",
        "Legal flagged that some support replies from {prompt} might contain customer phone "
        "numbers. Please run a content safety review on what it generated since {since}.",
    ),
    (
        CSR,
        "verbose",
        "en",
        "Before we publish the batch produced by {model} in {environment}, someone needs to "
        "scan it, pseudonymise it and get a reviewer verdict.",
    ),
    (CSR, "opsbot", "en", "@opsbot safety-review prompt={prompt} version={version}"),
    (CSR, "opsbot", "en", "@opsbot content-review model={model} since={since}"),
    (CSR, "negation", "en", "don't publish the {prompt} outputs yet, have them safety reviewed first"),
    (CSR, "negation", "en", "no evaluation needed, I just want a safety scan of {model}'s outputs"),
    (CSR, "command", "en", "moderate the generated summaries of {prompt}"),
    (CSR, "terse", "en", "pii check {prompt} {version}"),
    (CSR, "command", "en", "run a toxicity review on {model} answers in {environment}"),
    (CSR, "command", "de", "prüfe die Ausgaben von {prompt} auf personenbezogene Daten"),
    (CSR, "question", "de", "sind die Antworten von {model} seit {since} unbedenklich?"),
    (CSR, "command", "fr", "vérifie la sécurité des réponses générées par {prompt}"),
    (CSR, "question", "fr", "les sorties de {model} contiennent-elles des données personnelles ?"),
    (CSR, "command", "es", "revisa la seguridad de las respuestas de {prompt} {version}"),
    (CSR, "question", "es", "¿hay contenido tóxico en las salidas de {model}?"),
    # --- drift check
    (DRIFT, "terse", "en", "drift check {model}"),
    (DRIFT, "terse", "en", "drift {feature} {model}"),
    (DRIFT, "command", "en", "check {model} for drift on {dataset}"),
    (DRIFT, "command", "en", "check whether {feature} drifted for {model} since {since}"),
    (DRIFT, "question", "en", "is {model} drifting?"),
    (DRIFT, "question", "en", "has the distribution of {feature} changed in the {since#last}?"),
    (
        DRIFT,
        "verbose",
        "en",
        "The approval rate of {model} dropped this week and I suspect the input data. Can "
        "you compare {dataset} with the training data and tell me which features drifted?",
    ),
    (
        DRIFT,
        "verbose",
        "en",
        "Before we decide anything about {model} in {environment}, I'd like a drift report on {feature} since {since}.",
    ),
    (DRIFT, "opsbot", "en", "@opsbot drift model={model} dataset={dataset}"),
    (DRIFT, "opsbot", "en", "@opsbot drift-check model={model} feature={feature}"),
    (DRIFT, "negation", "en", "don't roll back {model} yet, first check drift"),
    (DRIFT, "negation", "en", "do not retrain {model} before we know whether {feature} really drifted"),
    (DRIFT, "command", "en", "measure data drift for {model} on {dataset}"),
    (DRIFT, "terse", "en", "{model} drift since {since}?"),
    (DRIFT, "command", "en", "compare the live {feature} distribution of {model} with training"),
    (DRIFT, "command", "de", "prüfe {model} auf Drift bei {feature}"),
    (DRIFT, "question", "de", "driftet {model} seit {since}?"),
    (DRIFT, "command", "fr", "vérifie la dérive de {model} sur {dataset}"),
    (DRIFT, "question", "fr", "est-ce que {feature} dérive pour {model} ?"),
    (DRIFT, "command", "es", "comprueba la deriva de {model} en {feature}"),
    (DRIFT, "question", "es", "¿hay deriva en {model} desde {since}?"),
    # --- approval query
    (APQ, "terse", "en", "my approvals"),
    (APQ, "terse", "en", "pending approvals {environment}"),
    (APQ, "question", "en", "what is waiting for me?"),
    (APQ, "question", "en", "what's waiting for {requester}?"),
    (APQ, "command", "en", "show approval {approval_id}"),
    (APQ, "command", "en", "list the approvals requested by {requester}"),
    (APQ, "question", "en", "who still has to approve {approval_id}?"),
    (APQ, "question", "en", "anything I need to sign off on?"),
    (
        APQ,
        "verbose",
        "en",
        "I'm the on-call approver today. Could you show me everything that is blocked on an "
        "approval in {environment}, oldest first?",
    ),
    (
        APQ,
        "verbose",
        "en",
        "{requester} says she asked for a sign-off an hour ago and nobody answered; what is "
        "the state of {approval_id}?",
    ),
    (APQ, "opsbot", "en", "@opsbot approvals requester={requester}"),
    (APQ, "opsbot", "en", "@opsbot approval id={approval_id}"),
    (APQ, "negation", "en", "don't approve anything, just list what is pending for me"),
    (APQ, "negation", "en", "not asking for a new run: which approvals are open since {since}?"),
    (APQ, "command", "en", "show my inbox of gated tasks"),
    (APQ, "terse", "en", "approvals?"),
    (APQ, "question", "de", "was wartet auf meine Freigabe?"),
    (APQ, "command", "de", "zeig die Freigabe {approval_id}"),
    (APQ, "question", "fr", "qu'est-ce qui attend mon approbation ?"),
    (APQ, "command", "fr", "montre l'approbation {approval_id}"),
    (APQ, "question", "es", "¿qué aprobaciones tengo pendientes?"),
    (APQ, "command", "es", "muestra la aprobación {approval_id}"),
    # --- run status query
    (RSQ, "terse", "en", "status {run_id}"),
    (RSQ, "terse", "en", "{run_id}?"),
    (RSQ, "question", "en", "what's the status of {run_id}?"),
    (RSQ, "question", "en", "why did verify fail in {run_id}?"),
    (RSQ, "question", "en", "how is the {scenario} run going?"),
    (RSQ, "command", "en", "show me the runs started by {requester} since {since}"),
    (RSQ, "command", "en", "list the failed runs in {environment}"),
    (RSQ, "question", "en", "did the {scenario} run finish?"),
    (
        RSQ,
        "verbose",
        "en",
        "I started a run this morning ({run_id}) and it seems stuck. Can you tell me which "
        "task it is on and whether it is waiting for someone?",
    ),
    (
        RSQ,
        "verbose",
        "en",
        "The {scenario} scenario ran overnight; did it succeed, and if not, which task failed and why?",
    ),
    (RSQ, "opsbot", "en", "@opsbot status run={run_id}"),
    (RSQ, "opsbot", "en", "@opsbot runs scenario={scenario}"),
    (RSQ, "negation", "en", "don't rerun it, just tell me why {run_id} failed"),
    (RSQ, "negation", "en", "no need to start the {scenario} scenario again, is the last run done?"),
    (RSQ, "command", "en", "show the latest runs"),
    (RSQ, "question", "en", "is {run_id} still running?"),
    (RSQ, "question", "de", "wie ist der Status von {run_id}?"),
    (RSQ, "question", "de", "warum ist {run_id} fehlgeschlagen?"),
    (RSQ, "question", "fr", "quel est l'état de {run_id} ?"),
    (RSQ, "question", "fr", "pourquoi {run_id} a échoué ?"),
    (RSQ, "question", "es", "¿cuál es el estado de {run_id}?"),
    (RSQ, "question", "es", "¿por qué falló {run_id}?"),
    # --- out of scope (some sound operational)
    (OOS, "ops_oos", "en", "restart the kafka cluster"),
    (OOS, "ops_oos", "en", "scale {service} to 10 replicas"),
    (OOS, "ops_oos", "en", "create a jira ticket for the {service} outage"),
    (OOS, "ops_oos", "en", "order two more GPUs for the training cluster"),
    (OOS, "ops_oos", "en", "reset my VPN password"),
    (OOS, "ops_oos", "en", "rotate the TLS certificates in {environment}"),
    (OOS, "ops_oos", "en", "add {requester} to the on-call rotation"),
    (OOS, "ops_oos", "en", "delete the old S3 buckets"),
    (OOS, "ops_oos", "en", "book a meeting room for the postmortem"),
    (OOS, "ops_oos", "en", "upgrade the kubernetes nodes in {environment}"),
    (OOS, "ops_oos", "en", "what does {model} cost us per month in cloud spend?"),
    (OOS, "chit", "en", "write me a poem about latency"),
    (OOS, "chit", "en", "what's the weather in Berlin?"),
    (OOS, "chit", "en", "tell me a joke"),
    (OOS, "chit", "en", "hello"),
    (OOS, "ops_oos", "en", "migrate the {service} database to postgres 17"),
    (OOS, "ops_oos", "de", "bestelle neue Laptops für das Team"),
    (OOS, "chit", "de", "wie wird das Wetter morgen?"),
    (OOS, "ops_oos", "fr", "renouvelle le certificat TLS du site"),
    (OOS, "chit", "fr", "raconte-moi une blague"),
    (OOS, "ops_oos", "es", "crea un ticket para el equipo de redes"),
    (OOS, "chit", "es", "¿qué tiempo hace hoy?"),
    # --- more phrasings (a second pass over each intent)
    (INC, "command", "en", "look into the {metric} alerts for {service}"),
    (INC, "question", "en", "what's causing the {metric} spike on {service} since {since}?"),
    (INC, "terse", "en", "{service} erroring since {since}"),
    (INC, "command", "en", "diagnose {service} in {environment}, {metric} is way off"),
    (INC, "question", "en", "why are we seeing {metric} on {service} in the {since#last}?"),
    (
        INC,
        "verbose",
        "en",
        "Customers in {environment} can't complete orders; {service} looks unhealthy since "
        "{since}. Please run the incident investigation and propose a fix.",
    ),
    (INC, "command", "en", "triage the {service} outage"),
    (INC, "opsbot", "en", "@opsbot investigate service={service} since={since}"),
    (INC, "negation", "en", "no rollback yet, first investigate {service} {metric} in {environment}"),
    (INC, "question", "en", "is {service} healthy? seeing {metric} alerts"),
    (RET, "command", "en", "train {model} again on the latest data ({dataset})"),
    (RET, "question", "en", "should we retrain {model}? if so do it on {dataset}"),
    (RET, "terse", "en", "retrain {model} {environment}"),
    (RET, "command", "en", "start the retrain-on-drift flow for {model}"),
    (
        RET,
        "verbose",
        "en",
        "Ops review: {model} accuracy keeps falling. Retrain it with {dataset}, check it "
        "beats {baseline} and ship it to {environment} behind the approval.",
    ),
    (RET, "question", "en", "can you build a new {model} from {dataset}?"),
    (RET, "opsbot", "en", "@opsbot retrain model={model}"),
    (RET, "negation", "en", "not a rollback: the data changed, retrain {model} on {dataset}"),
    (RET, "command", "en", "fit {model} on {dataset} and validate it against {baseline}"),
    (RET, "terse", "en", "new {model} model from {dataset}"),
    (RB, "command", "en", "put {model} back to {target}"),
    (RB, "question", "en", "could you revert the {model} deploy? {version} is bad"),
    (RB, "terse", "en", "rollback {model} {version}"),
    (RB, "command", "en", "restore the previous {model} version in {environment}"),
    (
        RB,
        "verbose",
        "en",
        "Incident follow-up: {model} {version} went out to {environment} and broke scoring. "
        "Roll it back to {target} with the approval gate please.",
    ),
    (RB, "question", "en", "can we go back to {target} of {model}?"),
    (RB, "opsbot", "en", "@opsbot rollback model={model} target={target}"),
    (RB, "negation", "en", "don't investigate, roll {model} back to {target}"),
    (RB, "command", "en", "undo {model} {version}"),
    (RB, "terse", "en", "{model} back to {target} pls"),
    (PREL, "command", "en", "roll out {prompt} {version}"),
    (PREL, "question", "en", "can you publish the new {prompt} prompt ({version})?"),
    (PREL, "terse", "en", "publish {prompt} {version}"),
    (PREL, "command", "en", "go ahead and release {version} of the {prompt} prompt"),
    (
        PREL,
        "verbose",
        "en",
        "The {prompt} rewrite ({version}) is approved by product. Please run the release: "
        "gate it against {baseline}, team review, then publish.",
    ),
    (PREL, "question", "en", "when can {prompt} {version} go live?"),
    (PREL, "opsbot", "en", "@opsbot release prompt={prompt} version={version} baseline={baseline}"),
    (PREL, "negation", "en", "not another evaluation please, release {prompt} {version}"),
    (PREL, "command", "en", "put {prompt} {version} live"),
    (PREL, "terse", "en", "release {prompt}"),
    (PEV, "command", "en", "score {prompt} {version} on the support suite"),
    (PEV, "question", "en", "how does {prompt} {version} compare to {baseline}?"),
    (PEV, "terse", "en", "compare {prompt} {version} {baseline}"),
    (PEV, "command", "en", "test the new {prompt} prompt {version} before release"),
    (
        PEV,
        "verbose",
        "en",
        "Could someone run the eval for {prompt}? The candidate is {version}, the one live is "
        "{baseline}. I only want the numbers for now.",
    ),
    (PEV, "question", "en", "did {prompt} {version} pass the eval gate?"),
    (PEV, "opsbot", "en", "@opsbot compare prompt={prompt} version={version} baseline={baseline}"),
    (PEV, "negation", "en", "don't publish, just evaluate {prompt} {version}"),
    (PEV, "command", "en", "measure {prompt} {version} quality against {baseline}"),
    (PEV, "terse", "en", "eval {prompt}"),
    (CSR, "command", "en", "review {model} outputs for toxicity"),
    (CSR, "question", "en", "is anything unsafe in what {prompt} {version} generated?"),
    (CSR, "terse", "en", "safety scan {model} {environment}"),
    (CSR, "command", "en", "pseudonymise and review the outputs of {prompt} since {since}"),
    (
        CSR,
        "verbose",
        "en",
        "We need a human safety verdict on the answers {model} produced in the {since#last} "
        "before they go to customers.",
    ),
    (CSR, "question", "en", "can the safety reviewer check {prompt} outputs for personal data?"),
    (CSR, "opsbot", "en", "@opsbot safety model={model} env={environment}"),
    (CSR, "negation", "en", "don't release the {prompt} batch, have it reviewed for safety first"),
    (CSR, "command", "en", "run the content safety review for {prompt} {version}"),
    (CSR, "terse", "en", "toxicity check {model}"),
    (DRIFT, "command", "en", "run a drift check on {model}"),
    (DRIFT, "question", "en", "did the input data of {model} shift since {since}?"),
    (DRIFT, "terse", "en", "drift report {model} {dataset}"),
    (DRIFT, "command", "en", "compare {dataset} against the training data of {model}"),
    (
        DRIFT,
        "verbose",
        "en",
        "I don't want to retrain blindly. Please check whether {model}'s features drifted "
        "on {dataset}, especially {feature}.",
    ),
    (DRIFT, "question", "en", "is {feature} still distributed like in training for {model}?"),
    (DRIFT, "opsbot", "en", "@opsbot drift model={model} since={since}"),
    (DRIFT, "negation", "en", "hold off on retraining {model}, check drift first"),
    (DRIFT, "command", "en", "detect drift in {feature}"),
    (DRIFT, "terse", "en", "{model} drifting?"),
    (APQ, "command", "en", "list pending approvals"),
    (APQ, "question", "en", "which approvals are waiting in {environment}?"),
    (APQ, "terse", "en", "approval {approval_id}"),
    (APQ, "command", "en", "show what {requester} is waiting on"),
    (
        APQ,
        "verbose",
        "en",
        "Before I log off: is there anything gated that needs my decision, and how long until {approval_id} expires?",
    ),
    (APQ, "question", "en", "what needs my approval?"),
    (APQ, "opsbot", "en", "@opsbot approvals env={environment}"),
    (APQ, "negation", "en", "not approving yet, show me {approval_id} first"),
    (APQ, "command", "en", "show the approvals requested by {requester} since {since}"),
    (APQ, "terse", "en", "pending?"),
    (RSQ, "command", "en", "show run {run_id}"),
    (RSQ, "question", "en", "where is {run_id} stuck?"),
    (RSQ, "terse", "en", "runs {requester}"),
    (RSQ, "command", "en", "list the runs of the {scenario} scenario"),
    (
        RSQ,
        "verbose",
        "en",
        "Yesterday's {scenario} run was supposed to finish overnight. Which state is it in, "
        "and what did the last task report?",
    ),
    (RSQ, "question", "en", "which runs did {requester} start since {since}?"),
    (RSQ, "opsbot", "en", "@opsbot status run={run_id}"),
    (RSQ, "negation", "en", "don't resume {run_id}, only show where it stopped"),
    (RSQ, "command", "en", "show the last {scenario} run"),
    (RSQ, "terse", "en", "failed runs?"),
    (OOS, "ops_oos", "en", "restart {service}"),
    (OOS, "ops_oos", "en", "open a PagerDuty incident for the network team"),
    (OOS, "ops_oos", "en", "provision a new staging cluster"),
    (OOS, "ops_oos", "en", "how much disk is left on the log servers?"),
    (OOS, "ops_oos", "en", "set up a grafana dashboard for {service}"),
    (OOS, "chit", "en", "who won the game last night?"),
    (OOS, "ops_oos", "en", "merge my pull request"),
    (OOS, "ops_oos", "en", "give {requester} access to the billing account"),
    (OOS, "chit", "en", "translate this email into Italian"),
    (OOS, "ops_oos", "en", "clean up the docker images on the build agents"),
    (INC, "command", "de", "finde heraus, warum {service} seit {since} Fehler wirft"),
    (RET, "command", "de", "starte ein Retraining von {model} auf {dataset}"),
    (RB, "command", "de", "setz {model} auf die Version {target} zurück"),
    (PREL, "command", "de", "gib {prompt} {version} frei"),
    (PEV, "command", "de", "vergleiche {prompt} {version} mit {baseline}"),
    (CSR, "command", "de", "prüfe die Antworten von {model} auf toxische Inhalte"),
    (DRIFT, "command", "de", "gibt es Drift bei {feature} für {model}?"),
    (APQ, "command", "de", "zeig meine offenen Freigaben"),
    (RSQ, "command", "de", "zeig den Lauf {run_id}"),
    (OOS, "ops_oos", "de", "starte den Kafka-Cluster neu"),
    (INC, "command", "fr", "trouve pourquoi {service} est en panne en {environment}"),
    (RET, "command", "fr", "lance un réentraînement de {model} avec {dataset}"),
    (RB, "command", "fr", "fais un rollback de {model} vers {target}"),
    (PREL, "command", "fr", "publie {prompt} {version}"),
    (PEV, "command", "fr", "compare {prompt} {version} avec {baseline}"),
    (CSR, "command", "fr", "analyse les sorties de {model} pour les contenus toxiques"),
    (DRIFT, "command", "fr", "y a-t-il une dérive sur {feature} pour {model} ?"),
    (APQ, "command", "fr", "montre mes approbations en attente"),
    (RSQ, "command", "fr", "montre l'exécution {run_id}"),
    (OOS, "ops_oos", "fr", "redémarre le cluster kafka"),
    (INC, "command", "es", "averigua por qué {service} falla en {environment}"),
    (RET, "command", "es", "lanza un reentrenamiento de {model} con {dataset}"),
    (RB, "command", "es", "haz rollback de {model} a {target}"),
    (PREL, "command", "es", "lanza {prompt} {version} a producción"),
    (PEV, "command", "es", "compara {prompt} {version} con {baseline}"),
    (CSR, "command", "es", "analiza las salidas de {model} en busca de datos personales"),
    (DRIFT, "command", "es", "¿hay deriva en {feature} para {model}?"),
    (APQ, "command", "es", "muestra mis aprobaciones pendientes"),
    (RSQ, "command", "es", "muestra la ejecución {run_id}"),
    (OOS, "ops_oos", "es", "reinicia el clúster de kafka"),
    # --- a third pass: longer context, people, and operational requests outside the desk
    (
        INC,
        "verbose",
        "en",
        "FYI the dashboard for {service} in {environment} is all red since {since}; {metric} "
        "is triple the usual. Could the SRE agent find the root cause?",
    ),
    (INC, "question", "en", "hey, anyone looking at {service}? it's been flaky since {since}"),
    (INC, "command", "en", "page-worthy: {service} {metric} doubled in the {since#last}, investigate"),
    (
        INC,
        "verbose",
        "en",
        "Following up on the alert from {since}: {service} keeps returning 503s in "
        "{environment}. I need to know whether it is the database or the new deploy.",
    ),
    (INC, "terse", "en", "{service} slow"),
    (
        RET,
        "verbose",
        "en",
        "Monthly refresh: please retrain {model} on {dataset}; last month's model is {baseline} "
        "and the new one must beat it before anyone promotes it.",
    ),
    (RET, "question", "en", "is it time to retrain {model}? the new labels are in {dataset}"),
    (RET, "command", "en", "schedule a retrain for {model} on {dataset} today"),
    (RET, "terse", "en", "retrain {model} vs {baseline}"),
    (
        RB,
        "verbose",
        "en",
        "The {model} rollout to {environment} went badly: since {since} precision has collapsed. "
        "Please get {target} serving again and keep {version} around for the postmortem.",
    ),
    (RB, "question", "en", "{model} {version} is hurting conversions, can we revert to {target}?"),
    (RB, "command", "en", "emergency rollback of {model} in {environment}"),
    (RB, "terse", "en", "rollback {model} pls"),
    (
        PREL,
        "verbose",
        "en",
        "Hi! {prompt} {version} passed the eval yesterday. Can you take it through the "
        "release (review and publish) so it replaces {baseline}?",
    ),
    (PREL, "command", "en", "cut a release of {prompt} at {version}"),
    (PREL, "question", "en", "could you ship the {prompt} prompt, version {version}?"),
    (
        PEV,
        "verbose",
        "en",
        "We tweaked the system instructions of {prompt}; the draft is {version}. Run it over "
        "the suite next to {baseline} and tell me if it regresses anywhere.",
    ),
    (PEV, "command", "en", "regression-test {prompt} {version}"),
    (PEV, "question", "en", "which is better, {prompt} {version} or {baseline}?"),
    (
        CSR,
        "verbose",
        "en",
        "Compliance needs a sign-off that the summaries {model} wrote for customers in "
        "{environment} contain no personal data or abusive language.",
    ),
    (CSR, "command", "en", "check the {prompt} answers for leaked emails and phone numbers"),
    (CSR, "question", "en", "has anyone reviewed what {model} generated since {since} for harmful content?"),
    (
        DRIFT,
        "verbose",
        "en",
        "Before the quarterly review, could you produce a drift report for {model}? Compare "
        "{dataset} with what it was trained on.",
    ),
    (DRIFT, "command", "en", "look for data drift in {model} inputs since {since}"),
    (DRIFT, "question", "en", "are {model}'s inputs still like the training data?"),
    (
        APQ,
        "verbose",
        "en",
        "I just came back from vacation; what approvals are waiting on me, and which of them expire soon?",
    ),
    (APQ, "question", "en", "is anyone waiting for my sign-off on {approval_id}?"),
    (APQ, "command", "en", "list the open approvals for {requester}"),
    (
        RSQ,
        "verbose",
        "en",
        "{requester} kicked off something this morning and asked me to check on it. Which runs "
        "did they start, and are they done?",
    ),
    (RSQ, "command", "en", "tell me what {run_id} is doing"),
    (RSQ, "question", "en", "which task of {run_id} failed?"),
    (RSQ, "command", "en", "show the runs {requester} started"),
    (OOS, "ops_oos", "en", "bump the memory limit of {service} to 4Gi"),
    (OOS, "ops_oos", "en", "renew the domain name before it expires"),
    (OOS, "ops_oos", "en", "install the latest security patches on the bastion host"),
    (OOS, "ops_oos", "en", "change the DNS record of {service} in {environment}"),
    (OOS, "ops_oos", "en", "who is on call for {service} this week?"),
    (OOS, "ops_oos", "en", "file an expense report for the GPU invoice"),
    (OOS, "ops_oos", "en", "update the firewall rules for {environment}"),
    (OOS, "chit", "en", "what time is it in Tokyo?"),
    (OOS, "ops_oos", "en", "summarise yesterday's standup notes"),
    (OOS, "ops_oos", "en", "schedule a maintenance window for {service} on Saturday"),
    (OOS, "ops_oos", "de", "verlängere das TLS-Zertifikat für {environment}"),
    (OOS, "ops_oos", "fr", "ajoute {requester} au planning d'astreinte"),
    (OOS, "ops_oos", "es", "actualiza las reglas del firewall en {environment}"),
    # --- hand-written, irregular requests (fixed values)
    (
        INC,
        "verbose",
        "en",
        "ugh, [checkout](service) again. [p99](metric) is through the roof since [11:40](since), "
        "same as last tuesday. can someone look before the sale starts",
    ),
    (INC, "terse", "en", "[search](service) 500s [prod](environment)"),
    (
        INC,
        "question",
        "en",
        "anyone know why [payments](service) [error rate](metric) doubled in the [last hour](since)?",
    ),
    (
        INC,
        "command",
        "en",
        "the [fraud-detector](model) deploy [v9](version) might have broken [checkout](service) latency, investigate",
    ),
    (
        RET,
        "verbose",
        "en",
        "[churn-model](model) is stale, AUC fell below 0.7 on [events-q4](dataset). retrain + "
        "gate vs [v6](baseline) pls",
    ),
    (RET, "command", "en", "new [ranker](model) please, train it on [clicks_2026_11](dataset)"),
    (RB, "terse", "en", "[credit-risk](model) [v8](version) bad, back to [v7](target)"),
    (
        RB,
        "verbose",
        "en",
        "rollback time: [recsys](model) [3.0.0](version) tanked CTR in [eu-west-1](environment). "
        "previous was [2.9.1](target)",
    ),
    (PREL, "terse", "en", "ship it: [support_answer](prompt) [v3](version)"),
    (PREL, "verbose", "en", "review passed for [refund-reply](prompt) [v5](version), let's get it published"),
    (PEV, "question", "en", "does [triage_prompt](prompt) [v4](version) hallucinate less than [v3](baseline)?"),
    (PEV, "terse", "en", "score [summarize_ticket](prompt) [v2](version)"),
    (
        CSR,
        "verbose",
        "en",
        "a customer saw someone else's email address in a reply from [support_answer](prompt)! "
        "review everything it produced since [Friday](since)",
    ),
    (CSR, "question", "en", "can the safety reviewer look at the [recsys](model) generated blurbs?"),
    (
        DRIFT,
        "negation",
        "en",
        "hold off on the rollback of [fraud-detector](model), check drift on [transactions-nov](dataset) first",
    ),
    (DRIFT, "question", "en", "did [income](feature) shift for [credit-risk](model)?"),
    (APQ, "question", "en", "who can approve [ap-7c1e9a2b4d55](approval_id)?"),
    (APQ, "terse", "en", "inbox"),
    (RSQ, "question", "en", "what happened in [run-20261129-220501-9f00ab](run_id)?"),
    (RSQ, "terse", "en", "runs today?"),
    (OOS, "ops_oos", "en", "can you page the database team?"),
    (OOS, "ops_oos", "en", "increase the disk on [orders](service) db to 2TB"),
    (OOS, "chit", "en", "thanks!"),
    (OOS, "ops_oos", "en", "give me admin access to [prod](environment)"),
]

# --- train-only templates (p-plan2): more phrasings per intent, more verbose context, more operational requests
# outside the desk, more Spanish/German/French. Filled after the held-out split is drawn, with their own random
# stream, so test.jsonl is unchanged by them (see build()).
EXTRA_TRAIN: list[T] = [
    (INC, "verbose", "en", "Morning all. Since {since} our {service} pods in {environment} show {metric} well above "
     "the SLO and the on-call could not find anything obvious. Can the desk investigate and suggest a remediation?"),
    (INC, "verbose", "en", "Not sure who owns this, but {service} has been degraded since {since}: {metric} keeps "
     "creeping up. Please look into it."),
    (INC, "verbose", "en", "Support escalated a ticket: {service} has had bad {metric} in "
     "{environment} since {since}. We need the root cause before the evening peak."),
    (INC, "command", "en", "check {service} health in {environment}, {metric} alarms since {since}"),
    (INC, "question", "en", "what broke {service} in the {since#last}?"),
    (INC, "terse", "en", "{service} {metric} spike"),
    (INC, "command", "en", "start an incident investigation for {service}"),
    (INC, "question", "en", "{service} is timing out in {environment}, can you find out why?"),
    (RET, "verbose", "en", "Our labels for last month finally landed in {dataset}. Please retrain {model} on them, "
     "compare against the current champion {baseline}, and only promote if it is better."),
    (RET, "verbose", "en", "Heads up: {model} quality dropped after {feature} moved. I'd like a retrain on "
     "{dataset} this afternoon, gated against {baseline} as usual."),
    (RET, "command", "en", "re-train {model} using the {dataset} snapshot"),
    (RET, "question", "en", "could you retrain {model} with {dataset} and tell me if it beats {baseline}?"),
    (RET, "terse", "en", "retraining for {model} please"),
    (RET, "command", "en", "rebuild the {model} model on {dataset}"),
    (RB, "verbose", "en", "Bad news from the business side: {model} {version} in {environment} is approving "
     "obviously fraudulent transactions since {since}. Please revert it to {target} right away."),
    (RB, "verbose", "en", "I think we need to back out {model} {version}. It was fine on {target}, so please put "
     "that one back into {environment}."),
    (RB, "command", "en", "revert {model} to the previous version {target}"),
    (RB, "question", "en", "can you undo the {model} rollout and restore {target}?"),
    (RB, "terse", "en", "{model} rollback {environment}"),
    (PREL, "verbose", "en", "Good news: {prompt} {version} got through the evaluation with better scores than "
     "{baseline}. Please start the release so reviewers can sign off and it gets published."),
    (PREL, "verbose", "en", "Product signed off on the new tone for {prompt}. Please take {version} to "
     "{environment} through the normal release with the review step."),
    (PREL, "command", "en", "deploy the {prompt} prompt {version} to {environment}"),
    (PREL, "question", "en", "ok to release {prompt} {version} now that the eval passed?"),
    (PREL, "terse", "en", "{prompt} {version} release pls"),
    (PEV, "verbose", "en", "I changed a few instructions in {prompt} and saved it as {version}. Nothing should go "
     "out yet; I just want to know how it scores against {baseline} on our eval cases."),
    (PEV, "verbose", "en", "Before the review meeting, please run the evaluation suite for {prompt} {version} and "
     "put the numbers next to {baseline}."),
    (PEV, "command", "en", "run an evaluation of {prompt} {version} against {baseline}"),
    (PEV, "question", "en", "does {prompt} {version} do better than {baseline} on the eval cases?"),
    (PEV, "question", "en", "what are the eval scores for {prompt} {version}?"),
    (PEV, "terse", "en", "eval {prompt} {version} against {baseline}"),
    (PEV, "command", "en", "check how {prompt} {version} performs compared with {baseline}"),
    (CSR, "verbose", "en", "Someone on the trust team noticed offensive wording in a few {prompt} answers. Please "
     "review everything it generated since {since} and pseudonymise any personal data."),
    (CSR, "verbose", "en", "The outputs {model} produced for the {environment} launch need a content review by the "
     "safety reviewer before anyone sees them."),
    (CSR, "command", "en", "screen {prompt} {version} outputs for personal data"),
    (CSR, "question", "en", "could you check whether {model} answers contain PII?"),
    (DRIFT, "verbose", "en", "Our dashboards show {model} scores shifting since {since}. Before we retrain "
     "anything, please check the inputs for drift, in particular {feature}."),
    (DRIFT, "verbose", "en", "The data team replaced a source feeding {dataset}. Can you check whether {model} now "
     "sees drifted features compared with its training data?"),
    (DRIFT, "verbose", "en", "Quick one: is {feature} drifting for {model} in {environment}? I want to know before "
     "we decide on a retrain."),
    (DRIFT, "command", "en", "run drift detection for {model} on {dataset}"),
    (DRIFT, "command", "en", "check if {model} is drifting on {feature}"),
    (DRIFT, "question", "en", "any drift on {feature} for {model} in the {since#last}?"),
    (DRIFT, "question", "en", "has {model}'s input distribution moved since {since}?"),
    (DRIFT, "terse", "en", "drift? {model} {feature}"),
    (DRIFT, "negation", "en", "don't touch {model} yet; first tell me whether {feature} drifted"),
    (APQ, "verbose", "en", "I am covering for {requester} this week. Which approvals are they waiting on, "
     "and can I decide any of them?"),
    (APQ, "question", "en", "anything pending approval for me in {environment}?"),
    (APQ, "command", "en", "show the pending sign-offs"),
    (RSQ, "verbose", "en", "{requester} asked me to follow up on the {scenario} run from last night. Did it "
     "complete, or is it stuck on a task?"),
    (RSQ, "command", "en", "show the runs started by {requester}"),
    (RSQ, "question", "en", "which runs did {requester} kick off?"),
    (RSQ, "question", "en", "has {run_id} finished?"),
    (RSQ, "command", "en", "give me the status of the latest {scenario} run"),
    (OOS, "ops_oos", "en", "restart the {service} pods"),
    (OOS, "ops_oos", "en", "reboot the {service} nodes in {environment}"),
    (OOS, "ops_oos", "en", "redeploy {service} with the latest image"),
    (OOS, "ops_oos", "en", "plan a maintenance window for {service} next week"),
    (OOS, "ops_oos", "en", "scale down {service} in {environment} for the night"),
    (OOS, "ops_oos", "en", "increase the replicas of {service}"),
    (OOS, "ops_oos", "en", "turn off the {service} feature flag"),
    (OOS, "ops_oos", "en", "flush the redis cache for {service}"),
    (OOS, "ops_oos", "en", "open a firewall port for {service}"),
    (OOS, "ops_oos", "en", "create a new kubernetes namespace for the data team"),
    (OOS, "ops_oos", "en", "back up the {service} database tonight"),
    (OOS, "ops_oos", "en", "add an alert on {metric} for {service}"),
    (OOS, "ops_oos", "en", "write the postmortem for the {service} outage"),
    (OOS, "ops_oos", "en", "approve my holiday request"),
    (OOS, "ops_oos", "en", "how much did the training cluster cost last month?"),
    (OOS, "ops_oos", "en", "move {service} to another region"),
    (OOS, "ops_oos", "en", "create a service account for {requester}"),
    (OOS, "ops_oos", "en", "archive the old logs of {service}"),
    (OOS, "chit", "en", "good morning!"),
    (OOS, "chit", "en", "what can you do?"),
    (OOS, "chit", "en", "recommend a good book on SRE"),
    (OOS, "chit", "en", "how are you today?"),
    (OOS, "ops_oos", "en", "Hi team, the {service} team asked us to bump their quota in {environment} before "
     "the launch; can you make that change?"),
    (OOS, "ops_oos", "en", "Could you set up a weekly cron job that cleans the tmp folders on the build machines?"),
    (INC, "command", "es", "revisa por qué {service} va lento desde {since}"),
    (INC, "verbose", "es", "Buenas, la {metric} de {service} en {environment} está disparada desde {since}. "
     "¿Podéis encontrar la causa?"),
    (RET, "command", "es", "vuelve a entrenar {model} con {dataset}"),
    (RET, "verbose", "es", "El modelo {model} ha perdido precisión; reentrénalo con {dataset} y compáralo con "
     "{baseline}, por favor."),
    (RB, "command", "es", "vuelve {model} a la versión {target}"),
    (RB, "verbose", "es", "Desde {since} {model} {version} da resultados malos en {environment}; revierte a "
     "{target}, por favor."),
    (PREL, "command", "es", "publica la versión {version} del prompt {prompt}"),
    (PREL, "question", "es", "¿podemos poner {prompt} {version} en producción?"),
    (PEV, "command", "es", "evalúa el prompt {prompt} {version}"),
    (PEV, "question", "es", "¿{prompt} {version} puntúa mejor que {baseline}?"),
    (CSR, "command", "es", "revisa si las respuestas de {model} contienen datos personales"),
    (CSR, "question", "es", "¿son seguras las salidas de {prompt}?"),
    (DRIFT, "command", "es", "revisa si hay deriva en {feature} de {model}"),
    (DRIFT, "question", "es", "¿ha cambiado la distribución de {feature} para {model}?"),
    (APQ, "question", "es", "¿qué está esperando mi aprobación?"),
    (RSQ, "question", "es", "¿terminó la ejecución {run_id}?"),
    (OOS, "ops_oos", "es", "reinicia {service} en {environment}"),
    (OOS, "chit", "es", "cuéntame un chiste"),
    (INC, "command", "de", "schau dir an, warum {service} in {environment} Fehler liefert"),
    (RET, "question", "de", "kannst du {model} auf {dataset} neu trainieren?"),
    (RB, "command", "de", "rolle {model} {version} in {environment} zurück"),
    (PEV, "command", "de", "evaluiere {prompt} {version}"),
    (DRIFT, "command", "de", "prüfe, ob {feature} bei {model} driftet"),
    (OOS, "ops_oos", "de", "starte {service} neu"),
    (INC, "command", "fr", "regarde pourquoi {service} est lent depuis {since}"),
    (RB, "command", "fr", "remets {model} en version {target}"),
    (PEV, "command", "fr", "évalue le prompt {prompt} {version}"),
    (DRIFT, "command", "fr", "vérifie si {feature} dérive pour {model}"),
    (OOS, "ops_oos", "fr", "redémarre {service} en {environment}"),

]  # fmt: skip

# --- train-only templates (h-plan3), appended after p-plan2's so their fills stay as they were: requests wrapped
# in context that talks about other kinds of work, operational requests outside the desk that name services,
# people and environments, drift phrasings, and negations/postponements that move the intent to the second ask.
EXTRA_TRAIN += [
    (INC, "verbose", "en", "Sorry for the long message. We shipped a config change on Friday and the release notes "
     "look harmless, but {service} in {environment} has shown {metric} trouble since {since}. Could you run an "
     "investigation and tell me what is behind it?"),
    (INC, "verbose", "en", "FYI the model team is busy with a retrain, so this one is on us: {metric} for {service} "
     "doubled in the {since#last}. Please diagnose it."),
    (INC, "verbose", "en", "Two customers wrote in this morning. {service} keeps failing requests in {environment}; "
     "nobody changed anything that I know of. What is going on?"),
    (INC, "negation", "en", "no rollback yet, I want to understand first why {service} is so slow in {environment}"),
    (INC, "question", "en", "any idea why {metric} on {service} went up since {since}?"),
    (RET, "verbose", "en", "Context: the monthly drift report came back red for {feature}, and the fresh labels are "
     "in {dataset}. Let's not wait for the next cycle; retrain {model} now and gate it against {baseline}."),
    (RET, "verbose", "en", "After last quarter's review we agreed to refresh {model} whenever {feature} moves. It "
     "moved. Please train a new one on {dataset}."),
    (RET, "negation", "en", "skip the drift check, we already know; retrain {model} on {dataset}"),
    (RET, "command", "en", "produce a new {model} from {dataset} and validate it against {baseline}"),
    (RB, "verbose", "en", "The evaluation looked fine yesterday, but in {environment} {model} {version} is "
     "misclassifying half of the traffic. I'd rather not debug it live: put {target} back, please."),
    (RB, "verbose", "en", "Heads up, the on-call asked for this: {model} {version} has to go. Restore the "
     "previous version {target} in {environment}."),
    (RB, "negation", "en", "forget the retrain, {model} {version} must be reverted to {target} now"),
    (RB, "question", "en", "could we go back to {target} of {model}? {version} is hurting conversions"),
    (PREL, "verbose", "en", "We spent the week on drift dashboards, so sorry this is late: {prompt} {version} is "
     "ready. Please take it through review and publish it so it replaces {baseline}."),
    (PREL, "verbose", "en", "Legal approved the new disclaimer wording in {prompt}. Can you release version "
     "{version}?"),
    (PREL, "negation", "en", "no further evaluation needed, release {prompt} {version} through the gate"),
    (PEV, "verbose", "en", "There were complaints about the tone of {prompt} after the last release. Before we "
     "publish anything new, score {version} against {baseline} on the suite."),
    (PEV, "verbose", "en", "Just an experiment for now: {prompt} {version} uses shorter instructions. How does it "
     "do compared with {baseline}?"),
    (PEV, "negation", "en", "don't release {prompt} {version} yet, only evaluate it against {baseline}"),
    (CSR, "verbose", "en", "A customer forwarded a screenshot of a rude answer from {prompt}. Please go through its "
     "outputs since {since}, hide any personal data and have the safety reviewer decide."),
    (CSR, "verbose", "en", "Before the {environment} launch we need to know that what {model} generated contains no "
     "personal details or offensive text. Can you run the content review?"),
    (CSR, "question", "en", "is there anything toxic or personal in the {prompt} outputs since {since}?"),
    (DRIFT, "verbose", "en", "The business says {model} predictions feel off since {since}. I don't want a rollback "
     "or a retrain before we know more: please check its inputs for drift, {feature} in particular."),
    (DRIFT, "verbose", "en", "We onboarded a new market last week and {dataset} looks different. Has {feature} "
     "shifted enough that {model} is affected?"),
    (DRIFT, "verbose", "en", "Someone proposed rolling back {model} {version}. Before anyone does that, please run "
     "a drift check on {feature} so we decide on data."),
    (DRIFT, "negation", "en", "hold the rollback of {model}; check for drift on {feature} first"),
    (DRIFT, "negation", "en", "no retraining until we have a drift report for {model} on {dataset}"),
    (DRIFT, "negation", "en", "wait with the retrain of {model}, first see whether {feature} really shifted"),
    (DRIFT, "negation", "en", "not rolling anything back today; tell me if {model} is drifting in {environment}"),
    (DRIFT, "question", "en", "did the distribution of {feature} move for {model} in the {since#last}?"),
    (DRIFT, "question", "en", "is the live data of {model} still like its training data?"),
    (DRIFT, "command", "en", "compare the live {feature} distribution of {model} with the training data"),
    (DRIFT, "terse", "en", "drift report {model} {dataset}"),
    (DRIFT, "command", "en", "look for data drift in {model} inputs since {since}"),
    (OOS, "ops_oos", "en", "rotate the TLS certificate of {service} in {environment}"),
    (OOS, "ops_oos", "en", "give {requester} read access to the {service} logs"),
    (OOS, "ops_oos", "en", "bump the memory limit of {service} to 4 GiB"),
    (OOS, "ops_oos", "en", "silence the {metric} alert on {service} for an hour"),
    (OOS, "ops_oos", "en", "drain node 7 in {environment} before the kernel upgrade"),
    (OOS, "ops_oos", "en", "create a grafana dashboard for {service} {metric}"),
    (OOS, "ops_oos", "en", "change the log level of {service} to debug"),
    (OOS, "ops_oos", "en", "turn on autoscaling for {service} in {environment}"),
    (OOS, "ops_oos", "en", "resize the disk of the {service} database"),
    (OOS, "ops_oos", "en", "update the DNS record of {service} to the new load balancer"),
    (OOS, "ops_oos", "en", "renew the API key that {service} uses for the payment provider"),
    (OOS, "ops_oos", "en", "pause the nightly batch jobs in {environment}"),
    (OOS, "ops_oos", "en", "set the {service} replicas to 6"),
    (OOS, "ops_oos", "en", "can you open a ticket with the cloud vendor about {environment}?"),
    (OOS, "ops_oos", "en", "delete the stale feature branches in the {service} repo"),
    (OOS, "ops_oos", "en", "Hey, I'm new here and need ssh access to the {environment} boxes; {requester} said you "
     "could set that up."),
    (OOS, "ops_oos", "en", "Finance asked us to cut costs, so please downsize the {service} cluster in "
     "{environment} over the weekend."),
    (OOS, "ops_oos", "en", "We are moving offices next week. Please update the VPN config for the whole team."),
    (OOS, "chit", "en", "thanks, that was helpful"),
    (OOS, "chit", "en", "who won the football match yesterday?"),
    (INC, "verbose", "de", "Kurze Info: seit {since} hat {service} in {environment} viele Fehler. Könnt ihr die "
     "Ursache suchen?"),
    (DRIFT, "negation", "de", "noch nicht zurückrollen, prüfe zuerst, ob {model} bei {feature} driftet"),
    (DRIFT, "question", "de", "hat sich die Verteilung von {feature} für {model} verändert?"),
    (OOS, "ops_oos", "de", "erhöhe die Replikas von {service} in {environment}"),
    (OOS, "ops_oos", "de", "gib {requester} Zugriff auf die Logs von {service}"),
    (DRIFT, "negation", "fr", "ne reviens pas en arrière pour {model}, vérifie d'abord la dérive de {feature}"),
    (OOS, "ops_oos", "fr", "augmente les réplicas de {service} en {environment}"),
    (OOS, "ops_oos", "fr", "renouvelle le certificat de {service}"),
    (DRIFT, "negation", "es", "no reviertas {model} todavía, primero revisa la deriva de {feature}"),
    (DRIFT, "question", "es", "¿hay deriva en los datos de {model} desde {since}?"),
    (OOS, "ops_oos", "es", "escala {service} a cinco réplicas en {environment}"),
    (OOS, "ops_oos", "es", "renueva el certificado de {service}"),
    (RB, "verbose", "es", "El equipo de negocio se queja: {model} {version} falla en {environment}. Vuelve a "
     "{target}, por favor."),
]  # fmt: skip

# --- train-only templates (p-plan4), appended last so the earlier fills stay as they were: requests outside the
# desk that use its words (a poem about Kubernetes, "explain what drift is", errands, general questions: no slot, as
# nothing in the system is named), operational errands that name services and people, a paragraph of context
# about other work before the ask, drift phrasings that keep feature and model apart, a confirmed drift that asks
# for a retrain, and a few in de/fr/es.
EXTRA_TRAIN += [
    (OOS, "chit", "en", "write a haiku about kubernetes"),
    (OOS, "chit", "en", "what is the capital of Australia?"),
    (OOS, "chit", "en", "book me a train to Lyon for Friday morning"),
    (OOS, "chit", "en", "explain what a p99 latency actually measures"),
    (OOS, "chit", "en", "what is concept drift, in simple words?"),
    (OOS, "chit", "en", "what is the difference between a rollback and a roll-forward?"),
    (OOS, "chit", "en", "tell me a joke about on-call engineers"),
    (OOS, "chit", "en", "summarise this blog post about model monitoring for me"),
    (OOS, "chit", "en", "what does SLO stand for?"),
    (OOS, "chit", "en", "which laptop should I buy for deep learning?"),
    (OOS, "chit", "en", "order pizza for the people in the war room"),
    (OOS, "chit", "en", "what time is it in Singapore right now?"),
    (OOS, "chit", "en", "help me write a cover letter for an SRE job"),
    (OOS, "chit", "en", "who invented the transformer architecture?"),
    (OOS, "chit", "en", "convert 1500 milliseconds to seconds"),
    (OOS, "chit", "en", "is it going to rain in Dublin tomorrow?"),
    (OOS, "chit", "en", "how do I become a better machine learning engineer?"),
    (OOS, "chit", "en", "draft a limerick about a model that would not stop hallucinating"),
    (OOS, "chit", "en", "what are the best practices for prompt engineering in general?"),
    (OOS, "chit", "en", "you are great, thank you so much"),
    (OOS, "ops_oos", "en", "merge the pull request that fixes the {service} build"),
    (OOS, "ops_oos", "en", "add {requester} to the on-call rotation of {service}"),
    (OOS, "ops_oos", "en", "reset the password of {requester}"),
    (OOS, "ops_oos", "en", "upgrade postgres under {service} in {environment} to version 16"),
    (OOS, "ops_oos", "en", "do a rolling restart of {service} in {environment}"),
    (OOS, "ops_oos", "en", "purge the CDN cache in front of {service}"),
    (OOS, "ops_oos", "en", "raise the rate limit of {service} to 500 requests per second"),
    (OOS, "ops_oos", "en", "invite {requester} to the {service} channel"),
    (OOS, "ops_oos", "en", "book a room for the {service} incident review on Thursday"),
    (OOS, "ops_oos", "en", "transfer the {service} repository to {requester}"),
    (OOS, "ops_oos", "en", "Please revoke the admin rights {requester} still has in {environment}; they changed "
     "teams."),
    (OOS, "ops_oos", "en", "We are short on budget this quarter. Could you switch the {environment} GPU nodes to "
     "spot instances and tell {requester} when it is done?"),
    (OOS, "ops_oos", "en", "{requester} from the data team needs write access to the {service} bucket in "
     "{environment}; please sort it out."),
    (OOS, "ops_oos", "en", "apply the new helm chart for {service} in {environment}"),
    (INC, "verbose", "en", "Long story short: there was a retrain last week and a prompt release yesterday, and "
     "neither looks related. Since {since}, {service} in {environment} shows {metric} far above normal for a third "
     "of the users. Please investigate the cause."),
    (INC, "verbose", "en", "I've been on call since the morning and the pager has not stopped. Most of it is noise, "
     "but {service} really does have a {metric} problem in {environment}. Can you dig into it and tell me why?"),
    (RET, "verbose", "en", "A bit of background: the fraud team relabelled two weeks of chargebacks and the drift "
     "report on {feature} was red again this morning. Nobody wants a rollback. What I need is a fresh {model} "
     "trained on {dataset}, checked against {baseline} before it is promoted."),
    (RET, "command", "en", "the drift on {feature} is confirmed, so retrain {model} on {dataset}"),
    (RET, "command", "en", "drift check came back positive for {model}; train a new one on {dataset}"),
    (RB, "verbose", "en", "Quick summary of the morning: the incident channel was busy, the drift dashboard is "
     "green and the prompt team paused their release. The real problem is {model} {version}: since it reached "
     "{environment} the approval rate fell. Please take it back to {target}."),
    (PREL, "verbose", "en", "I ran the evaluation suite twice yesterday and the safety reviewer already looked at "
     "the outputs; both were happy. The only thing left is the release itself: please publish {prompt} {version} "
     "to {environment} with the usual review gate."),
    (PEV, "verbose", "en", "We are not releasing anything this sprint and there is no incident either. I rewrote "
     "the instructions of {prompt} and saved them as {version}. Could you score it on the evaluation cases next to "
     "{baseline}?"),
    (CSR, "verbose", "en", "Marketing wants to reuse the answers {prompt} gave during the beta. Legal will only "
     "agree if nothing in them is personal or offensive, so can the safety reviewer go through those outputs "
     "first?"),
    (CSR, "verbose", "en", "Legal needs confirmation that what {model} wrote for users in {environment} holds no "
     "personal information and no insults. Please run the content review."),
    (DRIFT, "verbose", "en", "Our upstream vendor changed the format of {feature} on Tuesday. The model team asked "
     "us not to retrain or roll back {model} until we know the impact. Could you check whether its inputs drifted "
     "since {since}?"),
    (DRIFT, "question", "en", "has the {feature} distribution changed for {model}?"),
    (DRIFT, "command", "en", "check whether {feature} in the inputs of {model} moved since {since}"),
    (DRIFT, "question", "en", "for {model}, did {feature} drift in the {since#last}?"),
    (DRIFT, "command", "en", "measure drift of {feature} for {model} on {dataset}"),
    (APQ, "verbose", "en", "I was out for two days and my inbox is a mess. Before I read anything else: which "
     "approvals are still waiting for me, and is any of them urgent?"),
    (APQ, "verbose", "en", "{requester} is on holiday until Monday and asked me to cover their reviews. What is "
     "pending with them right now?"),
    (RSQ, "verbose", "en", "We kicked off a couple of remediation runs during the night and I lost track of them. "
     "How is {run_id} doing, and does it need anything from me?"),
    (RSQ, "verbose", "en", "The {scenario} run that {requester} started this morning has been quiet for hours. Is "
     "it still going, did it fail, or is it waiting on something?"),
    (RSQ, "command", "en", "list what {requester} ran yesterday and which of those runs failed"),
    (OOS, "chit", "de", "schreib mir ein Gedicht über Kubernetes"),
    (OOS, "ops_oos", "de", "setz das Passwort von {requester} zurück"),
    (INC, "verbose", "de", "Seit heute früh beschweren sich Kunden, geändert hat niemand etwas. {service} in "
     "{environment} hat seit {since} Probleme mit {metric}. Bitte sucht die Ursache."),
    (OOS, "chit", "fr", "quelle est la capitale de l'Australie ?"),
    (OOS, "ops_oos", "fr", "donne à {requester} l'accès aux journaux de {service}"),
    (DRIFT, "verbose", "fr", "Avant de réentraîner {model}, je voudrais savoir si {feature} a dérivé depuis "
     "{since}."),
    (OOS, "chit", "es", "escríbeme un poema sobre la latencia"),
    (OOS, "ops_oos", "es", "dale a {requester} acceso a los registros de {service}"),
    (PEV, "verbose", "es", "Todavía no vamos a publicar nada. Evalúa {prompt} {version} y compáralo con "
     "{baseline}, por favor."),
    # p-plan5: words that are also service names of the topology used as plain words (billing, fraud, tax,
    # loyalty, reports, media, session ...), so the tagger learns that knowing a word as a service is not enough
    # without the words around it; written as memos and hand-offs, a style the corpus had little of.
    (INC, "verbose", "en", "Memo from the billing desk: invoices are fine, but {service} shows {metric} since "
     "{since}. Can you dig into it?"),
    (INC, "verbose", "en", "Handing over from the fraud analysts' shift. They are not worried about fraud, they "
     "are worried about {service} in {environment}: {metric} went up around {since}. Please investigate."),
    (OOS, "ops_oos", "en", "move the tax reports of {requester} to the new shared drive"),
    (OOS, "ops_oos", "en", "ask the loyalty team to update their media kit"),
    (OOS, "chit", "en", "who runs the session on billing basics next week?"),
    (RET, "verbose", "en", "Per the quarterly reports, fraud losses went up. Please retrain {model} on {dataset} so "
     "it catches the new patterns."),
    (DRIFT, "verbose", "en", "Note for the ads and loyalty folks: before anyone touches {model}, we check whether "
     "{feature} drifted. Please run that check."),
    (RSQ, "question", "en", "the upload of the billing statements aside, did {run_id} finish?"),
    (APQ, "verbose", "en", "Between the tax filing and the reviews of the media budget I lost track: which "
     "approvals are still open for {requester}?"),
    (PREL, "verbose", "en", "Notes from the profile review: the copy is approved. Please ship {prompt} {version} "
     "to {environment}."),
    (CSR, "verbose", "en", "The comments section of our help center quotes {prompt} answers. Please check those "
     "outputs for personal data before they stay up."),
]  # fmt: skip

INTENT_ORDER = [INC, RET, RB, PREL, PEV, CSR, DRIFT, APQ, RSQ, OOS]
_MARK = re.compile(r"\{(\w+)(?:#(\w+))?\}|\[([^\]]+)\]\((\w+)\)")
FILLS = 3
_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"


def fill(template: str, rng: random.Random) -> list[tuple[str, str | None]]:
    """The template as segments ``(text, slot or None)``, its ``{slot}`` marks filled from the pools."""
    segments: list[tuple[str, str | None]] = []
    pos, used = 0, set()
    for m in _MARK.finditer(template):
        segments.append((template[pos : m.start()], None))
        if m.group(1):
            slot, pool = m.group(1), POOLS[f"{m.group(1)}#{m.group(2)}" if m.group(2) else m.group(1)]
            choices = [v for v in pool if v not in used] or pool
            value = rng.choice(choices)
        else:
            value, slot = m.group(3), m.group(4)
        used.add(value)
        segments.append((value, slot))
        pos = m.end()
    segments.append((template[pos:], None))
    return [s for s in segments if s[0]]


def typo(segments: list[tuple[str, str | None]], rng: random.Random) -> list[tuple[str, str | None]]:
    """One or two typos (a swapped, dropped or doubled letter) in the words around the slot values."""
    out = list(segments)
    plain = [i for i, (text, slot) in enumerate(out) if slot is None and re.search(r"[a-z]{4,}", text)]
    for i in rng.sample(plain, min(len(plain), 2)):
        text = out[i][0]
        words = [m for m in re.finditer(r"[a-z]{4,}", text)]
        w = rng.choice(words)
        k = rng.randrange(1, len(w.group()) - 1)
        word = w.group()
        kind = rng.randrange(3)
        if kind == 0:
            word = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        elif kind == 1:
            word = word[:k] + word[k + 1 :]
        else:
            word = word[:k] + rng.choice(_KEYBOARD) + word[k:]
        out[i] = (text[: w.start()] + word + text[w.end() :], None)
    return out


def record(segments: list[tuple[str, str | None]], **meta: object) -> dict[str, object]:
    text = "".join(s for s, _ in segments)
    slots = {slot: value for value, slot in segments if slot}
    return {"text": text, "slots": slots, **meta}


EXTRA_TYPOS = 0.5
"""Share of English fills of ``EXTRA_TRAIN`` that also get a typo variant (more typo practice for training)."""


def fills_of(number: int, item: T, rng: random.Random, typo_rate: float) -> list[dict[str, object]]:
    """A template's fills (``FILLS`` distinct texts, fixed ones once), some of the English ones with a typo
    variant as well."""
    intent, style, lang, template = item
    fills = FILLS if "{" in template else 1
    items, texts = [], set()
    for _ in range(fills * 3):
        segments = fill(template, rng)
        text = "".join(s for s, _ in segments)
        if text in texts:
            continue
        texts.add(text)
        items.append(record(segments, intent=intent, style=style, lang=lang, template=number))
        if rng.random() < typo_rate and lang == "en":
            items.append(record(typo(segments, rng), intent=intent, style="typo", lang=lang, template=number))
        if len(texts) == fills:
            break
    return items


def build(seed: int = 11) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(train, test): every template filled ``FILLS`` times (fixed ones once), some with typos; split by
    template, every fourth English (second other)
    template of each intent held out."""
    rng = random.Random(seed)
    train: list[dict[str, object]] = []
    test: list[dict[str, object]] = []
    seen: dict[tuple[str, str], int] = {}
    for number, (intent, style, lang, template) in enumerate(TEMPLATES):
        group = (intent, lang)
        seen[group] = seen.get(group, 0) + 1
        turn = seen[group] + INTENT_ORDER.index(intent)  # rotates which styles each intent holds out
        held_out = turn % 4 == 0 if lang == "en" else turn % 2 == 0
        (test if held_out else train).extend(fills_of(number, (intent, style, lang, template), rng, 0.25))
    extra_rng = random.Random(seed + 1)  # its own stream: the extra templates leave the held-out split as it was
    for k, item in enumerate(EXTRA_TRAIN):
        train.extend(fills_of(len(TEMPLATES) + k, item, extra_rng, EXTRA_TYPOS))
    for split, rows in (("train", train), ("test", test)):
        for i, row in enumerate(rows):
            row["id"] = f"{split}-{i:04d}"
    return train, test


def main() -> None:
    train, test = build()
    DATA.mkdir(exist_ok=True)
    for name, rows in (("train", train), ("test", test)):
        with (DATA / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                keys = ("id", "text", "intent", "slots", "style", "lang", "template")
                out.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(train)} train and {len(test)} test requests to {DATA}")


if __name__ == "__main__":
    main()
