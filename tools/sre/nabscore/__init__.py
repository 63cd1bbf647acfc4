"""The NAB scoring method, written from its published description (Lavin & Ahmad, ICMLA 2015; NAB's docs).

Not a tool: a library the benchmark (``bench/nab.py``) and tests use. Contract:

- a labelled series is a :class:`LabelledSeries` (timestamps + anomaly windows); a detector's output is one
  score in [0, 1] per row;
- rows of the first 15 % of a series (at most 750 rows) are a probationary period and never count;
- inside a window, the *first* detection earns the scaled sigmoid of its relative position (1 at the window's
  start, ~0 at its end), weighted by the profile's TP weight; a window with no detection costs the FN weight;
  a detection outside every window costs the FP weight, less when it falls just after a window;
- one threshold per detector and profile is chosen by sweeping every distinct score over the whole corpus;
- the raw total is normalised so that the null detector scores 0 and a perfect one 100.

Pure numpy; no I/O (reading NAB's files is the benchmark's job).
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.sre.nabscore.profile import PROFILES, CostProfile
    from genaiops.tools.sre.nabscore.scorer import (
        CorpusScore,
        FileScore,
        LabelledSeries,
        normalise,
        score_corpus,
        score_file,
        sweep_thresholds,
    )

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("PROFILES", "CostProfile"), "genaiops.tools.sre.nabscore.profile"),
    **dict.fromkeys(
        ("CorpusScore", "FileScore", "LabelledSeries", "normalise", "score_corpus", "score_file", "sweep_thresholds"),
        "genaiops.tools.sre.nabscore.scorer",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "PROFILES",
    "CorpusScore",
    "CostProfile",
    "FileScore",
    "LabelledSeries",
    "normalise",
    "score_corpus",
    "score_file",
    "sweep_thresholds",
]
