"""Article bytes to text: the checks every input gets before extraction; pure."""

from __future__ import annotations

import contextlib

from econcheck.errors import InputError


def decode_text(data: bytes, name: str) -> str:
    r"""Return article text from bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM.

    >>> decode_text("\ufeffRouble at 97".encode(), "a.txt")
    'Rouble at 97'
    >>> decode_text(b"  \n", "a.txt")
    Traceback (most recent call last):
    econcheck.errors.InputError: a.txt is empty: give a text file with the article

    Raises:
        InputError: empty, binary (NUL bytes) or undecodable input.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        with contextlib.suppress(UnicodeDecodeError):
            data = data.decode("utf-16").encode("utf-8")
    if not data.strip():
        msg = f"{name} is empty: give a text file with the article"
        raise InputError(msg)
    if b"\x00" in data:
        msg = f"{name} looks like a binary file (it contains NUL bytes): give a UTF-8 text file"
        raise InputError(msg)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = (
            f"{name} is not UTF-8 text (undecodable byte at offset {exc.start}): "
            "convert it first, e.g. iconv -f windows-1251 -t utf-8"
        )
        raise InputError(msg) from exc
    if not text.strip():
        msg = f"{name} is empty: give a text file with the article"
        raise InputError(msg)
    return text
