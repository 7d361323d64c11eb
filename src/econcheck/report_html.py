"""One self-contained HTML report (charts embedded as data URIs, everything escaped); pure."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from html import escape

from econcheck.claimreview import claim_review
from econcheck.models import CheckResult, Claim, Verdict
from econcheck.report_text import (
    STATUS_COLOURS,
    citation,
    format_claimed,
    format_deviation,
    format_observed,
    format_period,
    format_recorded,
    format_tolerance,
    format_value,
    is_safe_url,
    snapshot_notice,
    status_word,
    summary_line,
)
from econcheck.serialize import econcheck_version

_CSS = """
body { font: 16px/1.5 system-ui, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 860px; margin: 0 auto; padding: 1.5rem; }
h1 { margin-bottom: 0.2rem; }
.meta, .notice { color: #444; }
.summary { font-weight: 600; font-size: 1.1rem; }
article { border-top: 1px solid #ccc; padding-top: 0.5rem; margin-top: 1.5rem; }
.badge { display: inline-block; padding: 0 0.5em; border-radius: 0.3em; color: #000;
         font-size: 0.9rem; font-weight: 700; text-transform: uppercase; vertical-align: middle; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 4px solid #bbb; color: #333; }
mark { background: #fde9a9; }
dl { display: grid; grid-template-columns: 11rem 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
img { max-width: 100%; height: auto; }
code { font-size: 0.85rem; overflow-wrap: anywhere; }
"""

# Nothing outside the file may load: images are data URIs, styles are inline.
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def image_data_uri(image: bytes) -> str:
    """Return a ``data:`` URI for PNG or SVG bytes (SVG detected by its text start)."""
    head = image[:256].lstrip()
    is_svg = head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in image[:2048])
    mime = "image/svg+xml" if is_svg else "image/png"
    return f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"


def json_for_script(data: object) -> str:
    """Return JSON that cannot end a ``<script>`` element early (``<``, ``>``, ``&`` escaped)."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _badge(status: str) -> str:
    colour = STATUS_COLOURS.get(status, "#999999")
    return f'<span class="badge" style="background:{colour}">{escape(status)}</span>'


def _sentence(claim: Claim) -> str:
    sentence = " ".join(claim.sentence.split())
    surface = " ".join(claim.surface.split())
    head, found, tail = sentence.partition(surface)
    if not found or not surface:
        return escape(sentence)
    return f"{escape(head)}<mark>{escape(surface)}</mark>{escape(tail)}"


def _link(url: str | None, text: str) -> str:
    if not is_safe_url(url):
        return escape(text)
    return f'<a href="{escape(str(url))}">{escape(text or str(url))}</a>'


def _rows(claim: Claim, verdict: Verdict | None) -> list[tuple[str, str]]:
    rows = [("Claimed", escape(f"{format_claimed(claim)} ({format_period(claim)})"))]
    if claim.attributed_to:
        rows.insert(0, ("Attributed to", escape(claim.attributed_to)))
    if verdict is None:
        return rows
    observed = format_observed(verdict)
    recorded = format_recorded(verdict, claim.unit) + (f" on {observed}" if observed else "")
    rows += [("Verdict", escape(verdict.reason)), ("Recorded", escape(recorded))]
    optional = (
        ("Deviation", format_deviation(verdict)),
        ("Tolerance", format_tolerance(verdict, claim.unit)),
        ("Reading", verdict.reading or ""),
        (
            "Other readings",
            "; ".join(
                f"{a.reading}: {format_value(a.recorded, claim.unit)}" for a in verdict.alternatives
            ),
        ),
    )
    rows += [(name, escape(text)) for name, text in optional if text]
    source = citation(verdict)
    if source or verdict.url:
        rows.append(("Source", _link(verdict.url, source)))
    if verdict.api_url:
        rows.append(("Data request", f"<code>{escape(verdict.api_url)}</code>"))
    return rows


def _checks_table(verdict: Verdict | None) -> str:
    if verdict is None or not verdict.checks:
        return ""
    body = "".join(
        f"<tr><td>{escape(check.kind.value)}</td><td>{_badge(check.status.value)}</td>"
        f"<td>{escape(format_value(check.recorded, ''))}</td><td>{escape(check.reason)}</td></tr>"
        for check in verdict.checks
    )
    head = "<tr><th>Check</th><th>Status</th><th>Recorded</th><th>Reason</th></tr>"
    return f'<table class="checks">{head}{body}</table>'


def _article(index: int, claim: Claim, verdict: Verdict | None, image: bytes | None) -> str:
    status = status_word(verdict)
    rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in _rows(claim, verdict))
    figure = ""
    if image is not None:
        alt = escape(f"Chart: {claim.surface}")
        figure = f'<figure><img src="{image_data_uri(image)}" alt="{alt}"></figure>'
    return (
        f'<article id="claim-{escape(claim.id)}" class="claim status-{escape(status)}">'
        f"<h2>{_badge(status)} {index}. {escape(claim.surface)}</h2>"
        f"<blockquote>{_sentence(claim)}</blockquote>"
        f"<dl>{rows}</dl>{_checks_table(verdict)}{figure}</article>"
    )


def render_html(result: CheckResult, images: Mapping[str, bytes] | None = None) -> str:
    """Return a single self-contained HTML report that opens offline in any browser.

    ``images`` maps a claim id (and ``summary``) to PNG or SVG bytes, embedded as data URIs.
    Every claim's ClaimReview is embedded as JSON-LD.
    """
    images = images or {}
    pairs = list(zip(result.claims, result.verdicts, strict=True))
    reviews = [
        claim_review(claim, verdict, result.published) for claim, verdict in pairs if verdict
    ]
    title = f"econcheck report: article published {result.published.isoformat()}"
    # the pipeline's notes say why data came from the snapshot; else say that it did
    notice = "" if result.notes else snapshot_notice(result)
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style>",
        f'<script type="application/ld+json">{json_for_script(reviews)}</script>',
        "</head><body><main><h1>econcheck report</h1>",
        f'<p class="meta">Article published {result.published.isoformat()}; '
        f"checked with econcheck {escape(econcheck_version())}.</p>",
        f'<p class="summary">{escape(summary_line(result))}</p>',
        f'<p class="notice">{escape(notice)}</p>' if notice else "",
        "".join(f'<p class="notice">{escape(note)}</p>' for note in result.notes),
    ]
    if "summary" in images:
        uri = image_data_uri(images["summary"])
        parts.append(f'<figure><img src="{uri}" alt="Claimed and recorded values"></figure>')
    parts += [
        _article(index, claim, verdict, images.get(claim.id))
        for index, (claim, verdict) in enumerate(pairs, 1)
    ]
    parts.append("</main></body></html>\n")
    return "\n".join(part for part in parts if part)
