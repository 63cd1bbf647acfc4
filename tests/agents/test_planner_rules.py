"""The planner's rules that sit beside the learned models (p-plan7): the asking clause's intent, names by their
form, and times after since / seit / depuis / desde; and p-plan8's readings (general questions, start words, names
said of as services, production, rollback targets, pasted pairs)."""

from pathlib import Path

from genaiops.agents.planner import readings
from genaiops.agents.planner.cues import cue_features
from genaiops.agents.planner.intent_rules import asked_intent, one_kind_named, query_only
from genaiops.agents.planner.model import load_model
from genaiops.agents.planner.offline import OfflinePlanner
from genaiops.agents.planner.readings import (
    general_question,
    known_service,
    metric_after_service,
    production_environment,
    states_a_start,
)
from genaiops.agents.planner.slot_rules import RULES, keyvalue_slots, names_by_form, rollback_versions, version_slots
from genaiops.agents.planner.tokens import tokens


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


# p-plan8: readings the words make certain (agents/planner/readings.py and slot_rules.py)


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


def test_identifiers_next_to_a_word_of_their_kind_fill_missing_slots() -> None:
    """Names of the plan9 pass's own invention (the tagger never saw them): the word beside a name says its kind."""
    text = "The release of greet_user went out, and the drift check on lead-ranker is clean. backfilling clicks-w49."
    assert readings.names_by_neighbours(text, {}) == {
        "prompt": "greet_user",
        "model": "lead-ranker",
        "dataset": "clicks-w49",
    }
    assert readings.names_by_neighbours("the quoting_copy evaluation", {}) == {"prompt": "quoting_copy"}
    assert readings.names_by_neighbours("the tilemap-canary scenario", {}) == {"scenario": "tilemap-canary"}
    # a slot the request already has is kept; a name already taken is not read again; no kind word, no slot
    assert readings.names_by_neighbours("drift on basket_size", {"feature": "x"}) == {"feature": "x"}
    assert readings.names_by_neighbours("archive the ml-experiments bucket", {}) == {}
    assert readings.names_by_neighbours("post it in #ml-alerts prompt", {}) == {}
    # a plain word only where nothing but a model stands, and no pronoun or time word there
    assert readings.names_by_neighbours("the drift report for ranker was quiet", {}, frozenset()) == {"model": "ranker"}
    assert readings.names_by_neighbours("Bob wants his rollback approved", {}, frozenset()) == {}
    assert readings.names_by_neighbours("show yesterday's retrain", {}, frozenset()) == {}
    assert readings.names_by_neighbours("the model rollback", {}, frozenset({"model"})) == {}


def test_a_scenario_with_an_underscore_is_the_prompt() -> None:
    assert names_by_form({"scenario": "summarize_ticket"}, {}) == {"prompt": "summarize_ticket"}
    assert names_by_form({"scenario": "drift-check"}, {}) == {"scenario": "drift-check"}


def test_metrics_in_german_french_and_spanish() -> None:
    assert readings.latency_metric("la latence p99 de search", "p99") == "latence p99"
    assert readings.latency_metric("latencia p95 alta", "p95") == "latencia p95"
    assert readings.latency_metric("checkout p99 latency", "p99") == "p99"  # English puts the word after
    assert readings.foreign_metric("orders hat hohe Latenz") == "Latenz"
    assert readings.foreign_metric("le taux d'erreur de cart") == "taux d'erreur"
    assert readings.foreign_metric("the latency of cart") is None
    planner = OfflinePlanner()
    assert "metric" not in planner.read("escribe un poema sobre la latencia").slots  # no service: no signal of ours


def test_words_that_set_a_sentence_aside_negate_it() -> None:
    feats = cue_features("i was going to ask about the drift report for x but that can wait. can you look at y?")
    assert "neg=drift" in feats and "cue=drift" not in feats
    feats = cue_features("we'll retrain later, but for now revert x to v5")
    assert "neg=retrain" in feats and "cue=rollback" in feats
    feats = cue_features("la release de x attend, ce n'est pas le sujet. pouvez-vous enqueter sur les erreurs ?")
    assert "neg=release" in feats and "cue=incident" in feats


