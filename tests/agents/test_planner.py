"""The planner (issue 11.2): requests become intent + verbatim slots offline, scenarios are chosen from the
catalogue (by retrieval too) and filled by name with notes, instantiate validates without running, and the LLM
planner speaks structured output to an OpenAI-compatible server, repairs once, refuses, or falls back."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from genaiops.agents.memory import open_memory
from genaiops.agents.models import ModelSettings
from genaiops.agents.planner import INTENTS, SLOT_KEYS, PlannerAnswer, instantiate, make_planner
from genaiops.agents.planner.augmentation import noise
from genaiops.agents.planner.catalogue import Catalogue
from genaiops.agents.planner.corpus import DATA, EXTRA_TRAIN, TEMPLATES, build
from genaiops.agents.planner.lexicon import Lexicon, edit_distance_one
from genaiops.agents.planner.llm import LLMPlanner, ModelAnswer, PlannerRefused
from genaiops.agents.planner.offline import OfflinePlanner
from genaiops.agents.planner.train import load_split
from genaiops.errors import UserError
from genaiops.safety.policy import ApprovalPolicy
from genaiops.tools import tools_on_demand

KEY = "sk-planner-5ecret"

INVESTIGATE = """name: investigate
description: Investigate a slow or failing service from its metrics and find the cause.
params:
  service: {type: string, description: the service to investigate}
  window: {type: duration, default: 15m, description: how far back to look}
  threshold: {type: number, default: 300}
tasks:
  - id: look
    tool: echo
    args: {value: "looking at ${params.service} over ${params.window}s above ${params.threshold}"}
"""
ROLLBACK = """name: model-rollback
description: Roll a model back to its previous version behind an approval gate.
params:
  model: {type: string}
  target: {type: string, default: previous}
tasks:
  - id: back
    tool: echo
    approval: required
    args: {value: "roll ${params.model} back to ${params.target}"}
"""
GPU = """name: gpu-quota-review
description: Review a team's GPU quota usage and ask the platform team for more GPUs when it runs out.
params:
  team: {type: string, default: everyone}
tasks:
  - id: usage
    tool: echo
    args: {value: "GPU quota of ${params.team}"}
"""
BROKEN = """name: drift-check
description: Check a model's inputs for drift.
params:
  model: {type: string}
tasks:
  - id: look
    tool: no_such_tool
    args: {value: "${params.model}"}
