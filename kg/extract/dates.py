"""Find date expressions in text and resolve them, deterministically, against a publication date.

Every expression becomes a closed interval of days ``[begin, end]``: "on January 10" is one
day, "the night of January 13-14" two, "last week" the previous Monday to Sunday. Without a
publication date, only expressions that carry their own year resolve; the rest stay
unresolved (``None``) rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.rules import lexicon, table

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = table("date_number_words")  # "two days ago"; the "ago" pattern is built from it
SEASONS = table("date_seasons")  # "last summer": season -> its first month and length in months
_SEASONS = "|".join(SEASONS)

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|to|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PART = r"(?:(?:the\s+)?(?P<part>night|morning|evening|afternoon|weekend)\s+of\s+)?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "January 13-14, 2022", "the night of January 13-14", "May 11"
    ("month_day", re.compile(rf"\b{_PART}{_MON}\s+{_DAY}{_DAY2}\b{_YEAR}", re.I)),
    # "13-14 January 2022", "14 September 2022"
    (
        "day_month",
        re.compile(
            rf"\b{_PART}{_DAY}{_DAY2}\s+(?:of\s+)?{_MON}{_YEAR}\b".replace(
                "(?P<d1>[0-3]?\\d)", "(?P<d1>[0-3]?\\d)(?!\\d)"
            ),
            re.I,
        ),
    ),
    # "in January 2022", "January 2022"
    ("month_year", re.compile(rf"\b(?:(?:in|since|by|during)\s+)?{_MON}\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    # ISO "2022-01-14"
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "on Tuesday", "last Friday", "next Monday", "Sunday"
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<rel>last|next|this|on|early|late)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<part2>night|morning|evening|afternoon))?\b",
        ),
    ),
    # "earlier this month", "later this week": the part of it before or after publication
    ("part_this", re.compile(r"\b(?P<side>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>last|next|this|coming|past)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("relative2", re.compile(r"\b(?:in\s+)?the\s+(?P<rel>coming|past|previous|following)\s+(?:few\s+)?(?P<unit>weeks|days|months)\b", re.I)),
    # "this afternoon": the publication day
    ("deictic", re.compile(r"\b(?P<deictic>yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b", re.I)),
    # "in the summer of 2014", "in spring 2015", "last fall", "this summer": the months of that
    # season (a season with neither a year nor 'last'/'this' is no date: "the fall of Aleppo")
    (
        "season",
        re.compile(
            rf"\b(?:(?P<srel>[Ll]ast|[Tt]his)\s+(?P<season>{_SEASONS})\b(?!\s+of\s+(?:19|20)\d\d)"
            rf"|(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil)\s+(?:the\s+)?|[Tt]he\s+)(?:(?:early|late|mid-?)\s*)?"
            rf"(?P<season2>{_SEASONS}|{_SEASONS.title()})(?:\s+of)?,?\s+(?P<year>(?:19|20)\d\d)\b)"
        ),
    ),
    # "in 2010, 2011 and 2013", "between 2010 and 2013", "from 2010 to 2013": the years told,
    # first to last
    (
        "years",
        re.compile(
            r"\b(?:(?:[Ii]n|[Dd]uring)\s+(?P<year>(?:19|20)\d\d)(?:,\s+(?:19|20)\d\d)*,?\s+and"
            r"|[Bb]etween\s+(?P<year_b>(?:19|20)\d\d)\s+and|[Ff]rom\s+(?P<year_f>(?:19|20)\d\d)\s+(?:to|until|through))"
            r"\s+(?P<year2>(?:19|20)\d\d)\b"
        ),
    ),
    # (capitalised too, opening a sentence: "In 2019, X told the FBI ..."; "in early 2015",
    # "since mid-2014": that whole year too)
    ("year", re.compile(r"\b(?:[Ii]n|[Ss]ince|of|[Dd]uring)\s+(?:(?:early|late|mid)(?:\s+|-))?(?P<year>(?:19|20)\d\d)\b")),
    # "in September", "since January", "in early February": a month named alone, the one
    # nearest the publication date (the past preferred; "last December" the latest before
    # the month of publication); capitalised, so "in march" is not one
    (
        "month",
        re.compile(
            r"\b(?:(?P<last>[Ll]ast)|[Ii]n|(?P<since>[Ss]ince)|[Dd]uring|[Uu]ntil|[Bb]y)\s+(?:(?:early|late|mid-?)\s*)?"
            + _MON.replace("|Mar|", "|").replace(")\\.?", ")")
            + r"(?![\w-])(?!['’]s)(?!\s*,?\s*\d)",
        ),
    ),
    # "the 2008 election", "Russia's 2014 annexation": a year modifying a noun (opening a
    # sentence too: "The 2008 war ...")
    # ("his 2014 interview", "its 2015 report": after a possessive pronoun too)
    (
        "year_attr",
        re.compile(
            r"(?:(?<=\b[Tt]he )|(?<='s )|(?<=’s )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir ))"
            r"(?P<year>(?:19|20)\d\d)(?= [a-z])"
        ),
    ),
    # "the February election", "last year's October talks": a month named in full modifying a
    # noun, the one nearest the publication date (as "in February"); not a month that is also
    # a word or a name ('the May government')
    (
        "month_attr",
        re.compile(
            r"(?:(?<=\bthe )|(?<='s )|(?<=’s ))(?P<mon>January|February|March|April|June|July|August|September|October|November|December)(?= [a-z])"
        ),
    ),
    # "two days ago", "a week ago": a day, or the Monday-Sunday week it names; "two years
    # ago", "three months ago": that whole year or month
    ("ago", re.compile(rf"\b(?P<n>{'|'.join(NUMBER_WORDS)}|[1-9]\d?)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    # "over the weekend", "at the weekend": the last one (the one under way at a weekend)
    ("weekend", re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    begin: dt.date | None
    end_date: dt.date | None
    kind: str

    @property
    def resolved(self) -> bool:
        return self.begin is not None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date | None) -> int | None:
    """The year that puts the day nearest the publication date, preferring the past:
    news reports mostly what happened, but allows up to ~2 months ahead (announced plans)."""
    if published is None:
        return None
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        d = _safe_date(y, month, day)
        if d is None:
            continue
        delta = (d - published).days
        if -300 <= delta <= 62:
            if best is None or abs(delta) < abs(best[1]):
                best = (y, delta)
    return best[0] if best else published.year


_MONTHS_AHEAD = 5  # how far ahead a month named alone may lie; one further is last year's


def _month_year(month: int, published: dt.date | None) -> int | None:
    """The year of a month named alone ('in July', 'the November election'): the coming one
    up to five months ahead, else the last one. News names months ahead for what is planned
    (the convention in July, the vote in November, written in spring) more often than it
    names a month nine months back without 'last'; a past verb reads it back (``behind``)."""
    if published is None:
        return None
    if (month - published.month) % 12 <= _MONTHS_AHEAD:
        return published.year + (month < published.month)
    return published.year - (month > published.month)


def _weekday(wd: int, rel: str | None, published: dt.date) -> dt.date:
    """'on Tuesday' in news means the most recent Tuesday (the publication day included);
    'next Tuesday' the first one after it."""
    rel = (rel or "").lower()
    if rel == "next":
        delta = (wd - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - wd) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def _resolve(kind: str, m: re.Match[str], published: dt.date | None):
    g = m.groupdict()
    if kind in ("month_day", "day_month"):
        month = MONTHS[g["mon"].lower().rstrip(".")]
        d1 = int(g["d1"])
        d2 = int(g["d2"]) if g.get("d2") else None
        year = int(g["year"]) if g.get("year") else _infer_year(month, d1, published)
        if year is None:
            return None, None
        b = _safe_date(year, month, d1)
        e = _safe_date(year, month, d2) if d2 else b
        if b is None or e is None or e < b:
            return None, None
        if g.get("part") == "night" and d2 is None:
            e = b + dt.timedelta(days=1)
        return b, e
    if kind == "month_year":
        month = MONTHS[g["mon"].lower().rstrip(".")]
        year = int(g["year"])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d, d
    if kind in ("month", "month_attr"):
        month = MONTHS[g["mon"].lower().rstrip(".")]
        year = _month_year(month, published)
        if g.get("last") and published is not None:  # "last December": the latest one before this month
            year = published.year if month < published.month else published.year - 1
        elif g.get("since") and published is not None:  # "since January": one begun by publication
            year = published.year if month <= published.month else published.year - 1
        if year is None:
            return None, None
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if kind in ("year", "year_attr"):
        y = int(g["year"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if kind == "season" and g.get("year"):
        return _season(g, published)
    if kind == "years":
        y1, y2 = int(g.get("year") or g.get("year_b") or g.get("year_f")), int(g["year2"])
        return (dt.date(y1, 1, 1), dt.date(y2, 12, 31)) if y1 <= y2 else (None, None)
    if published is None:
        return None, None
    if kind == "weekday":
        d = _weekday(WEEKDAYS[g["wd"].lower()], g.get("rel"), published)
        return d, d
    if kind in ("relative", "relative2"):
        rel, unit = g["rel"].lower(), g["unit"].lower().rstrip("s")
        sign = table("date_relative_directions")[rel]
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            if kind == "relative2":
                return (published - dt.timedelta(days=21), published) if sign < 0 else (
                    published,
                    published + dt.timedelta(days=21),
                )
            b = monday + dt.timedelta(weeks=sign)
            if sign < 0 and published.weekday() >= 5:
                # written at the weekend, "last week" is as often the week just ending:
                # both, up to the day before
                return b, published - dt.timedelta(days=1)
            return b, b + dt.timedelta(days=6)
        if unit == "weekend":
            sat = published + dt.timedelta(days=(5 - published.weekday()) % 7)
            if sign < 0:
                sat = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
            return sat, sat + dt.timedelta(days=1)
        if unit == "day":
            return (published - dt.timedelta(days=7), published) if sign < 0 else (
                published,
                published + dt.timedelta(days=7),
            )
        if unit == "month":
            if kind == "relative2":
                return (published - dt.timedelta(days=90), published) if sign < 0 else (
                    published,
                    published + dt.timedelta(days=90),
                )
            y, mth = published.year, published.month + sign
            if mth == 0:
                y, mth = y - 1, 12
            elif mth == 13:
                y, mth = y + 1, 1
            return dt.date(y, mth, 1), dt.date(y, mth, calendar.monthrange(y, mth)[1])
        if unit == "year":
            y = published.year + sign
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if kind == "part_this":
        unit = g["unit"].lower()
        if unit == "week":
            first = published - dt.timedelta(days=published.weekday())
            last = first + dt.timedelta(days=6)
        elif unit == "month":
            first = published.replace(day=1)
            last = published.replace(day=calendar.monthrange(published.year, published.month)[1])
        else:
            first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
        return (first, published) if g["side"].lower() == "earlier" else (published, last)
    if kind == "ago":
        return _ago(g["n"].lower(), g["unit"].lower(), published)
    if kind == "season":
        return _season(g, published)
    if kind == "weekend":
        sat = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return sat, min(sat + dt.timedelta(days=1), published)
    if kind == "deictic":
        w = g["deictic"].lower()
        if w == "yesterday":
            d = published - dt.timedelta(days=1)
        elif w == "tomorrow":
            d = published + dt.timedelta(days=1)
        else:
            d = published
        return d, d
    return None, None


def _ago(n: str, unit: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """"two days ago" is that day; "two weeks ago" the Monday-Sunday week it names; "two
    years ago" that whole year, "three months ago" that whole month."""
    count = NUMBER_WORDS.get(n) or int(n)
    if unit.startswith("day"):
        d = published - dt.timedelta(days=count)
        return d, d
    if unit.startswith("year"):
        y = published.year - count
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if unit.startswith("month"):
        y, m = divmod(published.year * 12 + published.month - 1 - count, 12)
        m += 1
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    monday = published - dt.timedelta(days=published.weekday()) - dt.timedelta(weeks=count)
    return monday, monday + dt.timedelta(days=6)


