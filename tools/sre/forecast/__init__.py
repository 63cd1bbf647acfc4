"""Capacity forecasting (a library, not a tool): ``model`` fits and projects a series to its limit,
``synthetic`` makes seeded series with known exhaustion times, ``estate`` gives the simulated estate capacity
series. The tool is ``genaiops.tools.sre.forecast_exhaustion``."""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.sre.forecast.model import Forecast, ForecastError, forecast, linear_forecast

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("Forecast", "ForecastError", "forecast", "linear_forecast"), "genaiops.tools.sre.forecast.model"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = ["Forecast", "ForecastError", "forecast", "linear_forecast"]
