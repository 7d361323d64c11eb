"""The HTTP layer: client defaults, retries on transient failures only, error translation."""

from __future__ import annotations

import time

import httpx
import pytest

from econcheck import __version__
from econcheck.errors import ResponseFormatError, SeriesNotFound, SourceUnavailable
from econcheck.settings import Settings
from econcheck.sources.base import RequestSpec
from econcheck.sources.http import NetworkState, make_client, send

SPEC = RequestSpec(method="GET", url="http://127.0.0.1:9/data", params={"id": "X"})


class Script:
    """A MockTransport handler answering from a list, recording every request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _send(script: Script, settings: Settings, spec: RequestSpec = SPEC, **kw: object) -> bytes:
    with make_client(settings, httpx.MockTransport(script)) as client:
        result = send(client, spec, settings=settings, source_id="FRED", series="X", **kw)  # type: ignore[arg-type]
    return result.content


def test_http_make_client_sends_user_agent_and_follows_redirects() -> None:
    """The client identifies econcheck and follows a redirect to the new address."""
    script = Script(
        httpx.Response(302, headers={"Location": "http://127.0.0.1:9/moved"}),
        httpx.Response(200, content=b"ok"),
    )
    assert _send(script, Settings(retries=0)) == b"ok"
    assert script.requests[0].headers["User-Agent"].startswith(f"econcheck/{__version__}")
    assert str(script.requests[1].url) == "http://127.0.0.1:9/moved"


def test_http_send_retries_server_error_then_succeeds() -> None:
    """A 500 is retried; the next 200 is returned."""
    script = Script(httpx.Response(500), httpx.Response(200, content=b"data"))
    assert _send(script, Settings(retries=2, backoff_s=0.001)) == b"data"
    assert len(script.requests) == 2


def test_http_send_gives_up_after_retries() -> None:
    """After retries + 1 attempts a 503 becomes SourceUnavailable naming source, series, URL."""
    script = Script(httpx.Response(503))
    with pytest.raises(SourceUnavailable) as info:
        _send(script, Settings(retries=2, backoff_s=0.001))
    assert len(script.requests) == 3
    message = str(info.value)
    assert "FRED X (http://127.0.0.1:9/data?id=X)" in message
    assert "HTTP 503 after 3 attempt(s)" in message
    assert info.value.url == "http://127.0.0.1:9/data?id=X"


def test_http_send_does_not_retry_not_found() -> None:
    """A 404 is final: SeriesNotFound after one attempt."""
    script = Script(httpx.Response(404, content=b"No results found"))
    with pytest.raises(SeriesNotFound, match="HTTP 404 \\(No results found\\)"):
        _send(script, Settings(retries=3, backoff_s=0.001))
    assert len(script.requests) == 1


def test_http_send_honours_retry_after() -> None:
    """A 429 waits the Retry-After seconds before trying again (not the tiny back-off)."""
    script = Script(httpx.Response(429, headers={"Retry-After": "0.4"}), httpx.Response(200))
    started = time.monotonic()
    _send(script, Settings(retries=1, backoff_s=0.001, timeout_s=5))
    assert time.monotonic() - started >= 0.4
    assert len(script.requests) == 2


def test_http_send_caps_retry_after_at_timeout() -> None:
    """A Retry-After longer than the timeout is cut to the timeout."""
    script = Script(httpx.Response(429, headers={"Retry-After": "120"}), httpx.Response(200))
    started = time.monotonic()
    _send(script, Settings(retries=1, backoff_s=0.001, timeout_s=0.3))
    assert 0.3 <= time.monotonic() - started < 5


def test_http_send_redacts_secret_params() -> None:
    """A secret parameter's value never appears in an error message."""
    spec = RequestSpec(
        method="GET",
        url="http://127.0.0.1:9/data",
        params={"api_key": "s3cret", "id": "X"},
        secret_params=frozenset({"api_key"}),
    )
    script = Script(httpx.Response(503))
    with pytest.raises(SourceUnavailable) as info:
        _send(script, Settings(retries=0), spec)
    assert "s3cret" not in str(info.value)
    assert "api_key=REDACTED" in str(info.value)
    assert script.requests[0].url.params["api_key"] == "s3cret"


def test_http_network_down_after_first_connection_fails() -> None:
    """When the run's first connection fails, the next request is not attempted."""
    network = NetworkState()
    script = Script(httpx.ConnectError("connection refused"))
    with pytest.raises(SourceUnavailable, match="could not connect"):
        _send(script, Settings(retries=0), network=network)
    with pytest.raises(SourceUnavailable, match="not attempted"):
        _send(script, Settings(retries=0), network=network)
    assert network.is_down
    assert len(script.requests) == 1


def test_http_network_stays_up_after_a_successful_connection() -> None:
    """A connect failure after a successful connection blames the host, not the network."""
    network = NetworkState()
    _send(Script(httpx.Response(200)), Settings(retries=0), network=network)
    with pytest.raises(SourceUnavailable):
        _send(Script(httpx.ConnectError("refused")), Settings(retries=0), network=network)
    assert not network.is_down


def test_http_send_timeout_is_source_unavailable() -> None:
    """A read timeout is retried, then reported with the timeout and the variable to raise it."""
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(SourceUnavailable, match="ECONCHECK_TIMEOUT_S"):
        _send(script, Settings(retries=1, backoff_s=0.001, timeout_s=2))
    assert len(script.requests) == 2


def test_http_send_corrupt_encoding_is_format_error() -> None:
    """A body that fails its Content-Encoding is a ResponseFormatError, not retried."""
    corrupt = httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
    )
    script = Script(corrupt)
    with pytest.raises(ResponseFormatError, match="could not be decoded"):
        _send(script, Settings(retries=2, backoff_s=0.001))
    assert len(script.requests) == 1
