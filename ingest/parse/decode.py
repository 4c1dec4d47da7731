"""Bytes to text when the declared charset is missing or wrong."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``, trusting a declared charset only when it decodes cleanly.

    Order: BOM, declared charset, UTF-8, then charset-normalizer's best guess.
    Never raises: the last resort replaces undecodable bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            text = data.decode(_normalise_charset(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
        # A declared latin-1 family charset decodes anything; only accept it
        # when the bytes are not really UTF-8 (caught above on the utf-8 pass
        # for undeclared input) and contain no C1 control characters, the
        # fingerprint of mislabelled cp1252 or UTF-8.
        if encoding.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            if _looks_like_utf8(data):
                return data.decode("utf-8")
            if any(0x80 <= ord(c) <= 0x9F for c in text):
                return data.decode("cp1252", errors="replace")
        return text
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def _normalise_charset(name: str) -> str:
    name = name.strip().strip('"').lower()
    aliases = {"utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unknown": "utf-8", "ansi_x3.4-1968": "ascii"}
    return aliases.get(name, name)


def _looks_like_utf8(data: bytes) -> bool:
    if not any(b >= 0x80 for b in data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
