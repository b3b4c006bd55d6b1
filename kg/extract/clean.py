"""Clean web artefacts out of article text while keeping a map back to the original offsets.

News text scraped from the web carries things a parser trips on: curly and angled quotes,
photo-credit lines ("Photo: NAME / AGENCY"), pull-quotes whose speaker name and title are
glued together ("Dmitry PeskovPress Secretary of the President of Russia"), stray control
characters and runs of blank space. :func:`clean` returns the cleaned text, a map from every
cleaned character to its original offset, and what it recognised on the way (captions,
pull-quotes, headings) so that extraction can use them rather than lose them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_QUOTE_MAP = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": " ",
    "\t": " ",
}

# "Photo: Ramil Sitdikov / RIA Novosti", "Photo: REUTERS/Gleb Garanich", "(Photo by X/AFP)"
_CAPTION = re.compile(
    # (a lower-case keyword only before "by" or a colon: "a photo and Clinton said, ..." in a
    # sentence is no credit)
    r"(?:^|(?<=[.\s(]))(?:(?-i:Photo|Photograph|Image|Picture|Credit|PHOTO|Фото)s?(?:\s+by)?\s*:?"
    r"|(?:photo|photograph|image|picture|credit)s?(?:\s+by|\s*:))\s+"
    r"(?P<credit>[^\n()]{2,120}?)\s*\)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A lower-case letter glued to a capitalised word: "PeskovPress". Guarded against names
# such as "McDonald" or "DeSantis" by asking for at least three lower-case letters first.
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_SENT_END = re.compile(r"""[.!?:;]["')\]]*\s*$""")


@dataclass(frozen=True)
class Caption:
    """A photo-credit line: who took it and for whom."""

    start: int  # cleaned-text offsets of the credit
    end: int
    credit: str


@dataclass(frozen=True)
class PullQuote:
    """A quote set apart from the body, followed by its speaker line."""

    quote_start: int
    quote_end: int
    name_start: int
    name_end: int
    title_start: int | None
    title_end: int | None


