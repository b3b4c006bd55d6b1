"""Readable event labels: "Ransomware attack on Colonial Pipeline, May 2021".

A label is a short English noun phrase built from an event record: the trigger's own noun
with the modifiers and complement the article gives it ("ransomware attack on Colonial
Pipeline"), or a verb trigger nominalised ("struck" -> "strike"), the main actors by their
display names ("Russia–US talks", "Peskov interview with CNN", "meeting of the CSTO"), the
place and the dates. Pure functions over :mod:`kg.records` (the words around a trigger are
read from ``Document.text`` at the mention's offsets): no spaCy, deterministic.

The word lists live in ``data/rules/labels.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from kg.rules import lexicon, table
from kg.records import Actor, Document, Event, Span

__all__ = ["actor_display_name", "event_label", "format_dates"]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_MODIFIERS = 3
MAX_COMPLEMENT = 6  # words after the preposition
MAX_NAMES = 3
# a word (names with inner hyphens, apostrophes and dots: "Jaish-e-Mohammed", "Yemen's",
# "U.S."), a number, or one punctuation character
_TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*\.?|[^\w\s]")

def _abbreviation() -> re.Pattern[str]:
    """Initials ('U.S.') or an abbreviation of lexicon label_abbreviations ('Gen.'): a word
    whose full stop is its own."""
    return _abbreviation_pattern(lexicon("label_abbreviations"))


@cache
def _abbreviation_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words))
    return re.compile(rf"^(?:[A-Za-z]\.){{2,}}$|^(?:{alternatives})\.$")


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("\u2019", "'")


def _words(text: str, offset: int = 0) -> list[_Word]:
    out = []
    for m in _TOKEN.finditer(text):
        w, s = m.group(), m.start() + offset
        if len(w) > 1 and w.endswith(".") and not _abbreviation().match(w):
            out.append(_Word(w[:-1], s, s + len(w) - 1))  # "attack." : the word, then the full stop
            out.append(_Word(".", s + len(w) - 1, s + len(w)))
        else:
            out.append(_Word(w, s, s + len(w)))
    return out


def _is_word(w: _Word) -> bool:
    return w.text[0].isalnum()


def _possessive(w: _Word) -> bool:
    return w.low.endswith("'s") or w.low.endswith("s'")


# -- actors --------------------------------------------------------------------------------
def _acronym(alias: str) -> str | None:
    bare = alias.replace(".", "")
    return bare if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() else None


def actor_display_name(actor: Actor) -> str:
    """The name a headline would use: a person's surname as the article writes it alone
    ("Peskov"), an organisation's or country's acronym when the article uses one ("CSTO",
    "US"), else the canonical name."""
    name = re.sub(r"^the\s+", "", actor.name.strip(), flags=re.IGNORECASE)
    parts = name.split()
    if actor.type == "person":
        if len(parts) > 1:
            written = {a.strip() for a in actor.aliases} | {m.text.strip() for m in actor.mentions}
            single = [w for w in written if " " not in w and w in parts[1:] + parts[:1]]
            if single:  # the surname, or the family name first ("Zhao" of "Zhao Lijian")
                return max(single, key=lambda w: (parts.index(w), w))
        return name
    if len(parts) > 1:
        acronyms = sorted(
            {a for a in (_acronym(x) for x in actor.aliases) if a}, key=lambda a: (len(a), a)
        )
        if acronyms:
            return acronyms[0]
        # a shorter form of the same body ("UN Security Council", "US Department of Transportation")
        same_head = [
            a.strip()
            for a in actor.aliases
            if a.strip()[:1].isupper() and a.split()[-1] == parts[-1] and len(a.split()) > 1
        ]
        if same_head:
            return min(same_head + [name], key=lambda a: (len(a), a))
    return name


def _join(names: Sequence[str], sep: str = " and ") -> str:
    names = list(names)[:MAX_NAMES]
    if len(names) <= 2:
        return sep.join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- the trigger ---------------------------------------------------------------------------
def _lemmas(word: str) -> list[str]:
    """Candidate lemmas of a verb form, most likely first ("rallied" -> rally, "met" -> meet)."""
    low = word.lower()
    irregular = table("label_irregular_verbs")
    out = [irregular[low]] if low in irregular else []
    for suffix, repl in table("label_verb_suffixes"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            stem = low[: len(low) - len(suffix)] + repl
            out.append(stem)
            if repl == "" and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "planned" -> "plan"
    out.append(low)
    return out


def _known_noun(word: str) -> bool:
    low = word.lower()
    nouns = table("event_nouns")
    return low in nouns or low.rstrip("s") in nouns or (low.endswith("es") and low[:-2] in nouns)


def _nominal(word: str, etype: str) -> str | None:
    """The noun for a verb trigger ("struck" -> "strike"), or None when ``word`` reads as a
    noun itself."""
    if _known_noun(word):
        return None
    nominals = table("label_nominals")
    for lemma in _lemmas(word):
        for key in (f"{lemma}/{etype}", lemma):
            if key in nominals:
                return nominals[key]
    low = word.lower()
    if low.endswith(("ed", "ing")) or low in table("label_irregular_verbs"):
        return table("label_type_nouns").get(etype, "event")  # an unknown verb: the type's noun
    return None


def _known_verb(word: str, etype: str) -> bool:
    nominals = table("label_nominals")
    return any(k in nominals for lemma in _lemmas(word) for k in (f"{lemma}/{etype}", lemma))


# -- words around a trigger ----------------------------------------------------------------
def _modifiers(
    text: str, m: Span, phrase_words: set[str] | None, names: Sequence[Span] = ()
) -> list[_Word]:
    """The words just before the trigger that say what kind of happening it was
    ("ransomware attack", "emergency session"), read leftwards within the sentence."""
    stop, drop = lexicon("label_stop_words"), lexicon("label_drop_modifiers")
    keep_ed = lexicon("label_keep_ed_words")
    line_start = max(text.rfind("\n", 0, m.start), 0)
    before = _words(text[line_start : m.start], line_start)
    out: list[_Word] = []
    bound = ""
    for w in reversed(before):
        if not _is_word(w) or _possessive(w) or w.text[0].isdigit():
            break
        low = w.low
        if low in drop:
            continue
        if low in stop:
            bound = low
            break
        if w.text[0].islower() and low.endswith("ed") and low not in keep_ed:
            break  # a verb: "Ukraine suffered cyberattacks"
        if phrase_words is not None and low not in phrase_words:
            break  # not part of the trigger's own phrase (the parse said so)
        if w.text[0].isupper() and out and out[0].text[0].islower():
            break  # "Russia hacker attack": the name is an actor's, not a modifier
        if w.text[0].isupper() and not any(n.start <= w.start and w.end <= n.end for n in names):
            break  # "the Geneva meeting": a place, which the label gives after "in"
        if w.text[0].islower() and low.endswith("ing") and not _known_noun(low):
            break  # "carrying out cyberattacks"
        out.insert(0, w)
        if len(out) >= MAX_MODIFIERS:
            break
    adjective_endings = tuple(lexicon("label_adjective_endings"))
    if out and bound in lexicon("label_verb_markers") and not out[0].low.endswith(adjective_endings):
        out = out[1:]  # "to raise ransomware": the first word is a verb ("amount to armed
        # attacks": an adjective)
    return out


def _complement(
    text: str, start: int, preps: Sequence[str], verb: bool
) -> tuple[str, list[_Word]] | None:
    """The phrase after the trigger: 'on Colonial Pipeline' after a noun (its preposition
    must be one of ``preps``), the object 'a Houthi radar site' after a verb. Returns the
    preposition and the words, or None."""
    stop, links = lexicon("label_stop_words"), lexicon("label_complement_links")
    line_end = text.find("\n", start)
    after = _words(text[start : line_end if line_end >= 0 else len(text)], start)
    if not after or not _is_word(after[0]):
        return None
    prep = after[0].low
    if verb and prep not in preps:
        prep, rest = "", after  # a direct object
    elif prep in preps:
        rest = after[1:]
    else:
        return None
    out: list[_Word] = []
    for w in rest:
        if not _is_word(w) and w.text not in "-":
            break
        low = w.low
        if low in lexicon("label_complement_determiners") and not out:
            continue
        if low in stop and low not in links or w.text[0].isdigit():
            break
        if w.text[0].islower() and (
            low.endswith("ed") and low not in lexicon("label_keep_ed_words")
            or low in table("label_irregular_verbs")
        ):
            break  # a verb: "strikes on the country amounted to ...", "took down"
        out.append(w)
        if len([x for x in out if x.low not in links]) > MAX_COMPLEMENT:
            return None  # a long phrase: the actors say it better
    while out and (out[-1].low in links or out[-1].low == "-"):
        out.pop()
    if not out or all(w.low in stop or w.low in lexicon("label_vague_objects") for w in out):
        return None  # "on the country", "on it": says nothing the actors and place do not
    return prep, out


def _render(words: Sequence[_Word], text: str) -> str:
    """Words as the article wrote them, with the article's own spacing between them."""
    if not words:
        return ""
    out = words[0].text
    for a, b in pairwise(words):
        gap = text[a.end : b.start]
        out += ("" if gap == "" else " ") + b.text
    return out