def test_work_said_as_done_and_an_ask_without_a_cue() -> None:
    feats = cue_features("we investigated the auth latency yesterday. please move the auth pods to a new pool")
    assert "done=incident" in feats and "cue=incident" not in feats
    assert asked_intent("the rollback of x went fine. please bump the log retention to 30 days.") == "out_of_scope"


def test_a_rollback_mentioned_in_passing_keeps_its_target() -> None:
    text = "The rollback of credit-risk to v2 went fine. Please bump the log retention."
    assert readings.rollback_target_in_passing(text, "v2")
    assert version_slots(text, {}, "out_of_scope") == {"target": "v2"}
    assert not readings.rollback_target_in_passing("release x v2 to prod", "v2")
    assert version_slots("evaluate x v3", {"target": "v3"}, "prompt_evaluation") == {"version": "v3"}


def test_a_baseline_is_compared_wherever_the_request_names_it() -> None:
    text = "We released x v4 last week. Could you score v5 against v4?"
    assert version_slots(text, {"baseline": "v4"}, "prompt_evaluation") == {"baseline": "v4", "version": "v5"}


def test_times_in_german_and_french_forms_and_errand_times() -> None:
    assert RULES["since"].search("warum ist payments seit 10 Uhr langsam").group(1) == "10 Uhr"
    assert RULES["since"].search("erreurs depuis 9h sur cart").group(1) == "9h"
    assert RULES["since"].search("erreurs depuis 14h30").group(1) == "14h30"
    planner = OfflinePlanner()
    answer = planner.read("finance asked us to save money: shut down the staging cluster every night at 20:00")
    assert answer.intent == "out_of_scope" and "since" not in answer.slots


def test_the_german_separable_restart_is_an_ops_cue() -> None:
    assert "cue=ops" in cue_features("startet bitte die kafka-broker in staging neu")
    assert "cue=ops" not in cue_features("bitte ranker neu trainieren")


def test_a_request_naming_only_the_desks_queues_is_that_query() -> None:
    assert query_only("welche freigaben warten auf alice?") == "approval_query"
    assert query_only("montre-moi les executions lancees par carol") == "run_status_query"
    assert query_only("approve my holiday request") is None  # the verb names no queue
    assert query_only("who runs the session on billing basics?") is None
    assert query_only("which approvals are waiting before we roll back x?") is None  # another cue: the classifier's
    planner = OfflinePlanner()
    assert planner.read("Is there anything in the approval list for me today?").intent == "approval_query"
    assert planner.read("montre les exécutions de la semaine").intent == "run_status_query"


