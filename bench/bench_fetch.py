"""Fetch concurrency against a loopback server that answers every request after 100 ms.

Measures, for a check needing 10 distinct series (CBR, ECB, FRED and IMF vintages):

1. sequential ``fetch`` calls vs one ``fetch_many`` (expect at least 4x faster);
2. a repeated ``fetch_many`` on the warm cache (expect zero requests);
3. requests sent for 14 requests holding 4 duplicates (expect 10, the distinct series).

Run: ``python bench/bench_fetch.py`` (add ``--write-docs`` to update docs/benchmarks.md).
Nothing leaves 127.0.0.1: every source's base URL points at the local server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from docsection import replace_section

from econcheck.errors import SourceError
from econcheck.models import FetchedSeries, SeriesRequest
from econcheck.settings import Settings
from econcheck.sources.fetch import fetch, fetch_many
from econcheck.sources.http import make_client

LATENCY_S = 0.100
DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
START, END = "<!-- bench_fetch:start -->", "<!-- bench_fetch:end -->"
WINDOW = {"start": dt.date(2024, 10, 1), "end": dt.date(2024, 11, 5)}
SERIES = [
    SeriesRequest(source="CBR", series="R01235", **WINDOW),
    SeriesRequest(source="CBR", series="R01239", **WINDOW),
    SeriesRequest(source="CBR", series="R01375", **WINDOW),
    SeriesRequest(source="CBR", series="KEY_RATE", **WINDOW),
    SeriesRequest(source="ECB", series="EXR/D.USD.EUR.SP00.A", **WINDOW),
    SeriesRequest(source="ECB", series="FM/B.U2.EUR.4F.KR.DFR.LEV", **WINDOW),
    SeriesRequest(source="FRED", series="DFEDTARU", **WINDOW),
    SeriesRequest(source="FRED", series="CPIAUCNS", **WINDOW),
    SeriesRequest(source="IMF", series="WEO:2024-10/RUS.NGDP_RPCH"),
    SeriesRequest(source="IMF", series="WEO:2024-04/RUS.NGDP_RPCH"),
]


def _cbr_dynamic(code: str) -> bytes:
    records = "".join(
        f'<Record Date="{day:02d}.10.2024" Id="{code}"><Nominal>1</Nominal>'
        f"<Value>{f'{95 + day / 10:.4f}'.replace('.', ',')}</Value></Record>"
        for day in range(1, 29)
    )
    text = f'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="{code}">{records}</ValCurs>'
    return text.encode("cp1251")


def _answer(path: str, query: dict[str, list[str]]) -> tuple[bytes, str]:
    if path.endswith("XML_dynamic.asp"):
        return _cbr_dynamic(query["VAL_NM_RQ"][0]), "application/xml; charset=windows-1251"
    if path.endswith("DailyInfo.asmx"):
        rows = "".join(
            f"<KR><DT>2024-10-{d:02d}T00:00:00+03:00</DT><Rate>19.00</Rate></KR>"
            for d in range(1, 29)
        )
        body = (
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
            '<KeyRateXMLResponse xmlns="http://web.cbr.ru/"><KeyRateXMLResult>'
            f'<KeyRate xmlns="">{rows}</KeyRate></KeyRateXMLResult></KeyRateXMLResponse>'
            "</soap:Body></soap:Envelope>"
        )
        return body.encode(), "text/xml; charset=utf-8"
    if path.startswith("/service/data/"):
        rows = "".join(f"K,2024-10-{d:02d},{1.08 + d / 1000:.4f}\n" for d in range(1, 29))
        return f"KEY,TIME_PERIOD,OBS_VALUE\n{rows}".encode(), "text/csv"
    if path.endswith("fredgraph.csv"):
        series = query["id"][0]
        rows = "".join(f"2024-10-{d:02d},{5 - d / 100:.2f}\n" for d in range(1, 29))
        return f"observation_date,{series}\n{rows}".encode(), "text/csv"
    match = re.search(r"/WEO:([\d-]+)/(\w+)\.(\w+)$", path)
    if match:
        doc = {"dimensions": {"weo-country": match[2], "weo-subject": match[3]},
               "period": ["2024", "2025"], "value": [3.6, 1.3]}  # fmt: skip
        return json.dumps({"series": {"docs": [doc], "num_found": 1}}).encode(), "application/json"
    return b"not found", "text/plain"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # the default (5) drops bursts of connects: a 1 s SYN retry

    def __init__(self, counter: Any) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.counter = counter


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _serve(self) -> None:
        with self.server.counter.get_lock():
            self.server.counter.value += 1
        if self.command == "POST":
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
        time.sleep(LATENCY_S)
        url = urlsplit(self.path)
        body, content_type = _answer(url.path, parse_qs(url.query))
        self.send_response(200 if body != b"not found" else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _serve
    do_POST = _serve

    def log_message(self, format: str, *args: object) -> None:
        """Keep the benchmark's output clean."""


def _serve_forever(counter: Any, ports: Any) -> None:
    server = _Server(counter)
    ports.put(server.server_address[1])
    server.serve_forever()