"""


def catalogue(folder: Path, home: Path, files: dict[str, str], memory: bool = True) -> Catalogue:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Catalogue(
        folder=folder,
        registry=tools_on_demand(),
        policy=ApprovalPolicy(),
        memory=open_memory(home) if memory else None,
        known={"service": ["checkout", "payments", "search"]},
    )


@pytest.fixture
def offline() -> OfflinePlanner:
    return OfflinePlanner()


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("checkout p99 is high since 10:00", "incident_investigation",
         {"service": "checkout", "metric": "p99", "since": "10:00"}),
        ("don't roll back fraud-detector yet, first check drift", "drift_check", {"model": "fraud-detector"}),
        ("@opsbot retrain model=churn-model dataset=events-q4", "model_retraining",
         {"model": "churn-model", "dataset": "events-q4"}),
        ("what is waiting for me?", "approval_query", {}),
        ("write me a poem about latency", "out_of_scope", {}),
        ("rollbcak fraud-detector to v3", "model_rollback", {"model": "fraud-detector", "target": "v3"}),
    ],
)  # fmt: skip
def test_offline_planner_reads_intent_and_slots(offline: OfflinePlanner, text: str, intent: str, slots: dict) -> None:
    """Hand-checked requests (a negation, an @opsbot key=value, a question, a typo in the cue) get their intent and
    exact slots."""
    answer = offline.plan(text)
    assert (answer.intent, answer.slots, answer.planner) == (intent, slots, "offline")


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("does triage_prompt v4 hallucinate less than v3?", "v3"),
        ("compare support_answer 2.1.0 with 1.4.2", "1.4.2"),
        ("retrain churn-model on events-q4 and validate against the champion v6", "v6"),
        ("vergleiche refund-reply v5 mit v4", "v4"),
    ],
)
def test_a_version_compared_against_is_the_baseline(offline: OfflinePlanner, text: str, baseline: str) -> None:
    """A version after against / than / compare ... with is the baseline slot, whatever the tagger thought."""
    assert offline.read(text).slots["baseline"] == baseline


def test_extra_training_templates_leave_the_held_out_split_as_shipped() -> None:
    """The corpus generator still writes the shipped test split byte for byte, and its train-only templates
    (EXTRA_TRAIN) give train requests only, none of them a test text."""
    train, test = build()
    shipped = (DATA / "test.jsonl").read_text(encoding="utf-8").splitlines()
    keys = ("id", "text", "intent", "slots", "style", "lang", "template")
    assert [json.dumps({k: r[k] for k in keys}, ensure_ascii=False) for r in test] == shipped
    extra = [r for r in train if int(r["template"]) >= len(TEMPLATES)]
    assert len({r["template"] for r in extra}) == len(EXTRA_TRAIN)
    assert not {r["text"] for r in extra} & {r["text"] for r in test}


def test_every_slot_the_offline_planner_returns_is_text_of_the_request(offline: OfflinePlanner) -> None:
    """On the whole held-out split, slot keys are the shared ones and each value is a substring of its request."""
    for row in load_split("test"):
        answer = offline.read(row["text"])
        assert answer.intent in INTENTS
        assert set(answer.slots) <= set(SLOT_KEYS)
        assert all(value in row["text"] for value in answer.slots.values()), row["text"]


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("drfit", "drift"), ("sicne", "since"), ("apprdove", "approve"), ("rollbakc", "rollback"),
        ("relase", "release"), ("reelease", "release"), ("relwase", "release"), ("whethre", "whether"),
        ("here", "here"), ("right", "right"), ("gated", "gated"), ("answer", "answer"), ("xyzzy", "xyzzy"),
        ("drf", "drf"), ("session_lenght", "session_lenght"),
    ],
)  # fmt: skip
def test_the_lexicon_reads_a_typing_slip_as_the_known_word(word: str, read: str) -> None:
    """A swapped, dropped, doubled or neighbouring letter inside an unknown word is read as the known word; real
    words one edit from a known one at their ends ("here"/"there", "gated"/"gate"), short words and names are not."""
    known = ["drift", "since", "approve", "rollback", "release", "whether", "there", "night", "gate", "answers"]
    assert Lexicon(known).correct(word) == read


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("freigaben", "freigaben"), ("errors", "errors"), ("tasks", "tasks"), ("terminadas", "terminadas"),
        ("terminee", "terminee"), ("freigabne", "freigabe"), ("taskss", "taskss"), ("lookd", "looked"),
    ],
)  # fmt: skip
def test_the_lexicon_leaves_an_inflection_of_a_known_word_alone(word: str, read: str) -> None:
    """A known word with an ending added ("freigaben" of "freigabe", not the release cue "freigeben") or its
    Spanish/French ending swapped ("terminadas" of "terminado") is a word, not a slip; a slip inside the word and a
    dropped letter before an ending ("lookd") are still read as the known word."""
    known = ["freigeben", "freigabe", "errores", "error", "talks", "task", "terminado", "termine", "looked", "look"]
    assert Lexicon(known).correct(word) == read


def test_noise_misspells_only_the_words_around_slot_values() -> None:
    """The training noise is seeded, leaves slot values as written and changes each noised word by one edit."""
    segments = [("please investigate why ", None), ("checkout", "service"), (" is timing out since ", None),
                ("10:00", "since")]  # fmt: skip
    first, again = noise(segments, random.Random(4)), noise(segments, random.Random(4))
    assert first == again and [s for s in first if s[1]] == [s for s in segments if s[1]]
    for (old, _), (new, _) in zip(segments, first, strict=True):
        changed = [(a, b) for a, b in zip(old.split(), new.split(), strict=True) if a != b]
        assert all(edit_distance_one(a, b) for a, b in changed)
    assert any(noise(segments, random.Random(seed)) != segments for seed in range(3))


def test_offline_planner_is_deterministic(offline: OfflinePlanner) -> None:
    """The same request gives the same answer in a fresh planner (no randomness, no network)."""
    text = "rollback credit-risk v8 to v7 in prod"
    assert offline.plan(text) == OfflinePlanner().plan(text)


@pytest.mark.parametrize("text", ["", "   \n", "x" * 5000])
def test_empty_or_huge_requests_are_user_errors(offline: OfflinePlanner, text: str) -> None:
    """An empty or overlong request is a UserError that says what to type, not a crash."""
    with pytest.raises(UserError, match="request is (empty|5000 characters)"):
        offline.plan(text)


def test_a_new_scenario_in_the_catalogue_is_found_by_retrieval(tmp_path: Path, offline: OfflinePlanner) -> None:
    """A scenario no intent lists (gpu-quota-review) is chosen for a request about it, with a note saying how."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"investigate.yaml": INVESTIGATE, "rollback.yaml": ROLLBACK})
    assert make_planner(catalogue=cat).plan("review the GPU quota of the vision team").scenario is None
    (tmp_path / "cat" / "gpu.yaml").write_text(GPU, encoding="utf-8")
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {})
    answer = make_planner(catalogue=cat).plan("review the GPU quota of the vision team")
    assert answer.scenario == "gpu-quota-review"
    assert any("found by retrieval" in note for note in answer.notes)


