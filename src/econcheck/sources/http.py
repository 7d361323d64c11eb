"""The only module that imports httpx: the client factory, sending with retries, error translation.

Transient failures (timeouts, connection errors, a dropped connection, 429, 5xx) are retried
at most ``settings.retries`` times with exponential back-off from ``settings.backoff_s``; a
``Retry-After`` header is honoured, capped at ``settings.timeout_s``. Every other outcome is
final. httpx exceptions become ``SourceError`` subclasses in one place, ``translate_errors``,
whose messages name the source, the series and the redacted URL.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import logging
import ssl
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from econcheck import __version__
from econcheck.errors import ResponseFormatError, SeriesNotFound, SourceUnavailable
from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec
from econcheck.sources.urls import full_url, redacted_url

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_BACKOFF_S = 30.0
_NOT_FOUND = frozenset({400, 404, 410})


@dataclass(frozen=True, slots=True, kw_only=True)
class HttpResult:
    """A complete answer: body, status, headers (lower-case names) and the redacted URL."""

    content: bytes
    status: int
    headers: Mapping[str, str]
    url: str

    @property
    def content_type(self) -> str:
        """Return the Content-Type header, or '' when absent."""
        return self.headers.get("content-type", "")


class NetworkState:
    """Per-run flag: once the run's first connection fails, later requests fail at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._has_connected = False
        self._is_down = False

    @property
    def is_down(self) -> bool:
        """Return True when the network was marked down earlier in this run."""
        with self._lock:
            return self._is_down

    def record_connection(self) -> None:
        """Note that a connection succeeded: later failures are the host's, not the network's."""
        with self._lock:
            self._has_connected = True

    def record_connect_failure(self) -> None:
        """Mark the network down if no connection of this run has succeeded yet."""
        with self._lock:
            if not self._has_connected:
                self._is_down = True


@dataclass(frozen=True, slots=True)
class _Target:
    """What a request is for, to name in messages."""

    source_id: str
    series: str
    url: str

    @property
    def where(self) -> str:
        return f"{self.source_id} {self.series} ({self.url})"


