"""Online anomaly detectors: each channel's behaviour on small fixtures, the ART alternative, and the
detect_anomalies tool."""

from pathlib import Path

import numpy as np
import pytest

from genaiops.errors import ToolInputError
from genaiops.tools import load_tools
from genaiops.tools.sre.detectors import (
    CHANNELS,
    RECORD_PARAMS,
    ArtParams,
    DetectorParams,
    art_scores,
    explain,
    group_anomalies,
    refractory,
    score,
)
from genaiops.tools.sre.detectors.art import schedule
from genaiops.tools.sre.detectors.art_features import (
    downsample,
    haar,
    running_median,
    scaled_windows,
    window_features,
)
from genaiops.tools.sre.detectors.changepoint import cusum
from genaiops.tools.sre.detectors.level_shift import envelope_breach, level_shift_strength
from genaiops.tools.sre.detectors.robust import robust_baseline, spike_strength
from genaiops.tools.sre.detectors.rolling import record_score, trailing_median
from genaiops.tools.sre.detectors.seasonal import seasonal_baseline, seasonal_period
from genaiops.tools.sre.detectors.sequence import pattern_novelty, surprise_likelihood
from genaiops.tools.sre.ingest import MetricSeries, parse_csv

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str):
    return parse_csv((FIXTURES / name).read_text(), name=name.removesuffix(".csv"))


def millis(series) -> np.ndarray:
    return series.timestamps.astype(np.int64)


def test_trailing_median_uses_only_the_past():
    """The trailing median at t covers t and the points before it, never after."""
    values = np.array([1.0, 5.0, 2.0, 8.0, 3.0, 100.0])
    assert trailing_median(values, 3).tolist() == [1.0, 1.0, 2.0, 5.0, 3.0, 8.0]


def test_spike_strength_peaks_at_the_spike():
    """Robust z against the points before: the injected spike (row 450) is the strongest point after warm-up."""
    series = fixture("spike.csv")
    median, scale = robust_baseline(series.values, 101)
    strength = spike_strength(series.values, median, scale)
    assert int(np.argmax(strength[100:])) + 100 == 450
    assert strength[450] > 20 and np.median(strength[100:]) < 1.5


def test_level_shift_strength_stays_high_after_a_shift():
    """After a level drop, the recent median sits far from the preceding baseline for several points."""
    series = fixture("level_shift.csv")
    median, scale = robust_baseline(series.values, 101)
    strength = level_shift_strength(series.values, median, scale, 5)
    assert strength[399] < 3
    assert (strength[404:420] > 5).all()


def test_envelope_breach_is_zero_inside_the_range_and_positive_beyond():
    """A point beyond every earlier value breaches by its excess over the earlier range."""
    values = np.array([0.0, 10.0, 5.0, 15.0, 4.0])
    assert envelope_breach(values, warmup=2).tolist() == [0.0, 0.0, 0.0, 0.5, 0.0]


@pytest.mark.parametrize(("step_seconds", "expected"), [(300, 288), (3600, 24), (7 * 3600, 0), (86_400, 0)])
def test_seasonal_period_is_points_per_day(step_seconds, expected):
    """The daily period is found from the step when it divides a day into at least 12 points."""
    stamps = np.arange(50, dtype=np.int64) * step_seconds * 1000
    assert seasonal_period(stamps) == expected


def test_seasonal_baseline_is_the_same_time_on_earlier_days():
    """For a perfectly periodic series the same-hour baseline equals the value itself (after day one)."""
    values = np.tile(np.arange(24, dtype=float), 4)
    baseline = seasonal_baseline(values, 24, seasons=3)
    assert np.isnan(baseline[:24]).all()
    np.testing.assert_array_equal(baseline[24:], values[24:])


def test_record_score_is_three_quarters_for_double_the_record():
    """record_score: 0 up to the running record (ties too), 0.5 + 0.5 * (1 - 1/ratio) above it; the first
    warmup // 2 points never set the record and nothing scores before warmup."""
    strength = np.array([9.0, 1.0, 2.0, 2.0, 4.0, 1.0])
    assert record_score(strength, warmup=2).tolist() == [0.0, 0.0, 0.75, 0.0, 0.75, 0.0]


@pytest.mark.parametrize("name", ["spike.csv", "level_shift.csv", "daily.csv", "pattern.csv"])
def test_scores_are_online(name):
    """The score at t depends only on points up to t: scoring a prefix gives the prefix of the scores."""
    series = fixture(name)
    full = score(millis(series), series.values).score
    for cut in (350, 451, 599):
        part = score(millis(series)[:cut], series.values[:cut]).score
        np.testing.assert_allclose(part, full[:cut], rtol=0, atol=1e-12)


