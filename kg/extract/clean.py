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

from kg.mojibake import repair_spans

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
    # original offset -> original end, for a character repaired out of several ("Ã±" -> "ñ")
    wide: dict[int, int] = field(default_factory=dict)
    original: str = ""

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span [start, end)."""
        if end <= start:
            o = self.to_orig[start]
            return o, o
        last = self.to_orig[end - 1]
        return self.to_orig[start], self.wide.get(last, last + 1)

    def as_written(self, name: str) -> str:
        """``name`` (cleaned text) with each word whose mojibake was repaired spelled as the
        original text spells it: a name is given as written, the repair is its alias."""
        if not self.wide:
            return name
        words = self.__dict__.get("_written")
        if words is None:
            words = {}
            for m in re.finditer(r"\w+", self.text):
                s, e = self.orig(m.start(), m.end())
                if e - s != m.end() - m.start():
                    words.setdefault(m.group(), self.original[s:e])
            self.__dict__["_written"] = words
        return re.sub(r"\w+", lambda m: words.get(m.group(), m.group()), name)


def _normalise_chars(original: str) -> tuple[str, list[int], dict[int, int]]:
    # mojibake first ("PeÃ\x83Â±a" -> "Peña"): its control characters would become spaces
    text, spans = repair_spans(original)
    wide = {s: e for s, e in spans if e - s > 1}
    out: list[str] = []
    idx: list[int] = []
    for j, ch in enumerate(text):
        i = spans[j][0]
        rep = _QUOTE_MAP.get(ch)
        if rep is None:
            cat = unicodedata.category(ch)
            if ch in "\n\r":
                rep = "\n" if ch == "\n" else ""
            elif cat in ("Cc", "Cf", "Cs", "Co"):
                rep = " "
            else:
                rep = ch
        elif ch == "\u201d" and j + 1 < len(text) and text[j + 1].isalpha():
            rep = '" '  # '...paranoia,”Clinton said': a closing mark glued to the next word
        elif ch == "\u201c" and j > 0 and text[j - 1] in ",:":
            rep = ' "'  # 'Ryan said,“Look, ...': an opening mark glued to the comma
        for c in rep:
            out.append(c)
            idx.append(i)
    idx.append(len(original))
    return "".join(out), idx, wide


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
    norm, idx, wide = _normalise_chars(text)
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
    cleaned = Cleaned("".join(out), out_idx, wide=wide, original=text)
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