def _season(g: dict, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The months of a season: of the year named (a winter runs into the next year); "this
    summer" is the publication year's (a winter begun the December before, in January or
    February), "last summer" the one a year before it."""
    first, length = SEASONS[(g.get("season") or g.get("season2")).lower()]
    if g.get("year"):
        year = int(g["year"])
    elif published is None:
        return None, None
    else:
        year = published.year - (1 if first == 12 and published.month <= 2 else 0)
        if g["srel"].lower() == "last":
            year -= 1
    y2, m2 = divmod(year * 12 + first - 1 + length - 1, 12)
    return dt.date(year, first, 1), dt.date(y2, m2 + 1, calendar.monthrange(y2, m2 + 1)[1])


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """All date expressions in ``text``, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("month_day", "month_year") and _month_in_name(text, m):
                continue  # 'the supply boat Unaizah May 2', 'Theresa May 10 days ...', 'may 2'
            if kind == "weekday" and not (m.group("rel") or m.group("part2")) and not _weekday_context(text, s) and not text.startswith("'s", e) and not _appearance_weekday(text, s, e):
                continue  # a bare weekday counts after "on", "by", a comma ..., or as "Monday's"
            if kind == "relative" and _show_title(text, m):
                continue  # 'said on ABC\'s "This Week"': the name of a programme, no date
            b, en = _resolve(kind, m, published)
            found.append(DateMention(s, e, m.group(0), b, en, kind))
            taken.append((s, e))
    return _join_appositions(_join_weekdays(sorted(found, key=lambda d: d.start), text), text)


