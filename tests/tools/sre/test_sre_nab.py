"""The NAB scorer on hand-computed cases: window rewards, FP penalties, probation, sweep, normalisation."""

import numpy as np
import pytest

from genaiops.tools.sre.nabscore import PROFILES, LabelledSeries, normalise, score_corpus, score_file, sweep_thresholds
from genaiops.tools.sre.nabscore.profile import MAX_TP, probation_length, scaled_sigmoid

STANDARD = PROFILES["standard"]
LOW_FN = PROFILES["reward_low_FN_rate"]


def series(rows: int = 100, windows=((40, 49),)) -> LabelledSeries:
    """Rows stamped 0..rows-1; windows given as row stamps (inclusive)."""
    return LabelledSeries("f.csv", np.arange(rows, dtype=np.int64), tuple(windows))


def detections(rows: int, *at: int) -> np.ndarray:
    scores = np.zeros(rows)
    scores[list(at)] = 1.0
    return scores


def test_scaled_sigmoid_hand_values():
    """2/(1+e^(5y)) - 1: 0.98661 at a window's start, 0 at its end, -1 beyond three window widths."""
    assert scaled_sigmoid(-1.0) == pytest.approx(0.9866142981514305)
    assert scaled_sigmoid(0.0) == 0.0
    assert scaled_sigmoid(3.5) == -1.0


@pytest.mark.parametrize(("rows", "expected"), [(100, 15), (4032, 604), (22695, 750)])
def test_probation_is_15_percent_capped_at_750(rows, expected):
    """The first 15 % of rows (at most 750) are never scored."""
    assert probation_length(rows) == expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ((40,), 1.0),  # first row of the window: full TP weight
        ((45,), 0.8597925669097837),  # y = -0.5: (2/(1+e^-2.5) - 1) / MAX_TP
        ((49,), 0.24824154977542992),  # last row, y = -0.1
        ((45, 40), 1.0),  # only the earliest detection in a window counts
        ((), -1.0),  # missed window: -FN weight
        ((20, 45), 0.8597925669097837 - 0.11),  # FP before any window: -FP weight
        ((45, 50), 0.8597925669097837 - 0.029793183036839352),  # 1 row after: sigmoid(1/9) * 0.11
        ((45, 54), 0.8597925669097837 - 0.09712188136763907),  # 5 rows after: sigmoid(5/9) * 0.11
        ((10, 45), 0.8597925669097837),  # row 10 is in the probationary period: ignored
    ],
)
def test_file_score_hand_computed(at, expected):
    """One window over rows 40..49 (width 10) in 100 rows, standard profile."""
    result = score_file(series(), detections(100, *at), 0.5, STANDARD)
    assert result.score == pytest.approx(expected, abs=1e-12)


def test_row_counts_exclude_probation():
    """TP/FP/FN/TN count rows after the probationary period."""
    result = score_file(series(), detections(100, 10, 20, 45, 46), 0.5, STANDARD)
    assert (result.tp, result.fp, result.fn, result.tn) == (2, 1, 8, 74)
    assert result.total == 100


def test_low_fn_profile_doubles_the_miss():
    """reward_low_FN_rate: a missed window costs 2."""
    assert score_file(series(), np.zeros(100), 0.5, LOW_FN).score == -2.0


def test_sweep_chooses_the_threshold_that_maximises_the_corpus_score():
    """Scores 0.9 in the window and 0.6 on an FP: threshold 0.9 gives 0.86, 0.6 gives 0.86 - 0.11."""
    scores = np.zeros(100)
    scores[45], scores[70] = 0.9, 0.6
    thresholds, totals = sweep_thresholds([series()], [scores], STANDARD)
    assert thresholds[0] > 0.9 and totals[0] == -1.0
    assert dict(zip(thresholds[1:].tolist(), totals[1:].tolist(), strict=True))[0.9] == pytest.approx(0.85979256690978)
    result = score_corpus([series()], [scores], STANDARD)
    assert result.threshold == 0.9
    assert result.raw == pytest.approx(0.8597925669097837)


def test_sweep_agrees_with_scoring_each_threshold():
    """Every swept total equals score_file summed at that threshold (random scores, two files, two windows)."""
    rng = np.random.default_rng(3)
    corpus = [series(200, ((60, 79), (150, 169))), series(120, ((90, 99),))]
    scores = [rng.random(200).round(2), rng.random(120).round(2)]
    thresholds, totals = sweep_thresholds(corpus, scores, STANDARD)
    for threshold, total in zip(thresholds[::7], totals[::7], strict=True):
        direct = sum(score_file(s, v, threshold, STANDARD).score for s, v in zip(corpus, scores, strict=True))
        assert total == pytest.approx(direct, abs=1e-9)


def test_normalisation_null_zero_perfect_hundred():
    """Null (every window missed) is 0, perfect (every window caught at its start) is 100."""
    assert normalise(-116.0, 116, STANDARD) == 0.0
    assert normalise(116.0, 116, STANDARD) == 100.0
    assert normalise(-232.0, 116, LOW_FN) == 0.0
    perfect = score_corpus([series()], [detections(100, 40)], STANDARD)
    assert perfect.normalised == pytest.approx(100.0)
    assert score_corpus([series()], [np.zeros(100)], STANDARD).normalised == 0.0


def test_max_tp_makes_the_window_start_worth_exactly_one():
    """TP rewards are divided by the reward at y = -1."""
    assert scaled_sigmoid(-1.0) == MAX_TP


def test_mismatched_scores_are_rejected():
    """Scores must have one value per row and no NaN."""
    with pytest.raises(ValueError, match="99 scores for 100 rows"):
        score_file(series(), np.zeros(99), 0.5, STANDARD)
    bad = np.zeros(100)
    bad[3] = np.nan
    with pytest.raises(ValueError, match="NaN at row 3"):
        score_file(series(), bad, 0.5, STANDARD)
