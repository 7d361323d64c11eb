"""The source registry, and that every host econcheck contacts can be redirected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from econcheck.errors import UnknownSourceError
from econcheck.models import SeriesRequest
from econcheck.settings import Settings
from econcheck.sources import HOSTS, SOURCES, get_source, list_sources
from econcheck.sources.cbr import directory_request
from econcheck.sources.urls import full_url

CONFIGURATION = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"
DAY = dt.date(2024, 11, 5)
SAMPLES = [
    SeriesRequest(source="CBR", series="R01235", start=dt.date(2024, 10, 1), end=DAY),
    SeriesRequest(source="CBR", series="R01235", start=DAY, end=DAY),
    SeriesRequest(source="CBR", series="KEY_RATE"),
    SeriesRequest(source="ECB", series="EXR/D.USD.EUR.SP00.A"),
    SeriesRequest(source="ECB", series="EUROFXREF-HIST/USD"),
    SeriesRequest(source="FRED", series="DFEDTARU"),
    SeriesRequest(source="IMF", series="WEO:latest/RUS.NGDP_RPCH"),
    SeriesRequest(source="IMF", series="WEO:2024-10/RUS.NGDP_RPCH"),
    SeriesRequest(source="IMF", series="DATAMAPPER/RUS.NGDP_RPCH"),
    SeriesRequest(source="IMF", series="SDMX:IMF.STA/CPI/RUS.CPI._T.YOY_PCH_PA_PT.M"),
]


def test_registry_get_source_ignores_case() -> None:
    """Source ids are case-insensitive."""
    assert get_source("cbr") is SOURCES["CBR"]
    assert get_source(" Fred ").id == "FRED"


def test_registry_unknown_source_lists_valid_ids() -> None:
    """An unknown id raises UnknownSourceError naming every valid id."""
    with pytest.raises(UnknownSourceError) as info:
        get_source("BLS")
    assert "CBR, ECB, FRED, IMF, SNAPSHOT" in str(info.value)


def test_registry_list_sources_by_id() -> None:
    """list_sources returns the five sources ordered by id, each under its own id."""
    assert [s.id for s in list_sources()] == ["CBR", "ECB", "FRED", "IMF", "SNAPSHOT"]
    assert all(SOURCES[key].id == key and SOURCES[key].docs_url for key in SOURCES)


def test_registry_every_host_is_redirectable() -> None:
    """With every ECONCHECK_<NAME>_BASE_URL set, no request goes to a publisher's own host."""
    overrides = {name: f"http://127.0.0.1:1/{name.lower()}" for name in HOSTS}
    settings = Settings(base_urls=overrides)
    specs = [get_source(r.source).build_request(r, settings) for r in SAMPLES]
    specs.append(directory_request(settings))
    used = set()
    for spec in specs:
        name = next(
            (n for n, base in overrides.items() if full_url(spec).startswith(base + "/")), None
        )
        assert name is not None, full_url(spec)
        used.add(name)
    assert used == set(HOSTS)


def test_registry_configuration_documents_every_host() -> None:
    """docs/configuration.md lists ECONCHECK_<NAME>_BASE_URL for every host, with its default."""
    text = CONFIGURATION.read_text(encoding="utf-8")
    for name, default in HOSTS.items():
        assert f"ECONCHECK_{name}_BASE_URL" in text
        assert default in text