class _RetryableStatus(Exception):
    """A 429 or 5xx answer, retried like a network failure."""

    def __init__(self, status: int, retry_after_s: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after_s = retry_after_s


class _FinalStatus(Exception):
    """A 4xx answer (other than 429): not retried."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.detail = detail


def user_agent() -> str:
    """Return the User-Agent sent with every request."""
    return f"econcheck/{__version__} (+https://github.com/econcheck/econcheck)"


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Building a context loads the CA bundle (~40 ms); one per process serves every client.
    return httpx.create_ssl_context()


def make_client(settings: Settings, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """Return the one kind of client econcheck uses (timeout, User-Agent, redirects)."""
    return httpx.Client(
        verify=_tls_context(),
        timeout=httpx.Timeout(settings.timeout_s),
        headers={"User-Agent": user_agent()},
        follow_redirects=True,
        transport=transport,
        limits=httpx.Limits(max_connections=max(settings.max_concurrency, 1) * 2),
    )


def send(
    client: httpx.Client,
    spec: RequestSpec,
    *,
    settings: Settings,
    source_id: str,
    series: str,
    network: NetworkState | None = None,
) -> HttpResult:
    """Send ``spec`` with retries; return the answer (2xx or 304).

    Raises:
        SourceUnavailable: network failure, timeout, 429/5xx after retries, or network down.
        SeriesNotFound: the publisher answered 400, 404 or 410.
        ResponseFormatError: the body was larger than ``MAX_BODY_BYTES``.
    """
    network = network or NetworkState()
    target = _Target(source_id, series, redacted_url(spec))
    retrying = Retrying(
        stop=stop_after_attempt(settings.retries + 1),
        wait=_wait_for(settings),
        retry=retry_if_exception(_is_transient),
        reraise=True,
    )
    with translate_errors(
        source_id=source_id, series=series, url=target.url, settings=settings, network=network
    ):
        for attempt in retrying:
            with attempt:
                result = _attempt(client, spec, network=network, target=target)
    return result


def _attempt(
    client: httpx.Client, spec: RequestSpec, *, network: NetworkState, target: _Target
) -> HttpResult:
    if network.is_down:
        msg = (
            f"{target.where}: not attempted, the network is down "
            "(the first connection of this run failed)"
        )
        raise SourceUnavailable(msg, source_id=target.source_id, url=target.url)
    request = client.build_request(
        spec.method, full_url(spec), headers=dict(spec.headers), content=spec.body
    )
    log.debug("%s %s", spec.method, target.where)
    response = client.send(request, stream=True)
    try:
        network.record_connection()
        body = _read_body(response, target)
    finally:
        response.close()
    status = response.status_code
    if status == 429 or status >= 500:
        raise _RetryableStatus(status, parse_retry_after(response.headers.get("retry-after")))
    if status >= 400:
        raise _FinalStatus(status, _snippet(body))
    headers = {key.lower(): value for key, value in response.headers.items()}
    return HttpResult(content=body, status=status, headers=headers, url=target.url)


def _read_body(response: httpx.Response, target: _Target) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            msg = f"{target.where}: the answer is larger than {MAX_BODY_BYTES // 2**20} MB; refused"
            raise ResponseFormatError(msg, source_id=target.source_id, url=target.url)
        chunks.append(chunk)
    return b"".join(chunks)


def _is_transient(exc: BaseException) -> bool:
    transient = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
    return isinstance(exc, (*transient, _RetryableStatus))


def _wait_for(settings: Settings) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        if isinstance(exc, _RetryableStatus) and exc.retry_after_s is not None:
            return min(exc.retry_after_s, settings.timeout_s)
        return float(min(settings.backoff_s * 2 ** (state.attempt_number - 1), MAX_BACKOFF_S))

    return wait


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Return the seconds a Retry-After header asks for (delta-seconds or HTTP date).

    >>> parse_retry_after("3"), parse_retry_after("0.5")
    (3.0, 0.5)
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT",
    ...                   now=dt.datetime(2015, 10, 21, 7, 28, tzinfo=dt.UTC))
    5.0
    >>> parse_retry_after("soon") is None
    True
    """
    if value is None:
        return None
    text = value.strip()
    try:
        return max(float(text), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    now = now or dt.datetime.now(dt.UTC)
    return max((when - now).total_seconds(), 0.0)


def _snippet(body: bytes) -> str:
    text = body[:200].decode("utf-8", errors="replace")
    return " ".join(text.split())[:120]


@contextmanager
def translate_errors(
    *, source_id: str, series: str, url: str, settings: Settings, network: NetworkState
) -> Iterator[None]:
    """Turn httpx exceptions (and final HTTP statuses) into SourceError subclasses, once."""
    where = _Target(source_id, series, url).where
    attempts = settings.retries + 1
    later = "try again later, or pass --offline to use the cache and the snapshot"
    try:
        yield
    except _RetryableStatus as exc:
        msg = f"{where}: HTTP {exc.status} after {attempts} attempt(s); {later}"
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc
    except _FinalStatus as exc:
        msg = f"{where}: HTTP {exc.status} ({exc.detail or 'no detail'})"
        if exc.status in _NOT_FOUND:
            msg += "; check the series code (econcheck sources lists the known ones)"
            raise SeriesNotFound(msg, source_id=source_id, url=url) from exc
        msg += f"; {later}"
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        network.record_connect_failure()
        msg = f"{where}: could not connect ({exc}) after {attempts} attempt(s); {later}"
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc
    except httpx.TimeoutException as exc:
        msg = (
            f"{where}: no answer within {settings.timeout_s:g} s after {attempts} attempt(s); "
            f"raise ECONCHECK_TIMEOUT_S or {later}"
        )
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc
    except httpx.DecodingError as exc:
        msg = f"{where}: the answer could not be decoded ({exc}); the publisher sent corrupt data"
        raise ResponseFormatError(msg, source_id=source_id, url=url) from exc
    except httpx.TooManyRedirects as exc:
        msg = f"{where}: too many redirects; the publisher's address may have changed"
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        msg = f"{where}: {type(exc).__name__}: {exc}; {later}"
        raise SourceUnavailable(msg, source_id=source_id, url=url) from exc


# The types callers hold without importing httpx themselves.
Client = httpx.Client
Transport = httpx.BaseTransport
