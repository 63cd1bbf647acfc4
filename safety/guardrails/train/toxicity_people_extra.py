"""Training-only material for the learned people model (``toxicity_people``): ops language that must pass, and
hostility aimed at people in wordings the workplace-chat dev part has few of.

The first people model flagged ordinary operator text: "you" next to an instruction, violent verbs at things it had
not seen, venting at a service. These templates (session 19, written from the brief's list of ops look-alikes, not
from any scored set's errors) teach it the difference: violent and profane verbs aimed at pods, caches, queues,
builds, flaky tests and pagers; instructions and blunt code review addressed to "you" about code; venting at systems
and at oneself; reports quoting abuse. The positives are hostility aimed at people without insult words: veiled
threats, exclusion, belittling, demeaning a group by implication. Nothing here is scored by a bench: it is training
data only, and the model's cross-validation groups its renderings by template. Slot values are this module's own.
"""

from __future__ import annotations

import random

__all__ = ["DRAWS", "people_extra"]

SEED = 1919
DRAWS = 4

NAMES = ("Ana", "Bilal", "Chen", "Dara", "Emeka", "Freya", "Gus", "Hana", "Ivo", "Jun", "Kofi", "Lior")
TARGETS = ("the pods", "the stale pods", "the cache", "the redis cache", "the queue", "the dead-letter queue",
           "the build", "the nightly build", "the flaky test", "the flaky e2e suite", "the on-call pager",
           "the pager", "the canary", "the old replica", "the cron job", "the runner", "the staging env",
           "the feature flag", "the deploy", "the consumer lag")  # fmt: skip
SERVICES = ("ledger", "the auth service", "kafka", "the gateway", "terraform", "helm", "jenkins", "the search index")
GROUPS = ("the new grads", "the interns", "the night shift", "the QA folks", "the people from the acquisition",
          "the ones who did bootcamps", "the moms on the team", "the guys from the Lagos office")  # fmt: skip

NEGATIVES = (
    # violent and profane verbs aimed at things, as instructions
    "kill {thing}, they're stuck in CrashLoopBackOff",
    "nuke {thing} and let it rebuild",
    "murder {thing} with fire, it's been red all week",
    "shoot {thing} and start it again from a clean state",
    "strangle {thing} down to one worker until the fix lands",
    "burn {thing} to the ground and redeploy",
    "destroy {thing}, we'll recreate it from terraform",
    "hammer {thing} with the load test before the release",
    "go ahead and kill {thing}, I've got the logs",
    "just nuke it, {thing} is junk anyway",
    "can you kill {thing} for me? I'm on mobile",
    "please destroy {thing} before you leave today",
    "you can murder {thing}, nobody uses it",
    "you should kill {thing} and retry the job",
    "if {thing} hangs again, shoot it",
    "feel free to burn {thing} if it blocks you",
    "{name}, kill {thing} when you get a sec",
    "someone silence {thing} before it wakes the whole team",
    "mute {thing} for an hour, it's a known flap",
    "smash {thing} with a restart, it's wedged",
    # instructions and questions addressed to "you", about work
    "make sure you rebase before you merge",
    "you need to rotate the key before Friday",
    "you'll have to rerun {thing} after the fix",
    "your PR breaks {thing}, can you take a look",
    "your branch is behind main, please rebase",
    "you're on call this weekend, the handover is in the doc",
    "you forgot the --dry-run flag, that's why it applied",
    "did you check {thing} before rolling out?",
    "you own {thing} now, congrats",
    "if you don't pin the version, {thing} will break again",
    "don't forget to page {name} if {thing} fails again",
    "your call, {name}: roll back or roll forward",
    "either you take the pager or I do, no preference",
    "you won't get access until the ticket is approved",
    "you can't deploy during the freeze, wait until Monday",
    "you're up next in standup, {name}",
    "you're the incident lead for {thing}, I'll take comms",
    "you're muted, {name}",
    "you're still on the old kubeconfig, pull the new one",
    "you're right, I misread the graph",
    "you're pointing at the staging cluster, switch context first",
    "you're a reviewer on the {svc} PR now",
    "you're not in the on-call group yet, I'll add you",
    "you're welcome, ping me if {thing} acts up again",
    "you're going to need sudo for that",
    "you're off the hook, {name} found the root cause",
    "are you on the bridge call?",
    "are you sure {thing} is safe to delete?",
    "you don't need to be on the call, I'll send notes",
    "you don't have permissions for {svc}, request them in the portal",
    "you have to restart {svc} after changing that env var",
    "you were on call when {thing} failed, can you add the timeline",
    "you did great on the incident, thanks {name}",
    "you broke {thing} with the last merge, can you revert it",
    "your change broke {thing}, reverting for now",
    "your alert is too noisy, bump the threshold",
    "your tests are flaky on ARM runners",
    "your laptop will reboot for patches tonight",
    "your access to {svc} expires on Friday, renew it",
    "your review is due by Thursday, {name}",
    "your choice: fix forward or revert",
    "up to you whether we page the vendor",
    "you decide, you're on call",
    "if you're around, can you babysit the deploy",
    "you'd better add an index before the backfill, it'll crawl otherwise",
    "you'll regret skipping the dry run",
    "you won't be able to ssh in while the node drains",
    "you should be able to see {svc} logs now",
    "you should be careful with that migration, it locks the table",
    "you need to be in the admin group to do that",
    "careful, you're about to drop {thing} in prod",
    "watch out, you're in the prod context",
    "heads up: you left {thing} paused",
    "thanks, you're a lifesaver",
    "you rock, {thing} is green again",
    # blunt code review aimed at code
    "this function is a mess, split it up",
    "this code is garbage, the retry loop never backs off",
    "this PR is unreadable, please add tests and smaller commits",
    "nope, this won't work, the lock is never released",
    "this is a terrible way to parse dates, use the library",
    "this diff is a disaster, rebase it onto main",
    "awful naming in this module, rename before merge",
    "the whole approach here is wrong, let's pair on it",
    "blocking: this leaks file handles under load",
    "this config is nonsense, half the keys are ignored",
    # venting at services and at oneself
    "{svc} hates me today",
    "{svc} is out to get me, third failure in a row",
    "I'm an idiot, I forgot the flag",
    "I'm such a moron, I deployed to prod instead of staging",
    "ugh I hate {svc} so much",
    "{svc} can go to hell, it ate my state file",
    "kill me now, {thing} failed again",
    "I want to strangle whoever designed {svc}'s config format",
    "{thing} is a dumpster fire, I give up for today",
    "screw {svc}, I'm writing a bash script",
    "my brain is fried, I pushed the wrong tag twice",
    "damn it, {thing} is red again",
    "what the fuck is {svc} doing",
    "I'm useless before coffee, ignore my last three messages",
    # the shapes of the group positives below, aimed at systems and vendors
    "of course it broke, {svc} auto-upgraded overnight",
    "another outage, thanks to the DNS provider as usual",
    "what do you expect from a free-tier database",
    "legacy cron jobs always need their hand held",
    "never let {svc} near prod without a plan, we all know why",
    "{svc} shouldn't be on the critical path, it panics under load",
    "the old replicas can't keep up with the write load",
    "{svc} only got picked because of the discount",
    "leave the hard migrations to the DBA runbook",
    "try to keep up the retention, the disk is not infinite",
    # reports quoting abuse
    "for the record, he told me 'you're worthless' in the retro",
    "reporting: someone wrote 'nobody wants you here' in #general",
    "HR asked me to quote it exactly: 'watch your back'",
    "she forwarded the DM where he called her a stupid cow",
    "flagging this message to the mods: 'people like you should quit'",
    "quoting the ticket comment for the investigation: 'you're an embarrassment'",
)