def _join_weekdays(found: list[DateMention], text: str) -> list[DateMention]:
    """'on Saturday, 5 August 2023', 'on Tuesday, Feb. 26': one date, the explicit one
    (the weekday alone would be read as a weekday relative to publication)."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and d.kind in ("month_day", "day_month")
            and re.fullmatch(r",?\s*", text[prev.end : d.start])
        ):
            out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], d.begin, d.end_date, d.kind)
            continue
        out.append(d)
    return out


def _join_appositions(found: list[DateMention], text: str) -> list[DateMention]:
    """'last week, on October 25', 'earlier this month, on 3 May': a day in apposition to the
    span that holds it is one date, that day (the span alone would be the whole week); and
    'May 6 last year': the day in the year named."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("month_day", "day_month")
            and d.kind == "relative" and d.text.lower().endswith("year") and d.begin is not None
            and prev.begin is not None and prev.end_date is not None
            and re.fullmatch(r"\s*,?\s*", text[prev.end : d.start])
            and not re.search(r"\b(?:19|20)\d\d\b", prev.text)
        ):
            # "on May 6 last year", "August 24 this year": that day of the year named
            shift = d.begin.year - prev.begin.year
            b = _safe_date(prev.begin.year + shift, prev.begin.month, prev.begin.day)
            e = _safe_date(prev.end_date.year + shift, prev.end_date.month, prev.end_date.day)
            if b is not None and e is not None:
                out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], b, e, prev.kind)
                continue
        if (
            prev is not None
            and prev.kind in ("relative", "relative2", "deictic")
            and d.kind in ("month_day", "day_month")
            and re.fullmatch(r"\s*,\s*(?:on\s+)?", text[prev.end : d.start])
            and prev.begin is not None and d.begin is not None and d.end_date is not None
            and prev.begin <= d.begin and d.end_date <= (prev.end_date or prev.begin)
        ):
            out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], d.begin, d.end_date, d.kind)
            continue
        out.append(d)
    return out


