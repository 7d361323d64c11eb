"""Claims and verdicts as JSON-ready dicts (schema 1.0) and back; pure.

The layout is ``schema/econcheck-output.schema.json``; the package ships the same file
(``load_schema()``) so an installed econcheck can validate its own output.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from econcheck.errors import InputError
from econcheck.models import (
    Basket,
    Change,
    ChangeUnit,
    CheckResult,
    Claim,
    Horizon,
    Indicator,
    Measure,
    Period,
    Qualifier,
    Superlative,
    Verdict,
    VerdictStatus,
)

SCHEMA_VERSION = "1.0"
SCHEMA_FILE = "econcheck-output.schema.json"

JsonDict = dict[str, Any]


def econcheck_version() -> str:
    """Return the version of econcheck writing the output."""
    from econcheck import __version__

    return __version__


def load_schema() -> JsonDict:
    """Return the JSON Schema of the output (the copy shipped inside the package)."""
    text = resources.files("econcheck").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    schema: JsonDict = json.loads(text)
    return schema


def number(value: Decimal | float | None) -> int | float | None:
    """Return a JSON number for a Decimal or float: integral Decimals as int, NaN as None.

    >>> number(Decimal("140")), number(Decimal("8.50")), number(float("nan")), number(None)
    (140, 8.5, None, None)
    """
    if value is None:
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        return int(value) if value == value.to_integral_value() else float(value)
    return None if math.isnan(value) or math.isinf(value) else float(value)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _period(period: Period | None) -> JsonDict | None:
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def _change(change: Change | None) -> JsonDict | None:
    if change is None:
        return None
    return {
        "value": number(change.value),
        "unit": change.unit.value,
        "from": number(change.from_value),
    }


def claim_dict(claim: Claim) -> JsonDict:
    """Return one claim as in the schema, without its verdict."""
    return {
        "id": claim.id,
        "sentence": claim.sentence,
        "surface": claim.surface,
        "start": claim.start,
        "end": claim.end,
        "indicator": claim.indicator.value,
        "measure": claim.measure.value,
        "measure_stated": claim.measure_stated,
        "horizon": claim.horizon.value,
        "basket": None if claim.basket is None else claim.basket.value,
        "country": claim.country,
        "base": claim.base,
        "quote": claim.quote,
        "value": number(claim.value),
        "value_max": number(claim.value_max),
        "value_text": claim.value_text,
        "unit": claim.unit,
        "change": _change(claim.change),
        "qualifier": claim.qualifier.value,
        "superlative": None if claim.superlative is None else claim.superlative.value,
        "superlative_since": _iso(claim.superlative_since),
        "period": _period(claim.period),
        "forecaster": claim.forecaster,
        "attributed_to": claim.attributed_to,
        "hedged": claim.hedged,
        "earlier_forecast": claim.earlier_forecast,
    }


def verdict_dict(verdict: Verdict) -> JsonDict:
    """Return one verdict as in the schema (the claim id is implied by its claim)."""
    tolerance = verdict.tolerance
    return {
        "status": verdict.status.value,
        "reading": verdict.reading,
        "recorded": number(verdict.recorded),
        "recorded_min": number(verdict.recorded_min),
        "recorded_max": number(verdict.recorded_max),
        "observed": _period(verdict.observed),
        "deviation": number(verdict.deviation),
        "deviation_unit": verdict.deviation_unit,
        "tolerance": None
        if tolerance is None
        else {
            "lower": number(tolerance.lower),
            "upper": number(tolerance.upper),
            "rule": tolerance.rule,
        },
        "publisher": verdict.publisher,
        "series": verdict.series,
        "url": verdict.url,
        "api_url": verdict.api_url,
        "data_mode": None if verdict.data_mode is None else verdict.data_mode.value,
        "retrieved_at": None if verdict.retrieved_at is None else verdict.retrieved_at.isoformat(),
        "vintage": verdict.vintage,
        "alternatives": [
            {"reading": alt.reading, "recorded": number(alt.recorded)}
            for alt in verdict.alternatives
        ],
        "checks": [
            {
                "kind": check.kind.value,
                "status": check.status.value,
                "recorded": number(check.recorded),
                "reason": check.reason,
            }
            for check in verdict.checks
        ],
        "reason": verdict.reason,
    }


def status_counts(verdicts: Sequence[Verdict | None]) -> dict[str, int]:
    """Count claims by status; ``unchecked`` counts claims without a verdict."""
    counts = {"total": len(verdicts)} | {status.value: 0 for status in VerdictStatus}
    counts["unchecked"] = 0
    for verdict in verdicts:
        counts["unchecked" if verdict is None else verdict.status.value] += 1
    return counts


def result_to_dict(result: CheckResult) -> JsonDict:
    """Return the ``check`` output of a result as a JSON-ready dict (schema 1.0)."""
    claims = []
    for claim, verdict in zip(result.claims, result.verdicts, strict=True):
        claims.append(
            claim_dict(claim) | {"verdict": None if verdict is None else verdict_dict(verdict)}
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "econcheck_version": econcheck_version(),
        "published": result.published.isoformat(),
        "data_mode": None if result.data_mode is None else result.data_mode.value,
        "snapshot_as_of": _iso(result.snapshot_as_of),
        "summary": status_counts(result.verdicts),
        "claims": claims,
    }


def claims_to_dict(claims: Sequence[Claim], published: dt.date) -> JsonDict:
    """Return the ``extract`` output: the same layout with every verdict null."""
    result = CheckResult(published=published, claims=tuple(claims), verdicts=(None,) * len(claims))
    return result_to_dict(result)


def read_claims_json(text: str) -> tuple[dt.date, list[Claim]]:
    """Parse ``extract`` output (possibly edited by hand) back into claims, keeping their ids.

    Verdicts in the input are ignored. Raises InputError naming the first bad field.
    """
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        msg = f"claims file is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        raise InputError(msg) from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("claims"), list):
        msg = "claims file must be the JSON written by `econcheck extract --format json`"
        raise InputError(msg)
    published = _date(data, "published", "top level")
    claims = [_claim(item, published, index) for index, item in enumerate(data["claims"])]
    return published, claims


def _claim(item: object, published: dt.date, index: int) -> Claim:
    where = f"claims[{index}]"
    if not isinstance(item, Mapping):
        msg = f"{where} must be an object"
        raise InputError(msg)
    try:
        period = item["period"]
        claim = Claim(
            id=str(item["id"]),
            sentence=str(item["sentence"]),
            surface=str(item["surface"]),
            start=int(item["start"]),
            end=int(item["end"]),
            indicator=Indicator(item["indicator"]),
            value=_decimal(item["value"]),
            value_text=str(item["value_text"]),
            unit=str(item["unit"]),
            period=Period(start=_date(period, "start", where), end=_date(period, "end", where)),
            published=published,
        )
        return replace(claim, **_optional_fields(item, where))
    except (AttributeError, KeyError, TypeError, ValueError, InvalidOperation) as exc:
        msg = f"{where} in the claims file is invalid: {exc!r}"
        raise InputError(msg) from exc


def _optional_fields(item: Mapping[str, Any], where: str) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "measure": Measure(item.get("measure", "unspecified")),
        "horizon": Horizon(item.get("horizon", "actual")),
        "qualifier": Qualifier(item.get("qualifier", "exact")),
        "hedged": bool(item.get("hedged", False)),
        "measure_stated": bool(item.get("measure_stated", True)),
        "earlier_forecast": bool(item.get("earlier_forecast", False)),
    }
    enums: tuple[tuple[str, type[Basket] | type[Superlative]], ...] = (
        ("basket", Basket),
        ("superlative", Superlative),
    )
    for name, enum in enums:
        fields[name] = None if item.get(name) is None else enum(item[name])
    for name in ("country", "base", "quote", "forecaster", "attributed_to"):
        fields[name] = None if item.get(name) is None else str(item[name])
    fields["value_max"] = None if item.get("value_max") is None else _decimal(item["value_max"])
    since = item.get("superlative_since")
    fields["superlative_since"] = None if since is None else _date(item, "superlative_since", where)
    change = item.get("change")
    if change is not None:
        fields["change"] = Change(
            value=_decimal(change["value"]),
            unit=ChangeUnit(change["unit"]),
            from_value=None if change.get("from") is None else _decimal(change["from"]),
        )
    return fields


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        msg = f"expected a number, got {value!r}"
        raise ValueError(msg)
    return Decimal(value)


def _date(data: Mapping[str, Any], name: str, where: str) -> dt.date:
    value = data.get(name)
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        msg = f"{where}: {name!r} must be an ISO date YYYY-MM-DD, got {value!r}"
        raise InputError(msg) from exc
