"""The SLO file, read through the project's YAML loader: a good file gives its SLOs with the workbook's alerts;
every mistake is reported at once, each at its file:line, with "did you mean" for misspelt keys and types."""

from __future__ import annotations

from pathlib import Path

import pytest

from genaiops.errors import SpecError
from genaiops.tools.sre.slo import load_slo_file, parse_slos

GOOD = """\
slos:
  - name: checkout-availability
    service: checkout
    objective: availability
    target: 99.9
    sli:
      type: ratio
      good: 'sum(rate(http_requests_total{service="checkout",code!~"5.."}[1m]))'
      total: request_rate
  - name: checkout-latency
    service: checkout
    objective: latency
    target: 99
    window: 4w
    sli: {type: threshold, metric: latency_p99_ms, below: 300}
"""

BAD = """\
slos:
  - name: checkout
    service: checkout
    objectiv: availability
    target: 99.9
    windw: 30d
    sli: {type: ratoi, good: x, total: y}
  - name: latency
    service: checkout
    objective: latency
    target: 100
    window: 30 days
    sli: {type: threshold, metric: latency_p99_ms}
  - name: checkout
    service: checkout
    objective: availability
    target: 99
    sli: {type: error_ratio, metric: error_rate}
"""


def test_a_good_file_gives_its_slos_with_the_workbooks_alerts(tmp_path: Path) -> None:
    """Two SLOs; the default window is 30 days, alerts default to the workbook's (scaled for 4 weeks)."""
    path = tmp_path / "slos.yaml"
    path.write_text(GOOD, encoding="utf-8")
    first, second = load_slo_file(path).slos
    assert (first.window, first.budget, first.sli.type) == ("30d", pytest.approx(0.001), "ratio")
    assert [a.burn_rate for a in first.burn_alerts] == [14.4, 6.0, 1.0]
    assert second.sli.below == 300 and [a.burn_rate for a in second.burn_alerts] == [13.44, 5.6, 0.933333]


def test_every_mistake_is_reported_at_its_line_with_did_you_mean() -> None:
    """Misspelt keys and sli type at their lines with a suggestion; a target of 100 %, a window in words, a
    threshold without a bound and a duplicate name, each at its line."""
    with pytest.raises(SpecError) as caught:
        parse_slos(BAD, "slos.yaml")
    text = str(caught.value)
    for expected in (
        "slos.yaml:4: slos[0].objectiv: unknown key 'objectiv' (did you mean 'objective'?)",
        "slos.yaml:6: slos[0].windw: unknown key 'windw' (did you mean 'window'?)",
        "slos.yaml:7: slos[0].sli: unknown type 'ratoi' (did you mean 'ratio'?)",
        "slos.yaml:11: slos[1].target:",
        "slos.yaml:12: slos[1].window: '30 days' is not a duration",
        "slos.yaml:13: slos[1].sli: give one bound",
    ):
        assert expected in text, text


def test_a_duplicate_name_is_reported_at_the_second_one() -> None:
    """Two SLOs named alike: the second's name line, saying to rename one."""
    twice = GOOD.replace("checkout-latency", "checkout-availability")
    with pytest.raises(SpecError, match=r"slos.yaml:10: slos\[1\].name: a second SLO named 'checkout-availability'"):
        parse_slos(twice, "slos.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", None),
        ("- a\n", "slos.yaml:1: expected a mapping with `slos:`"),
        ("slos:\n  - {name: a, service: s, objective: uptime, target: 99, sli: {type: error_ratio, metric: m}}\n",
         "unknown value 'uptime'"),
        ("slos:\n  - {name: a, service: s, objective: latency, target: 99, sli: {type: ratio, total: t}}\n",
         "give either `good` or `bad`"),
        ("slos:\n  - {name: a, service: s, objective: latency, target: 99, sli: {type: error_ratio, metric: m},\n"
         "     alerts: [{severity: page, long: 5m, short: 1h, burn_rate: 14.4}]}\n",
         "short window 1h must be shorter than long window 5m"),
        ("slos:\n  - {name: a, service: s, objective: latency, target: 99, window: 7d,\n"
         "     sli: {type: error_ratio, metric: m}, alerts: [{severity: page, long: 30d, short: 1h, burn_rate: 2}]}\n",
         "long window 30d is longer than the SLO window 7d"),
    ],
)  # fmt: skip
def test_edge_files(text: str, message: str | None) -> None:
    """An empty file has no SLOs; a list, an unknown objective, a ratio without good/bad, inverted alert windows
    and an alert longer than its SLO's window are errors naming the fix."""
    if message is None:
        assert parse_slos(text, "slos.yaml").slos == []
        return
    with pytest.raises(SpecError, match=message.replace("`", ".").replace("(", r"\(")):
        parse_slos(text, "slos.yaml")