@dataclass
class Cleaned:
    text: str
    to_orig: list[int]  # len(text) + 1 entries: cleaned offset -> original offset
    captions: list[Caption] = field(default_factory=list)
    pull_quotes: list[PullQuote] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)  # line spans

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span [start, end)."""
        if end <= start:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1


# Characters that UTF-8 bytes become when read as Latin-1 or Windows-1252 (mojibake): a run
# of them that is valid UTF-8 again ("BasÃ¡Ã±ez", or twice over "BasÃ\x83Â¡...") is repaired.
_CP1252 = {chr(b).encode("latin-1").decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0xA0)}
_CP1252 = {ch: b for ch, b in _CP1252.items() if ch}
# (a text in decomposed form spells 'Ã' as 'A' and a combining tilde)
_MOJIBAKE = re.compile(
    "(?:[\u00c2-\u00f4]|[AEIOUaeiou][\u0300-\u036f])(?:["
    + "".join(re.escape(c) for c in _CP1252)
    + "\u0080-\u00ff]|[A-Za-z][\u0300-\u036f])+"
)


def _unmangle(run: str) -> str | None:
    """The text a mojibake run stood for (decoded as often as it decodes), or None."""
    out = unicodedata.normalize("NFC", run)
    for _ in range(3):
        try:
            raw = bytes(ord(c) if ord(c) < 256 else _CP1252[c] for c in out)
            fixed = raw.decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            break
        if fixed == out:
            break
        out = fixed
    return out if out != unicodedata.normalize("NFC", run) else None


def _repair_mojibake(text: str) -> tuple[str, list[int]]:
    """The text with mojibake runs repaired, and each character's original offset."""
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in _MOJIBAKE.finditer(text):
        fixed = _unmangle(m.group())
        if fixed is None:
            continue
        out.extend(text[pos : m.start()])
        idx.extend(range(pos, m.start()))
        n, k = m.end() - m.start(), len(fixed)
        out.extend(fixed)
        idx.extend(m.start() + (j * n) // k for j in range(k))
        pos = m.end()
    out.extend(text[pos:])
    idx.extend(range(pos, len(text)))
    return "".join(out), idx


def _normalise_chars(text: str) -> tuple[str, list[int]]:
    text, back = _repair_mojibake(text)
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        rep = _QUOTE_MAP.get(ch)
        if rep is None:
            cat = unicodedata.category(ch)
            if ch in "\n\r":
                rep = "\n" if ch == "\n" else ""
            elif cat in ("Cc", "Cf", "Cs", "Co"):
                rep = " "
            else:
                rep = ch
        elif ch == "\u201d" and i + 1 < len(text) and text[i + 1].isalpha():
            rep = '" '  # '...paranoia,”Clinton said': a closing mark glued to the next word
        elif ch == "\u201c" and i > 0 and text[i - 1] in ",:":
            rep = ' "'  # 'Ryan said,“Look, ...': an opening mark glued to the comma
        for c in rep:
            out.append(c)
            idx.append(back[i])
    idx.append(back[-1] + 1 if back else 0)
    return "".join(out), idx


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _is_heading(line: str, first: bool) -> bool:
    words = line.split()
    if not words or first:
        return False
    if len(words) > 10 or _SENT_END.search(line):
        return False
    if line.count('"') % 2:
        return False
    return line[0].isupper() or line[0] == '"'


_DATELINE = re.compile(r"(?m)^(?P<head>[A-Z][A-Z .'-]{2,40}?(?:\s*\([^)\n]*\))?,\s+[A-Z][a-z]+\.?\s+\d{1,2})\s*(?P<dash>-)\s")


def clean(text: str) -> Cleaned:
    """Normalise quotes and spaces, split glued pull-quote credits, find captions and headings."""
    norm, idx = _normalise_chars(text)
    # "WASHINGTON, May 11 - The FBI has ...": the dateline ends at the dash, not a clause
    norm = _DATELINE.sub(lambda m: m.group(0)[: m.start("dash") - m.start()] + "\n" + m.group(0)[m.end("dash") - m.start():], norm)
    # Split glued "NamePosition" credit lines by inserting ", ".
    out: list[str] = []
    out_idx: list[int] = []
    glue_lines: list[tuple[int, int]] = []  # (name_end, title_start) in cleaned offsets
    lines = list(_lines(norm))
    for n, (start, end, line) in enumerate(lines):
        seg_start = len(out)
        m = _GLUE.search(line) if _looks_like_credit_line(line, lines, n) else None
        if m:
            cut = start + m.start()
            out.extend(norm[start:cut])
            out_idx.extend(idx[start:cut])
            name_end = len(out)
            out.extend(", ")
            out_idx.extend([idx[cut], idx[cut]])
            title_start = len(out)
            out.extend(norm[cut:end])
            out_idx.extend(idx[cut:end])
            glue_lines.append((seg_start, name_end, title_start, len(out)))
        else:
            out.extend(norm[start:end])
            out_idx.extend(idx[start:end])
        if end < len(norm):
            out.append("\n")
            out_idx.append(idx[end])
    out_idx.append(idx[len(norm)])
    cleaned = Cleaned("".join(out), out_idx)
    _find_structure(cleaned, glue_lines)
    return cleaned


def _looks_like_credit_line(line: str, lines, n: int) -> bool:
    """A short line, no sentence punctuation, after a line that reads as a quote."""
    words = line.split()
    if not (2 <= len(words) <= 16) or _SENT_END.search(line) or n == 0:
        return False
    prev = lines[n - 1][2].strip()
    return len(prev.split()) >= 6 and '"' not in prev


def _find_structure(c: Cleaned, glue_lines) -> None:
    text = c.text
    for m in _CAPTION.finditer(text):
        credit = m.group("credit").strip()
        s = m.start("credit")
        c.captions.append(Caption(s, s + len(credit), credit))
    lines = list(_lines(text))
    for seg_start, name_end, title_start, seg_end in glue_lines:
        # the pull-quote is the previous non-empty line
        prev = [ln for ln in lines if ln[1] < seg_start and ln[2].strip()]
        if not prev:
            continue
        qs, qe, qline = prev[-1]
        lead = len(qline) - len(qline.lstrip())
        trail = len(qline.rstrip())
        c.pull_quotes.append(
            PullQuote(qs + lead, qs + trail, seg_start, name_end, title_start, seg_end)
        )
    caption_lines = {ln[0] for ln in lines for cap in c.captions if ln[0] <= cap.start <= ln[1]}
    quote_lines = {pq.quote_start for pq in c.pull_quotes} | {pq.name_start for pq in c.pull_quotes}
    for n, (s, e, line) in enumerate(lines):
        if s in caption_lines or s in quote_lines:
            continue
        if _is_heading(line.strip(), first=(n == 0 or not any(x[2].strip() for x in lines[:n]))):
            c.headings.append((s, e))