class LoopbackPublisher:
    """The server, in its own process so that it does not compete with the client for the GIL."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._counter = context.Value("i", 0)
        ports = context.Queue()
        self._process = context.Process(
            target=_serve_forever, args=(self._counter, ports), daemon=True
        )
        self._process.start()
        self.base_url = f"http://127.0.0.1:{ports.get(timeout=30)}"

    @property
    def count(self) -> int:
        """Return the number of requests answered since the last reset."""
        return int(self._counter.value)

    def reset(self) -> None:
        """Start counting requests from zero."""
        with self._counter.get_lock():
            self._counter.value = 0

    def stop(self) -> None:
        """Stop the server process."""
        self._process.terminate()
        self._process.join()


def _settings(base: str, data_dir: Path) -> Settings:
    hosts = ("CBR", "ECB", "FRED", "DBNOMICS", "IMF", "IMF_SDMX")
    return Settings(data_dir=data_dir, retries=0, base_urls=dict.fromkeys(hosts, base))


def _median_time(run: Callable[[Path], object], repeats: int) -> float:
    """Return the median wall time of ``run`` over fresh (cold) cache folders."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            run(Path(folder))
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(repeats: int = 5) -> dict[str, Any]:
    """Run the measurements against a fresh loopback server; return the figures."""
    server = LoopbackPublisher()
    base = server.base_url
    settings = _settings(base, Path("unused"))
    fetch_many(SERIES[:1], settings=_settings(base, Path(tempfile.mkdtemp())))  # warm imports

    def sequential(folder: Path) -> None:
        with make_client(settings) as client:  # one client, as fetch_many has
            for request in SERIES:
                fetch(request, settings=settings.replace(data_dir=folder), client=client)

    def concurrent(folder: Path) -> None:
        fetch_many(SERIES, settings=settings.replace(data_dir=folder))

    figures: dict[str, Any] = {
        "series": len(SERIES),
        "max_concurrency": settings.max_concurrency,
        "repeats": repeats,
        "sequential_s": _median_time(sequential, repeats),
        "concurrent_s": _median_time(concurrent, repeats),
    }
    figures["speedup"] = figures["sequential_s"] / figures["concurrent_s"]
    with tempfile.TemporaryDirectory() as folder:
        warm = settings.replace(data_dir=Path(folder))
        server.reset()
        fetch_many(SERIES, settings=warm)
        figures["cold_requests"] = server.count
        server.reset()
        started = time.perf_counter()
        results = fetch_many(SERIES, settings=warm)
        figures["repeat_s"] = time.perf_counter() - started
        figures["repeat_requests"] = server.count
        figures["repeat_modes"] = ",".join(sorted({str(_mode(r)) for r in results.values()}))
    with tempfile.TemporaryDirectory() as folder:
        server.reset()
        duplicated = [*SERIES, *SERIES[:4]]
        fetch_many(duplicated, settings=settings.replace(data_dir=Path(folder)))
        figures["duplicated_requests_asked"] = len(duplicated)
        figures["duplicated_requests_sent"] = server.count
    server.stop()
    return figures


def _mode(result: FetchedSeries | SourceError) -> str:
    return str(result.data_mode) if isinstance(result, FetchedSeries) else f"error: {result}"


def render(figures: dict[str, Any]) -> str:
    """Return the figures as the Markdown section of docs/benchmarks.md."""
    rounds = math.ceil(figures["series"] / max(figures["max_concurrency"], 1))
    return "\n".join(
        [
            START,
            f"Loopback server on 127.0.0.1 answering every request after {LATENCY_S * 1000:.0f} ms;"
            f" a check needing {figures['series']} distinct series (CBR rates and key rate, ECB,"
            f" FRED, IMF WEO vintages), default `max_concurrency` = {figures['max_concurrency']};"
            f" times are medians of {figures['repeats']} runs, each on an empty cache.",
            "",
            "| measurement | result |",
            "|---|---|",
            f"| sequential `fetch`, cold cache | {figures['sequential_s']:.3f} s |",
            f"| `fetch_many`, cold cache | {figures['concurrent_s']:.3f} s "
            f"({figures['cold_requests']} requests) |",
            f"| speed-up | {figures['speedup']:.1f}x (target >= 4x) |",
            f"| repeated `fetch_many`, warm cache | {figures['repeat_s']:.3f} s, "
            f"{figures['repeat_requests']} requests (data_mode {figures['repeat_modes']}) |",
            f"| {figures['duplicated_requests_asked']} requests holding 4 duplicates | "
            f"{figures['duplicated_requests_sent']} requests sent |",
            "",
            f"With this bound the {figures['series']} requests go out in {rounds} rounds, so the"
            f" best possible speed-up is {figures['series'] / rounds:.0f}x; the remainder is"
            " parsing, validation and cache writes. Measured on a 2-CPU machine shared with other"
            " jobs; expect noise of a few tenths.",
            "",
            "Reproduce: `python bench/bench_fetch.py --write-docs`.",
            END,
        ]
    )


def write_docs(section: str) -> None:
    """Replace the bench_fetch section of docs/benchmarks.md (or append it)."""
    replace_section(
        DOCS,
        start=START,
        end=END,
        title="## Fetch concurrency (bench/bench_fetch.py)",
        section=section,
    )


def main() -> int:
    """Print the figures; with --write-docs also update docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    figures = measure()
    section = render(figures)
    print(section)
    if args.write_docs:
        write_docs(section)
    ok = (
        figures["speedup"] >= 4
        and figures["repeat_requests"] == 0
        and figures["duplicated_requests_sent"] == figures["series"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
