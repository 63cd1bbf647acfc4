"""Training-only hard negatives for the toxicity word model: rough operations language aimed at things, not people.

Davidson's tweets teach the word model that "kill", "shoot", "damn" and "murder" are hostile; in an operations chat
they are aimed at processes, builds and databases. These messages (never scored by a bench: they are not part of
``workplace_chat``'s dev or held-out templates) are added to the model's training data as non-toxic: violent verbs
aimed at processes and things ("kill -9 the worker", "this deploy is murdering the DB"), profanity about systems,
idioms ("shoot me the logs", "nuke the cache"), and heated but civil disagreement. Slot values are this module's own.
"""

from __future__ import annotations

import random

__all__ = ["ops_negatives"]

SEED = 1415
DRAWS = 6

PROCESSES = ("the worker", "pid 9813", "the celery beat", "the java process", "the sidecar", "the consumer group",
             "the batch job", "the runaway query", "the ingest daemon", "the leader election loop")  # fmt: skip
THINGS = ("the DB", "the cluster", "the disk", "the queue", "the load balancer", "the replica", "the node pool",
          "the CI runner", "the cache", "the pager", "the build", "the release branch")  # fmt: skip
PEOPLE = ("Jo", "Ines", "Marek", "Yuki", "Sam", "Bea", "Kwame", "Noor")

TEMPLATES = (
    # violent verbs aimed at processes and things
    "kill -9 {process}, it ignores SIGTERM",
    "just kill {process} and let systemd bring it back",
    "this deploy is murdering {thing}",
    "the new index is absolutely killing {thing}",
    "{thing} is getting hammered, shoot the retries down",
    "nuke {thing} and rebuild it from the snapshot",
    "let's execute {process} once more with debug on",
    "terminate {process}, it's been hung for an hour",
    "choke {process} with a lower rate limit",
    "we need to strangle the legacy API and move to v2",
    "slaughter the stale branches, there are 400 of them",
    "{thing} died again, third time today",
    "the OOM killer shot {process} in the head",
    "blow away {thing} and start over",
    "murder the zombie containers before they eat the disk",
    "stab {process} with a SIGKILL if it doesn't drain",
    "burn {thing} down and redeploy from main",
    "fire {process} off again after the fix",
    "the batch job is beating {thing} to death every night",
    "headshot {process}, we'll debug from the core dump",
    # idioms
    "shoot me the logs from {thing}",
    "shoot {name} a message when {thing} is back",
    "can you hit me with the trace id",
    "go kill it on the demo tomorrow {name}",
    "the perf numbers are killer after the fix",
    "I'll take a stab at the flaky test",
    "that query is a real killer, add an index",
    # profanity aimed at systems and situations
    "damn, {thing} is down again",
    "what the hell is {process} doing at 3am",
    "{thing} is a piece of crap, we should replace it",
    "holy shit, the error rate just tripled",
    "this fucking cron job ran twice again",
    "the pager went off all damn night",
    "bloody {thing} filled up again",
    "screw it, roll back and we'll look tomorrow",
    "{thing} is being a pain in the ass today",
    "ugh, this stupid YAML indentation again",
    "the dumb retry loop made it worse",
    # heated but civil disagreement
    "I strongly disagree {name}, rolling back now is the wrong call",
    "No, that's wrong: the latency started before the deploy",
    "{name}, I think your plan will make the outage longer, here's why",
    "with respect, this design will not survive Black Friday",
    "I'm frustrated that we keep skipping the postmortem actions",
    "this is the third time we ship without tests, we have to stop doing that",
    "I don't buy it, the graphs say the cache is the problem",
    "hard disagree, the migration must wait until after the freeze",
    "you're wrong about the root cause, but the fix is still good",
    "I'm annoyed, nobody answered the page for 20 minutes",
)


def ops_negatives(seed: int = SEED) -> list[str]:
    """Non-toxic ops-chat messages rendered from :data:`TEMPLATES` (``DRAWS`` each)."""
    rng = random.Random(seed)
    out = []
    for template in TEMPLATES:
        for _ in range(DRAWS):
            out.append(
                template.format(process=rng.choice(PROCESSES), thing=rng.choice(THINGS), name=rng.choice(PEOPLE))
            )
    return out
