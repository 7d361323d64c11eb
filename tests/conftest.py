"""Fixtures every test shares: no test reaches a host other than this machine.

Tests marked ``network`` talk to the real publishers; they are skipped unless
``ECONCHECK_LIVE=1`` and only they may connect beyond the loopback interface.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

import pytest

IS_LIVE = os.environ.get("ECONCHECK_LIVE") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``network`` tests unless ECONCHECK_LIVE=1."""
    if IS_LIVE:
        return
    skip = pytest.mark.skip(reason="talks to the real publishers; set ECONCHECK_LIVE=1 to run")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)


def _is_local(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # a Unix socket path
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_real_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any connection (or name lookup) beyond the loopback interface fail at once."""
    if IS_LIVE and request.node.get_closest_marker("network") is not None:
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def refuse(address: Any) -> None:
        msg = f"tests may not connect to {address!r} (only 127.0.0.1); mark the test 'network'"
        raise ConnectionRefusedError(msg)

    def connect(self: socket.socket, address: Any) -> None:
        if not _is_local(address):
            refuse(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_local(address):
            refuse(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_local((host if isinstance(host, str) else host.decode(),)):
            refuse((host,))
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