def test_params_are_filled_from_slots_by_name_with_did_you_mean(tmp_path: Path) -> None:
    """service fills the scenario's service param; an unknown service is left out with a did-you-mean note."""
    files = {"investigate.yaml": INVESTIGATE.replace("name: investigate", "name: incident-response")}
    cat = catalogue(tmp_path / "cat", tmp_path / "home", files)
    planner = make_planner(catalogue=cat)
    good = planner.plan("payments error rate high since 10:00")
    assert (good.scenario, good.params) == ("incident-response", {"service": "payments"})
    bad = planner.plan("@opsbot investigate service=chekout since=10:00")
    assert "service" not in bad.params
    assert any("did you mean 'checkout'" in note for note in bad.notes), bad.notes


def test_a_slot_of_the_wrong_type_is_a_note_not_a_crash(tmp_path: Path) -> None:
    """A slot whose param is a number but whose text is not one is skipped with a note naming param and type."""
    text = INVESTIGATE.replace("threshold", "target").replace("name: investigate", "name: incident-response")
    files = {"investigate.yaml": text}
    cat = catalogue(tmp_path / "cat", tmp_path / "home", files, memory=False)
    from genaiops.agents.planner.fill import complete

    answer = PlannerAnswer(intent="incident_investigation", slots={"service": "search", "target": "latest"})
    filled = complete(answer, "search is slow, target latest", None, cat)
    assert filled.params == {"service": "search"}
    assert "target='latest' is not a number; incident-response uses its default instead" in filled.notes


def test_context_fills_params_the_request_leaves_out(tmp_path: Path, offline: OfflinePlanner) -> None:
    """A follow-up ("now roll it back") takes the model from the conversation's context, and says so."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"rollback.yaml": ROLLBACK}, memory=False)
    answer = OfflinePlanner(catalogue=cat).plan("now roll it back", {"model": "fraud-detector"})
    assert answer.intent == "model_rollback" and answer.params == {"model": "fraud-detector"}
    assert "model=fraud-detector carried over from the conversation" in answer.notes


def test_instantiate_lists_tasks_and_gates_without_running(tmp_path: Path) -> None:
    """The preview loads the scenario with the params, lists its task and the gate an approval: required puts on it."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"rollback.yaml": ROLLBACK}, memory=False)
    answer = PlannerAnswer(intent="model_rollback", scenario="model-rollback", params={"model": "ranker"})
    preview = instantiate(answer, cat)
    assert preview.valid and [t.id for t in preview.tasks] == ["back"]
    assert preview.params == {"model": "ranker", "target": "previous"}
    (gate,) = preview.gates
    assert (gate.task_id, gate.tool, gate.approvals, gate.roles) == ("back", "echo", 1, ["operator"])


def test_a_plan_that_does_not_validate_says_why(tmp_path: Path) -> None:
    """A scenario naming an unknown tool, or missing a required param, previews as invalid with the problem."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"drift.yaml": BROKEN, "rollback.yaml": ROLLBACK}, False)
    broken = instantiate(PlannerAnswer(intent="drift_check", scenario="drift-check", params={"model": "x"}), cat)
    assert not broken.valid and any("no_such_tool" in p for p in broken.problems)
    missing = instantiate(PlannerAnswer(intent="model_rollback", scenario="model-rollback"), cat)
    assert not missing.valid and any("model" in p for p in missing.problems)
    nothing = instantiate(PlannerAnswer(intent="approval_query"), cat)
    assert not nothing.valid and "answered from the store" in nothing.problems[0]


# --- the LLM planner against a fake OpenAI-compatible server --------------------------------------------------


def replies_in_turn(replies: list[Any]):  # noqa: ANN201 - an answer for chat_model_server
    """Each request answered with the next of ``replies`` (a dict sent as JSON content, a str as is, an int as
    that HTTP status), the last one again after they run out."""

    def answer(body: dict[str, Any], n: int) -> str | int:
        reply = replies[min(n, len(replies) - 1)]
        return reply if isinstance(reply, int | str) else json.dumps(reply)

    return answer


def llm(url: str, cat: Catalogue | None = None) -> LLMPlanner:
    env = {"GENAIOPS_MODEL_BASE_URL": url, "GENAIOPS_MODEL_API_KEY": KEY}
    settings = ModelSettings.from_env(env, model="openai:local-planner")
    return LLMPlanner(settings, fallback=OfflinePlanner(catalogue=cat), catalogue=cat)


ROLLBACK_ANSWER = {"intent": "model_rollback", "slots": {"model": "ranker", "target": "v2"},
                   "scenario": "model-rollback", "confidence": 0.9}  # fmt: skip


def test_llm_planner_asks_with_the_schema_and_fills_params(chat_model_server, tmp_path: Path) -> None:  # noqa: ANN001
    """The request carries the pydantic schema as response_format and the key as a bearer header; the answer's
    scenario is filled from its slots."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"rollback.yaml": ROLLBACK}, memory=False)
    with chat_model_server(replies_in_turn([ROLLBACK_ANSWER])) as model:
        answer = llm(model.url, cat).plan("please put ranker back to v2")
    assert (answer.planner, answer.intent, answer.scenario) == ("llm", "model_rollback", "model-rollback")
    assert answer.params == {"model": "ranker", "target": "v2"}
    (request,) = model.requests
    assert request["path"] == "/v1/chat/completions" and request["headers"]["Authorization"] == f"Bearer {KEY}"
    schema = request["body"]["response_format"]["json_schema"]["schema"]
    assert schema == ModelAnswer.model_json_schema()
    assert "model-rollback" in request["body"]["messages"][0]["content"]


