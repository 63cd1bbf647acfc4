"""Online anomaly detectors over numpy arrays (not tools; ``detect_anomalies`` is the tool over them).

Contract: every score at t uses only points up to t (online); no randomness, no clock; one parameter set
(:data:`DEFAULT_PARAMS`) for every series. Components:

- ``robust``: trailing median / IQR baseline and the robust z-score of each point (spikes);
- ``level_shift``: the recent median against the baseline before it (level shifts), and breaches of the
  envelope of all earlier values (change points into a new regime);
- ``changepoint``: two-sided CUSUM of deviations from a long robust baseline (sustained shifts);
- ``seasonal``: the daily period from timestamps and the same-time-of-day baseline over earlier days;
- ``sequence``: novelty of the pattern of the last few quantised levels (never drawn before = surprise) and
  the likelihood-style z of a burst of surprise against its own long-run rate (HTM's anomaly-likelihood idea);
- ``rolling.record_score``: calibrates any strength against its own history, so one threshold fits all series;
- ``art`` / ``art_features``: adaptive-resonance novelty (after ARTime's published method, made online):
  downsampled windows of the series, scaled by the range seen so far, are matched against learned fuzzy-ART
  categories; a window that founds a new cluster of shapes is an anomaly (score = its confidence);
- ``combined``: the detector: the strongest weighted channel per point, a refractory span (a point counts
  only if it beats the previous 50 scores), and grouping into anomalies. :data:`DEFAULT_PARAMS` (the default)
  weights two channels: all-time envelope breaches and ART novelty (``novel_shape``).
  :data:`RECORD_PARAMS` is the previous default (record channels: all-time breach 1.0, spike/level-shift
  record 0.95, breach of the last 3,000 points 0.9, same-hour seasonal record 0.8, CUSUM change-point record
  0.8, pattern-surprise record 0.75, breach of the last 500 points 0.66);
- ``explain``: a one-line explanation quoting the baseline that was broken;
- ``ops`` / ``ops_kinds``: the ops detector for metrics of a known kind (counter, gauge, ratio, percentage,
  latency): the usual value for the time of a weekday or weekend day learned online, drift, growth and sawtooth
  resets as normal, kind-aware noise, missing expected activity; alarms grouped into events with a severity and
  an explanation. ``detect_anomalies`` runs it for known kinds and the shape detector above for the rest.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

# 'explain' names both a module of this package and the function it exports: imported here, as the module
# would otherwise stand under the package's name once anything imports it (PEP 562 asks only for the
# names a module lacks).
from genaiops.tools.sre.detectors.explain import explain

if TYPE_CHECKING:
    from genaiops.tools.sre.detectors.art import ArtParams, art_scores
    from genaiops.tools.sre.detectors.combined import (
        CHANNELS,
        DEFAULT_PARAMS,
        RECORD_PARAMS,
        Detection,
        DetectorParams,
        ScoredSeries,
        group_anomalies,
        refractory,
        score,
    )

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("ArtParams", "art_scores"), "genaiops.tools.sre.detectors.art"),
    **dict.fromkeys(
        (
            "CHANNELS",
            "DEFAULT_PARAMS",
            "RECORD_PARAMS",
            "Detection",
            "DetectorParams",
            "ScoredSeries",
            "group_anomalies",
            "refractory",
            "score",
        ),
        "genaiops.tools.sre.detectors.combined",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "CHANNELS",
    "ArtParams",
    "DEFAULT_PARAMS",
    "Detection",
    "DetectorParams",
    "RECORD_PARAMS",
    "ScoredSeries",
    "art_scores",
    "explain",
    "group_anomalies",
    "refractory",
    "score",
]