def _month_in_name(text: str, m: re.Match[str]) -> bool:
    """The month word of a match is no month: a month that is also an English word written
    in lower case ('may', 'march'), or a month word inside a name: right after a vessel noun
    ('the boat May 2'), or after a capitalised word that itself follows a vessel noun, 'the'
    or a title ('the supply boat Unaizah May 2', 'the Unaizah May 2', 'Prime Minister Theresa
    May 10 days ...'). A place before a date stays a place ('met in Geneva May 2')."""
    mon = m.group("mon")
    if mon.islower() and mon.rstrip(".") in lexicon("date_month_homographs"):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*|[^\w\s]", text[max(0, m.start("mon") - 80) : m.start("mon")])
    if not words:
        return False
    if words[-1].lower() in lexicon("vessel_nouns"):
        return True
    word = words[-1]
    if not (word[0].isupper() and any(c.islower() for c in word)) or len(words) < 2:
        return False
    if word.lower() in WEEKDAYS or word.lower() in lexicon("date_lead_words"):
        return False
    before = words[-2].lower()
    return before in lexicon("vessel_nouns") or before == "the" or before in lexicon("title_heads")


def _show_title(text: str, m: re.Match[str]) -> bool:
    """A relative date written in title case after a possessive or an opening quotation mark
    is the name of a programme ('told ABC's This Week', 'on ABC's "This Week"'), not a date."""
    rel, unit = m.group("rel"), m.group("unit")
    if not (rel[0].isupper() and unit[0].isupper()):
        return False
    return re.search(r"(?:['’]s|[\"“'‘])\s*$", text[max(0, m.start() - 4) : m.start()]) is not None