def test_result_clauses_are_found_as_the_pattern_finds_them() -> None:
    """``result_spans`` (linear) gives exactly the spans of ``_CLAUSE_WITH_RESULT`` (which backtracks over a
    whole run from every position in it): on every request of the shipped splits and on random texts made of
    result words, other words and every punctuation mark the clauses are split at."""
    import json
    import random

    from genaiops.agents.planner import cues
    from genaiops.agents.planner.tokens import fold

    folder = Path(cues.__file__).parent / "data"
    lines = [line for f in sorted(folder.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]
    texts = [json.loads(line)["text"] for line in lines]
    rng = random.Random(7)
    words = ["is confirmed", "passed", "we investigated", "ist durch", "came back", "approved", "the", "drift",
             "x_y", "-", ",", ".", ";", ":", "!", "?", "é", "\n"]  # fmt: skip
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["".join(rng.choice("ab ,.;:!?-'isconfrmed") for _ in range(rng.randint(0, 200))) for _ in range(3000)]
    for text in texts:
        for t in (text, fold(text)):
            expected = [(m.start(), m.end()) for m in cues._CLAUSE_WITH_RESULT.finditer(t)]
            assert cues.result_spans(t) == expected, t


def test_names_of_camel_case_and_dotted_forms_are_read_from_the_word_before_them() -> None:
    """camelCase and dotted names (``rechnungService``, ``tarif.engine``) are identifiers too, and the words before
    a service (service, Dienst, "la latence de", "die Latenz von") or a retrain verb of German, French or Spanish
    say their kind; a version (``v2.1``) is no name."""
    assert readings.names_by_neighbours("die Latenz von rechnungService ist hoch", {}) == {"service": "rechnungService"}
    assert readings.names_by_neighbours("le service tarif.engine renvoie des erreurs", {}) == {
        "service": "tarif.engine"
    }
    assert readings.names_by_neighbours("reentrena el modelo scoreRiesgo con datos_ene", {"dataset": "datos_ene"}) == {
        "dataset": "datos_ene",
        "model": "scoreRiesgo",
    }
    assert readings.names_by_neighbours("bitte trainiere umsatz.prognose neu", {}) == {"model": "umsatz.prognose"}
    assert readings.names_by_neighbours("roll back the model v2.1 now", {}) == {}
    assert readings.names_by_neighbours("renew the certificate for api.example.org", {}) == {}


def test_an_approval_query_names_its_person_last_in_any_language() -> None:
    """The person named last after pour / für / para / "attendent" / "pendientes" is the requester; a pronoun, a
    plain word or another slot's value is not."""
    plain = frozenset({"prod", "today"})
    assert readings.requester_at_end("Quelles validations attendent Noé ?", plain) == "Noé"
    assert readings.requester_at_end("¿Qué aprobaciones tiene pendientes Ramón?", plain) == "Ramón"
    assert readings.requester_at_end("Welche Freigaben sind offen für henrik?", plain) == "henrik"
    assert readings.requester_at_end("Welche Freigaben warten auf mich?", plain) is None
    assert readings.requester_at_end("anything pending for today?", plain) is None
    answer = OfflinePlanner().read("Quelles approbations sont en attente pour gaspard ?")
    assert (answer.intent, answer.slots) == ("approval_query", {"requester": "gaspard"})
    answer = OfflinePlanner().read("is anything in the approval queue waiting, especially for prod?")
    assert answer.slots.get("requester") is None


def test_foreign_latency_asked_of_a_thing_is_an_incident_and_a_no_word_is_no_name() -> None:
    """ "la latence de X" / "la latencia de X" are incident cues (a latency in a poem is not); "Kein" before
    "Rollback" is no model; "was ist eigentlich ein ..." is a general question."""
    assert "cue=incident" in cue_features("la latence de devis-web explose depuis 10h")
    assert "cue=incident" not in cue_features("escribe una cancion sobre la latencia")
    answer = OfflinePlanner().read("Kein Rollback jetzt. Bitte nur den Drift von umsatz-prognose prüfen.")
    assert answer.intent == "drift_check" and "Kein" not in answer.slots.values()
    assert general_question("was ist eigentlich ein Feature Store?")


def test_a_name_said_of_as_a_service_or_as_the_model_a_rollback_moves() -> None:
    """An identifier followed by a signal (p99, error rate, cpu) or "service", or after "investigate", is the
    service; a plain word in "the X service" too; a name between a rollback verb and "to vN" is the model."""
    assert readings.names_by_neighbours("cartRouter p99 is up since 10:00", {"metric": "p99"}) == {
        "metric": "p99",
        "service": "cartRouter",
    }
    assert readings.names_by_neighbours("investigate PaymentBroker, it is slow", {}) == {"service": "PaymentBroker"}
    assert readings.names_by_neighbours("who paged the zephyr service?", {}) == {"service": "zephyr"}
    assert readings.names_by_neighbours("downgrade vega to v3", {"target": "v3"}) == {"target": "v3", "model": "vega"}
    assert readings.names_by_neighbours("who paged the on-call?", {}) == {}


def test_a_hyphenated_feature_is_the_model_and_spanish_hours_keep_their_article() -> None:
    """Features are columns (``basket_size``, ``sessionLength``), never kebab-case: a drift "feature" written with
    hyphens is the model when the request names none; "desde las 10" starts at ``las 10``."""
    answer = OfflinePlanner().read("Bitte den Drift von umsatz-prognose prüfen.")
    assert answer.slots.get("model") == "umsatz-prognose" and "feature" not in answer.slots
    answer = OfflinePlanner().read("¿Por qué falla pagos-web en staging desde las 11:30?")
    assert answer.slots.get("since") == "las 11:30"


def test_a_drift_or_retrain_of_a_kebab_name_without_digits_is_of_the_model() -> None:
    """In a drift check or a retrain that names no model, a kebab-case "dataset" without a digit is the model
    (datasets carry dates: ``clicks-2026-11``); one with a digit stays the dataset."""
    assert OfflinePlanner().read("check drift on lumen-ranker").slots == {"model": "lumen-ranker"}
    assert OfflinePlanner().read("retrain pls: orca-clf").slots == {"model": "orca-clf"}


def test_a_drift_or_retrain_of_a_versioned_name_is_of_the_model() -> None:
    """In "check drift on churn-v3", a kebab-case name ending in a version (``-v3``) is a model's name, the model the
    drift check or retrain is of (it was taken for the dataset, its digit read as a date's); a dated one stays the
    dataset, and a versioned name beside a named model stays what it was."""
    assert OfflinePlanner().read("check drift on churn-v3").slots == {"model": "churn-v3"}
    assert OfflinePlanner().read("retrain fraud-scorer-v2").slots == {"model": "fraud-scorer-v2"}
    assert OfflinePlanner().read("check drift on clicks-2026-11").slots == {"dataset": "clicks-2026-11"}


def test_a_piece_of_writing_asked_for_is_out_of_scope_whatever_its_topic() -> None:
    """A piece of writing ("write a haiku about rollbacks") is an errand: out of scope, no slot, in four languages; an
    ask that writes nothing is not caught."""
    assert general_question("write a haiku about rolling back churn-model")
    assert general_question("Schreib mir ein Gedicht über Drift")
    assert general_question("écris une chanson sur la latence")
    assert not general_question("write the drift report for churn-model to the ticket")
    answer = OfflinePlanner().read("compose a sonnet about the fraud-detector drift")
    assert (answer.intent, answer.slots) == ("out_of_scope", {})


def test_a_request_out_of_scope_by_the_classifier_with_one_desk_cue_and_a_name_is_that_intent() -> None:
    """Phrasings the classifier never saw ("Lanza X v5", "Setz X auf v7 zurück", "Gib X frei", "Mets en ligne")
    whose only cues are of one desk kind and which name a version or an identifier are that intent; without a name,
    or with an operational cue, the rule says nothing."""
    planner = OfflinePlanner()
    answer = planner.read("Setz zins-netz auf v4 zurück")
    assert (answer.intent, answer.slots) == ("model_rollback", {"model": "zins-netz", "target": "v4"})
    assert planner.read("Lanza aviso_envio v2 a staging cuando puedas").intent == "prompt_release"
    assert planner.read("Gib hinweis_text v3 für prod frei").intent == "prompt_release"
    assert planner.read("Mets en ligne le prompt relance_facture v2 sur staging").intent == "prompt_release"
    assert one_kind_named("lanza la campana de navidad", "lanza la campana de navidad") is None
    assert one_kind_named("restart and scale lager-api", "restart and scale lager-api") is None


def test_forget_in_three_languages_and_a_negation_inside_what_is_checked() -> None:
    """ "Olvida el rollback, mejor reentrénalo" asks for the retrain; "vérifie que ... ne contiennent pas de données
    personnelles" asks for the safety check, the "ne ... pas" is what is checked."""
    answer = OfflinePlanner().read("Olvida el rollback de tasa-riesgo, mejor reentrénalo con pagos_ene")
    assert answer.intent == "model_retraining"
    feats = cue_features("verifie que les reponses de aide_rh ne contiennent pas de donnees personnelles")
    assert "cue=safety" in feats and "neg=safety" not in feats
    assert "neg=rollback" in cue_features("ne fais pas de rollback de x, verifie la derive")


def test_times_with_articles_and_spans_and_a_lone_last_is_no_time() -> None:
    """After desde / depuis / seit: "el martes", "hace dos horas", "une heure", "einer Stunde"; "undo the last
    promotion" states no time."""
    for text, since in (
        ("la latencia de cobro-api subió desde el martes", "el martes"),
        ("mira qué le pasa a cobro-api desde hace dos horas", "hace dos horas"),
        ("colis-api est lent depuis une heure", "une heure"),
        ("lager-api ist seit einer Stunde langsam", "einer Stunde"),
    ):
        assert RULES["since"].search(text).group(1) == since  # type: ignore[union-attr]
    assert "since" not in OfflinePlanner().read("Please undo the last promotion of cargo-eta").slots


def test_baselines_after_frente_a_gegenueber_and_im_vergleich_zu() -> None:
    """ "v2 frente a la v1", "v8 gegenüber v7", "v8 im Vergleich zu v7": the second version is the baseline."""
    for text in (
        "¿Qué tal puntúa guion_venta v2 frente a la v1?",
        "Wie schneidet kurz_text v2 gegenüber v1 ab?",
        "Wie schneidet kurz_text v2 im Vergleich zu v1 ab?",
    ):
        answer = OfflinePlanner().read(text)
        assert answer.intent == "prompt_evaluation", text
        assert (answer.slots.get("version"), answer.slots.get("baseline")) == ("v2", "v1"), text


def test_a_word_naming_a_kind_before_a_name_decides_its_kind() -> None:
    """A name right after "Merkmal" / "variable" / "feature" is the feature, after "dataset" / "jeu" the dataset,
    whatever the tagger called it; other slots stay."""
    assert readings.kinds_said("drift beim Merkmal alter_kunde", {"dataset": "alter_kunde"}) == {
        "feature": "alter_kunde"
    }
    assert readings.kinds_said("¿deriva en x con el dataset citas_ene?", {"prompt": "citas_ene"}) == {
        "dataset": "citas_ene"
    }
    assert readings.kinds_said("retrain x on citas_ene", {"prompt": "citas_ene"}) == {"prompt": "citas_ene"}
    answer = OfflinePlanner().read("Prüf bitte den Drift von zins-modell beim Merkmal alter_kunde")
    assert answer.slots == {"model": "zins-modell", "feature": "alter_kunde"}


def test_environments_services_by_suffix_and_pronouns() -> None:
    """ "en prod" names the environment (not "mettre en production", the release itself); a name ending in -api,
    -svc, -gateway or -service is a service; "mir" / "me" are nobody."""
    assert readings.environment_named("publica la v3 en prod, gracias") == "prod"
    assert readings.environment_named("on va mettre en production demain") is None
    assert readings.service_by_suffix("Erhöhe das Speicherlimit von lager-api auf 4 GB", set()) == "lager-api"
    assert readings.service_by_suffix("retrain churn-model", set()) is None
    assert names_by_form({"requester": "mir"}, {}) == {}
    assert readings.names_by_neighbours("Redémarrez le pod colis-hub en staging.", {}) == {"service": "colis-hub"}
    assert OfflinePlanner().read("the lead-scorer retrain run: did it finish?").slots == {"model": "lead-scorer"}
    answer = OfflinePlanner().read("Erhöhe das Speicherlimit von lager-api auf 4 GB")
    assert (answer.intent, answer.slots) == ("out_of_scope", {"service": "lager-api"})


def test_explanations_in_three_languages_are_general_questions() -> None:
    """ "Explique-moi ...", "¿Qué es el ...?", "Erkläre mir ..." ask what something is: out of scope, no slot."""
    for text in (
        "Explique-moi ce qu'est une latence p99.",
        "¿Qué es el drift de concepto?",
        "Erkläre mir Konzeptdrift",
    ):
        assert general_question(text), text
        answer = OfflinePlanner().read(text)
        assert (answer.intent, answer.slots) == ("out_of_scope", {}), text


def test_an_id_of_the_other_queue_decides_the_query_and_a_restored_version_is_the_target() -> None:
    """ "status of ap-..." asks about an approval; "restore X v4" goes to v4 (as against "revert X v5")."""
    assert OfflinePlanner().read("status of ap-0123456789ab?").intent == "approval_query"
    assert OfflinePlanner().read("status of run-20261201-101010-abcdef?").intent == "run_status_query"
    answer = OfflinePlanner().read("restore tarif-eta v4 in prod")
    assert answer.intent == "model_rollback" and answer.slots.get("target") == "v4" and "version" not in answer.slots


def test_cues_of_german_french_and_spanish_phrasings() -> None:
    """A German safety compound, a Spanish "what is wrong with" and a French rollback verb land on their intents."""
    planner = OfflinePlanner()
    assert planner.read("Mach eine Inhaltssicherheitsprüfung der Ausgaben von gruss_text").intent == (
        "content_safety_review"
    )
    assert planner.read("Revenez à la v3 pour classif-avis").intent == "model_rollback"
    answer = planner.read("Mira qué le pasa a cobro-svc en canary desde hace una hora")
    assert answer.intent == "incident_investigation"
    assert answer.slots == {"service": "cobro-svc", "environment": "canary", "since": "hace una hora"}


def test_spanish_phrasings_times_and_words_of_other_languages() -> None:
    """plan13: Spanish phrasings of the desk's intents (written as probes, none a set's text), Spanish times after
    "desde", and frequent Spanish/French words that the typo corrector leaves alone ("responde" is no "response")."""
    planner = OfflinePlanner()
    cases = [
        ("cuentas-api no responde desde las 8", "incident_investigation", {"service": "cuentas-api", "since": "las 8"}),
        ("cuentas-api está caído desde ayer por la noche", "incident_investigation",
         {"service": "cuentas-api", "since": "ayer por la noche"}),
        ("la tasa de error de cuentas-api se disparó desde las 3 de la tarde", "incident_investigation",
         {"metric": "tasa de error", "service": "cuentas-api", "since": "las 3 de la tarde"}),
        ("deshaz el despliegue de riesgo-pyme", "model_rollback", {"model": "riesgo-pyme"}),
        ("lanza un reentrenamiento de riesgo-pyme con datos_ene", "model_retraining",
         {"model": "riesgo-pyme", "dataset": "datos_ene"}),
        ("quiero saber si ingresos_mes ha derivado en riesgo-pyme", "drift_check",
         {"feature": "ingresos_mes", "model": "riesgo-pyme"}),
        ("pon aviso_pago v4 en producción", "prompt_release", {"prompt": "aviso_pago", "version": "v4",
                                                               "environment": "producción"}),
        ("¿Qué ejecuciones lanzó mateo?", "run_status_query", {"requester": "mateo"}),
    ]  # fmt: skip
    for text, intent, slots in cases:
        answer = planner.read(text)
        assert (answer.intent, answer.slots) == (intent, slots), text
    lexicon = load_model().lexicon
    assert lexicon is not None
    words = ("responde", "taux", "stock", "drfit")
    assert [lexicon.correct(w) for w in words] == ["responde", "taux", "stock", "drift"]


def test_english_shorthand_run_the_x_and_a_misspelt_service() -> None:
    """plan13: "run the eval suite on X" starts an evaluation (no run asked about), a version weighed against
    another is an evaluation, no version is read inside a name, and a misspelt known service said of as a service
    is the service as written (the plan's notes then ask "did you mean")."""
    planner = OfflinePlanner()
    assert planner.read("run the eval suite on faq_concise v9").intent == "prompt_evaluation"
    answer = planner.read("does claim_writer v4 beat v3?")
    assert (answer.intent, answer.slots) == (
        "prompt_evaluation",
        {"prompt": "claim_writer", "version": "v4", "baseline": "v3"},
    )
    assert "version" not in planner.read("the cx-intent-v2 refresh is overdue, retrain it").slots
    assert planner.read("chekout p99 is high since 10:00, investigate").slots["service"] == "chekout"