def test_llm_planner_repairs_once_then_refuses(chat_model_server) -> None:  # noqa: ANN001
    """An invalid answer is sent back with its problem and the repaired one used; two invalid answers refuse."""
    bad = {"intent": "reboot_everything", "slots": {}}
    with chat_model_server(replies_in_turn([bad, ROLLBACK_ANSWER])) as model:
        answer = llm(model.url).plan("please put ranker back to v2")
    assert answer.intent == "model_rollback" and len(model.requests) == 2
    assert "intent" in model.requests[1]["body"]["messages"][-1]["content"]
    twice_bad = chat_model_server(replies_in_turn(["not json at all", bad]))
    with twice_bad as model, pytest.raises(PlannerRefused) as refused:
        llm(model.url).plan("please put ranker back to v2")
    assert "twice" in str(refused.value) and "intent" in str(refused.value)


def test_llm_slots_that_are_not_in_the_request_are_dropped(chat_model_server) -> None:  # noqa: ANN001
    """A slot value the model made up (not a substring of the request) is ignored with a note."""
    invented = {"intent": "model_rollback", "slots": {"model": "ranker", "target": "v1"}, "confidence": 0.8}
    with chat_model_server(replies_in_turn([invented])) as model:
        answer = llm(model.url).plan("please put ranker back to v2")
    assert answer.slots == {"model": "ranker"}
    assert any("target='v1' is not text of the request" in n for n in answer.notes)


@pytest.mark.parametrize("status", [500, 401])
def test_llm_planner_falls_back_offline_on_http_errors(chat_model_server, status: int) -> None:  # noqa: ANN001
    """A server error or a refused key: the offline planner answers and says the model was unreachable."""
    with chat_model_server(replies_in_turn([status])) as model:
        answer = llm(model.url).plan("roll back fraud-detector to v3")
    assert answer.planner == f"offline (model unreachable: HTTP {status})"
    assert answer.intent == "model_rollback" and KEY not in json.dumps(answer.model_dump())


def test_unreachable_model_falls_back_offline(free_port) -> None:  # noqa: ANN001
    """Nothing listening: the offline planner's answer, the reason in planner and notes."""
    answer = llm(f"http://127.0.0.1:{free_port()}/v1").plan("what is waiting for me?")
    assert answer.intent == "approval_query"
    assert answer.planner == "offline (model unreachable: connection refused or host not found)"
    assert "could not be reached" in answer.notes[0]


def test_make_planner_chooses_by_model_setting() -> None:
    """Offline without a model; the LLM planner for --model openai:NAME (base URL from the environment)."""
    assert isinstance(make_planner(environ={}), OfflinePlanner)
    env = {"GENAIOPS_MODEL_BASE_URL": "http://127.0.0.1:9/v1"}
    assert isinstance(make_planner(model="openai:m", environ=env), LLMPlanner)
    assert isinstance(make_planner(environ={"GENAIOPS_MODEL_PROVIDER": "offline"}), OfflinePlanner)


REGISTRY_ROLLBACK = """name: model-rollback
description: Roll a model's champion back to an earlier registry version behind an approval.
params:
  model: {type: string, default: cancer-classifier}
  version: {type: integer, description: the registry version to make champion again}
tasks:
  - id: back
    tool: echo
    approval: required
    args: {value: "${params.model} -> ${params.version}"}
"""