POSITIVES = (
    # veiled threats
    "it'd be a real shame if your access got revoked before your review, {name}",
    "I'd think very carefully before sending that email, {name}",
    "people who go over my head don't last long here",
    "you have a lovely family, {name}, it'd be sad if you had to move",
    "keep digging into my tickets and see where it gets you",
    "I've seen what happens to people who complain to the VP",
    "careful, {name}, I remember everything you said in that retro",
    "enjoy your job while it lasts",
    # exclusion
    "let's keep {name} off the invite, they're not one of us",
    "we'll do the planning without {name}, they wouldn't keep up anyway",
    "don't add {name} to the channel, we talk freely in there",
    "no point asking {name}, their opinion doesn't count here",
    "{name} can eat lunch alone, we have things to discuss",
    "we don't need someone like you in the design review",
    # belittling
    "did your mom help you write this PR, {name}?",
    "cute that you think you can lead the incident",
    "maybe leave the hard tickets to the grown-ups, {name}",
    "sweetie, let the real engineers handle prod",
    "{name}, try to keep up, it's not rocket science",
    "aww, {name} wrote a for loop, someone give them a sticker",
    "I'll explain it slowly so even you get it, {name}",
    "bless your heart {name}, you really tried",
    "wow {name}, did you get your degree from a cereal box?",
    "you're really not cut out for this, are you {name}",
    "you're the weakest link on this team, {name}",
    "you're only here because nobody else applied",
    "you're a liability, {name}, everyone says so",
    "we'd ship twice as fast without you, {name}",
    "who let you anywhere near a keyboard, {name}?",
    # demeaning a group by implication
    "of course it broke, {group} wrote it",
    "what do you expect from {group}",
    "another outage, thanks to {group} as usual",
    "{group} always need their hand held",
    "never let {group} near prod, we all know why",
    "she only got promoted because of the quota",
    "he's a diversity hire, don't expect much",
    "{group} shouldn't be on call, they panic",
    "typical, {group} broke it again",
    "{group} can't keep up with real engineering",
    "we all know {group} only got in to fill a quota",
    "don't bother explaining it to {group}, they won't get it",
    "I'd rather debug alone than pair with {group}",
)


def _render(template: str, rng: random.Random) -> str:
    return template.format(
        name=rng.choice(NAMES), thing=rng.choice(TARGETS), svc=rng.choice(SERVICES), group=rng.choice(GROUPS)
    )


def people_extra(seed: int = SEED) -> list[tuple[str, int, str]]:
    """(text, label, template) for every template of :data:`NEGATIVES` (label 0) and :data:`POSITIVES` (label 1),
    ``DRAWS`` seeded renderings each, de-duplicated."""
    rng = random.Random(seed)
    out: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for label, templates in ((0, NEGATIVES), (1, POSITIVES)):
        for template in templates:
            for _ in range(DRAWS):
                text = _render(template, rng)
                if text not in seen:
                    seen.add(text)
                    out.append((text, label, template))
    return out
