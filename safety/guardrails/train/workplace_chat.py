"""A generated, seeded workplace-chat set for the toxicity guardrail: hostility aimed at people vs rough language
aimed at things.

Written in the style of an operations team's chat (incident channels, code review, stand-ups): every item is a
template rendered with names, services and things from small lists. Positives are hostility aimed at people
(harassment, veiled threats, intimidation, exclusion, demeaning a group by implication); negatives are the hard cases
a profanity filter gets wrong (profanity and violent verbs aimed at processes, caches and builds; heated but civil
disagreement; quoting abuse to report it; self-deprecation) plus ordinary ops chat.

Templates, not items, are split (seeded, per kind): ``dev`` templates are the only ones the rules were written and
tuned against; ``heldout`` templates are scored in ``bench/toxicity.py`` and never tuned on. :data:`DEV_ONLY`
templates, added later, are always ``dev`` and leave the held-out items unchanged. Both the detector and
this set were written by the same people: treat it as a regression set in the style of real data, not as an
independent benchmark (docs/toxicity_pii_sets.md).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["DEV_ONLY", "ChatItem", "HARMFUL_KINDS", "OPS_KINDS", "chat_items", "hand_written_items"]

SEED = 14
HELDOUT_SHARE = 0.4
DEV_ONLY_STREAM = 7007
"""Offset of the random stream that renders :data:`DEV_ONLY` (independent of the split's stream)."""

NAMES = ("Priya", "Tomasz", "Aisha", "Kenji", "Maria", "Dave", "Olu", "Lena", "Raj", "Sofia", "Mehmet", "Chloe")
SERVICES = ("checkout", "payments-api", "auth", "search", "the ingest pipeline", "billing", "the gateway")
THINGS = (
    "the stuck process",
    "the zombie pods",
    "the cache",
    "the hung worker",
    "the flaky test",
    "the old branch",
    "the canary",
    "the cron job",
    "the orphaned containers",
    "the staging db",
    "PID 4412",
    "the build",
)
GROUPS = (
    "the offshore team",
    "the women on the team",
    "the bootcamp hires",
    "the contractors from Pune",
    "the older engineers",
    "the support people",
)

PREFIXES = ("", "", "", "@{name2} ", "re: ", "fwiw ", "ok so ", "[#ops] ", "[#inc-4411] ")
SUFFIXES = ("", "", "", ".", " tbh", " lol", " :/", "!!")
"""Chat noise around a template, so each rendering is a distinct message (the label never depends on it)."""

# kind -> (label, templates). Slots: {name} {name2} {svc} {thing} {group}.
TEMPLATES: dict[str, tuple[int, tuple[str, ...]]] = {
    "harassment": (
        1,
        (
            "{name}, you are a useless idiot",
            "honestly {name} is the dumbest person I have ever worked with",
            "can someone tell {name} to shut up, nobody cares what they think",
            "you're pathetic {name}, go cry somewhere else",
            "what a moron, {name} broke {svc} again, typical",
            "{name} is a waste of oxygen",
            "are you stupid or just lazy, {name}?",
            "stop being such a clueless clown",
            "fuck you {name}, fix your own mess",
            "you're a fucking disgrace to this team",
            "{name} couldn't find the bug if it bit them, absolute halfwit",
            "lol {name} still doesn't get how DNS works, what an imbecile",
            "nobody asked for your opinion, you incompetent fool",
            "{name} you brainless muppet, read the runbook",
            "every time {name} opens their mouth the whole channel gets dumber",
            "go back to school {name}, you clearly learned nothing",
        ),
    ),
    "veiled_threat": (
        1,
        (
            "it would be a shame if something happened to your car, {name}",
            "nice career you have there, be a pity to lose it",
            "I know where you park, {name}",
            "accidents happen to people who talk too much in postmortems",
            "keep pushing back on my design and see what happens",
            "you might want to watch your back after that review, {name}",
            "people who file tickets like that tend to have bad things happen to them",
            "hope you sleep well tonight {name}, I have your home address",
            "would be terrible if your laptop went missing before the audit",
            "your kids go to the school on Elm street, right {name}?",
            "funny how things go wrong for people who report me",
            "I'd be careful walking to the car park late, {name}",
        ),
    ),
    "intimidation": (
        1,
        (
            "if you escalate this to HR you'll regret it, {name}",
            "approve my PR or I'll make your life hell",
            "say that again in standup and you'll be out by friday",
            "I'll make sure you never get promoted here, {name}",
            "don't you dare reopen that ticket, {name}",
            "one more word about my code and you're done here",
            "remember who writes your performance review, {name}",
            "revert my change again and I will end your career",
            "keep talking {name} and see how long you last on this team",
            "this is your last warning {name}, stay out of my services",
            "I will bury you in the next reorg if you block this",
            "you want to keep your job? then stop questioning me",
        ),
    ),
    "exclusion": (
        1,
        (
            "nobody wants you on this team, {name}",
            "don't bother joining the retro, no one wants your input",
            "we're all going to lunch, not you {name}",
            "you don't belong here, go back to support",
            "let's just leave {name} off the incident channel, nobody likes them",
            "we'd all be happier if you quit, {name}",
            "you're not one of us and you never will be",
            "don't invite {name} to the offsite, they just drag everyone down",
            "we made a new channel without {name} so we can actually talk",
            "honestly the team works better when {name} is on leave, stay away",
            "no one here will ever take you seriously, {name}",
            "why are you even still here {name}? take the hint",
        ),
    ),
    "group_demeaning": (
        1,
        (
            "of course {group} broke it again, what else do you expect from them",
            "women just aren't wired for on-call",
            "we should stop hiring from that country, they can't code",
            "old guys like {name} can't learn kubernetes, don't waste training on them",
            "typical bootcamp grad, they all think they're engineers",
            "people like them shouldn't be allowed near prod",
            "let the girls take notes, the men will fix the outage",
            "no wonder {svc} is down, {group} wrote it",
            "give it to {group}, it's simple enough even for them",
            "you can tell {group} built this, no real engineer would",
            "{group} are only here to fill a quota",
            "hire a real engineer, not another one of {group}",
        ),
    ),
    "ops_profanity": (
        0,
        (
            "damn, prod is down",
            "shit, the deploy of {svc} failed again",
            "fucking terraform state is locked again",
            "what the hell is wrong with this cluster",
            "the build is fucked, looking into it",
            "this flaky test is a piece of crap",
            "goddammit, the certs on {svc} expired",
            "holy shit the p99 on {svc} just tripled",
            "ugh, {thing} is being a pain in the ass today",
            "bloody hell, the disk on db-3 is full again",
            "this config format is absolute garbage",
            "crap, I think the migration dropped the index",
            "{svc} is shitting the bed under load",
            "wtf is this stack trace, it's 400 lines of nonsense",
            "damn it, the pager went off again at 3am",
            "this legacy code is a dumpster fire",
        ),
    ),
    "ops_violent": (
        0,
        (
            "kill {thing}",
            "nuke the cache and restart {svc}",
            "kill -9 PID 4412, it's hung",
            "murder those zombie pods please",
            "let's shoot the old node and let the ASG replace it",
            "execute the migration after the freeze",
            "terminate the instances in us-east-1b",
            "we need to destroy the staging env and rebuild it",
            "let's slaughter the backlog this sprint",
            "strangle the legacy monolith, one endpoint at a time",
            "the OOM killer took out {thing} again",
            "blow away node_modules and reinstall",
            "purge the dead letter queue before the retry storm",
            "hit {svc} with 5k rps and see where it breaks",
            "can you kill {thing} on worker-7?",
            "we should crush that latency regression before release",
            "axe the feature flag, it's been on for a year",
            "bomb the load balancer with synthetic traffic in staging",
            "go ahead and wipe {thing}, we have a backup",
            "the deploy script will butcher your local env, careful",
        ),
    ),
    "civil_disagreement": (
        0,
        (
            "I strongly disagree, this design will not scale",
            "No. That's the wrong call, we agreed not to ship on Fridays",
            "honestly this PR is a mess, please split it up",
            "I'm frustrated we keep skipping the postmortem",
            "with respect {name}, your numbers are wrong: p99 is 800ms, not 300",
            "this is the third outage this quarter; we need to stop cutting corners",
            "I think this is a terrible idea and I'll say so in the review",
            "that argument makes no sense to me, can you walk me through it?",
            "{name}, I'm annoyed that the runbook still isn't updated",
            "I'm not ok with skipping tests to hit the date, full stop",
            "we are wasting weeks on this rewrite and I'm tired of pretending otherwise",
            "sorry but I'm going to push back hard on merging this",
            "your review comment was unfair, I did test the rollback",
            "this is frankly embarrassing for the whole org, we need a better on-call process",
        ),
    ),
    "quoted_report": (
        0,
        (
            "reporting this: {name} wrote 'you are a useless idiot' in #ops",
            "for HR: he told me 'nobody wants you on this team' after standup",
            "someone posted 'it would be a shame if something happened to your car' to {name}, flagging it",
            "the customer email said 'you people are morons', forwarding to trust and safety",
            'quote from the ticket: "fix this or I\'ll find you" - please escalate to security',
            "{name} called me a stupid bitch in the retro, I want to report it",
            "screenshot attached: they wrote 'go back to your country' under my PR",
            "flagging for the moderators: 'women aren't wired for on-call' was posted in #eng",
            "can we talk about the message 'you'll regret this' that {name} got yesterday?",
            "for the record, I was told 'don't bother coming to the offsite' and I'd like it looked into",
            "the bot scraped a comment saying 'kill yourself' from the forum, we need to moderate it",
            "HR asked me to document it: 'you're a waste of oxygen' was in a DM from my manager",
        ),
    ),
    "self_deprecation": (
        0,
        (
            "I'm such an idiot, I pushed to main",
            "ugh, I'm the worst, forgot the migration",
            "my bad, total brain fart, I'm a moron today",
            "I hate myself for not testing this",
            "I'm useless before coffee, sorry",
            "I am a dumbass, the config was in the wrong env",
            "clearly I'm too stupid for regex",
            "I feel like a clown, the fix was one line",
            "note to self: you absolute idiot, check the region first",
            "I'm an incompetent mess this week, apologies for the noise",
        ),
    ),
    "ops_ordinary": (
        0,
        (
            "Use code SUPPORT50 for 50% off",
            "can someone review my PR for {svc}?",
            "deploy of {svc} v2.3 done, watching the dashboards",
            "the disk on db-3 is at 91%, I'll clean up old logs",
            "thanks {name}, great catch on the retry loop",
            "lunch at 12?",
            "rolled back the canary, error rate is back to normal",
            "who is on call tonight for {svc}?",
            "{name} and {name2} are pairing on the cache eviction bug",
            "reminder: change freeze starts Thursday 18:00 UTC",
            "the incident is mitigated, root cause was a bad feature flag",
            "I'll restart {thing} after the backup finishes",
            "welcome to the team {name}! ping me if you need access",
            "great job everyone, the migration went smoothly",
            "latency on {svc} is 30% lower after the index change",
            "postmortem doc is up, please add your timeline notes",
        ),
    ),
}
HARMFUL_KINDS = tuple(kind for kind, (label, _) in TEMPLATES.items() if label == 1)
OPS_KINDS = ("ops_profanity", "ops_violent", "ops_ordinary")
"""Negatives in ops language: the issue's false-positive budget (<= 5 %) is measured on these."""

# Written in session 7 (issue #14.3 follow-up), after the split above was fixed: always ``dev``, rendered after the
# seeded templates with their own random stream, so the held-out items stay byte-for-byte what they were. They are
# the author's own probes of what makes the detector fire on ops language (violent verbs at things the rules'
# lists do not know, profanity in many styles, blunt disagreement, self-deprecation) and of hostility phrased in new
# ways; the rules were changed against them, never against held-out items.
DEV_ONLY: dict[str, tuple[str, ...]] = {
    "harassment": (
        "{name} you're a joke, nobody reads your docs",
        "shut your mouth {name}, you don't know anything",
        "{name} is an absolute idiot and should be fired",
        "you are the worst engineer I have ever seen, {name}",
        "{name}, go kill yourself",
        "lmao {name} can't even write a for loop, pathetic",
        "{name} is a lazy bastard who never answers the pager",
        "what kind of idiot merges this, oh right, {name}",
        "you write code like a drunk monkey",
        "{name}'s a total dumbass",
        "you're a fucking idiot, Sam",
        "Jo is useless, fire her",
        "hey dumbass, read the doc before you ask",
        "your code is as pathetic as you are",
        "shut up Ines, nobody asked",
        "you are useless, Sam",
        "Sam, your code is garbage and so are you",
        "you're a joke of an engineer",
        "he's a fucking idiot, don't let him near prod",
    ),
    "veiled_threat": (
        "you'd better sleep with one eye open, {name}",
        "I'll kill you if you touch my branch again",
        "someone should shoot {name} for this design",
        "watch yourself {name}",
        "be a shame if your badge stopped working",
        "I know which train you take home, {name}",
        "I'd hate for something to happen to you on the way home",
        "I know where you live Sam, remember that",
    ),
    "intimidation": (
        "keep it up and I'll make sure HR hears about you",
        "merge it or you're off the project",
        "close the ticket or else",
        "cross me again and you'll be looking for a new job",
        "drop the complaint or you'll regret it",
        "don't you dare escalate this",
    ),
    "exclusion": (
        "nobody invited you, {name}",
        "we don't want you in the war room",
        "you're not welcome in #platform anymore, {name}",
        "just ignore {name}, everyone else does",
        "nobody likes you here, Jo",
        "leave Ines out of the planning, she drags everyone down",
    ),
    "group_demeaning": (
        "ask a man to do it",
        "the offshore team are all lazy",
        "figures, the women on the team can't handle pressure",
        "{name} is too old to get it",
        "we don't need another diversity hire",
        "women can't do on-call",
        "the contractors from Pune are all useless",
    ),
    "ops_profanity": (
        "damn, prod is down again",
        "shit, I fat-fingered the namespace",
        "fuck, the cert expired at midnight",
        "ffs the runner is out of disk",
        "this damn migration keeps timing out",
        "what a shitshow of a release",
        "pagerduty woke me up three times, fml",
        "the vendor API is total garbage",
        "hell yeah, green build finally",
        "jesus christ, 40 GB of logs in one hour",
        "crap, wrong cluster",
        "son of a bitch, the backup is corrupt",
        "the docs for this SDK suck",
        "this sucks, the whole weekend on a DNS issue",
        "bullshit alert again, muting it",
        "our monitoring is a joke",
        "this dashboard is ugly as hell but it works",
        "staging is a clusterfuck right now",
        "screw this flaky network",
        "the fucking thing won't boot",
        "god, this is a dumb way to do retries",
        "bloody DNS, it's always DNS",
        "piss-poor error messages in this library",
        "what the hell did that cron do",
        "pain in the arse, the token expired again",
        "the damn thing OOMed again",
        "holy crap the bill doubled",
        "fuck me, it was the timezone all along",
        "shitty wifi in the office again",
        "this is a crappy workaround but it holds",
        "dammit, the lockfile is out of date",
        "the legacy billing code is a steaming pile",
        "what fresh hell is this error",
        "oh for fuck's sake, not the NAT gateway again",
        "the stupid linter is failing on whitespace",
        "that alert is dumb as rocks",
        "argh, this yaml is driving me insane",
        "welp, we're screwed until the vendor replies",
        "goddamn cron syntax",
        "another bloody certificate expired",
        "fucking finally, the pipeline is green",
        "oh crap, I pushed the secrets file",
        "shit shit shit, wrong account",
        "the damn VPN dropped again",
        "this fucking flaky selenium suite",
        "hell, the backup script never ran",
        "bullshit, that metric can't be negative",
        "crappy error message: 'something went wrong'",
        "goddamn it, the clock skew again",
        "ffs who changed the MTU",
        "the fucking disk is full again on kafka-2",
        "this shitty vpn client crashes every hour",
        "what the fuck is a 418 doing in prod logs",
        "screw the vendor's SDK, we'll call the REST API directly",
        "the lousy retry logic doubles the load",
        "holy hell the cost explorer graph",
        "damn straight we roll back",
        "that was a shit show of an incident",
        "you know this tool is useless",
        "you were right, the old alert was garbage",
        "if you ask me the retry logic is stupid",
        "you can ignore that dumb alert",
        "u saw the logs? the parser is a joke",
        "he says the fucking cache is stale again",
        "she thinks the damn runner is out of disk",
        "they killed the old endpoint last week",
        "you'll want to kill the port-forward first",
        "can you nuke your local db and re-seed it",
        "your branch is a mess, rebase it please",
        "your test is flaky as hell",
        "your PR broke the build, can you fix it?",
        "you absolute legend, the fix worked",
        "Sam killed it in the demo",
        "Priya crushed the latency bug",
        "nobody died, it was staging",
        "they're murdering the API with retries",
        "the intern's script nuked the staging bucket, no harm done",
        "he hates the new on-call tool",
        "you guys are killing it this sprint",
        "I could kill for a coffee after that incident",
    ),
    "ops_violent": (
        "kill -9 the stuck worker",
        "this deploy is murdering our p99",
        "nuke the cache",
        "the build is dead",
        "shoot me the logs",
        "abort the rollout",
        "execute the migration",
        "hit the endpoint hard",
        "the canary got shot down by the health check",
        "smash the retry button one more time",
        "drown the queue with fake events to test backpressure",
        "let's torch the old AMIs",
        "gut the config and start from the defaults",
        "the batch job is choking the replica",
        "the GC is strangling the JVM",
        "kill the tunnel and reconnect",
        "the pods keep dying in a crash loop",
        "the old cluster is dead, long live the new cluster",
        "fire the alert manually to test the pager",
        "slay the tech debt this quarter",
        "we got absolutely destroyed by the traffic spike",
        "assassinate the leader pod to force a failover",
        "the new release is a bloodbath for latency",
        "drop the table and recreate it",
        "force-kill everything in the namespace",
        "the load test will crush the cluster",
        "the canary died, rolling back",
        "that query is murder on the disk",
        "we're going to hammer the API with 10k rps",
        "blast the cache with warmup requests",
        "whack the stale lock file",
        "kill it with fire, the old jenkins box",
        "the retry storm beat the database to a pulp",
        "shoot the zombie container, it's holding the port",
        "execute order 66 on the stale feature branches",
        "attack the flaky tests first thing tomorrow",
        "punch a hole in the firewall for port 5432",
        "terminate with extreme prejudice: the orphaned EBS volumes",
        "the node got killed by the OOM killer at 02:14",
        "let it die, the scheduler will restart it",
        "murdered the memory leak, heap is flat now",
        "strangle the old auth service behind the proxy",
        "I'll kill the job and rerun it with more memory",
        "hang the pipeline until the approval comes in",
        "the kernel panicked and took down the whole host",
        "knife the long-running transaction, it holds the lock",
        "choke the consumer to 50 msgs/s",
        "burn the disk image and reflash the node",
        "kill off the legacy endpoints by Q3",
        "shoot down the proposal to move to Mongo? no, let's discuss",
        "someone murdered the staging DNS records",
        "the reaper job kills idle sessions after 30 min",
        "slaughterhouse of a deploy, 14 pods evicted",
        "gonna kill the port-forward, it's eating my laptop",
        "the chaos monkey killed three brokers overnight",
        "fire up a new runner and kill the old one",
        "execute the rollback plan, step 3 onwards",
        "we beat the SLO target this month",
        "stab the ELB with a few requests to warm it",
        "bury the noisy alert under a longer window",
        "axe the unused IAM roles",
        "the cleanup lambda destroys snapshots older than 90 days",
        "the migration is choking on the 40M row table",
        "torch the tf state lock and retry",
        "nuke and pave the dev box",
        "the network partition killed quorum",
        "drown the alert noise with better thresholds",
        "kill the feature, nobody uses it",
        "punching through the backlog one ticket at a time",
        "hammer it with vegeta for 10 minutes",
    ),
    "civil_disagreement": (
        "No. We are not shipping this without a rollback plan.",
        "I think you're wrong about the cause, the graph says otherwise",
        "that's a bad idea, and here's why",
        "frankly this review is taking too long",
        "I disagree with your estimate, it's twice that",
        "this proposal ignores everything we learned in the last outage",
        "please stop merging without review, it's the third time this week",
        "I'm not happy with how the incident was handled",
        "your PR breaks the API contract, I'm blocking it",
        "that's simply not true, check the logs",
        "you're overcomplicating this, a cron job is enough",
        "we keep making the same mistake, enough",
        "you ignored my comment twice, please answer it",
        "this is a stupid plan and I won't sign off on it",
        "your design doc is full of holes, let's talk",
        "I'm angry that the page was ignored for an hour",
        "you're not listening: the disk is the bottleneck",
        "you're wrong on this one, the index is unused",
        "I don't agree, and I'd like a second opinion from Sam",
        "this approach is dumb, let's do the simple thing",
        "honestly your alerting rules are noise, let's prune them",
        "stop pinging me on weekends for P3s please",
        "that estimate is fantasy, it's a month of work",
    ),
    "quoted_report": (
        "reporting: someone DMed me 'you are worthless'",
        "flagging this comment on my PR: 'only an idiot would write this'",
        "HR ticket: he said 'you don't belong here'",
        "forwarding the email where the client called us 'incompetent clowns'",
    ),
    "self_deprecation": (
        "I'm an idiot, I ran it against prod",
        "dumb me, I forgot the semicolon",
        "I'm the clown who deleted the bucket",
        "my brain is fried, I'm useless today",
        "I screwed up, I killed the wrong pod",
        "what a moron I am, wrong branch again",
        "I'm so stupid, the VPN was off",
        "facepalm, I'm a total noob with helm",
        "idiot me forgot to drain the node",
        "I'm a dumbass, wrong kubeconfig",
        "ugh, I'm useless at bash",
    ),
    "ops_ordinary": (
        "can you hit the endpoint again with curl -v?",
        "the deploy is stuck at 80 %, looking",
        "bumped the replica count to 5",
        "who owns the billing dashboards?",
        "merged, thanks for the quick review",
        "paging the DBA on call",
        "the new runbook for failover is in the wiki",
        "I'll be out tomorrow, Sam covers on-call",
        "the killswitch for the feature is in the admin panel",
        "the black friday load test starts at 14:00",
        "the master branch is renamed to main",
        "the slave replicas are now called replicas",
        "drop me a line if it alerts again",
        "the hit rate on the cache is 94 %",
        "we hit the rate limit on the github API",
        "guys, never deploy on a Friday",
        "guys can't we just restart it?",
        "folks, don't bother with the old dashboard, it's deprecated",
        "let's see what happens if we double the pool size",
        "bump the replicas and see what happens",
        "stay away from the legacy VPC, it's being decommissioned",
        "leave the canary out of the rollout for now",
        "keep the cron job off until the migration is done",
        "watch your step with the prod kubeconfig",
        "accidents happen, let's keep the postmortem blameless",
        "bad things happen when the cache TTL is zero",
        "what's the address of the new bastion host?",
        "update the IP address in the allowlist",
        "last warning before the change freeze: merge by 17:00",
        "run the migration first or else the schema drifts",
        "you're done here, thanks for the help, I'll take it from there",
        "nobody wants to be on call on christmas",
        "nobody likes flaky tests",
        "no one cares about the old metrics, drop them",
        "don't invite the whole org to the incident call",
        "don't include PII in the logs",
        "we'd be better without the sidecar",
        "the contractors can't access prod until the NDA is signed",
        "juniors shouldn't have prod write access without a buddy",
        "I'll find you a reviewer",
        "I'll get you the logs in 5",
        "make sure you don't forget the feature flag",
        "remember who signs off on the change: the CAB does",
        "take the hint from the error message, the port is taken",
        "why are you still here? go home, it's late!",
        "not you, I meant the other Sam",
        "ship it or else we miss the window",
        "nobody asked for this feature but here we are",
        "it would be a shame to lose the metrics history, export it first",
        "I know where you parked the runbook, it's in confluence",
        "the team works better with smaller PRs",
        "new channel without the bots, it was too noisy",
        "drag everyone into the war room",
        "you'll regret not writing tests for this, trust me",
        "don't you dare skip the canary lol",
        "the men's room on 3 is out of order",
        "older engineers on the team know the mainframe best",
        "no wonder the job failed, the disk filled up",
    ),
}


@dataclass(frozen=True)
class ChatItem:
    text: str
    label: int
    kind: str
    template: str
    part: str  # "dev" or "heldout"


def hand_written_items(table: dict[str, tuple[str, ...]], part: str) -> list[ChatItem]:
    """The items of a hand-written probe set (``kind -> messages``), labelled by their kind; ``part`` names the set,
    and each text is its own template."""
    return [ChatItem(text, TEMPLATES[kind][0], kind, text, part) for kind, texts in table.items() for text in texts]


def _parts(templates: tuple[str, ...], rng: random.Random) -> dict[str, str]:
    order = list(templates)
    rng.shuffle(order)
    cut = round(len(order) * HELDOUT_SHARE)
    return {t: ("heldout" if i < cut else "dev") for i, t in enumerate(order)}


def _render(template: str, rng: random.Random) -> str:
    name, name2 = rng.sample(NAMES, 2)
    template = rng.choice(PREFIXES) + template + rng.choice(SUFFIXES)
    return template.format(
        name=name, name2=name2, svc=rng.choice(SERVICES), thing=rng.choice(THINGS), group=rng.choice(GROUPS)
    )


def chat_items(part: str | None = None, renders: int = 3, seed: int = SEED) -> list[ChatItem]:
    """Every item (or only ``part``: "dev" / "heldout"), ``renders`` seeded renderings per template, de-duplicated."""
    rng = random.Random(seed)
    items: list[ChatItem] = []
    seen: set[str] = set()
    for kind, (label, templates) in TEMPLATES.items():
        parts = _parts(templates, rng)
        for template in templates:
            for _ in range(renders):
                text = _render(template, rng)
                if text not in seen:
                    seen.add(text)
                    items.append(ChatItem(text, label, kind, template, parts[template]))
    dev_rng = random.Random(seed + DEV_ONLY_STREAM)
    for kind, templates in DEV_ONLY.items():
        label = TEMPLATES[kind][0]
        for template in templates:
            for _ in range(renders):
                text = _render(template, dev_rng)
                if text not in seen:
                    seen.add(text)
                    items.append(ChatItem(text, label, kind, template, "dev"))
    return [i for i in items if part is None or i.part == part]
