"""Metrics in: CSV, Prometheus exposition text and Prometheus API JSON, cleaning and clear errors."""

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from genaiops.errors import ToolInputError
from genaiops.tools import load_tools
from genaiops.tools.sre.ingest import guess_format, load_series, parse_csv, parse_exposition, parse_query_json

FIXTURES = Path(__file__).parent / "fixtures"


def text(name: str) -> str:
    return (FIXTURES / name).read_text()


def test_csv_nab_style_parses_to_utc_milliseconds():
    """A NAB-style CSV gives one series with UTC datetime64[ms] timestamps and float values."""
    series = parse_csv(text("spike.csv"), name="spike")
    assert len(series) == 600
    assert series.timestamps.dtype == np.dtype("datetime64[ms]")
    assert str(series.timestamps[0]) == "2024-05-01T00:00:00.000"
    assert series.values[450] == pytest.approx(160.0)


def test_zoned_timestamps_are_converted_to_utc():
    """Timestamps with 'Z' or an offset are converted to UTC."""
    series = load_series(text("zoned.csv"), "csv").series[0]
    assert [str(t) for t in series.timestamps] == [
        "2024-05-01T00:00:00.000",
        "2024-05-01T00:05:00.000",
        "2024-05-01T00:10:00.000",
    ]


def test_naive_timestamps_can_be_read_in_a_named_zone():
    """timezone= reads zone-less timestamps in that IANA zone."""
    csv_text = "timestamp,value\n2024-05-01 02:00:00,1\n"
    series = load_series(csv_text, "csv", timezone="Europe/Paris").series[0]
    assert str(series.timestamps[0]) == "2024-05-01T00:00:00.000"


def test_epoch_seconds_are_accepted():
    """Unix epoch seconds are a timestamp form."""
    series = parse_csv("timestamp,value\n1714521600,1\n1714521660.5,2\n")
    assert str(series.timestamps[1]) == "2024-05-01T00:01:00.500"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("wrong_columns.csv", r"line 1: no column 'timestamp' in the header 'time,val'.*timestamp_column"),
        ("bad_timestamp.csv", r"line 4, field 'timestamp': cannot read timestamp 'yesterday at noon'.*ISO 8601"),
        ("header_only.csv", r"no data rows; the series is empty"),
        ("mixed_zones.csv", r"line 3.*is naive but .*line 2.* is zoned; use one form"),
        ("bad_value.csv", r"line 3, field 'value': 'high' is not a number"),
    ],
)
def test_bad_csv_is_rejected_with_its_place_and_fix(fixture, expected):
    """Wrong columns, unparsable timestamps, empty series, mixed zones and non-numbers name the line and fix."""
    with pytest.raises(ToolInputError, match=expected):
        load_series(text(fixture), "csv", name="m")


def test_empty_text_is_rejected():
    """Empty input is an error, not an empty result."""
    with pytest.raises(ToolInputError, match="empty"):
        load_series("   \n", "csv")


def test_wrong_column_suggests_the_close_name():
    """A near-miss column name gets a 'did you mean' hint."""
    with pytest.raises(ToolInputError, match="did you mean 'timestamps'"):
        parse_csv("timestamps,value\n2024-05-01,1\n")


def test_messy_csv_is_sorted_and_duplicates_rejected_by_default():
    """Duplicate timestamps are rejected by default, naming the line and the policies that accept them."""
    with pytest.raises(ToolInputError, match=r"1 duplicate timestamps.*line 7.*duplicates='keep'"):
        load_series(text("messy.csv"), "csv", name="messy")


@pytest.mark.parametrize(("policy", "value_at_15min"), [("first", 4.0), ("last", 8.0), ("mean", 6.0)])
def test_duplicate_policies_after_nan_drop(policy, value_at_15min):
    """NaNs are dropped first, then duplicates merged by policy; out-of-order rows are sorted with a note."""
    loaded = load_series(text("messy.csv"), "csv", name="messy", duplicates=policy)
    series = loaded.series[0]
    assert series.values.tolist() == [1.0, 2.0, 3.0, value_at_15min, 5.0, 6.0]
    assert any("dropped 1 NaN" in n for n in loaded.notes)
    assert any("out of order" in n for n in loaded.notes)


def test_nan_reject_policy_names_the_line():
    """nan='reject' fails on the first missing value with its line."""
    with pytest.raises(ToolInputError, match=r"line 4.*nan='drop'"):
        load_series(text("messy.csv"), "csv", name="messy", nan="reject")