def test_calm_series_scores_stay_near_the_floor():
    """Gaussian noise only sets modest new records (score < 0.6) once warmed up; real events score far higher."""
    series = fixture("calm.csv")
    params = DetectorParams(record_warmup=200)
    assert score(millis(series), series.values, params).score[200:].max() < 0.6


@pytest.mark.parametrize(
    ("name", "onset", "channel"), [("spike.csv", 450, "breach"), ("level_shift.csv", 400, "spike")]
)
def test_default_detector_ranks_the_event_first_at_its_onset(name, onset, channel):
    """The default detector's strongest anomaly after warm-up starts exactly at the injected event."""
    series = fixture(name)
    params = DetectorParams(record_warmup=300)
    detections = [d for d in group_anomalies(score(millis(series), series.values, params), params) if d.onset >= 300]
    strongest = max(detections, key=lambda d: d.score)
    assert strongest.onset == onset
    assert strongest.channel == channel and strongest.score > 0.7  # a shift's first point is a spike


def test_seasonal_channel_catches_an_off_hours_surge():
    """A surge at a normally quiet hour stays inside the overall range; the seasonal channel (weight 1) sees it."""
    series = fixture("daily.csv")
    surge = 288 * 4 + 36
    seasonal = score(millis(series), series.values, DetectorParams(seasonal_weight=1.0))
    assert seasonal.score[surge] >= 0.5 and seasonal.period == 288
    assert seasonal.score[surge] > 0.6 > np.max(seasonal.score[surge - 200 : surge])


def tool_input(name: str) -> dict:
    return {"series": MetricSeries.from_series(fixture(name)).model_dump()}


def test_detect_anomalies_tool_reports_onset_score_and_explanation():
    """The tool's strongest anomaly is the spike: onset at the spike's row (not the end of the ART block that
    scored it), its value, and an explanation quoting the recent median and the same-hour baseline."""
    result = load_tools().get("detect_anomalies").invoke({**tool_input("spike.csv"), "threshold": 0.6})
    anomaly = max(result.anomalies, key=lambda a: a.score)
    assert anomaly.onset.isoformat() == "2024-05-02T13:30:00+00:00"
    assert anomaly.score == 1.0 and anomaly.kind == "novel_shape" and anomaly.value == 160.0
    assert anomaly.explanation.startswith("spike 160 (1.6x its recent median 99.7) broke its usual shape")
    assert "x its 1-day same-hour baseline" in anomaly.explanation


def test_detect_anomalies_explains_against_the_same_hour_baseline():
    """The default detector flags the off-hours surge (inside the daily range) as a novel shape and quotes its
    same-hour baseline; with the seasonal channel weighted in, the seasonal channel explains it."""
    spec = load_tools().get("detect_anomalies")
    result = spec.invoke({**tool_input("daily.csv"), "last": 600})
    (surge,) = [a for a in result.anomalies if a.onset.isoformat() == "2024-05-05T03:05:00+00:00"]
    assert surge.kind == "novel_shape" and surge.score > 0.75
    assert surge.explanation.endswith("1.9x its 4-day same-hour baseline 65.28")
    assert result.seasonal_period_points == 288
    seasonal = spec.invoke({**tool_input("daily.csv"), "last": 600, "seasonal_weight": 1.0})
    (surge,) = [a for a in seasonal.anomalies if a.onset.isoformat() == "2024-05-05T03:00:00+00:00"]
    assert surge.kind == "seasonal"
    assert surge.explanation == "daily 124.2 is 1.9x its 4-day same-hour baseline 65.26"


def test_detect_anomalies_is_deterministic():
    """Same input, same output."""
    spec = load_tools().get("detect_anomalies")
    assert spec.invoke(tool_input("daily.csv")) == spec.invoke(tool_input("daily.csv"))


def test_detect_anomalies_rejects_mismatched_lengths_and_nan():
    """Lengths that differ or NaN values are input errors that say what to do."""
    spec = load_tools().get("detect_anomalies")
    bad = tool_input("calm.csv")
    bad["series"]["values"] = bad["series"]["values"][:-1]
    with pytest.raises(ToolInputError, match="timestamps but .* values"):
        spec.invoke(bad)
    nan = tool_input("calm.csv")
    nan["series"]["values"][3] = float("nan")
    with pytest.raises(ToolInputError, match="parse_metrics"):
        spec.invoke(nan)


def test_refractory_keeps_only_scores_that_beat_the_recent_past():
    """After an alarm, lower scores within the refractory span are zeroed; a higher one still counts."""
    scores = np.array([0.0, 0.6, 0.55, 0.7, 0.0, 0.0, 0.52])
    assert refractory(scores, 3).tolist() == [0.0, 0.6, 0.0, 0.7, 0.0, 0.0, 0.0]
    assert refractory(scores, 2).tolist() == [0.0, 0.6, 0.0, 0.7, 0.0, 0.0, 0.52]


