"""ClaimReview (schema.org) JSON-LD for one checked claim, for fact-checking sites; pure.

See https://schema.org/ClaimReview and Google's fact-check markup guidelines
(https://developers.google.com/search/docs/appearance/structured-data/factcheck).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from econcheck.models import Claim, Verdict, VerdictStatus
from econcheck.report_text import is_safe_url

JsonDict = dict[str, Any]

#: Rating on a 1 (worst) to 5 (best) scale and its words; unverifiable and error get no number.
RATINGS: dict[VerdictStatus, tuple[int | None, str]] = {
    VerdictStatus.MATCH: (5, "Accurate: matches the official figure"),
    VerdictStatus.CLOSE: (4, "Close to the official figure"),
    VerdictStatus.CONTRADICTED: (1, "Contradicted by the official figure"),
    VerdictStatus.UNVERIFIABLE: (None, "Unverifiable with official data"),
    VerdictStatus.ERROR: (None, "Not checked: the data source failed"),
}


def claim_review(
    claim: Claim,
    verdict: Verdict | None,
    published: dt.date,
    *,
    article_url: str | None = None,
    reviewed_on: dt.date | None = None,
) -> JsonDict:
    """Return a ClaimReview JSON-LD object for one claim (no rating when ``verdict`` is None)."""
    item: JsonDict = {"@type": "Claim", "datePublished": published.isoformat()}
    if claim.attributed_to:
        # Who "made" a claim in an article may be a person, a body or a document.
        item["author"] = {"@type": "Thing", "name": claim.attributed_to}
    if is_safe_url(article_url):
        item["appearance"] = {"@type": "CreativeWork", "url": article_url}
    review: JsonDict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": " ".join(claim.sentence.split()),
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "econcheck"},
    }
    if reviewed_on is not None:
        review["datePublished"] = reviewed_on.isoformat()
    if verdict is None:
        return review
    review["reviewBody"] = verdict.reason
    review["reviewRating"] = _rating(verdict.status)
    dataset = _dataset(verdict)
    if dataset:
        review["citation"] = [dataset]
    return review


def _rating(status: VerdictStatus) -> JsonDict:
    value, words = RATINGS[status]
    rating: JsonDict = {"@type": "Rating", "alternateName": words}
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": 5, "worstRating": 1}
    return rating


def _dataset(verdict: Verdict) -> JsonDict:
    if not (verdict.series or verdict.publisher):
        return {}
    dataset: JsonDict = {"@type": "Dataset", "name": verdict.series or verdict.publisher}
    if verdict.publisher:
        dataset["publisher"] = {"@type": "Organization", "name": verdict.publisher}
    if is_safe_url(verdict.url):
        dataset["url"] = verdict.url
    if verdict.vintage:
        dataset["version"] = verdict.vintage
    return dataset