def test_a_rollback_version_param_takes_the_target_and_reads_v3_as_3(tmp_path: Path) -> None:
    """A scenario whose integer `version` is where the rollback goes is filled from "to v3" as 3, and validates."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"rollback.yaml": REGISTRY_ROLLBACK}, memory=False)
    answer = OfflinePlanner(catalogue=cat).plan("roll back fraud-detector to v3")
    assert answer.params == {"model": "fraud-detector", "version": 3}
    assert instantiate(answer, cat).valid


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("refresh the recsys model, the drift on country is confirmed", {"cue=retrain", "done=drift"},
         {"cue=drift"}),
        ("Good news: p v6 got through the evaluation. Please start the release.", {"done=evaluate",
         "askcue=release"}, {"cue=evaluate", "askcue=evaluate"}),
        ("The prompt team is busy with their own release. Can you check checkout latency?",
         {"cue=release", "askcue=incident"}, {"askcue=release"}),
        ("not approving yet, show me ap-5e2a7c9d1f36 first", {"neg=approval", "id=approval"}, {"cue=approval"}),
        ("El reentrenamiento de x está terminado. ¿Podéis revisar la deriva?", {"done=retrain", "askcue=drift"},
         {"cue=retrain"}),
        ("La revue de sécurité de x est terminée ; lancez le rollback ?", {"done=safety", "askcue=rollback"},
         {"cue=safety"}),
    ],
)  # fmt: skip
def test_cues_of_the_asking_clause_and_of_stated_results_are_told_apart(text: str, present: set, absent: set) -> None:
    """A clause that states a result gives done= cues, the clause that asks (please, can you, ?) askcue= ones, and
    an id's form names its kind; the classifier weighs them apart from the plain cues."""
    from genaiops.agents.planner.cues import cue_features
    from genaiops.agents.planner.tokens import fold

    feats = set(cue_features(fold(text)))
    assert present <= feats and not absent & feats, sorted(feats)


def test_of_two_names_read_as_the_service_the_one_said_of_as_a_service_wins(offline: OfflinePlanner) -> None:
    """A service name used as a plain word ("complete orders") loses to the name whose state is described."""
    text = "Customers can't complete orders; payments looks unhealthy since noon. Please investigate."
    assert offline.read(text).slots.get("service") == "payments"


def test_retrieval_ranks_as_the_memory_query_does(tmp_path: Path) -> None:
    """The catalogue ranks requests against the collection's stored vectors itself, in the order and at the
    distances Chroma's own query gives."""
    cat = catalogue(tmp_path / "cat", tmp_path / "home", {"investigate.yaml": INVESTIGATE, "rollback.yaml": ROLLBACK,
                                                           "gpu.yaml": GPU})  # fmt: skip
    for text in ("checkout p99 is high", "roll back fraud-detector to v3", "review the GPU quota", "hello"):
        mine = cat.search(text, k=3)
        hits = cat.memory.search("scenarios", text, k=3).hits
        assert [e.file.name for e, _ in mine] == [Path(h.metadata["path"]).name for h in hits]
        assert all(abs(d - h.distance) < 1e-4 for (_, d), h in zip(mine, hits, strict=True))


def test_made_up_names_take_each_form_and_a_new_token_is_marked_new() -> None:
    """plan10's training variants: ``formed_name`` gives the forms its docstring lists, and a tagger given a
    vocabulary sees a token outside it as new (the variants are off in the shipped recipe)."""
    from genaiops.agents.planner.augmentation import formed_name
    from genaiops.agents.planner.features import prepare, tag_features

    rng = random.Random(0)
    patterns = {
        0: r"[a-z]+(-[a-z]+)+", 1: r"[a-z]+(_[a-z]+)+", 2: r"[a-z]+([A-Z][a-z]+)+", 3: r"([A-Z][a-z]+){2,}",
        4: r"[a-z]+(\.[a-z]+)+", 5: r"[a-z_-]+[-_.]?\d+", 6: r"[a-z]+", 7: r"[A-Z]{2,4}[-_]?[a-z]+",
    }  # fmt: skip
    for form, pattern in patterns.items():
        for _ in range(20):
            name = formed_name(rng, form)
            assert re.fullmatch(pattern, name), (form, name)
    folded, shapes = prepare(["retrain", "zopaKelu", "now"])
    feats = tag_features(folded, shapes, 1, "O", "model_retraining", {}, frozenset({"retrain", "now"}))
    assert "nv=new" in feats and "nvp1=new|retrain" in feats
    assert "nv=seen" in tag_features(folded, shapes, 0, "<s>", "model_retraining", {}, frozenset({"retrain"}))
