"""The planner's rules that sit beside the learned models (p-plan7): the asking clause's intent, names by their
form, and times after since / seit / depuis / desde."""

from genaiops.agents.planner.model import RULES, asked_intent, load_model, names_by_form


def test_the_asking_clause_decides_when_context_names_other_work() -> None:
    text = (
        "we finished the drift check on ranker and it's fine. unrelated: could you expand the staging volume by 200 gb?"
    )
    assert asked_intent(text) is None  # "expand the volume" is no cue: nothing to go by
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
