"""Repair mojibake: UTF-8 text that was decoded as Latin-1 / Windows-1252, once or twice.

Scraped news carries it: "PeÃ±a" for "Peña" (once), "PeÃ\\x83Â±a" (twice), sometimes
decomposed afterwards ("A" and a combining tilde for "Ã"). The parser
reads such a word as two or three odd tokens and the NER cuts the name at them. Only
sequences that are valid UTF-8 once read back as bytes are repaired: an accented letter
that stands alone ("Peña", "Ã" before a space) is left as it is.

:func:`repair_spans` says which original characters each repaired character stands for,
so that offsets into the original text survive the repair.
"""

from __future__ import annotations

import re
import unicodedata

# the one byte each Windows-1252 character in 0x80-0x9F stands for (the others are Latin-1)
_CP1252 = {ch: b for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))}
_CONT = "[\u0080-\u00bf" + "".join(re.escape(c) for c in _CP1252) + "]"
# one UTF-8 sequence of two, three or four bytes, each byte read as one character
_SEQ = re.compile(rf"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
_LEAD = re.compile(r"[\u00c2-\u00f4]")
_MARK = re.compile(r"[\u0300-\u036f]")  # a combining mark (decomposed text)


def _compose(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A letter and the combining mark after it as one character, where Unicode has one."""
    out: list[str] = []
    new: list[tuple[int, int]] = []
    for ch, span in zip(text, spans, strict=True):
        if out and _MARK.match(ch):
            both = unicodedata.normalize("NFC", out[-1] + ch)
            if len(both) == 1:
                out[-1] = both
                new[-1] = (new[-1][0], span[1])
                continue
        out.append(ch)
        new.append(span)
    return "".join(out), new


def _byte(ch: str) -> int:
    return _CP1252.get(ch, ord(ch))


def _decode(seq: str) -> str | None:
    try:
        out = bytes(_byte(c) for c in seq).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return None
    return out if len(out) == 1 else None


def repair_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The repaired text and, for each of its characters, the [start, end) of the
    original characters it stands for (one character for all but the repaired ones)."""
    spans = [(i, i + 1) for i in range(len(text))]
    if _MARK.search(text):
        text, spans = _compose(text, spans)
    if not _LEAD.search(text):
        return text, spans
    for _ in range(3):  # twice-encoded text needs two rounds
        out: list[str] = []
        new: list[tuple[int, int]] = []
        pos = 0
        for m in _SEQ.finditer(text):
            ch = _decode(m.group())
            if ch is None:
                continue
            out.append(text[pos : m.start()])
            new.extend(spans[pos : m.start()])
            out.append(ch)
            new.append((spans[m.start()][0], spans[m.end() - 1][1]))
            pos = m.end()
        if pos == 0:
            break
        out.append(text[pos:])
        new.extend(spans[pos:])
        text, spans = "".join(out), new
    return text, spans


def repair(text: str) -> str:
    """``text`` with its mojibake repaired ("PeÃ±a" -> "Peña")."""
    return repair_spans(text)[0] if _LEAD.search(text) or _MARK.search(text) else text