def test_gaps_are_reported_not_filled():
    """A stretch longer than 1.5 usual steps is reported with the number of missing steps."""
    loaded = load_series(text("messy.csv"), "csv", name="messy", duplicates="last")
    (gap,) = loaded.gaps["messy"]
    assert gap.after == datetime(2024, 5, 1, 0, 20, tzinfo=UTC)
    assert gap.missing_steps == 7
    assert len(loaded.series[0]) == 6


def test_exposition_text_groups_samples_by_name_and_labels():
    """Samples with the same name and label set (in any order) form one series; escapes are decoded."""
    series = {s.name: s for s in parse_exposition(text("sample.prom"))}
    checkout = series['http_request_duration_seconds{quantile="0.99",service="checkout"}']
    assert checkout.values.tolist() == [0.41, 0.44, 0.43]
    assert checkout.labels == {"service": "checkout", "quantile": "0.99"}
    cart = next(s for s in series.values() if s.labels.get("service") == "cart")
    assert cart.labels["path"] == 'a"b'
    assert np.isnan(cart.values[0])
    assert "up" in series


def test_exposition_without_timestamps_needs_the_scrape_time():
    """A sample without a timestamp uses scraped_at, or fails saying to pass it."""
    with pytest.raises(ToolInputError, match="line 1: sample up has no timestamp; pass scraped_at"):
        parse_exposition("up 1\n")
    (series,) = parse_exposition("up 1\n", scraped_at=datetime(2024, 5, 1, tzinfo=UTC))
    assert str(series.timestamps[0]) == "2024-05-01T00:00:00.000"


def test_exposition_bad_line_is_named():
    """A line that is not a sample names its number."""
    with pytest.raises(ToolInputError, match="line 2: cannot read"):
        parse_exposition("up 1 1\n{oops} 3\n")


def test_query_range_json_gives_one_series_per_result():
    """A query_range matrix gives one series per result, named by metric and labels, seconds -> ms."""
    first, second = parse_query_json(text("query_range.json"))
    assert first.name == 'http_requests_total{instance="a:9090",job="api"}'
    assert np.isnan(first.values[2])
    assert str(second.timestamps[0]) == "2024-05-01T00:00:00.500"
    assert second.values.tolist() == [1000.0, float("inf")]


def test_query_error_answer_is_explained():
    """An API error answer is raised with its errorType and message."""
    with pytest.raises(ToolInputError, match=r"status 'error' \(bad_data\): invalid parameter"):
        parse_query_json(text("query_error.json"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("not json", r"not JSON \(line 1, column 1\)"),
        ('{"data": {}}', "no 'status' field"),
        ('{"status": "success", "data": {"resultType": "scalar", "result": [1, "2"]}}', "resultType is 'scalar'"),
        ('{"status": "success", "data": {"resultType": "matrix", "result": []}}', "matched nothing"),
        (
            '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"x"]]}]}}',
            r"data.result\[0\].values\[0\]",
        ),
    ],
)
def test_bad_query_json_is_rejected_with_the_field(body, expected):
    """Malformed API answers name the JSON field that is wrong."""
    with pytest.raises(ToolInputError, match=expected):
        parse_query_json(body)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [("spike.csv", "csv"), ("sample.prom", "prometheus_text"), ("query_range.json", "prometheus_json")],
)
def test_format_is_guessed_from_content(fixture, expected):
    """format='auto' recognises each format from its first lines."""
    assert guess_format(text(fixture)) == expected


def test_parse_metrics_tool_returns_series_notes_and_gaps():
    """The registered parse_metrics tool cleans API JSON (NaN dropped, +Inf dropped) and reports it."""
    spec = load_tools().get("parse_metrics")
    result = spec.invoke({"content": text("query_range.json")})
    assert [len(s.values) for s in result.series] == [3, 1]
    assert result.series[0].timestamps[0] == datetime(2024, 5, 1, tzinfo=UTC)
    assert any("NaN" in n for n in result.notes)


def test_parse_metrics_tool_rejects_unknown_format():
    """An unknown format is an input error listing the valid ones."""
    with pytest.raises(ToolInputError, match="format"):
        load_tools().get("parse_metrics").invoke({"content": "x", "format": "influx"})


def test_duplicate_keep_policy_keeps_every_row():
    """duplicates='keep' keeps all rows (NAB scores rows, some of its files repeat a timestamp) with a note."""
    loaded = load_series(text("messy.csv"), "csv", name="messy", duplicates="keep")
    assert len(loaded.series[0]) == 7
    assert any("kept 1 duplicate" in n for n in loaded.notes)
