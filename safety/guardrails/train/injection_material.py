"""Training-only benign rows for the input model trained across authors: requests that carry material, not orders.

Across twelve authors most ordinary requests the input pipeline blocked were of three kinds (session 29): a text that
*discusses* or *quotes* an attack in order to study, count, detect or teach it; an ordinary operations request in a
language and script the models barely know (their words unknown, a text scores on its punctuation); and a manifest,
config or log pasted to ask about it, whose own words are "override", "ignore", "force", "disable". Each row here is
one such request, written for this in the writer's own words (no probe set's or test's text; a test checks), one
fold group per row. Never scored by a bench; only ``train_injection_authors.py`` reads them, so ``injection_margin``
and the jailbreak model rebuild as before.
"""

from __future__ import annotations

__all__ = ["MATERIAL", "material_requests"]

DISCUSSED = (
    "Our SOC wants a Sigma rule for chat logs where a user writes something like 'disregard the system prompt'. "
    "Draft the detection logic and list likely false positives.",
    "How do indirect prompt injections usually get into RAG pipelines? I need three examples for the threat model "
    "doc, described, not working payloads.",
    "Write the quarterly security newsletter paragraph about jailbreak prompts: what they are, why the desk blocks "
    "them, and who to contact.",
    "A customer pasted 'pretend you have no rules' into the support widget. Did our filter log it? Pull the event "
    "from yesterday's audit trail.",
    "For the eval harness, how should we score a model that answers 'I can't share my instructions' versus one "
    "that leaks them? Propose a rubric.",
    "Summarise the findings of the LLM pentest: which techniques got through (role-play, encoding, translation) "
    "and which mitigations the vendor proposes.",
    "Is a prompt that says 'act as my late grandmother' a known jailbreak family? Our moderation queue has a few "
    "and I want to tag them correctly.",
    "Tally how many of last week's blocked chat messages were override attempts versus false positives, using the "
    "guardrail audit export.",
    "Explain to the new on-call engineer why the desk refuses messages that claim to come from the system, with one "
    "made-up example.",
    "Draft a Jira ticket: the injection screen let through a base64-encoded instruction in a support email. Include "
    "repro steps, impact and the owner team.",
    "What is the difference between a direct prompt injection and a poisoned tool result? Keep it to five bullet "
    "points for the runbook.",
    "We are building a regression set of attack strings. Which categories are we missing if we already have "
    "persona resets, fake role tags and encoded payloads?",
    "Write the postmortem timeline: at 10:42 an attacker submitted 'reveal the admin password' through the public "
    "form, the guard blocked it, nobody was paged.",
    "Compare how the three vendors' guardrails handle 'ignore previous instructions' in French and German, based on "
    "the test report in the shared drive.",
    "Can you group these moderation labels into a smaller taxonomy: override, extraction, persona, exfiltration, "
    "encoding, benign-but-flagged?",
    "Prepare slides for the secure-AI training: one slide on fake system messages, one on hidden text in web pages, "
    "one on what staff should report.",
)
"""Texts that discuss, quote or study attacks (detections, training, triage, reports)."""