def _weekday_context(text: str, start: int) -> bool:
    """A bare weekday counts after a preposition or comma ("... said on Monday"), or right
    after a lower-case word that is no determiner ("said Monday")."""
    before = text[max(0, start - 12) : start].lower()
    if _weekday_lead(lexicon("date_weekday_preps")).search(before):
        return True
    # wire style: "said Wednesday", "told reporters Thursday" (a lower-case word right before)
    word = re.search(r"\b([a-z]+) $", text[max(0, start - 20) : start])
    return word is not None and word.group(1) not in lexicon("date_weekday_determiners")


def _appearance_weekday(text: str, start: int, end: int) -> bool:
    """A weekday that dates a media appearance though a determiner or a name comes before
    it: 'in a Thursday interview' (date_weekday_appearance_nouns), 'told MSNBC Monday'
    (date_weekday_told_verbs; not the programme 'told Fox News Sunday')."""
    if re.search(r"\b(?:a|an) $", text[max(0, start - 4) : start]):
        after = text[end : end + 30].lower()
        return any(re.match(rf"\s+{re.escape(n)}\b", after) for n in lexicon("date_weekday_appearance_nouns"))
    told = re.search(r"\b(\w+) ((?:[A-Z][\w.&'’-]*\s){1,3})$", text[max(0, start - 50) : start])
    if told is None or told.group(1) not in lexicon("date_weekday_told_verbs"):
        return False
    spelled = told.group(2) + text[start:end]
    return not any(spelled.startswith(name) or name.endswith(spelled) for name in lexicon("event_sunday_programmes"))


@cache
def _weekday_lead(words: frozenset[str]) -> re.Pattern[str]:
    """A word of lexicon date_weekday_preps, or a comma, at the end of a text."""
    return re.compile("(" + "|".join(re.escape(w) for w in sorted(words)) + r"|,)\s*$")


def first_date(text: str, published: dt.date | None) -> DateMention | None:
    for d in find_dates(text, published):
        if d.resolved:
            return d
    return None


def ahead(d: DateMention, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """A day and month told without a year, read forward: the first such day on or after
    publication. A scheduled happening ('will end well before the election on March 31',
    in an article of November) is ahead, though the day nearest publication is past."""
    if d.kind in ("month", "month_attr") and d.begin is not None and d.end_date is not None and d.end_date < published:
        # "is due to hold hearings in June", in an article of March: the coming June
        b, e = _safe_date(d.begin.year + 1, d.begin.month, 1), _safe_date(d.end_date.year + 1, d.end_date.month, d.end_date.day)
        return (b, e) if b and e else (d.begin, d.end_date)
    if d.kind not in ("month_day", "day_month") or d.begin is None or d.begin >= published:
        return d.begin, d.end_date
    if re.search(r"\b(?:19|20)\d\d\b", d.text):
        return d.begin, d.end_date  # its own year: as written
    year = published.year if (d.begin.month, d.begin.day) >= (published.month, published.day) else published.year + 1
    shift = year - d.begin.year
    b = _safe_date(year, d.begin.month, d.begin.day)
    e = _safe_date(d.end_date.year + shift, d.end_date.month, d.end_date.day) if d.end_date else b
    return (b, e) if b and e else (d.begin, d.end_date)


def behind(d: DateMention, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """A day or month told without a year, by a verb of the past, read back: the last such
    day or month before publication. "sued the city in May", in an article of March, is
    last year's May (the nearest May would be ahead, and a past verb tells no plan)."""
    if d.kind not in ("month_day", "day_month", "month") or d.begin is None or d.end_date is None:
        return d.begin, d.end_date
    if d.begin <= published or re.search(r"\b(?:19|20)\d\d\b", d.text):
        return d.begin, d.end_date  # already past, or its own year: as written
    b = _safe_date(d.begin.year - 1, d.begin.month, d.begin.day)
    e = _safe_date(d.end_date.year - 1, d.end_date.month, d.end_date.day)
    if e is None and d.end_date.month == 2:  # the month of February in a leap year
        e = _safe_date(d.end_date.year - 1, 2, 28)
    return (b, e) if b and e else (d.begin, d.end_date)