def test_recent_envelope_breach_forgets_old_extremes():
    """With a history of N points, a value above the last N points breaches even if an older one was higher."""
    values = np.array([100.0, 1.0, 2.0, 1.0, 2.0, 3.0])
    assert envelope_breach(values, warmup=1)[-1] == 0.0
    assert envelope_breach(values, warmup=1, history=4)[-1] == pytest.approx(1.0)


def test_detect_anomalies_rejects_unsorted_and_empty_series():
    """Out-of-order timestamps and an empty series are input errors that say how to fix them."""
    spec = load_tools().get("detect_anomalies")
    unsorted = tool_input("calm.csv")
    stamps = unsorted["series"]["timestamps"]
    stamps[5], stamps[6] = stamps[6], stamps[5]
    with pytest.raises(ToolInputError, match="timestamp 6 is earlier.*sort the series"):
        spec.invoke(unsorted)
    with pytest.raises(ToolInputError, match="is empty"):
        spec.invoke({"series": {"name": "m", "timestamps": [], "values": []}})


def test_cusum_accumulates_sustained_shifts_and_resets():
    """CUSUM grows by (deviation - slack) while the shift lasts, ignores the other side, and resets after."""
    deviation = np.array([0.0, 3.0, 3.0, 3.0, 0.0, 0.0, -9.0])
    up, down = cusum(deviation, slack=1.0, cap=5.0)
    assert up.tolist() == [0.0, 2.0, 4.0, 6.0, 5.0, 4.0, 0.0]
    assert down.tolist() == [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0]  # -9 is capped at -5, minus the slack


def test_cusum_matches_the_recursive_definition():
    """The loop-free form equals S_t = max(0, S_(t-1) + d_t - slack) on random data."""
    deviation = np.random.default_rng(5).normal(0, 2, 500)
    up, _ = cusum(deviation, slack=0.5, cap=4.0)
    expected, running = [], 0.0
    for d in np.clip(deviation, -4.0, 4.0):
        running = max(0.0, running + d - 0.5)
        expected.append(running)
    np.testing.assert_allclose(up, expected, atol=1e-9)


