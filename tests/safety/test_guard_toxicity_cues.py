"""Toxicity from cues that only mean something together (#14.3, session 18): a lever plus a demand, a protest plus
retaliation, private knowledge, exclusion plus a protected trait, a group plus a generalisation, belittling forms.
The phrases are written for these tests; none is an item of the blind probe sets."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails.train.workplace_chat_blind import blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import blind2_items

HOSTILE = [
    ("Remember who approves your visa extension before you speak up in the retro again, Ken.", "INTIMIDATION"),
    ("keep pushing for the raise and see how your next review goes, Tim", "INTIMIDATION"),
    ("you've got two kids and a mortgage, Lena, so I'd stop arguing about the on-call rota", "INTIMIDATION"),
    ("people who go to HR here tend to have short careers, just saying", "THREAT"),
    ("Funny how your green card process got slow right after you complained, isn't it, Raj?", "THREAT"),
    ("I found your husband's LinkedIn, Mara. Interesting. Approve the budget.", "THREAT"),
    ("we know where your kids go to school, Amir. Merge it.", "THREAT"),
    ("I'll forward your chat history to your new manager if you keep blocking me", "THREAT"),
    ("I have screenshots of what you said about the VP, Carla. Let's keep this PR between us.", "THREAT"),
    ("nice hires you have in Lagos, Tunde. would be a pity if they lost their jobs over your crusade", "THREAT"),
    ("don't invite Esther to the client dinner, with her hijab it's awkward", "EXCLUSION"),
    ("we should keep the older guys off the rewrite, they won't keep up", "EXCLUSION"),
    ("let's not give the blind intern any dashboard work, pointless", "EXCLUSION"),
    ("typical Brazilians, always late to standup", "GROUP"),
    ("Chinese devs always copy code, don't let them near the core repo", "GROUP"),
    ("nobody over 40 should be touching the new stack", "GROUP"),
    ("ask a man to do it, the client won't listen to you anyway", "GROUP"),
    ("the moms on the team can take the docs, it's low pressure", "GROUP"),
    ("he's pretty good at SQL for an older guy", "GROUP"),
    ("did you even compile this before pushing, Ravi?", "HARASSMENT"),
    ("the only thing Jamal is good at is scheduling meetings", "HARASSMENT"),
    ("you're imagining things again, nobody said that, maybe take a break, you're too emotional", "HARASSMENT"),
    ("Ramona, are you always this slow or only on Mondays?", "HARASSMENT"),
    ("Kevin, you have the memory of a goldfish and the skills to match", "HARASSMENT"),
    ("how did you even get hired here, Wes?", "HARASSMENT"),
    ("Quit whining about the rota, Ola, the grown-ups are talking", "HARASSMENT"),
    ("Honestly Ahmed, maybe take an English class before the next customer call", "HARASSMENT"),
    ("Tu ne sers à rien, Marc.", "HARASSMENT"),
    ("Eres un inútil, Pablo.", "HARASSMENT"),
    ("Du bist echt nutzlos, Stefan.", "HARASSMENT"),
]
HARMLESS = [
    # support answers that name a customer's own details: no audience to expose them to
    "I have noted your new address; our records show your email as maria.rossi@example.org, so the confirmation "
    "goes there.",
    "We will send your order history to your email address tomorrow.",
    "ask a maintainer or the release manager to do it",
    "The new hires in Lagos start Monday, they need VPN access",
    "her visa appointment is at 9, she'll join standup late",
    "ok, boomer is the codename for the legacy cluster migration",
    "Retro outcome: comments like 'go back to your country' get reported, no exceptions.",
    "remember to renew the TLS cert before Friday",
    "your contract renewal is approved, congrats Ana!",
    "the job depends on the cache warmup, think twice before reordering the DAG",
    "leave the old nodes out of the pool until they're patched",
    "don't add the test accounts to the prod allowlist",
    "we always run the migration at night, it's company policy",
    "parents can take the school-holiday week off, policy is on the wiki",
    "Our Muslim colleagues are fasting this month, so let's move the team lunch to Friday evening",
    "the women's network meets Thursday, all welcome",
    "did you even get the alert? PagerDuty says it was delivered",
    "careful who you cc on the incident mail, customers are on that list",
    "I know which car park has EV chargers, the one behind building B",
    "I know where you parked the runbook, it's in Confluence",
    "Your performance review is scheduled for Tuesday, please fill in the self-assessment",
    "if you escalate, include the request IDs and the timeline",
    "Remove Bea from the on-call invite, she's on parental leave until March",
    "nobody over 40 ms p99 is acceptable for this endpoint",
    "I have screenshots of the error, attaching them to the ticket",
    "Is the build always this slow on Mondays?",
    "Thanks for the quick fix, Gus! As always, great work.",
    "Stop whining, Jenkins, and build already",
    "kill the old workers and nuke the cache, then redeploy",
    "I disagree strongly: the caching layer hides the real bug. Let's not merge yet.",
    "I'm useless before coffee, ignore my last PR comment",
]


@pytest.mark.parametrize(("text", "label"), HOSTILE)
def test_toxicity_flags_hostility_that_takes_two_cues_together(text: str, label: str) -> None:
    """A lever with a demand, a protest with retaliation, exclusion with a trait, a group with a generalisation, or
    a belittling form is flagged, with the rule's label among the spans."""
    verdict = Toxicity(cues=True).check(text)
    assert verdict.outcome == "flag", text
    assert label in {span.label for span in verdict.spans}, (text, verdict.spans)


@pytest.mark.parametrize("text", HARMLESS)
def test_toxicity_passes_each_cue_alone_and_ops_language(text: str) -> None:
    """One cue alone (a visa, a reminder, "leave ... out", a group named in policy), a term named as a codename,
    abuse quoted as an example, and rough words at things pass."""
    assert Toxicity(cues=True).check(text).outcome == "pass", Toxicity(cues=True).check(text).reason


def test_cue_test_phrases_are_none_of_the_blind_probes() -> None:
    """The phrases above were written for the tests, not copied from either blind probe set."""
    probes = {item.text for item in blind_items()} | {item.text for item in blind2_items()}
    assert not ({text for text, _ in HOSTILE} | set(HARMLESS)) & probes