# -- dates ---------------------------------------------------------------------------------
def format_dates(start: dt.date | None, end: dt.date | None) -> str:
    """'10 Jan 2022', '13-14 Jan 2022', 'May 2021', '2021', '2010–2013', '30 Dec 2021 – 2 Jan 2022'."""
    if start is None:
        return ""
    end = end or start
    if end < start:
        start, end = end, start

    def d(x: dt.date, year: bool = True) -> str:
        return f"{x.day} {MONTHS[x.month - 1]}" + (f" {x.year}" if year else "")

    if start == end:
        return d(start)
    if (
        start.month == 1
        and start.day == 1
        and end.month == 12
        and end.day == 31
        and start.year == end.year
    ):
        return str(start.year)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}–{end.year}"  # "in 2010, 2011 and 2013": whole years
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{MONTHS[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{d(start, False)} \u2013 {d(end)}"
    return f"{d(start)} \u2013 {d(end)}"


# -- the label -----------------------------------------------------------------------------
def _norm_words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", s.lower()) if w}


def _inside_name(words: Sequence[_Word], actors: Mapping[str, Actor], keys: Sequence[str]) -> bool:
    """The words lie inside a mention of one of the event's actors."""
    s, e = words[0].start, words[-1].end
    return any(a is not None and any(m.start <= s and e <= m.end for m in a.mentions) for a in map(actors.get, keys))


def _covered(words: Sequence[_Word], actors: Mapping[str, Actor], keys: Sequence[str]) -> set[str]:
    """The event's actors a stretch of words names (one of their mentions lies inside it)."""
    if not words:
        return set()
    s, e = words[0].start, words[-1].end
    out = set()
    for k in keys:
        a = actors.get(k)
        if a is not None and any(s <= m.start and m.end <= e for m in a.mentions):
            out.add(k)
    return out


def _ends_in_actor(words: Sequence[_Word], actors: Mapping[str, Actor]) -> bool:
    end = words[-1].end
    return any(m.end == end for a in actors.values() for m in a.mentions)


def _of_country(body: str | None, country: str, actors: Mapping[str, Actor]) -> bool:
    """A role held of ``country`` itself or of one of its bodies."""
    return body == country or (body in actors and actors[body].country == country)


def _dedupe(keys: Sequence[str], actors: Mapping[str, Actor], all_keys: Sequence[str]) -> list[str]:
    """Actors worth naming: a country drops out when a person or body of it takes part
    (Putin and Russia: Putin), and so does a name inside another's ("NATO" in "NATO-Russia
    Council")."""
    out = []
    for k in keys:
        a = actors.get(k)
        if a is None or k in out:
            continue
        name = actor_display_name(a)
        inside = False
        for o in all_keys:
            b = actors.get(o)
            if b is None or o == k:
                continue
            if a.type == "country" and (
                b.country == k or any(_of_country(r.of, k, actors) for r in b.roles)
            ):
                inside = True  # Putin (President of Russia), Ryabkov (of Russia's ministry)
            words_b = re.split(r"[^\w]+", b.name.lower())
            if len(words_b) > len(name.split()) and name.lower() in words_b:
                inside = True
        if not inside:
            out.append(k)
    return out


@dataclass(frozen=True)
class _Head:
    core: str  # "ransomware attack", "strike"
    complement: str  # "on Colonial Pipeline", ""
    named: frozenset[str]  # actors the complement names
    score: float  # how much it says: modifiers, complement, a noun rather than a verb


def _head(
    mention: Span,
    from_phrase: bool,
    phrase_tokens: list[str],
    event: Event,
    actors: Mapping[str, Actor],
    text: str,
) -> _Head:
    """The head noun phrase one trigger mention gives the label."""
    etype = event.type
    preps = table("label_complement_preps").get(etype, [])
    event_keys = list(event.participants) + list(event.targets)
    words = [w for w in _words(text[mention.start : mention.end], mention.start) if _is_word(w)]
    if not words or _inside_name(words, actors, event_keys):
        # no word to build on (or only an actor's name, the mention of one partner of
        # calls told together): the type's noun
        return _Head(table("label_type_nouns").get(etype, "event"), "", frozenset(), -9.0)
    if len(words) > 1 and _nominal(words[0].text, etype) is not None:
        mention = Span(words[0].start, words[0].end, words[0].text)  # "told reporters": the verb
    trigger = text[mention.start : mention.end]
    nominal = _nominal(trigger, etype)
    complement, named = "", frozenset()
    if nominal is None:  # a noun: its modifiers and complement
        names = [s for a in actors.values() for s in a.mentions]  # "Houthi attack"
        mods = _modifiers(text, mention, set(phrase_tokens) if from_phrase else None, names)
        # a name before the trigger that is one of the event's actors is said by the slots
        mods = [w for w in mods if not _covered([w], actors, event_keys)]
        if len(words) == 1 and trigger[:1].isupper() and not trigger.isupper():
            trigger = trigger.lower()  # "Summit" at a sentence start or in a name
        generic = not mods and trigger.lower() in lexicon("label_generic_heads")
        if not mods:  # a bare "attack" typed as a cyberattack reads "cyberattack"
            trigger = table("label_typed_heads").get(f"{trigger.lower()}/{etype}", trigger)
        core = " ".join([w.text for w in mods] + [trigger])
        found = _complement(text, mention.end, preps, verb=False)
        score = 1.0 + (1.0 if mods else 0.0) - (2.0 if generic else 0.0)
    else:
        core = nominal
        # the object of a verb the label knows ("struck a radar site"); not of any verb
        # ("reached its business network")
        found = (
            _complement(text, mention.end, preps, verb=True)
            if _known_verb(trigger, etype)
            else None
        )
        score = -0.5  # a noun trigger of the same event reads better, unless the verb has an object
        if found and etype == "interview" and nominal == "remarks":
            low = [w.low for w in found[1]]
            audiences = lexicon("label_audiences")
            audience = next(
                (" ".join(low[:n]) for n in (2, 1) if " ".join(low[:n]) in audiences), None
            )
            if audience is not None:
                complement, found = f"to {audience}", None
                score = -2.5  # says little: an interview noun of the same event says more
    if found is not None and nominal is not None and found[0] == "":
        # the object's preposition after the noun: "fired missiles" -> "fire of missiles"
        object_preps = table("label_object_preps")
        prep = next((object_preps[x] for x in _lemmas(trigger) if x in object_preps), "")
        found = (prep, found[1])
    if found is not None:
        complement, covered = _complement_text(found, etype, event, actors, text)
        named = frozenset(covered)
    if complement:
        score += 2.0 if nominal is None else 2.5
    return _Head(core, complement, named, score)


def _best_head(
    event: Event, phrase_tokens: list[str], actors: Mapping[str, Actor], text: str
) -> _Head:
    """Of the event's trigger mentions, the one whose phrase says most: modifiers and a
    complement, a noun rather than a verb; then the parser's own trigger (the phrase's), then
    the earliest."""
    mentions = sorted(
        {m for m in event.mentions if 0 <= m.start < m.end <= len(text)}, key=lambda m: m.start
    )
    if not mentions:
        return _Head(table("label_type_nouns").get(event.type, "event"), "", frozenset(), 0.0)
    in_phrase = next((m for m in mentions if text[m.start : m.end].lower() in phrase_tokens), None)
    best = None
    for n, m in enumerate(mentions):
        head = _head(m, m == in_phrase, phrase_tokens, event, actors, text)
        # the parser's own trigger counts one more: its phrase is the one the event was found by
        rank = (head.score + (1.0 if m == in_phrase else 0.0), m == in_phrase, -n)
        if best is None or rank > best[0]:
            best = (rank, head)
    return best[1]


def event_label(event: Event, actors: Mapping[str, Actor], document: Document) -> str:
    """The readable label of ``event``; ``event.label`` is read as the trigger's raw phrase
    (the words the parser hung on the trigger), ``actors`` by key, the words around the
    trigger from ``document.text``."""
    text = document.text
    phrase_tokens = [w.low for w in _words(event.label or "")]
    etype = event.type
    event_keys = list(event.participants) + list(event.targets)
    head = _best_head(event, phrase_tokens, actors, text)
    core, complement, named = head.core, head.complement, head.named
    participants = [k for k in _dedupe(event.participants, actors, event_keys) if k not in named]
    targets = [
        k
        for k in _dedupe(event.targets, actors, event_keys)
        if k not in named and k not in participants
    ]
    label = _assemble(etype, core, complement, participants, targets, actors)
    if event.location and not _norm_words(event.location) <= _norm_words(label):
        label += f" in {event.location}"
    when = format_dates(event.start, event.end)
    if when:
        label += f", {when}"
    label = re.sub(r"\s+", " ", label).strip()
    return label[:1].upper() + label[1:]


def _body_and_members(
    words: Sequence[_Word], covered: set[str], actors: Mapping[str, Actor]
) -> bool:
    """'EU foreign ministers', 'NATO defence chiefs': one actor's name, then lower-case words
    that say who of it met."""
    if len(covered) != 1:
        return False
    spans = [m for m in actors[next(iter(covered))].mentions if m.start == words[0].start]
    if not spans:
        return False
    rest = [w for w in words if w.start >= spans[0].end]
    stop = lexicon("label_member_stop_words")
    return bool(rest) and all(w.text[0].islower() and w.low not in stop for w in rest)


def _complement_text(
    found, etype: str, event: Event, actors: Mapping[str, Actor], text: str
) -> tuple[str, set[str]]:
    """The complement as the label shows it, and the actors it names."""
    prep, words = found
    if prep == "" and etype not in lexicon("label_object_types"):
        return "", set()
    prep = prep or ("on" if etype in lexicon("label_on_types") else "of")
    every = list(actors)
    covered = _covered(words, actors, every)
    if etype == "meeting" and prep == "of" and _body_and_members(words, covered, actors):
        return f"of {_render(words, text)}", covered  # "meeting of EU foreign ministers"
    if etype in lexicon("label_partner_types") and prep in lexicon("label_partner_preps"):
        # "with the High Representative of the EU ... Josep Borrell": the actors say it better
        if not covered or not _ends_in_actor(words, actors):
            return "", set()
        if covered & set(event.participants) or len(event.participants) >= 2:
            return "", set()  # the participants name them
        names = [
            actor_display_name(actors[k])
            for k in sorted(covered, key=lambda k: min(m.start for m in actors[k].mentions))
        ]
        return f"{prep} {_join(names)}", covered
    spans = [
        m
        for k in covered
        for m in actors[k].mentions
        if words[0].start <= m.start and m.end <= words[-1].end
    ]
    rest = [w for w in words if not any(m.start <= w.start and w.end <= m.end for m in spans)]
    if covered and all(w.low in lexicon("label_name_list_words") for w in rest):
        names = [
            actor_display_name(actors[k])
            for k in sorted(covered, key=lambda k: min(m.start for m in actors[k].mentions))
        ]
        return f"{prep} {_join(names)}", covered  # only names: the names as the label gives them
    return f"{prep} {_render(words, text)}", covered & set(event.participants + event.targets)


def _attributive(actor: Actor) -> str:
    """The name before a noun: 'Houthi attacks' for the Houthis (the singular the article
    also uses)."""
    name = actor_display_name(actor)
    if actor.type == "group" and name.endswith("s") and name[:-1] in actor.aliases:
        return name[:-1]
    return name


def _last_word(phrase: str) -> str:
    words = phrase.split()
    return words[-1] if words else ""


def _assemble(
    etype: str,
    core: str,
    complement: str,
    participants: list[str],
    targets: list[str],
    actors: Mapping[str, Actor],
) -> str:
    names = [actor_display_name(actors[k]) for k in participants]
    tail = f" {complement}" if complement else ""
    if etype == "meeting":
        bodies = [k for k in participants if actors[k].type in ("organization", "group")]
        of_head = _last_word(core) in lexicon("label_of_heads")
        if of_head and len(bodies) == 1 and (not complement or complement.startswith("on ")):
            # "session of the CSTO", "emergency session of the AUPSC on the crisis"
            return f"{core} of {actor_display_name(actors[bodies[0]])}{tail}"
        if len(names) == 2:
            return f"{names[0]}\u2013{names[1]} {core}{tail}"
        if len(names) > 2:
            return f"{core} {'of' if of_head else 'between'} {_join(names)}{tail}"
        return f"{_join(names)} {core}{tail}".strip()
    if etype == "agreement":  # the parties, when there are two or more ("A–B ceasefire")
        lead = "\u2013".join(names[:MAX_NAMES]) if len(names) > 1 else ""
        return f"{lead} {core}{tail}".strip()
    if etype == "interview":
        people = [actor_display_name(actors[k]) for k in participants if actors[k].type == "person"]
        outlets = [k for k in participants if actors[k].type in ("organization", "group")]
        outlets.sort(
            key=lambda k: (actors[k].wikidata is None, -len(actors[k].mentions))
        )  # the named outlet
        media = [actor_display_name(actors[k]) for k in outlets]
        lead = _join(people or names)
        if not complement and people and media:
            tail = f" with {media[0]}"
        return f"{lead} {core}{tail}".strip()
    lead = _join([_attributive(actors[k]) for k in participants])
    if not complement and targets and _last_word(core) not in lexicon("label_no_target_heads"):
        prep = "on" if etype in lexicon("label_on_types") else "against"
        tail = f" {prep} {_join([actor_display_name(actors[k]) for k in targets])}"
    return f"{lead} {core}{tail}".strip()