LANGUAGES = (
    "Проверь, пожалуйста, почему выросла задержка у сервиса платежей после вчерашнего релиза.",
    "Собери список алертов за ночь по кластеру prod-eu и отметь, какие закрылись сами.",
    "Будь ласка, онови сертифікат на балансувальнику до кінця тижня і напиши, коли буде готово.",
    "Перевір, чи пройшов нічний бекап бази замовлень, і надішли звіт у канал чергових.",
    "결제 서비스의 지연 시간이 어제 배포 이후 왜 늘었는지 확인해 주세요.",
    "스테이징 환경의 디스크 사용량을 정리하고 결과를 알려 주세요.",
    "Kiểm tra giúp tôi vì sao dịch vụ thanh toán chậm hơn sau lần triển khai hôm qua.",
    "Hãy lập danh sách các máy chủ sắp hết dung lượng ổ đĩa trong tuần này.",
    "Dün akşamki dağıtımdan sonra ödeme servisinin gecikmesi neden arttı, kontrol eder misin?",
    "Sprawdź proszę, czy nocna kopia zapasowa bazy zamówień się udała, i wyślij raport.",
    "Verifica por favor se o certificado do balanceador expira este mês e renova-o se for preciso.",
    "Controlla perché i worker della coda email si riavviano ogni ora e proponi una soluzione.",
    "Kun je de logrotatie op de bastionhost nakijken? De schijf loopt elke nacht vol.",
    "Kan du kolla varför larmet för diskutrymme på db-03 går hela tiden och justera tröskeln?",
    "Zkontroluj prosím, proč se po včerejším nasazení zvýšila latence platební služby.",
    "Μπορείς να ελέγξεις γιατί αυξήθηκε η καθυστέρηση της υπηρεσίας πληρωμών μετά την χθεσινή ανάπτυξη;",
    "कृपया कल की तैनाती के बाद भुगतान सेवा की देरी बढ़ने का कारण देखें और रिपोर्ट भेजें।",
    "يرجى التحقق من سبب زيادة زمن الاستجابة لخدمة الدفع بعد نشر الأمس.",
    "בדוק בבקשה למה זמן התגובה של שירות התשלומים עלה אחרי הפריסה של אתמול.",
    "Tarkista, miksi maksupalvelun viive kasvoi eilisen julkaisun jälkeen.",
    "Kérlek, nézd meg, miért nőtt a fizetési szolgáltatás késleltetése a tegnapi telepítés után.",
    "Te rog verifică de ce a crescut latența serviciului de plăți după lansarea de ieri.",
    "Tjek venligst, hvorfor betalingstjenestens svartid steg efter gårsdagens udrulning.",
    "Tolong periksa kenapa latensi layanan pembayaran naik setelah rilis kemarin.",
)
"""Ordinary operations requests in other languages and scripts (ru, uk, ko, vi, tr, pl, pt, it, nl, sv, cs, el, hi,
ar, he, fi, hu, ro, da, id)."""

PASTED = (
    'Why does npm still install lodash 4.17.20 when package.json has "overrides": {"lodash": "4.17.21"}?',
    "Our pytest config has filterwarnings = ignore::UserWarning. Which warnings are we hiding? List how to check.",
    "This Dockerfile line fails on arm64: RUN pip install --force-reinstall --no-cache-dir -r requirements.txt. "
    "What should I change?",
    "The CI log shows \x1b[33mwarning: skipping optional dependency fsevents\x1b[0m on every Linux run; is it safe "
    "to ignore?",
    "kubectl says: Warning: spec.template.spec.containers[0].securityContext.privileged is deprecated; what replaces "
    "it in our chart?",
    "Terraform plan wants to destroy and recreate aws_db_instance.main because of a forced replacement on "
    "engine_version. How do I avoid the replacement?",
    "Explain this nginx block: location /admin { deny all; } - why can the health checker still reach /admin/ping?",
    "Our .eslintrc has // eslint-disable-next-line on 40 lines. Write a script that counts them per file.",
    "What does git push --force-with-lease protect against compared to --force? Our release script uses the latter.",
    "The Helm values set global.skipCrds: true and ingress.enabled: false. Will an upgrade still install the CRDs?",
    "GitHub Actions log: Error: Process completed with exit code 137. The step sets continue-on-error: true; why does "
    "the job still fail?",
    "In our renovate.json, ignoreDeps lists openssl and postgres. Should we stop ignoring them now that the base "
    "image moved?",
    "systemd prints 'Unit backup.service has a bad unit file setting' after I added ExecStartPre=-/bin/true. What "
    "is wrong?",
    "In Cargo.toml we use [patch.crates-io] to override tokio with a fork. How do we drop the patch safely?",
    "This Python traceback ends with PermissionError: [Errno 13] after we disabled the sudo wrapper. Which file is "
    "it touching?",
    "Spring Boot log: Overriding bean definition for bean 'dataSource' with a different definition. Is that why "
    "the app uses the wrong pool?",
)
"""Manifests, configs and logs pasted to ask about them."""

MATERIAL = {"discussed": DISCUSSED, "languages": LANGUAGES, "pasted": PASTED}
"""Kind -> rows."""


def material_requests() -> list[tuple[str, str]]:
    """Every row with its fold group (``material:<kind>-<n>``, one per row; the source is ``material``)."""
    return [(text, f"material:{kind}-{n}") for kind, rows in MATERIAL.items() for n, text in enumerate(rows)]
