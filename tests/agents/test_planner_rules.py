"""The planner's rules that sit beside the learned models (p-plan7): the asking clause's intent, names by their
form, and times after since / seit / depuis / desde; and p-plan8's readings (general questions, start words, names
said of as services, production, rollback targets, pasted pairs)."""

from genaiops.agents.planner.model import (
    RULES,
    asked_intent,
    keyvalue_slots,
    load_model,
    names_by_form,
    rollback_versions,
    tokens,
)
from genaiops.agents.planner.offline import OfflinePlanner
from genaiops.agents.planner.readings import (
    general_question,
    known_service,
    metric_after_service,
    production_environment,
    states_a_start,
)


def test_the_asking_clause_decides_when_context_names_other_work() -> None:
    text = (
        "we finished the drift check on ranker and it's fine. unrelated: could you expand the staging volume by 200 gb?"
    )
    assert asked_intent(text) == "out_of_scope"  # no cue in the ask, and the context is all stated as done
    text = "the drift check on ranker looks odd. could you expand the staging volume by 200 gb?"
    assert asked_intent(text) is None  # the context is open work: the ask's missing cue leaves it to the classifier
    text = "the rollback of ranker is done. could you check whether country drifted for fraud-detector?"
    assert asked_intent(text) == "drift_check"


def test_no_asked_intent_without_context_or_with_a_negation() -> None:
    assert asked_intent("could you check whether country drifted for fraud-detector?") is None  # the ask is all
    assert asked_intent("don't roll back ranker yet, first check drift") is None  # no asking clause
    # the negated rollback is no context cue, so the ask has nothing to win over
    assert asked_intent("don't roll back ranker. please check drift first.") is None


def test_the_model_follows_the_ask_over_the_context() -> None:
    intent, _ = load_model().intent("Le rollback d'hier est terminé. Pouvez-vous vérifier la dérive de country ?")
    assert intent == "drift_check"


def test_identifiers_are_no_people_and_no_services() -> None:
    known = {"checkout": "service"}
    assert names_by_form({"requester": "support_answer"}, known) == {"prompt": "support_answer"}
    assert names_by_form({"service": "summarize_ticket", "prompt": "x"}, known) == {"prompt": "x"}
    assert names_by_form({"requester": "run-2"}, known) == {}
    assert names_by_form({"requester": "bob", "service": "checkout"}, known) == {
        "requester": "bob",
        "service": "checkout",
    }


def test_times_after_since_in_four_languages() -> None:
    for text, time in [("warum ist X seit heute Morgen langsam", "heute Morgen"), ("erreurs depuis lundi", "lundi"),
                       ("errores desde ayer", "ayer"), ("slow since midnight", "midnight")]:  # fmt: skip
        m = RULES["since"].search(text)
        assert m and next(g for g in m.groups() if g) == time


# p-plan8: readings the words make certain (agents/planner/readings.py and model.py)


def test_a_general_question_is_out_of_scope_and_names_nothing() -> None:
    """A question about what something is or means is no desk request, whatever desk words it uses."""
    planner = OfflinePlanner()
    for text in ("what is a canary release?", "what does p99 mean for checkout?", "explain how drift is measured"):
        answer = planner.read(text)
        assert (answer.intent, answer.slots) == ("out_of_scope", {})
    assert not general_question("what is ap-0d7e5c3a9b18 waiting for?")


def test_a_time_is_since_only_after_a_start_word() -> None:
    """A time the words do not give as a start ("on Monday") is no since; a slip of "since" still is one."""
    words = ["we", "rolled", "ranker", "back", "on", "Monday"]
    assert not states_a_start(words, 5)
    assert states_a_start(["slow", "sicne", "noon"], 2)
    assert states_a_start(["for", "the", "last", "hour"], 2)
    assert states_a_start(["went", "up", "arond", "noon"], 3)


def test_names_said_of_as_services_and_their_signals() -> None:
    """A known service said of as a running service, and a signal right after it, fill the missing slots."""
    known = {"orders": "service", "checkout": "service"}
    words = ["so", "Orders", "has", "been", "throwing", "timeouts"]
    assert known_service(words, [w.lower() for w in words], known, set()) == "Orders"
    words = ["customers", "can't", "place", "orders", "today"]
    assert known_service(words, [w.lower() for w in words], known, set()) is None
    text = "create a dashboard for checkout memory usage"
    assert metric_after_service(text, tokens(text), known) == "memory usage"


def test_production_in_german_and_spanish_except_put_into_production() -> None:
    """Produktion / producción is the environment, but "poner/mettre en producción" is the release itself."""
    assert production_environment("reinicia los pods de pricing en producción") == "producción"
    assert production_environment("bitte support_answer v4 in Produktion veröffentlichen") == "Produktion"
    assert production_environment("¿podemos poner triage_prompt 2.1.0 en producción?") is None


def test_a_rollback_goes_to_the_version_after_to() -> None:
    """The version after to / auf / à la is the target, whichever the tagger called which."""
    text = "setz recsys auf v5 zurück, v6 ist kaputt"
    assert rollback_versions(text, {"version": "v5", "target": "v6"}) == {"target": "v5", "version": "v6"}
    text = "roll back ranker from v7 to v6"
    assert rollback_versions(text, {"version": "v7", "target": "v6"}) == {"version": "v7", "target": "v6"}


def test_pasted_pairs_add_to_the_prose_and_a_since_pair_keeps_its_time() -> None:
    """key=value lines in prose keep the prose's slots; an @opsbot form is read by its pairs alone."""
    text = (
        "Alert pasted below:\n[FIRING] SLOBurn service=cart env=staging severity=page\n"
        "Latency has been climbing since 09:10 and nobody is awake. Can you investigate?"
    )
    slots = OfflinePlanner().read(text).slots
    assert (slots["service"], slots["environment"], slots["since"]) == ("cart", "staging", "09:10")
    assert keyvalue_slots("service=auth since=14:00 investigate") == {"service": "auth", "since": "14:00"}


def test_underscored_models_ids_and_negations_that_end() -> None:
    """A model with an underscore is a prompt; an id says its query; "skip X and Y" asks for Y."""
    assert names_by_form({"model": "triage_prompt"}, {}) == {"prompt": "triage_prompt"}
    model = load_model()
    assert model.intent("ap-5e2a7c9d1f36 - no idea what that is")[0] == "approval_query"
    assert model.intent("skip the evaluation this time and release summarize_ticket v8")[0] == "prompt_release"
    assert model.intent("not a rollback - check the refund-reply answers for personal data")[0] == (
        "content_safety_review"
    )