def test_pattern_novelty_marks_the_first_time_a_shape_is_drawn():
    """Levels of the running range form patterns; only a pattern's first occurrence is novel."""
    values = np.array([0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
    # levels 0 1 0 1 0 1 1 0 -> pairs (start,0) (0,1) (1,0) (0,1) (1,0) (0,1) (1,1) (1,0)
    assert pattern_novelty(values, bins=2, length=2).tolist() == [1, 1, 1, 0, 0, 0, 1, 0]


def test_surprise_likelihood_flags_a_burst_above_the_usual_rate():
    """A steady trickle of surprises scores low; ten in a row stand far above the long-run rate."""
    surprise = np.zeros(1200)
    surprise[::25] = 1.0
    surprise[1100:1110] = 1.0
    z = surprise_likelihood(surprise, short=10, long=1000)
    assert z[200:1100].max() < 3 < 10 < z[1109]
    np.testing.assert_allclose(surprise_likelihood(surprise[:700], 10, 1000), z[:700], atol=1e-12)


def test_pattern_channel_sees_a_shape_change_inside_the_range():
    """A triangle wave turning square (rows 800-839, same range) is a burst of new patterns: with the other
    channels off, the pattern channel's only scores after warm-up fall inside the change."""
    series = fixture("pattern.csv")
    alone = DetectorParams(spike_weight=0, recent_weight=0, short_weight=0, cusum_weight=0, seasonal_weight=0)
    scored = score(millis(series), series.values, alone)
    novelty = surprise_likelihood(pattern_novelty(series.values, 16, 6), 10, 1000)
    assert novelty[800:840].max() > 1.5 * novelty[225:800].max()
    pattern = np.flatnonzero((scored.channel == CHANNELS.index("pattern")) & (scored.score > 0))
    assert len(pattern) and pattern.min() >= 800 and pattern.max() < 840


def test_pattern_anomaly_is_explained_as_new_shapes():
    """An anomaly found by the pattern channel says the series is drawing shapes it has not drawn before."""
    series = fixture("pattern.csv")
    alone = DetectorParams(
        spike_weight=0, recent_weight=0, short_weight=0, cusum_weight=0, seasonal_weight=0, threshold=0.3
    )
    scored = score(millis(series), series.values, alone)
    (detection,) = [d for d in group_anomalies(scored, alone) if d.channel == "pattern"]
    text = explain("queue_depth", series.values, scored, detection, alone)
    assert text.startswith("queue_depth is tracing shapes it has not drawn before")


# --- the ART channel (adaptive resonance over downsampled windows; an alternative core, not the default) ---


def test_haar_is_orthonormal_and_separates_level_from_detail():
    """A flat window puts all its energy in the first coefficient; the transform keeps the vector's norm."""
    flat = haar(np.ones((1, 8)))
    np.testing.assert_allclose(flat, [[np.sqrt(8.0), 0, 0, 0, 0, 0, 0, 0]], atol=1e-12)
    row = np.random.default_rng(1).normal(size=(3, 8))
    np.testing.assert_allclose(np.linalg.norm(haar(row), axis=1), np.linalg.norm(row, axis=1))


def test_downsample_keeps_a_one_point_spike():
    """A block's sample is its extreme farthest from the moving average (the spike), else the block mean."""
    values = np.array([10.0, 10.0, 10.0, 10.0, 50.0, 10.0, 10.0, 10.2, 10.1])
    assert downsample(values, 3).tolist() == pytest.approx([10.0, 50.0, 10.1])


def test_running_median_is_the_lower_median_of_the_past():
    """Exact lower median of the samples up to each position."""
    assert running_median(np.array([5.0, 1.0, 3.0, 9.0, 7.0])).tolist() == [5.0, 1.0, 3.0, 3.0, 5.0]


def test_scaled_windows_use_the_range_seen_so_far():
    """Each window is scaled by the min/max of the samples up to its end, so a later extreme never changes an
    earlier window; the newest level is the last column of the features."""
    samples = np.array([0.0, 2.0, 1.0, 2.0, 4.0])
    frames, ranges = scaled_windows(samples, window=2, levels=4, snap=0.0)
    assert ranges.tolist() == [[0.0, 2.0], [0.0, 2.0], [0.0, 2.0], [0.0, 4.0]]
    assert frames.tolist() == [[0.0, 1.0], [1.0, 0.5], [0.5, 1.0], [0.5, 1.0]]
    features = window_features(frames)
    assert features.shape == (4, 4) and features[:, -1].tolist() == frames[:, -1].tolist()


def test_art_schedule_coarsens_the_step_as_the_series_grows():
    """Instance s (downsampling by s) scores rows 150 s to 150 (s + 1), the first from row 150, the last
    (step 7) to the end; instances that would start after the last row are not run."""
    assert schedule(100, ArtParams()) == []
    assert schedule(500, ArtParams()) == [(1, 150, 300), (2, 300, 450), (3, 450, 500)]
    assert schedule(5000, ArtParams())[-2:] == [(6, 900, 1050), (7, 1050, 5000)]


@pytest.mark.parametrize("name", ["spike.csv", "level_shift.csv", "pattern.csv", "daily.csv"])
def test_art_scores_are_online(name):
    """The ART score at t depends only on points up to t: scoring a prefix gives the prefix of the scores."""
    values = fixture(name).values
    full = art_scores(values, ArtParams())
    for cut in (239, 451, 599, 1100):
        np.testing.assert_array_equal(art_scores(values[:cut], ArtParams()), full[:cut])


@pytest.mark.parametrize(
    ("name", "rows", "strongest"),
    [
        ("spike.csv", (450, 453), 452),
        ("level_shift.csv", (400, 403), 401),
        ("pattern.csv", (800, 840), 804),
        ("daily.csv", (1188, 1196), 1189),
    ],
)
def test_art_fires_at_the_injected_event(name, rows, strongest):
    """The strongest ART anomaly falls at the end of the downsampled block holding the event (a spike, a level
    drop, a triangle wave turning square inside the same range, an off-hours surge inside the daily range)."""
    scores = art_scores(fixture(name).values, ArtParams())
    assert int(np.argmax(scores)) == strongest
    assert scores[rows[0] : rows[1]].max() > 0.75


def test_art_stays_quiet_on_noise():
    """Gaussian noise founds no new cluster once learned: no alarm at all."""
    assert not art_scores(fixture("calm.csv").values, ArtParams()).any()


def test_art_scores_are_zero_for_a_series_shorter_than_the_first_instance():
    """Too little data to learn from: no anomaly is claimed."""
    assert not art_scores(np.arange(149.0), ArtParams()).any()


def test_default_detector_is_breach_plus_novel_shape():
    """DEFAULT_PARAMS weights only all-time breaches and ART novelty; on the level-drop fixture its strongest
    anomaly is a novel shape starting at the drop (the previous default, RECORD_PARAMS, sees a breach there
    and, later, a pattern-surprise record)."""
    series = fixture("level_shift.csv")
    default = group_anomalies(score(millis(series), series.values))
    assert {d.channel for d in default} <= {"breach", "novel_shape"}
    strongest = max(default, key=lambda d: d.score)
    assert (strongest.channel, strongest.onset, strongest.extreme) == ("novel_shape", 400, 400)
    previous = group_anomalies(score(millis(series), series.values, RECORD_PARAMS), RECORD_PARAMS)
    assert [d.channel for d in previous if d.onset >= 400] == ["breach", "breach", "pattern"]
