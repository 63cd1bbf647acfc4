"""Capacity forecasting (a library, not a tool): ``model`` fits and projects a series to its limit,
``synthetic`` makes seeded series with known exhaustion times, ``estate`` gives the simulated estate capacity
series. The tool is ``genaiops.tools.sre.forecast_exhaustion``."""

from genaiops.tools.sre.forecast.model import Forecast, ForecastError, forecast, linear_forecast

__all__ = ["Forecast", "ForecastError", "forecast", "linear_forecast"]
