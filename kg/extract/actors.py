"""Actors within one article: mentions found, clustered into one actor per real entity.

Sources of mentions, in order of trust: the gazetteer (countries, their capitals used as
metonyms, intergovernmental bodies, agencies, known groups), spaCy's PERSON / ORG / NORP
entities, lower-case organisation phrases ("the Ukrainian communications service",
"the ministries of foreign affairs, education and energy"), photo credits and pull-quote
credits. Surnames join the full name they belong to; an organisation named with and
without its country ("the Ministry of Defence of Armenia" / "the Ministry of Defence")
is one actor, while two countries' ministries stay two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.components import title_word
from kg.extract.lexicon import COMPANY_NOUNS, ORG_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS
from kg.rules import lexicon, table as rules_table
from kg.link.gazetteer import Entry, Gazetteer

_LEAD = re.compile(r"^(?:the|a|an|official)\s+", re.I)
_INSTITUTION = re.compile(r"\b(?:Centre|Center|Institute|University|Foundation|Council|Agency|Committee|Academy|School|College)\b")
_STATE_HEADS = lexicon("state_heads")
_PLACE_NOUNS = lexicon("place_nouns")
_PLACE_COMPOUND_NOUNS = lexicon("place_compound_nouns")
_PERSON_BODY_HEADS = lexicon("person_body_heads")
_POSTED_BODY_HEADS = lexicon("posted_body_heads")
_PUBLIC_BODY_ADJECTIVES = lexicon("public_body_adjectives")
_NON_ARMY_FORCE_WORDS = lexicon("non_army_force_words")
_TITLE_OPENING_WORDS = lexicon("title_opening_words")
_OFFICE_QUALIFIERS = lexicon("office_qualifiers")
_ANYONE_CANDIDACY_WORDS = lexicon("anyone_candidacy_words")
_HOST_BODY_HEADS = lexicon("host_body_heads")
_ORG_NAME_HEADS = lexicon("org_name_heads")
_BODY_HEAD_WORDS = ORG_HEADS | _ORG_NAME_HEADS  # the last word of a body's name ("Service", "Front")
_PARTY_RANK_HEADS = lexicon("party_rank_heads")
_PARTY_RANK_MODIFIERS = lexicon("party_rank_modifiers")
_MEMBER_HEADS = lexicon("body_member_heads")
_MODEL_NOUNS = lexicon("model_nouns")
_STATE_AGENTS = lexicon("state_agent_nouns")
_OCCUPATIONS = lexicon("occupation_heads")
_NAME_ONLY_TITLES = lexicon("name_only_titles")


@dataclass
class Cluster:
    key: str
    name: str
    type: str
    aliases: dict[str, None] = field(default_factory=dict)  # ordered set
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[tuple[str, str | None, tuple[int, int]]] = field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None
    base: str | None = None  # organisations: the name without its country qualifier
    nationality: str | None = None  # persons: the gazetteer's country of a known person
    implied: bool = False  # a country the text never names, the body of its one-country office

    def add_alias(self, text: str) -> None:
        text = " ".join(text.split()).strip(" ,.;:")
        if text and text != self.name:
            self.aliases.setdefault(text, None)

    @property
    def first(self) -> int:
        return min((s for s, _ in self.mentions), default=10**9)


_BASE_SYNONYMS = [
    (re.compile(r"^(?:ministry of (?:foreign|external) affairs|(?:foreign|external) (?:affairs )?ministry|mfa|foreign office)$"), "mfa"),
    (re.compile(r"^(?:ministry of defen[cs]e|defen[cs]e ministry|mod)$"), "mod"),
    (re.compile(r"^(?:ministry of (?:the )?interior|interior ministry)$"), "moi"),
]


_SYNONYM_BASES = {key for _, key in _BASE_SYNONYMS}


def _norm_base(text: str) -> str:
    """One key for the usual names of the same kind of body: 'foreign ministry' and
    'Ministry of Foreign Affairs' of a country are the same ministry."""
    low = re.sub(r"\s+", " ", text.lower()).strip()
    for pat, key in _BASE_SYNONYMS:
        if pat.match(low):
            return key
    return low


def strip_np(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"('s|')$", "", text)
    return _LEAD.sub("", text).strip(" ,.;:-")


class ActorTable:
    """The actors of one article and an index from character offsets to actors."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.clusters: dict[str, Cluster] = {}
        self._by_entry: dict[str, str] = {}
        self._spans: list[tuple[int, int, str]] = []
        self._n = 0
        self.text: str | None = None  # the article's (cleaned) text, once collect has seen it

    # -- creation -----------------------------------------------------------------------
    def _new(self, name: str, type_: str, **kw) -> Cluster:
        self._n += 1
        c = Cluster(f"a{self._n}", name, type_, **kw)
        self.clusters[c.key] = c
        return c

    def mention(self, key: str, start: int, end: int, text: str | None = None) -> str:
        c = self.clusters[key]
        if (start, end) not in c.mentions:
            c.mentions.append((start, end))
            self._spans.append((start, end, key))
        if text:
            c.add_alias(text)
        return key

    def for_entry(self, entry: Entry) -> str:
        key = self._by_entry.get(entry.name)
        if key is None:
            c = self._new(entry.name, entry.type, wikidata=entry.wikidata)
            self._by_entry[entry.name] = c.key
            for a in entry.aliases:
                if not a.lower().startswith("the "):
                    c.add_alias(a)
            if entry.country and entry.type == "person":
                c.nationality = entry.country  # a person's country is not "held in"
            elif entry.country and entry.type != "country":
                country = self.gaz.country(entry.country) or self.gaz.lookup(entry.country)
                if country is not None:
                    c.country = self.for_entry(country)
                    c.base = _norm_base(self.split_country(entry.name)[0])
            key = c.key
        return key

    def last_holder(self, of: str, before: int, fits) -> str | None:
        """The person named at or before offset ``before`` who holds a title of ``of`` that
        ``fits(title)`` accepts; the last mentioned of them ('the Turkish president' is the
        president of Turkey named most recently)."""
        best = None
        for c in self.clusters.values():
            if c.type != "person" or c.first > before:
                continue
            if any(o == of and fits(title) for title, o, _ in c.roles):
                last = max((s for s, _ in c.mentions if s <= before), default=-1)
                if best is None or last > best[0]:
                    best = (last, c.key)
        return best[1] if best else None

    def country_key(self, word: str) -> str | None:
        """The actor key of the country a name, metonym or demonym stands for."""
        w = strip_np(word)
        # "U.S." as written first: strip_np would leave "U.S", which names nothing
        entry = self.gaz.lookup(word.strip()) or self.gaz.lookup(w) or self.gaz.by_demonym(w)
        if entry is None:
            m = re.match(r"^(?:(?:Republic|Federation|Kingdom|State)\s+of\s+(?:the\s+)?)(.+)$", w)
            if m:
                entry = self.gaz.lookup(m.group(1))
        if entry is None or entry.type != "country":
            return None
        return self.for_entry(entry)

    def person(self, name: str, start: int, end: int) -> str:
        name = re.sub(r"^\d[\d:.]*\s*[-\u2013\u2014]\s*", "", strip_np(name))  # "15:25 - X" in a live blog
        for c in self.clusters.values():
            if c.type == "person" and (c.name == name or name in c.aliases):
                return self.mention(c.key, start, end, name)
        c = self._new(name, "person")
        return self.mention(c.key, start, end)

    def organization(
        self, name: str, start: int, end: int, *, country: str | None = None, type_: str = "organization"
    ) -> str:
        name = strip_np(name)
        base, qualifier = self.split_country(name)
        country = qualifier or country
        key = self._find_org(base, country, name)
        if key is None:
            c = self._new(name, type_, country=country, base=_norm_base(base))
            key = c.key
        c = self.clusters[key]
        # the most explicit form (with its country) becomes the name
        if country and c.country is None:
            c.country = country
        if len(name) > len(c.name) and qualifier:
            c.add_alias(c.name)
            c.name = name
        return self.mention(key, start, end, name)

    def split_country(self, name: str) -> tuple[str, str | None]:
        """'Ministry of Defence of Armenia' -> ('Ministry of Defence', key of Armenia);
        'Armenian Ministry of Defence' / "India's Ministry ..." likewise."""
        for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", name))):
            base, rest = name[: m.start()], name[m.end() :]
            if base and rest[:1].isupper():
                key = self.country_key(rest)
                if key:
                    return base, key
        first, _, rest = name.partition(" ")
        if rest:
            key = self.country_key(re.sub(r"'s?$", "", first))
            if key and rest[:1].isupper() or (key and rest.split()[-1].lower() in ORG_HEADS):
                return rest, key
        return name, None

    def foreign_entry(self, entry: Entry, country: str | None) -> bool:
        """Is ``entry`` a body of another country than the one ``country`` (a key) names?"""
        if country is None or entry.country is None or country not in self.clusters:
            return False
        home = self.gaz.country(entry.country) or self.gaz.lookup(entry.country)
        return home is not None and home.name != self.clusters[country].name

    def _find_org(self, base: str, country: str | None, name: str) -> str | None:
        low = _norm_base(base)
        entry = self.gaz.lookup(name)
        if entry is not None and entry.type != "country" and not self.foreign_entry(entry, country):
            return self.for_entry(entry)
        candidates = [
            c for c in self.clusters.values() if c.base == low or name in c.aliases or c.name == name
        ]
        if country:
            same = [c for c in candidates if c.country in (None, country)]
            exact = [c for c in same if c.country == country]
            pick = exact or same
            return pick[-1].key if pick else None
        if not candidates:
            return None
        # an unqualified name joins the most recently mentioned body of that name
        return max(candidates, key=lambda c: max((s for s, _ in c.mentions), default=-1)).key

    # -- lookups ------------------------------------------------------------------------
    def at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end) the most."""
        best, overlap = None, 0
        for s, e, key in self._spans:
            o = min(e, end) - max(s, start)
            if o > overlap:
                best, overlap = key, o
        return best

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return sorted((s, e, k) for s, e, k in self._spans if s >= start and e <= end)

    def resolve_person_name(self, name: str) -> str | None:
        """A surname or given name alone: the unique person whose name holds it."""
        token = strip_np(name)
        people = [c for c in self.clusters.values() if c.type == "person" and " " in c.name]
        last = [c for c in people if c.name.split()[-1] == token]
        if len(last) == 1:
            return last[0].key
        anyw = [c for c in people if token in c.name.split()]
        if len(anyw) == 1:
            return anyw[0].key
        return None

    def resolve_partial_name(self, name: str) -> str | None:
        """Two or more words of a longer person's name, in order ('Shah Mahmood' of 'Shah
        Mahmood Qureshi'): that person, when only one name holds them."""
        words = strip_np(name).split()
        n = len(words)
        hits = [
            c for c in self.clusters.values()
            if c.type == "person" and len(c.name.split()) > n
            and any(c.name.split()[i : i + n] == words for i in range(len(c.name.split()) - n + 1))
        ]
        return hits[0].key if len(hits) == 1 else None

    def merge(self, src: str, dst: str) -> None:
        if src == dst or src not in self.clusters:
            return
        a, b = self.clusters.pop(src), self.clusters[dst]
        b.add_alias(a.name)
        for al in a.aliases:
            b.add_alias(al)
        b.mentions.extend(m for m in a.mentions if m not in b.mentions)
        b.roles.extend(a.roles)
        self._spans = [(s, e, dst if k == src else k) for s, e, k in self._spans]
        for c in self.clusters.values():
            if c.country == src:
                c.country = dst
            c.roles = [(t, dst if o == src else o, sp) for t, o, sp in c.roles]
        for name, k in list(self._by_entry.items()):
            if k == src:
                self._by_entry[name] = dst


# -- names that are not actors, acronyms, repaired names -----------------------------------

_SHIP_PREFIXES = lexicon("ship_prefixes")
_VESSEL_NOUNS = lexicon("vessel_nouns")
_DIRECTIONS = lexicon("direction_words")
_SEATS = lexicon("seat_names")
_SEAT_PRIZE_VERBS = lexicon("seat_prize_verbs")
_PLACE_HEADS = lexicon("place_heads")
_REGIONS = lexicon("region_names")
_THING_HEADS = lexicon("thing_heads")
_THING_WORDS = lexicon("thing_words")
_PLATFORMS = lexicon("channel_platforms")
_COLLECTIVE = lexicon("collective_determiners")
_RANKS = lexicon("rank_words")
_RANK_PREFIXES = lexicon("rank_prefixes")
_SERVICE_RANKS = lexicon("service_rank_prefixes")
_SERVICE_BRANCHES = lexicon("service_branch_words")
_ARMED_BODY_WORDS = lexicon("armed_body_words")
_ROYAL_TITLES = lexicon("royal_titles")
_POSSESSIVES = rules_table("possessive_antecedents")
_ABBREVIATIONS = rules_table("title_abbreviations")
_PLURAL_ABBREVIATIONS = rules_table("plural_title_abbreviations")
_ELECTED = lexicon("elected_offices")
_GENERAL_OFFICES = lexicon("general_offices")
_STAFF_WORDS = lexicon("leader_staff_words")
_PAST_MODIFIERS = lexicon("past_title_modifiers")
_AND_TAILS = lexicon("and_name_tails")
_TITLE_PREFIXES = lexicon("title_prefixes")
_HYPHENATED_TITLES = lexicon("hyphenated_title_heads")
_CANDIDACY_TITLES = lexicon("candidacy_titles")
_CANDIDACY_MODIFIERS = lexicon("candidacy_modifiers")
_SENDING_STATE_TITLES = lexicon("sending_state_titles")
_DESCRIPTIVE_ADJECTIVES = lexicon("descriptive_title_adjectives")
_TITLE_TIME_ADVERBS = lexicon("title_time_adverbs")
_CITY_TITLES = lexicon("city_government_titles")
_NATIONAL_OFFICES = rules_table("national_offices")
_SHARED_OFFICES = rules_table("shared_offices")
_OFFICE_COUNTRIES = rules_table("office_name_countries")
_APPOINTMENT_VERBS = lexicon("appointment_verbs")
_HOLDING_VERBS = lexicon("office_holding_verbs")
_OFFICE_VERBS = rules_table("office_verbs")
_OFFICE_OBJECTS = lexicon("office_objects")
_REPRESENT_VERBS = lexicon("representation_verbs")
_PARTNER_PREPS = lexicon("partner_prepositions")
_MEDIA_TITLES = lexicon("media_titles")
_CREDIT_TITLES = rules_table("credit_titles")
_WIRE_SERVICES = lexicon("wire_services")
_PORTFOLIO_TITLES = lexicon("portfolio_titles")
_TITLE_SUFFIXES = lexicon("title_suffixes")
_STATE_TITLES = lexicon("state_titles")
_SUB_BODY_HEADS = lexicon("sub_body_heads")
_MISSION_HEADS = lexicon("named_mission_heads")
_SUB_BODY_FAR_HEADS = lexicon("sub_body_far_heads")
_ARMED_HEADS = lexicon("armed_people_heads")
_ARMED_HEADS_NAME = "forces"
_CAMPAIGN_WORDS = lexicon("campaign_words")
_HONORIFICS = lexicon("honorifics")
_COUNTRY_FORCES = lexicon("country_force_nouns")
_ARMY_NAME_WORDS = lexicon("state_army_name_words")
_BARE_STATE_NOUNS = lexicon("bare_state_nouns")
_GOVERNMENT_LEVELS = lexicon("government_level_words")
_SERVICE_NOUNS = sorted((tuple(w.split()) for w in lexicon("state_service_nouns")), key=len, reverse=True)
_CAMPAIGN_MODIFIERS = lexicon("campaign_modifiers")
_ORG_OFFICES = lexicon("organisation_offices")
_GROUP_CODES = lexicon("group_code_prefixes")
_REMIT_WORDS = lexicon("remit_body_words")
_CAPITALISED_BODY_HEADS = lexicon("capitalised_body_heads")
_APPOSITIVE_BODY_NOUNS = lexicon("appositive_body_nouns")
_COUNTRY_BODY_HEADS = (
    lexicon("country_body_heads") | ORG_HEADS | _ORG_NAME_HEADS | _CAPITALISED_BODY_HEADS
) - _STATE_HEADS
_HEADLINE_FUNCTION_WORDS = lexicon("headline_function_words")
_CODE_NAME = re.compile(r"^[A-Z][A-Za-z]*\d+\(\d+$")  # "NoName057(16", the token before its ")"
_COMPANY_STAKES = {"stake", "share", "shares", "investment", "interest", "role", "job", "post", "position", "member", "membership", "official", "officials"}
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]")
_SELF_NAMING_VERBS = lexicon("claim_self_naming_verbs")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]*(?:-[A-Z0-9]+)*$")


def _is_acronym(text: str) -> bool:
    text = text.strip()
    return 2 <= len(text) <= 10 and bool(_ACRONYM.match(text)) and sum(ch.isalpha() for ch in text) >= 2


def _group_code(text: str) -> bool:
    """'APT28', 'Storm-0558', 'NoName057(16)': the code name of a hacker group (a code
    prefix and digits, or a name with a number and a bracketed number)."""
    text = text.strip()
    if any(text.startswith(p) and text[len(p) : len(p) + 1].isdigit() for p in _GROUP_CODES):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z]*\d+\(\d+\)", text))


def _handle(text: str) -> bool:
    """'Orion_13': an online handle (letters, an underscore, more letters or digits), which
    news writes as the name of whoever hides behind it."""
    return bool(_HANDLE.fullmatch(text.strip()))


def _code_names(doc: Doc, ents: list[Span]) -> bool:
    """'NoName057(16)', which the tokenizer cuts before its closing bracket: the name with
    its bracket, one organisation entity (the NER's, extended, or a new one); an online
    handle the NER leaves out ('Orion_13', not '@orion_13', an address), and a name quoted
    after 'calling itself' that it reads as a work's title (there and wherever the text
    quotes it again): organisations too. True when the entities changed."""
    changed = False
    self_named = {e.text for e in ents if e.label_ == "WORK_OF_ART" and _named_after_itself(doc, e.start)}
    for n, e in enumerate(ents):
        if e.label_ == "WORK_OF_ART" and e.text in self_named:
            ents[n] = Span(doc, e.start, e.end, label="ORG")
            changed = True
    for t in doc:
        if _handle(t.text) and t.text[:1].isupper() and not t.ent_type_ \
                and not (t.i > 0 and doc[t.i - 1].text == "@") and not any(e.start <= t.i < e.end for e in ents):
            ents.append(Span(doc, t.i, t.i + 1, label="ORG"))
            changed = True
    for t in doc[:-1]:
        if not _CODE_NAME.match(t.text) or t.whitespace_ or doc[t.i + 1].text != ")":
            continue
        hit = [n for n, e in enumerate(ents) if e.start <= t.i + 1 and t.i < e.end]
        if len(hit) == 1 and ents[hit[0]].end == t.i + 1:
            e = ents[hit[0]]
            ents[hit[0]] = Span(doc, e.start, t.i + 2, label=e.label_, kb_id=e.kb_id_, span_id=e.id_)
            changed = True
        elif not hit:
            ents.append(Span(doc, t.i, t.i + 2, label="ORG"))
            changed = True
    ents.sort(key=lambda e: e.start)
    return changed


def _named_after_itself(doc: Doc, start: int) -> bool:
    """'a group calling itself "Baltic Truth"', 'an account that calls itself ...': the
    name right after a verb of naming and 'itself' (an opening quote between) is the name
    of the one so named."""
    k = start - 1
    while k >= 0 and (doc[k].is_quote or doc[k].text in ("\u201c", "'")):
        k -= 1
    return k >= 1 and doc[k].lower_ == "itself" and doc[k - 1].lemma_.lower() in _SELF_NAMING_VERBS


def _speaks(ent: Span) -> bool:
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS


def _place_name(ent: Span) -> bool:
    words = strip_np(ent.text).split()
    return bool(words) and words[-1].lower() in _PLACE_HEADS or _directional_place(ent)


def _directional_place(ent: Span) -> bool:
    """'in eastern Ladakh': a name after a compass word, governed by a preposition, is a region."""
    doc = ent.doc
    return (
        ent.start > 0 and doc[ent.start - 1].lower_ in _DIRECTIONS and doc[ent.start - 1].is_lower
        and ent.root.dep_ == "pobj"
    )


def _not_actor(ent: Span, entry: Entry | None) -> bool:
    """A name of a thing, not of an actor: a ship ('BRP Sierra Madre'), a place ('Thomas
    Shoal'), a weapon, site, document or technique ('a Zircon missile', 'DDoS'), or a
    platform that only carries a post ('said on Telegram')."""
    words = strip_np(ent.text).split()
    if not words:
        return False
    low = strip_np(ent.text).lower()
    root = ent.root
    if low in _PLATFORMS and not _speaks(ent):
        if root.dep_ == "pobj" or root.dep_ in ("compound", "amod", "poss"):
            return True
    if low in _SEATS and root.dep_ == "pobj" and root.head.lower_ in ("at", "outside", "inside", "near"):
        return True  # "Speaking at the White House": the building
    if low in _SEATS and root.dep_ == "dobj" and root.head.lemma_ in _SEAT_PRIZE_VERBS:
        return True  # "to win the White House": the office
    if entry is not None:
        return False
    if words[0] in _SHIP_PREFIXES and len(words) > 1:
        return True
    before = [t for t in ent.doc[max(0, ent.start - 2) : ent.start]]
    if before and (before[-1].lower_ in _VESSEL_NOUNS and before[-1].pos_ == "NOUN" or (
        len(before) == 2 and before[-1].is_title and before[-1].pos_ == "PROPN" and before[0].lower_ in _VESSEL_NOUNS
    )):
        return True  # "the supply boat Unaizah May 2", "the carrier Admiral Kuznetsov"
    if ent.label_ == "PERSON" and any(ch.isdigit() for ch in ent.text):
        return True  # "Oct 2" in a dateline: no person's name holds a digit
    if ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside") and len(words) <= 3 \
            and not any(w.lower() in _BODY_HEAD_WORDS for w in words) and not _is_acronym(ent.text) \
            and root.head.head.pos_ == "NOUN" and root.head.head.lemma_ not in _COMPANY_STAKES:
        return True  # "a market in El Fasher": a place
    if words[-1].lower() in _PLACE_HEADS or low in _REGIONS or _directional_place(ent):
        return True
    if low in _THING_WORDS:
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in _MODEL_NOUNS and nxt.pos_ == "NOUN" and ent.label_ != "PERSON":
        return True  # "a Zircon missile", "the Druzhba pipeline": the name of a thing
    if (words[-1].lower() in _THING_HEADS and len(words) > 1) and not _speaks(ent):
        return True
    return False


def _common_noun_name(ent: Span) -> bool:
    """A common noun capitalised only because it opens a sentence or line ('Hackers also
    accessed ...', 'Troop presence.'): one word the text also writes in lower case, where
    it is no body's name word ('the army' / 'the Army' stay the army)."""
    if len(ent) != 1 or not ent[0].is_title or not ent[0].is_alpha:
        return False
    t = ent[0]
    if not (t.is_sent_start or t.i == 0 or "\n" in t.doc[t.i - 1].text_with_ws or t.doc[t.i - 1].is_quote):
        return False
    low = t.lower_
    if low in _BODY_HEAD_WORDS or low in _ARMED_BODY_WORDS or low in _SUB_BODY_HEADS:
        return False
    if _heads_lower_list(t):
        return True
    return any(o.i != t.i and o.is_lower and (o.lower_ == low or o.lemma_ == t.lemma_.lower() or o.lemma_ == low) for o in t.doc)


def _heads_lower_list(t) -> bool:
    """'Tribal, ethnic and religious feuds persist.': a word opening a sentence and a list
    whose other members are written in lower case is a common word too."""
    doc = t.doc
    nxt = doc[t.i + 1 : t.i + 8]
    if len(nxt) < 4 or nxt[0].text != "," or not (nxt[1].is_lower and nxt[1].is_alpha):
        return False
    for k, w in enumerate(nxt[2:], start=2):
        if w.lower_ in ("and", "or"):
            return k + 1 < len(nxt) and nxt[k + 1].is_lower and nxt[k + 1].is_alpha
        if not (w.text == "," or w.is_lower and w.is_alpha):
            return False
    return False


def _names_entry(entry: Entry, name: str) -> bool:
    forms = {entry.name.lower(), *(a.lower() for a in entry.aliases)}
    forms |= {re.sub(r"\s+of\s+(?:the\s+)?[A-Z][\w' -]+$", "", f).lower() for f in (entry.name, *entry.aliases)}
    return strip_np(name).lower() in forms


def _acronym_definitions(doc: Doc) -> dict[str, Span]:
    """'the National Council for Renewal (NCR)', 'the Kestrel Trade Act, or KTA,': the acronym
    in brackets, or after a comma and 'or', -> the name it stands for."""
    out: dict[str, Span] = {}
    for tok in doc:
        close = next((k for k in range(tok.i + 2, min(tok.i + 6, len(doc))) if doc[k].text == ")"), None)
        if tok.text == "," and tok.i + 3 < len(doc) and doc[tok.i + 1].lower_ == "or" and doc[tok.i + 3].is_punct:
            acr = doc[tok.i + 2].text  # "..., or KTA, which"
        elif tok.text == "(" and close is not None:
            acr = doc.text[doc[tok.i + 1].idx : doc[close].idx].strip()
        else:
            continue
        if not _is_acronym(acr) or acr in out:
            continue
        # the name: the capitalised words (and 'of', 'for', 'and', 'the') right before
        j = tok.i
        while j > 0 and (doc[j - 1].is_title or doc[j - 1].is_upper and doc[j - 1].is_alpha or doc[j - 1].lower_ in ("of", "for", "and", "the", "on", "in", "de", "-")) and "\n" not in doc[j - 1].text_with_ws:
            j -= 1
        while j < tok.i and doc[j].lower_ in ("of", "for", "and", "the", "on", "in", "de", "-"):
            j += 1
        if tok.i - j < 2:
            continue
        span = doc[j : tok.i]
        head = next((t for t in span if t.lower_ in ("of", "for")), None)
        head = doc[head.i - 1] if head is not None and head.i > span.start else span[-1]
        if head.lemma_.lower() in _PLACE_NOUNS or head.lower_ in _PLACE_HEADS:
            continue  # "the Line of Actual Control (LAC)": a place
        initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
        letters = acr.replace("-", "").replace("&", "")
        if initials[:1] != letters[:1] and not (len(span) and letters[:1] in initials):
            continue
        out[acr] = span
    return out


def _apply_acronyms(doc: Doc, table: ActorTable, acronyms: dict[str, Span]) -> None:
    """The acronym a text introduces names the same actor as the full name: one actor, the
    acronym an alias."""
    for acr, span in acronyms.items():
        if span[-1].lower_ in _THING_HEADS:
            continue  # a law's or a treaty's acronym: no actor (``collect``)
        full = table.at(span.start_char, span.end_char)
        if full is None or (table.clusters[full].type == "country" and not any(
            s <= span.start_char and span.end_char <= e for s, e in table.clusters[full].mentions
        )):
            # "the Armed Forces of the Philippines (AFP)", which the NER read as a place
            # only: the name the text defines is a body of its own
            full = table.organization(span.text, span.start_char, span.end_char)
        if table.clusters[full].type not in ("organization", "group"):
            continue
        if not any(s >= span.start_char and e <= span.end_char + 1 for s, e in table.clusters[full].mentions):
            continue  # the full name is only part of a longer mention
        c = table.clusters[full]
        for key in list(table.clusters):
            other = table.clusters.get(key)
            if other is None or key == full:
                continue
            texts = [doc.text[s:e] for s, e in other.mentions]
            entry = table.gaz.lookup(other.name) if key in table._by_entry.values() else None
            if entry is not None and _names_entry(entry, span.text):
                table.merge(full, key)  # the shipped entry of that name keeps its full name
                full, c = key, other
            elif (other.name == acr or (texts and all(t == acr for t in texts))) and not (
                key in table._by_entry.values() and other.name != acr
            ):
                table.merge(key, full)
            elif acr in texts:  # a shipped entry the acronym also names elsewhere ("AFP": not the agency here)
                for s, e in [m for m in other.mentions if doc.text[m[0]:m[1]] == acr]:
                    other.mentions.remove((s, e))
                    table._spans = [x for x in table._spans if x != (s, e, key)]
                    table.mention(full, s, e)
        c.add_alias(acr)
        # the full name as the text spells it ("National Task Force" + " for the West Philippine Sea")
        name = strip_np(span.text)
        if len(name) > len(c.name) and c.name in name and not c.wikidata and full not in table._by_entry.values():
            c.add_alias(c.name)
            c.name = name
        # the acronym again later, where the NER saw no name
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", doc.text[span.end_char :]):
            s, e = span.end_char + m.start(), span.end_char + m.end()
            if table.at(s, e) is None:
                table.mention(full, s, e)


_INITIALS_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "de", "&"})


def _initials(name: str) -> set[str]:
    """'Rapid Support Forces' -> 'RSF'; 'Organization for Security and Co-operation in
    Europe' -> 'OSCE' (a hyphenated word gives its first letter); 'World Anti-Doping
    Agency' -> 'WADA' too (each capitalised part of one gives its own): the ways news
    spells a body's initials."""
    words = [w for w in re.split(r"[\s/]+", strip_np(name)) if w and w.lower() not in _INITIALS_SKIP]
    parts = [p for w in words for p in w.split("-")]
    return {"".join(w[0] for w in ws if w[:1].isupper()) for ws in (words, parts)}


def _untagged_acronyms(doc: Doc, table: ActorTable) -> None:
    """An acronym the NER tags as no name, written as a body acts ('The EUMM said', 'was
    supervised by the EUMM', 'proposed to the EUMM and the OSCE'): 'the', then three to six
    capital letters heading their noun phrase, the subject of a speech verb, the agent of a
    passive verb, or joined to a name the NER tags. An organisation named by its acronym,
    at every occurrence the NER left untagged ('EUMM head ...'); another article may
    introduce it with its full name (kg.link.entities joins the two). A thing's acronym
    ('the TNT was found', 'a GPS unit') does none of these."""
    for t in doc:
        text = t.text
        if not (t.is_alpha and text.isupper() and 3 <= len(text) <= 6) or t.ent_type_ or t.i == 0:
            continue
        if doc[t.i - 1].lower_ != "the":
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and (nxt.is_title or nxt.is_upper):
            continue  # "the EUMM Head Office": part of a longer name
        joined = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
        if not (
            (t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS)
            or (t.dep_ == "pobj" and t.head.dep_ == "agent")
            or any(j.ent_type_ in ("ORG", "GPE", "NORP") for j in joined)
        ):
            continue
        if table.at(t.idx, t.idx + len(text)) is not None or table.gaz.lookup(text) is not None:
            continue
        key = table.organization(text, t.idx, t.idx + len(text))
        for m in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", doc.text):
            if table.at(m.start(), m.end()) is None:
                table.mention(key, m.start(), m.end())


def _merge_bare_acronyms(table: ActorTable) -> None:
    """An acronym the text never introduces in brackets, used after the full name ('the
    paramilitary Rapid Support Forces ... The RSF did not comment'), is that name's alias
    when the initials of exactly one organisation or group of the article spell it and the
    acronym is not a gazetteer name of its own."""
    for key, c in list(table.clusters.items()):
        if key not in table.clusters or c.type not in ("organization", "group") or not _is_acronym(c.name):
            continue
        if key in table._by_entry.values() or len(c.name) < 2:
            continue  # the gazetteer's own acronym ("NATO", "FSB") names its own entry
        letters = c.name.replace("-", "").replace("&", "").replace(".", "")
        full = [
            o for o in table.clusters.values()
            if o.key != key and o.type in ("organization", "group") and not _is_acronym(o.name)
            and len(o.name.split()) >= 2 and letters in _initials(o.name)
        ]
        if len(full) == 1:
            table.merge(key, full[0].key)


def _merge_qualified(table: ActorTable) -> None:
    """'the National Security Council' and 'the National Security Council of Ukraine' are one
    body when only one body of that name has a country (whichever came first); so are 'the
    Foreign Ministry' and 'the Ministry of Foreign Affairs of China', one-word bases of the
    usual names of a ministry (_BASE_SYNONYMS)."""
    orgs = [c for c in table.clusters.values() if c.type == "organization"]
    for c in orgs:
        if c.country is not None or c.key not in table.clusters or not c.base or (" " not in c.base and c.base not in _SYNONYM_BASES):
            continue
        same = [o for o in orgs if o.key != c.key and o.key in table.clusters and o.base == c.base and o.country is not None]
        if len({o.country for o in same}) == 1:
            table.merge(c.key, same[0].key)


def _repair_names(doc: Doc, gaz: Gazetteer) -> None:
    """Names the NER cut or glued: a person's name goes on over the capitalised words that
    follow it ('Ana Lucia' + 'Ferreira Gomes'); two unknown names joined as one noun phrase
    are one name ('Shah Mahmood' + 'Qureshi'); a name that swallowed the bracket of its
    acronym ('National Council for Renewal (') stops before it; a code name keeps its
    bracket ('NoName057(16)')."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    changed = _code_names(doc, ents)
    while i < len(ents):
        ent = ents[i]
        start, end, label = ent.start, ent.end, ent.label_
        # "15:25 - Jane Roe" in a live blog: the time is no part of the name
        k = start
        while k < end - 1 and (doc[k].text[:1].isdigit() and all(ch.isdigit() or ch in ":." for ch in doc[k].text) or doc[k].text in ("-", "\u2013", "\u2014")):
            k += 1
        if k > start and label in ("PERSON", "ORG") and doc[k - 1].text in ("-", "\u2013", "\u2014"):
            start = k
            changed = True
        # "Ms Kouyate" (British style, no full stop): the courtesy title is no part of the name
        if label == "PERSON" and end - start > 1 and doc[start].lower_ in _HONORIFICS:
            start += 1
            changed = True
        # a bracket inside a name: cut the name there
        cut = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
        if cut is not None:
            end = cut
            changed = True
        # "Secretary of State Clinton": the end of the title is no part of the name
        nxt0 = ents[i + 1] if i + 1 < len(ents) else None
        if (label == "PERSON" or (label == "ORG" and end - start == 1 and nxt0 is not None and nxt0.start == end and nxt0.label_ == "PERSON")) \
                and start > 1 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].lower_ in TITLE_HEADS and doc[start].lower_ in TITLE_MODIFIERS:
            start += 1
            changed = True
            if start >= end:
                i += 1
                continue
        # "Rostov-on-Don": a piece of a hyphenated place name is no name of its own
        if label in ("PERSON", "ORG") and (
            (start > 0 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ if start > 1 else False)
            or (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_lower)
        ) and _ent_entry(ent, gaz) is None:
            changed = True
            i += 1
            continue
        if label == "ORG" and (end - start == 1 and _service_rank(doc, start) or _branch_rank(doc, start, end)):
            changed = True  # "Army General X", "Navy Capt. X": a rank, no body
            i += 1
            continue
        # '"...," Rear Admiral Jan Novak told reporters': the NER reads the name right after a
        # closing quote as a title of a work; before a verb of speech it is the speaker,
        # after any title words
        if label == "WORK_OF_ART" and start > 0 and doc[start - 1].is_quote and end < len(doc) \
                and doc[end].lemma_.lower() in SPEECH_VERBS and doc[end].pos_ == "VERB" \
                and all(t.is_title and t.pos_ == "PROPN" or t.text == "." for t in doc[start:end]):
            k = start
            while k < end and (title_word(doc[k], "title_heads") or doc[k].lower_ in _RANKS | _RANK_PREFIXES
                               or doc[k].lower_ in _ABBREVIATIONS or doc[k].text == "."):
                k += 1
            if k < end and end - k <= 3:
                out.append(Span(doc, k, end, label="PERSON"))
            changed = True
            i += 1
            continue
        # "Major General Jan Novak" read as an organisation: a rank, then the person
        if label in ("ORG", "PERSON"):
            k = start
            while k < end and (doc[k].lower_ in _RANKS | _RANK_PREFIXES or doc[k].lower_ in _ABBREVIATIONS or doc[k].text == "."):
                k += 1
            if k > start and end - k >= 2 and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS for t in doc[k:end]):
                out.append(Span(doc, k, end, label="PERSON"))
                changed = True
                i += 1
                continue
        # "AK Party Spokesperson Jane Doe" read as one organisation: body, title, person
        if label == "ORG":
            first = start + 1 if doc[start].lower_ == "the" else start
            heads = [t for t in doc[start:end] if t.lower_ in TITLE_HEADS and t.i > first and t.lower_ not in _RANKS | _RANK_PREFIXES]
            if heads and end - heads[-1].i - 1 >= 2 and all(
                t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS for t in doc[heads[-1].i + 1 : end]
            ):
                h = heads[0]
                out.append(Span(doc, start, h.i, label="ORG"))
                out.append(Span(doc, heads[-1].i + 1, end, label="PERSON"))
                changed = True
                i += 1
                continue
        if label == "PERSON":
            k = end
            while k < len(doc) and (k - start) < 5 and not doc[k].ent_type_ and doc[k].pos_ == "PROPN" and doc[k].is_title \
                    and doc[k].lower_ not in TITLE_HEADS and doc[k - 1].whitespace_ == " " \
                    and not {doc[k].lower_} & (_THING_HEADS | _PLACE_HEADS | _ORG_NAME_HEADS | ORG_HEADS) and doc[k].dep_ in ("compound", "flat", "appos", "nsubj", "nsubjpass", "dobj", "pobj") and gaz.lookup(doc[k].text) is None:
                k += 1
            if k > end:
                end = k
                changed = True
            # "the attacker, Adil Ahmad Dar": a given name the NER left out before the name
            k = start
            prev_end = out[-1].end if out else 0
            while k > prev_end and start - k < 2 and (end - k) < 5 and _name_word(doc[k - 1], gaz) \
                    and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i in range(start, end) and doc[k - 1].whitespace_ == " ":
                k -= 1
            if k < start:
                start = k
                changed = True
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None and nxt.start == end and label in ("PERSON", "ORG", "GPE", "PRODUCT") and nxt.label_ in ("PERSON", "ORG", "GPE", "PRODUCT")
            and doc[end - 1].whitespace_ == " " and all(t.pos_ == "PROPN" and t.is_title for t in doc[start : nxt.end])
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i in range(nxt.start, nxt.end)
            and _ent_entry(doc[start:end], gaz) is None and _ent_entry(nxt, gaz) is None and nxt.end - start <= 4
            and not any(t.lower_ in TITLE_HEADS or t.lower_ in _RANKS | _RANK_PREFIXES for t in doc[start:end])
            and ("PRODUCT" not in (label, nxt.label_) or _titled_appositive(doc, start, nxt.end))
        ):
            label = "PERSON" if "PERSON" in (label, nxt.label_) or _titled_appositive(doc, start, nxt.end) else "ORG"
            end = nxt.end
            i += 1
            changed = True
        elif label in ("ORG", "PRODUCT") and 2 <= end - start <= 3 and _titled_appositive(doc, start, end) and _ent_entry(ent, gaz) is None:
            label = "PERSON"  # "a spokeswoman for the railway, Ingrida Zemaite, said"
            changed = True
        elif (
            label == "ORG" and nxt is not None and nxt.label_ == "ORG" and nxt.start == end + 1 and doc[end].lower_ == "and"
            and len(nxt) == 1 and nxt[0].lower_ in _AND_TAILS and _ent_entry(doc[start:end], gaz) is None
        ):
            end = nxt.end  # "Gulf Power and Lighting": one company, not two
            i += 1
            changed = True
        elif label == "ORG" and nxt is not None and _one_body_around_and(doc, start, end, nxt, gaz):
            end = nxt.end  # "the Information Technology and Cyber Security Service": one body
            i += 1
            changed = True
        # "Immigration and Customs Enforcement": a capitalised word and 'and' the NER left
        # out before a body's name, whose head is in the name, are its first words
        if label == "ORG" and start >= 2 and doc[start - 1].lower_ == "and" and not doc[start - 2].ent_type_ \
                and doc[start - 2].is_title and doc[start - 2].pos_ in ("PROPN", "NOUN") and doc[start - 2].head.i in range(start, end) \
                and (not out or out[-1].end <= start - 2):
            start -= 2
            changed = True
        if end > start:
            out.append(Span(doc, start, end, label=label))
        i += 1
    if changed:
        doc.ents = out


def _one_body_around_and(doc: Doc, start: int, end: int, nxt: Span, gaz: Gazetteer) -> bool:
    """'Information Technology' + 'and' + 'Cyber Security Service': the NER cuts a body's
    name at its 'and'; an unknown name of two or more words with no body head of its own,
    'and', then an unknown name ending in a body head, is one name (a single word before
    'and' is another body: 'Microsoft and Amazon Web Services')."""
    first = doc[start:end]
    if first and first[0].lower_ == "the":
        first = first[1:]
    if nxt.label_ != "ORG" or nxt.start != end + 1 or doc[end].lower_ != "and" or len(first) < 2:
        return False
    if not nxt[-1].is_title or nxt[-1].lower_ not in _BODY_HEAD_WORDS:
        return False
    if any(t.lower_ in _BODY_HEAD_WORDS or not t.is_title for t in first):
        return False
    return _ent_entry(first, gaz) is None and _ent_entry(nxt, gaz) is None


def _country_named_bodies(doc: Doc, gaz: Gazetteer) -> None:
    """'The Kenya Revenue Authority': the gazetteer tags the country's name and cuts the
    NER's organisation; a country's name (not possessive) followed, in the same run of
    capitalised words (four at most, no other known name), by words ending in a body head
    (country_body_heads) is one organisation. Its country comes back from its name
    (``ActorTable.split_country``). A state head ('the Kosovo Government') and headlines
    are left alone."""
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    i = 0
    while i < len(ents):
        ent = ents[i]
        entry = _ent_entry(ent, gaz) if ent.label_ == "GPE" else None
        end = None
        if entry is not None and entry.type == "country" and ent[-1].is_title and not _capitalised_run(doc, ent):
            k = ent.end
            j = i + 1
            while k < len(doc) and k - ent.end < 4 and doc[k - 1].whitespace_ == " " and doc[k].is_title and doc[k].is_alpha:
                if doc[k].ent_type_:
                    nxt = ents[j] if j < len(ents) else None
                    if nxt is None or nxt.start != k or nxt.label_ != "ORG" or _ent_entry(nxt, gaz) is not None:
                        break
                    if nxt.end - ent.end > 4:
                        break
                    k = nxt.end  # the NER's own rest of the name ('Police Force' read as ORG)
                    j += 1
                    if doc[k - 1].lower_ in _COUNTRY_BODY_HEADS:
                        end = k
                    continue
                k += 1
                if doc[k - 1].lower_ in _COUNTRY_BODY_HEADS:
                    end = k
        if end is None:
            out.append(ent)
            i += 1
            continue
        out.append(Span(doc, ent.start, end, label="ORG"))
        changed = True
        i += 1
        while i < len(ents) and ents[i].start < end:
            i += 1
    if changed:
        doc.ents = out


def _capitalised_run(doc: Doc, ent: Span) -> bool:
    """The name stands in a headline or a shouted lead-in, where every word is capitalised
    and the NER's name boundaries mean little: its line (six words or more, no byline or
    credit) has four or more capitalised words of four letters or more and no lower-case
    word but a headline's function words ('on', 'the'), or it is
    inside a run of four or more upper-case words that runs on into lower-case text
    ('SENATOR BLAKE RESIGNS After months ...'); a short line of names is a byline."""
    text = doc.text
    lo = text.rfind("\n", 0, ent.start_char) + 1
    hi = text.find("\n", ent.end_char)
    line = text[lo : hi if hi >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    long_caps = [w for w in words if len(w) >= 4 and w[0].isupper()]
    if len(long_caps) >= 4 and all(w[0].isupper() or w.lower() in _HEADLINE_FUNCTION_WORDS for w in words) \
            and len(line.split()) >= 6 and not _credit_line(line):
        return True
    def shouted(t: Token) -> bool:
        return (t.is_upper and t.is_alpha) or ((t.is_punct or t.like_num) and "\n" not in t.text_with_ws)

    i, j = ent.start, ent.end
    while i > 0 and shouted(doc[i - 1]):
        i -= 1
    while j < len(doc) and shouted(doc[j]):
        j += 1
    lead_in = j + 1 < len(doc) and "\n" not in doc[j - 1].text_with_ws and doc[j + 1].is_lower  # "... RESIGNS After months"
    return lead_in and sum(t.is_upper and t.is_alpha for t in doc[i:j]) >= 4 and all(t.is_upper for t in ent if t.is_alpha)


def _credit_line(line: str) -> bool:
    """A byline, a contributor line or a photo credit: its names are actors (SCHEMA)."""
    return bool(re.match(r"\s*(?:by|contributing|photo|credit)\b", line, re.I) or re.search(r"\b(?:via|photo|images)\b", line, re.I))


def _named_elsewhere(doc: Doc, words: str, ent: Span) -> bool:
    """``words`` (any case) stand as a name of their own elsewhere in the text."""
    pat = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])", re.I)
    return any(
        (m.start() >= ent.end_char or m.end() <= ent.start_char) and m.group(0)[:1].isupper() for m in pat.finditer(doc.text)
    )


def _headline_names(doc: Doc, gaz: Gazetteer) -> None:
    """Names in headlines and shouted lead-ins, and names opened by a verb: in 'Clinton
    Reassures House Members' or 'SENATOR BLAKE RESIGNS' capitals say nothing, so a name
    there is kept only as far as the text names it elsewhere ('Clinton'), else dropped;
    'Said Blake,' and 'Asserting Blake's role' at a sentence's start lose the verb."""
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON" and end - start >= 2 and doc[start].pos_ == "VERB" and doc[start].tag_ in ("VBD", "VBG", "VBZ"):
            start += 1  # "Said Blake," / "Asserting Blake's"
        if ent.label_ in ("PERSON", "ORG") and _ent_entry(ent, gaz) is None and _capitalised_run(doc, ent):
            span = doc[start:end]
            if not _named_elsewhere(doc, strip_np(span.text), span):
                subs = [] if ent.label_ != "PERSON" else [doc[a:b] for n in range(end - start - 1, 0, -1) for a, b in ((start, start + n), (end - n, end))]
                span = next((x for x in subs if x[-1].is_alpha and x[0].is_alpha and _named_elsewhere(doc, x.text, span)), None)
                if span is None:
                    changed = True
                    continue
            start, end = span.start, span.end
        if (start, end) != (ent.start, ent.end):
            changed = True
        out.append(Span(doc, start, end, label=ent.label_))
    if changed:
        doc.ents = out


def _name_word(tok: Token, gaz: Gazetteer) -> bool:
    """A capitalised word with no entity of its own that may be a given name: not a title,
    rank, honorific or abbreviation, not a body's, place's or thing's word, not a gazetteer name."""
    low = tok.lower_
    return (
        not tok.ent_type_ and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok.text) > 1
        and low not in TITLE_HEADS and low not in TITLE_MODIFIERS and low not in _RANKS | _RANK_PREFIXES
        and low not in _HONORIFICS and low not in _ABBREVIATIONS
        and not {low} & (_THING_HEADS | _PLACE_HEADS | _ORG_NAME_HEADS | ORG_HEADS)
        and gaz.lookup(tok.text) is None and gaz.by_demonym(tok.text) is None
    )


def _titled_appositive(doc: Doc, start: int, end: int) -> bool:
    """A short name set off by a comma in apposition to a title ('a spokeswoman for
    Lithuanian Railways, Ingrida Zemaite, said'): a person's name, whatever the NER read,
    when its words are capitalised names and none is a body's or a place's word."""
    words = doc[start:end]
    if start == 0 or doc[start - 1].text != "," or not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in _BODY_HEAD_WORDS or t.lower_ in _PLACE_HEADS or t.lower_ in TITLE_HEADS for t in words):
        return False
    if end < len(doc) and doc[end].text not in (",", ".", ";") and doc[end].pos_ != "VERB":
        return False
    root = words.root
    if root.dep_ != "appos":
        return False
    h, steps = root.head, 0
    while steps < 6 and not (h.lemma_ in TITLE_HEADS or h.lower_ in TITLE_HEADS):
        if h.dep_ == "pobj" and h.head.lower_ in ("of", "at", "for") and h.head.head.i < h.i:
            h = h.head.head
        elif h.dep_ == "compound" and h.head.i > h.i:
            h = h.head
        else:
            return False
        steps += 1
    return (h.lemma_ in TITLE_HEADS or h.lower_ in TITLE_HEADS) and h.i < start


# -- finding mentions in a parsed document ------------------------------------------------

def _ent_entry(ent: Span, gaz: Gazetteer) -> Entry | None:
    if ent.ent_id_:
        e = gaz.lookup(ent.ent_id_)
        if e is not None:
            return e
    text = strip_np(ent.text)
    return gaz.lookup(text)


def _qualifier_country(ent: Span, table: ActorTable) -> str | None:
    """The country named right before a body's name: "Lithuania's National Cyber Security
    Centre", 'the Lithuanian National Cyber Security Centre'."""
    doc = ent.doc
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in ("'s", "\u2019s") and doc[i - 2].ent_type_ == "GPE":
        return table.country_key(doc[i - 2].text)
    if i >= 1 and doc[i - 1].ent_type_ in ("NORP", "GPE") and doc[i - 1].ent_iob_ == "B" and doc[i - 1].whitespace_:
        return table.country_key(doc[i - 1].text)
    return None


def _qualified_name(span: Span, table: ActorTable) -> str:
    """"Iran's Foreign Ministry", 'the Venezuelan Foreign Ministry': a body the NER names
    without the country before it takes that country into its name, so ministries of two
    countries stay two bodies and the name says whose it is."""
    text = strip_np(span.text)
    if _is_acronym(text) or table.split_country(text)[1] is not None:
        return text  # "Belarus's KGB" stays "KGB": an acronym is a name of its own
    country = _qualifier_country(span, table)
    if country is None:
        return text
    doc = span.doc
    first = span.start - 2 if doc[span.start - 1].lower_ in ("'s", "\u2019s") else span.start - 1
    return strip_np(doc.text[doc[first].idx : span.end_char])


def _country_body(ent: Span, span: Span, table: ActorTable) -> tuple[str, str | None, str | None]:
    """A body the NER names without the country written before it: (the name to file it
    under, its country when the name leaves it out, another form the text wrote or None).
    "a spokesman for Peru's Foreign Ministry" (a possessive country, then a body's head
    noun): 'Foreign Ministry' of Peru, written "Peru's Foreign Ministry", not a foreign
    ministry of no country; 'the Venezuelan Foreign Ministry', "Lithuania's National Cyber
    Security Centre": the country taken into the name (``_qualified_name``). Either way
    ministries of two countries stay two bodies."""
    doc, text = ent.doc, span.text
    if span.root.lower_ in ORG_HEADS and span.start == ent.start and _qualifier_country(ent, table) and ent.start >= 2 \
            and doc[ent.start - 1].lower_ in ("'s", "\u2019s"):
        return text, _qualifier_country(ent, table), doc[ent.start - 2 : span.end].text
    name = _qualified_name(span, table)
    return name, None, strip_np(text) if name != strip_np(text) else None  # as the text wrote it


def _in_place_list(ent: Span) -> bool:
    """'Gegharkunik, Vayots Dzor and Syunik provinces': a name coordinated with places,
    or governed by a place noun, is a place whatever the NER label says."""
    root = ent.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # (not a capitalised word of a title before the name: "State Senator X")
    heads = [root.head, first.head] + [t for t in root.children if not (t.i < ent.start and t.is_title)]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        heads.append(root.head.head)  # "the town of Avdiivka"
    for t in heads:
        if t.lemma_ in _PLACE_NOUNS and t.pos_ == "NOUN":
            return True
    doc = ent.doc
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside") and ent.end + 2 < len(doc) \
            and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("in", "near") and ent.label_ == "PERSON":
        return True  # "at Lethpora, in Kashmir's Pulwama district"
    near = list(root.conjuncts) + ([root.head] if root.dep_ == "conj" else [])
    for t in near:
        if t.ent_type_ in ("GPE", "LOC", "FAC") and t.ent_type_ != ent.label_:
            return True
    return False


def _document_places(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Lower-case names the article uses as places: a name the NER reads as a place
    (GPE, LOC) at least once, without its place word ('the Tarnava River' -> 'tarnava'),
    and a name that modifies a place noun ('Kestrel township', 'the Ardan crossing').
    One name keeps one sense in one article, so its other mentions, read as ORG or PERSON
    ('fighting spread around Kestrel'), are that place too."""
    places: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and _ent_entry(ent, gaz) is None:
            words = strip_np(ent.text).split()
            if len(words) > 1 and words[-1].lower() in _PLACE_HEADS | _PLACE_NOUNS:
                words = words[:-1]
            if words:
                places.add(" ".join(words).lower())
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i and nxt.is_lower \
                and (nxt.lemma_ in _PLACE_COMPOUND_NOUNS or nxt.lower_ in _PLACE_COMPOUND_NOUNS):
            places.add(strip_np(ent.text).lower())
    # not a body's short name: 'Kestrel' of 'Kestrel Pharmaceuticals', however else it is read
    for ent in doc.ents:
        words = strip_np(ent.text).split()
        if ent.label_ == "ORG" and len(words) > 1:
            places.discard(words[0].lower())
    return places


def _used_as_place(ent: Span, places: set[str], person_surnames: set[str]) -> bool:
    """An ORG or PERSON name of no gazetteer entry that the article elsewhere uses as a
    place (:func:`_document_places`); not a surname of a person named in full."""
    name = strip_np(ent.text)
    if name.lower() not in places or _is_acronym(name):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in _HONORIFICS:
        return False  # "Mr. McAllen": a person, whatever place shares the name
    return not (ent.label_ == "PERSON" and name in person_surnames)


def _person_body(ent: Span, table: ActorTable) -> bool:
    """'the Halvorsen administration': a person's name compounded with a body noun
    (``person_body_heads``) names that body, an organisation; the person is not mentioned."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or ent.root.dep_ != "compound":
        return False
    head = doc[ent.end]
    if head.lower_ not in _PERSON_BODY_HEADS or ent.root.head.i != head.i:
        return False
    table.organization(f"{doc[ent.start:ent.end + 1].text}", ent.start_char, head.idx + len(head.text))
    return True


def _person_body_references(doc: Doc, table: ActorTable) -> None:
    """'the administration' after 'the Halvorsen administration': the same body."""
    bodies = sorted(
        (c.first, c.key, c.name.split()[-1].lower()) for c in table.clusters.values()
        if c.type == "organization" and c.name.split()[-1].lower() in _PERSON_BODY_HEADS and " " in c.name
    )
    if not bodies:
        return
    for t in doc:
        if t.lower_ not in _PERSON_BODY_HEADS or t.i == 0 or doc[t.i - 1].lower_ != "the":
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            continue  # "the administration of the port": another thing
        before = [b for b in bodies if b[0] < t.idx and b[2] == t.lower_]
        if before and not table.at(t.idx, t.idx + len(t.text)):
            table.mention(before[-1][1], doc[t.i - 1].idx, t.idx + len(t.text), f"the {t.text}")


def collect(doc: Doc, table: ActorTable) -> list[tuple[int, int, str]]:
    """Add every actor mention of ``doc`` to ``table``; returns place mentions (s, e, text)."""
    gaz = table.gaz
    places: list[tuple[int, int, str]] = []
    persons: list[Span] = []
    table.text = doc.text
    _repair_names(doc, gaz)
    _country_named_bodies(doc, gaz)
    _headline_names(doc, gaz)
    acronyms = _acronym_definitions(doc)
    person_surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].is_title}
    full_surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    doc_places = _document_places(doc, gaz)
    named_to = 0  # the end of the last mission's name: the place it names is part of it
    for ent in doc.ents:
        label = ent.label_
        if "\n" in ent.text or ent.start < named_to:
            continue
        named_to = _named_mission(ent, table)
        if named_to or _named_sub_body(ent, table) or _armed_people(ent, table) or _person_body(ent, table):
            continue
        entry = _ent_entry(ent, gaz)
        full = acronyms.get(ent.text)
        if full is not None and entry is None and full[-1].lower_ in _THING_HEADS:
            continue  # "the Kestrel Trade Act (KTA)": a law's, a treaty's acronym names no actor
        if full is not None and (entry is None or not _names_entry(entry, full.text)):
            # "Armed Forces of the Philippines (AFP)": the text's own acronym wins
            table.organization(ent.text, ent.start_char, ent.end_char)
            continue
        if label in ("PERSON", "ORG") and entry is None and _used_as_place(ent, doc_places, full_surnames):
            places.append((ent.start_char, ent.end_char, strip_np(ent.text)))
            continue
        if label in ("PERSON", "ORG", "FAC", "PRODUCT") and (_not_actor(ent, entry) or (entry is None and _common_noun_name(ent))):
            if label in ("PERSON", "ORG", "FAC") and _place_name(ent):
                places.append((ent.start_char, ent.end_char, strip_np(ent.text)))
            continue
        if entry is not None:
            text = strip_np(ent.text)
            located = entry.type == "country" and label == "GPE" and _is_location_use(ent)
            if located:
                places.append((ent.start_char, ent.end_char, text))
                if text.lower() != entry.name.lower() and text in entry.metonyms:
                    continue  # "talks were held in Vienna": a place, not Austria acting
            other = _qualifier_country(ent, table)
            if entry.type == "organization" and other is not None and table.foreign_entry(entry, other):
                # "Lithuania's National Cyber Security Centre": not the shipped (British) one
                table.organization(text, ent.start_char, ent.end_char, country=other)
                continue
            key = table.for_entry(entry)
            table.mention(key, ent.start_char, ent.end_char, text)
            continue
        if label == "PERSON":
            if "/" in ent.text or _in_place_list(ent):
                if _in_place_list(ent):
                    places.append((ent.start_char, ent.end_char, ent.text))
                continue
            if len(ent) > 1 and ent[-1].lower_ in _ORG_NAME_HEADS and ent[-1].is_title:
                span = _extend_org(ent)  # "Lithuanian Railways said": a body's name, whatever the NER read
                table.organization(span.text, span.start_char, span.end_char)
                continue
            persons.append(ent)
        elif label == "ORG":
            if _in_place_list(ent) or ent.text.strip().lower() in {"state", "energy"} or _portfolio_name(ent):
                continue
            if len(ent) == 1 and ent.root.lower_ in _STATE_HEADS:
                continue  # "Government spokesman X said" at a sentence's start: no body named "Government"
            if ent.root.lower_ in TITLE_HEADS or ent.root.lemma_.lower() in TITLE_HEADS:
                continue  # "the High Representative", "Secretary General": titles, not bodies
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.lower_ in TITLE_HEADS and not any(t.lower_ in ORG_HEADS for t in ent) and not _is_acronym(ent.text) \
                    and ent[-1].lower_ not in _ORG_NAME_HEADS and nxt.lower_ not in _MEDIA_TITLES:
                continue  # "External Affairs Minister": part of a title ("PCG spokesperson": a body)
            if _person_by_apposition(ent) or _person_by_conjunction(ent) or _person_by_surname(ent, person_surnames):
                persons.append(ent)  # "Voronin, a member of the Russian delegation, said"
                continue
            if _hosted_bodies(ent, table):
                continue
            span = _extend_org(ent)
            text = span.text
            if _group_code(text) or _handle(text) or re.search(r"\b(?:group|gang)$", text):
                name = re.sub(r"\s+(?:group|gang)$", "", strip_np(text))
                table.organization(name, span.start_char, span.end_char, type_="group")
            else:
                name, country, written = _country_body(ent, span, table)
                key = table.organization(name, span.start_char, span.end_char, country=country)
                if written is not None:
                    table.clusters[key].add_alias(written)
        elif label == "NORP":
            _norp(ent, table)
        elif label == "FAC" and _INSTITUTION.search(ent.text):
            span = _extend_org(ent)
            table.organization(span.text, span.start_char, span.end_char)
        elif label in ("GPE", "LOC", "FAC"):
            places.append((ent.start_char, ent.end_char, strip_np(ent.text)))
    # names the NER missed but a title sets off ("..., Anatoly Burov, a Kremlin spokesman,
    # told"), before the short forms: a later "Burov" is theirs
    _unlabelled_people(doc, table)
    # persons: full names first, then the short forms that belong to them
    for ent in sorted(persons, key=lambda e: -len(e.text.split())):
        name = re.sub(r"\s+(?:of|and|the)$", "", strip_np(ent.text))  # "Lord Ahmad of" (Wimbledon)
        if len(name.split()) > 1:
            key = table.resolve_partial_name(name)
            if key is not None:
                table.mention(key, ent.start_char, ent.end_char, name)
                continue
        if len(name.split()) == 1:
            key = table.resolve_person_name(name) or _shared_surname(table, name, ent.start_char) \
                or _body_by_first_word(table, name, ent.start_char)
            if key is not None:
                table.mention(key, ent.start_char, ent.end_char, name)
                continue
            if not _acts(ent) or name in {p[2] for p in places} or re.search(
                rf"\b{re.escape(name)}-(?:on|upon|am|an|sur|en|le|la)-[A-Z]", doc.text
            ):
                continue  # "Ladakh's governor" after "in eastern Ladakh", "Rostov" of "Rostov-on-Don": the place
        table.person(name, ent.start_char, ent.end_char)
    _campaigns(doc, table)
    _person_body_references(doc, table)
    _org_phrases(doc, table)
    _capitalised_bodies(doc, table)
    _appositive_bodies(doc, table)
    _apply_acronyms(doc, table, acronyms)
    _untagged_acronyms(doc, table)
    _merge_bare_acronyms(table)
    _service_bodies(doc, table)
    _bare_governments(doc, table)
    _merge_qualified(table)
    _short_forms(table)
    return places


def _hosted_bodies(ent: Span, table: ActorTable) -> bool:
    """'the Kestrel School at Norvale University' read as one name: two bodies, the first
    (with the whole phrase as its alias) and its host (``host_body_heads``)."""
    at = next((t.i for t in ent[1:-1] if t.lower_ == "at"), None)
    if at is None or ent[-1].lower_ not in _HOST_BODY_HEADS or not ent[-1].is_title:
        return False
    doc = ent.doc
    first = ent.start + (doc[ent.start].lower_ == "the")
    host = at + 1 + (doc[at + 1].lower_ == "the")
    if at - first < 1 or ent.end - host < 2:
        return False
    key = table.organization(doc[first:at].text, doc[first].idx, doc[at - 1].idx + len(doc[at - 1].text))
    table.clusters[key].add_alias(doc[first : ent.end].text)
    table.organization(doc[host : ent.end].text, doc[host].idx, ent.end_char)
    return True


def _posted_in(chunk: Span) -> int:
    """The end of a posted body's name: "Norway's embassy" + " in Santiago" (a GPE after
    'in' that hangs on the body's noun)."""
    doc, root, end = chunk.doc, chunk.root, chunk.end
    if root.lower_ not in _POSTED_BODY_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end].head.i != root.i:
        return end
    k = end + 1
    if doc[k].ent_type_ != "GPE" or doc[k].ent_iob_ != "B":
        return end
    k += 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _body_by_first_word(table: ActorTable, name: str, at: int) -> str | None:
    """One word the NER read as a person, no person's name holds, and a body named before
    it begins with ('told Kestrel' after 'Kestrel News Weekly'): that body's short name."""
    bodies = [
        c for c in table.clusters.values()
        if c.type == "organization" and len(c.name.split()) > 1 and c.name.split()[0] == name
        and any(s < at for s, _ in c.mentions)
    ]
    return bodies[0].key if len(bodies) == 1 else None


def _shared_surname(table: ActorTable, name: str, at: int) -> str | None:
    """A surname alone that two named people share ('Clinton' in a story naming Hillary and
    Bill Clinton): the one named last before it, as a reader takes it (the rule speakers
    follow too); None when neither is named before it."""
    best: tuple[int, str] | None = None
    sharing = [c for c in table.clusters.values() if c.type == "person" and len(c.name.split()) > 1 and c.name.split()[-1] == name]
    for c in principals(table, sharing):
        before = [s for s, _ in c.mentions if s < at]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), c.key)
    return best[1] if best is not None and len(sharing) > 1 else None


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:late\s+|former\s+|estranged\s+)?(?:%s)\s*,?\s*$" % "|".join(sorted(lexicon("kin_nouns")))
)


def principals(table: ActorTable, people: list) -> list:
    """Of people sharing a surname, those a bare surname can name: not one introduced as a
    relative ('his wife, Ana Costa', 'her son, Luis Costa'), whom news names by first name
    after (AP style), when another of them is not so introduced."""
    text = table.text or ""
    kin = [c for c in people if _KIN_BEFORE.search(text[max(0, c.first - 40) : c.first])]
    rest = [c for c in people if c not in kin]
    return rest if kin and rest else people


_PERSON_APPOS = TITLE_HEADS | {"member", "veteran", "citizen", "resident", "national"}


def _person_by_apposition(ent: Span) -> bool:
    """A name the NER read as an organisation but the text sets off as a person: 'Voronin,
    a member of the Russian delegation' (a short capitalised name, no organisation word,
    not an acronym, with an appositive headed by a person noun)."""
    if len(ent) > 3 or any(t.lower_ in ORG_HEADS or not t.is_title for t in ent):
        return False
    return any(
        c.dep_ == "appos" and c.i > ent.end - 1 and c.lemma_.lower() in _PERSON_APPOS
        and not c.ent_type_
        for c in ent.root.children
    )


def _campaign_owner(doc: Doc, i: int) -> Span | None:
    """The person's name that owns the campaign word at ``i``: 'the Clinton campaign',
    "Trump's campaign", "Sanders' presidential campaign"."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in _CAMPAIGN_MODIFIERS:
        j -= 1
    if j >= 1 and doc[j].lower_ in _PAST_MODIFIERS and doc[j - 1].lower_ in ("'s", "'", "\u2019s", "\u2019"):
        j -= 1  # "Trump's former campaign manager"
    if j >= 0 and doc[j].lower_ in ("'s", "'", "\u2019s", "\u2019"):
        j -= 1
    if j < 0 or not (doc[j].ent_type_ == "PERSON" or (doc[j].is_title and doc[j].ent_type_ in ("", "ORG"))):
        return None
    k = j
    while k > 0 and doc[k - 1].ent_type_ == doc[j].ent_type_ == "PERSON" and doc[k].ent_iob_ != "B":
        k -= 1
    return doc[k : j + 1]


def _campaigns(doc: Doc, table: ActorTable) -> None:
    """'the Clinton campaign', "Trump's campaign manager": a candidate's campaign is an
    organisation of its own (it speaks, its staff hold titles in it), named after the
    candidate's surname."""
    for t in doc:
        if t.lower_ not in _CAMPAIGN_WORDS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.dep_ == "compound" and not (t.head.lower_ in TITLE_HEADS or t.head.lemma_ in TITLE_HEADS):
            continue  # "the Trump campaign trail", "a Clinton campaign ad": no body acting
        owner = _campaign_owner(doc, t.i)
        if owner is None:
            continue
        key = table.at(owner.start_char, owner.end_char)
        if key is None or table.clusters[key].type != "person":
            key = table.resolve_person_name(owner.text) if len(owner) == 1 else None
        if key is not None and table.clusters[key].type == "person":
            surname = table.clusters[key].name.split()[-1]
        elif owner[-1].ent_type_ == "PERSON":
            surname = owner[-1].text  # "Clinton campaign chairman X", the candidate named no more
        else:
            continue
        name = f"{surname} {t.lower_}"
        s, e = owner.start_char, t.idx + len(t.text)
        org = table.organization(name, s, e)
        table.clusters[org].add_alias(doc.text[s:e])


_SUB_BODY_GAP = 2  # capitalised words at most between the acronym and the body word


def _named_sub_body(ent: Span, table: ActorTable) -> bool:
    """'the AU Commission', 'the NATO Council', 'the EU Monitoring Mission', 'the OSCE
    Special Monitoring Mission': an acronym and a body word after it (at most two
    capitalised words between, before a ``sub_body_far_heads`` word) name a body of their
    own (SCHEMA), not the organisation the acronym stands for. Written with the organisation's full name ('the European Union
    Monitoring Mission'), the body is named with its acronym, as it is most often written
    (one name in every article), the full form an alias."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc):
        return False
    short = None  # the acronym, when the text writes the full name
    if not _is_acronym(ent.text):
        entry = _ent_entry(ent, table.gaz)
        if entry is None or entry.type != "organization" or strip_np(ent.text) != entry.name:
            return False
        short = next((a for a in entry.aliases if _is_acronym(a) and a.isalpha()), None)
        if short is None:
            return False
    end = ent.end
    while end < len(doc) and end - ent.end <= _SUB_BODY_GAP:
        t = doc[end]
        if not t.is_title or not doc[end - 1].whitespace_ or (t.ent_type_ and t.ent_iob_ == "B"):
            return False
        if t.lower_ in _SUB_BODY_HEADS and (end == ent.end or t.lower_ in _SUB_BODY_FAR_HEADS):
            break
        end += 1
    else:
        return False
    span = doc[ent.start : end + 1]
    entry = table.gaz.lookup(span.text)
    if entry is not None:
        table.mention(table.for_entry(entry), span.start_char, span.end_char, span.text)
    elif short is not None:
        name = f"{short} {doc[ent.end : end + 1].text}"
        key = table.organization(name, span.start_char, span.end_char)
        table.clusters[key].add_alias(strip_np(span.text))
    else:
        table.organization(span.text, span.start_char, span.end_char)
    return True


def _named_mission(ent: Span, table: ActorTable) -> int:
    """'the United Nations Support Mission in Libya', 'the EU Monitoring Mission': a body's
    mission or office named in capitals after it is an organisation of its own (SCHEMA: a body
    the text names as a body), not the body. Returns the token where the name ends, or 0."""
    doc = ent.doc
    if ent.label_ != "ORG" or not ent[-1].whitespace_:
        return 0
    k = ent.end
    while k < len(doc) and k - ent.end < 4 and doc[k].is_title and not doc[k].ent_type_:
        k += 1
    if k == ent.end or doc[k - 1].lower_ not in _MISSION_HEADS:
        return 0
    end = k
    if k + 1 < len(doc) and doc[k].lower_ in ("in", "to", "for") and doc[k + 1].ent_type_ in ("GPE", "LOC"):
        end = k + 2  # "... in Libya", "... to Ukraine": the country it serves
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    elif k + 1 < len(doc) and doc[k].lower_ in ("for", "of"):
        # "... Office for the Coordination of Humanitarian Affairs": its remit in capitals
        j = k + 1
        while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("of", "the", "and", "for")) and doc[j].text != "\n":
            j += 1
        while j > k + 1 and not doc[j - 1].is_title:
            j -= 1
        end = j if j > k + 1 else k
    span = doc[ent.start + (doc[ent.start].lower_ == "the") : end]
    # named as most articles write it, one name in every article: the organisation by its
    # acronym ('the European Union Border Mission' is the EU Border Mission), with the country
    # it serves and its remit, which tell one mission of the body from another; the form
    # written is an alias
    entry = None if _is_acronym(ent.text) else _ent_entry(ent, table.gaz)
    short = None
    if entry is not None and entry.type == "organization" and strip_np(ent.text) == entry.name:
        short = next((a for a in entry.aliases if _is_acronym(a) and a.isalpha()), None)
    if short is None:
        table.organization(span.text, span.start_char, span.end_char)
        return end
    key = table.organization(f"{short} {doc[ent.end : end].text}", span.start_char, span.end_char)
    table.clusters[key].add_alias(strip_np(span.text))
    return end


def _armed_people(ent: Span, table: ActorTable) -> bool:
    """'Tigrayan forces', 'Houthi fighters': the forces of a people that is no country are a
    non-state group named with its people's name."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "NORP") or len(ent) != 1 or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    if nxt.lower_ not in _ARMED_HEADS or nxt.ent_type_ or table.country_key(ent.text) is not None:
        return False
    if table.gaz.lookup(ent.text) is not None:
        return False
    word = ent.text
    name = f"{word} {_ARMED_HEADS_NAME}"
    known = [
        c for c in table.clusters.values()
        if c.type in ("group", "organization") and c.name != name
        and any(re.split(r"[- ]", n)[0] == word and n != word for n in (c.name, *c.aliases))
    ]
    if known:
        # "Jaish fighters": the fighters of a group the text has named, a mention of it
        table.mention(known[-1].key, ent.start_char, ent.end_char)
        return True
    span = doc[ent.start : ent.end + 1]
    # "Tigrayan forces" and "Tigrayan fighters": one group
    key = table.organization(name, span.start_char, span.end_char, type_="group")
    table.clusters[key].add_alias(span.text)
    return True


def _portfolio_name(ent: Span) -> bool:
    """'Minister for Trade and Cyber Security': a capitalised remit after a portfolio title's
    'for' is no organisation."""
    doc = ent.doc
    if _is_acronym(ent.text):
        return False
    # "Communications and Informatics Minister X": a coordinated remit before the title
    j = ent.end
    while j < len(doc) and (doc[j].lower_ in ("and", "&") or (doc[j].is_title and doc[j].lower_ not in _PORTFOLIO_TITLES)):
        j += 1
    if j < len(doc) and doc[j].lower_ in _PORTFOLIO_TITLES and any(t.lower_ in ("and", "&") for t in doc[ent.end : j]):
        return True
    # "Minister of Interior X": one capitalised remit word after a minister's 'of'
    if len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ == "minister":
        return True
    i = ent.start - 1
    while i > 0 and (doc[i].is_title or doc[i].lower_ in ("and", ",", "&")) and doc[i].lower_ != "for":
        i -= 1
    return i > 0 and doc[i].lower_ == "for" and doc[i - 1].lower_ in _PORTFOLIO_TITLES


def _person_by_surname(ent: Span, surnames: set[str]) -> bool:
    """'Carly Fiorina' (or 'Fiorina' alone) read as an organisation where 'Fiorina' is a
    person elsewhere in the article: a short capitalised name (no body word, no acronym) whose last word the NER
    reads as a person's name."""
    words = list(ent)
    if not 1 <= len(words) <= 3 or words[-1].text not in surnames or ent.text.count(" ") != len(words) - 1 or _INSTITUTION.search(ent.text):
        return False
    if len(words) == 1 and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[0].text for e in ent.doc.ents):
        return False  # a word alone is a surname only beside a full name that ends in it
    return all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS and t.lower_ not in _ORG_NAME_HEADS
               and t.lower_ not in _CAMPAIGN_WORDS for t in words) and ent.root.lower_ not in TITLE_HEADS


def _person_by_conjunction(ent: Span) -> bool:
    """'Uhuru Kenyatta and Phumzile Mlambo-Ngcuka': a short capitalised name (a hyphen may
    join its last name) that the NER read as an organisation, coordinated with a person."""
    words = [t for t in ent if t.text != "-"]
    if not 2 <= len(words) <= 3 or any(not t.is_title or not t.is_alpha or t.lower_ in _BODY_HEAD_WORDS for t in words):
        return False
    root = ent.root
    return root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and not root.head.ent_type_ == "ORG"


def _unlabelled_people(doc: Doc, table: ActorTable) -> None:
    """A name the NER missed, set off as the holder of a title: 'the deputy head of X,
    Ilya Vityuk, said' or 'Defence Minister Jan Novak'."""
    for tok in doc:
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        head = tok.head
        is_appos = tok.dep_ == "appos" and (head.lemma_ in TITLE_HEADS or head.lower_ in TITLE_HEADS)
        prev = doc[tok.i - 1] if tok.i > 0 else None
        after_title = tok.dep_ in ("nsubj", "nsubjpass") and prev is not None and prev.lower_ in TITLE_HEADS
        # "Abiy Ahmed, Ethiopia's prime minister, said": a name with a title in apposition
        titled = any(
            c.dep_ == "appos" and c.i > tok.i and (c.lemma_ in TITLE_HEADS or c.lower_ in TITLE_HEADS)
            and doc[c.left_edge.i - 1].text == "," for c in tok.children
        )
        if not (is_appos or after_title or titled):
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].is_title and doc[first.i - 1].dep_ == "compound" and not doc[first.i - 1].ent_type_ and doc[first.i - 1].lower_ not in TITLE_HEADS:
            first = doc[first.i - 1]
        if first.i == tok.i:
            continue  # a full name has at least two words
        span = doc[first.i : tok.i + 1]
        if table.at(span.start_char, span.end_char) is None:
            table.person(span.text, span.start_char, span.end_char)
            doc.ents = list(doc.ents) + [Span(doc, span.start, span.end, label="PERSON")] if not any(
                e.start < span.end and span.start < e.end for e in doc.ents
            ) else doc.ents


def _short_forms(table: ActorTable) -> None:
    """'Colonial' after 'Colonial Pipeline': a body's first word alone names it; a
    one-word 'organisation' that is a person's surname is that person."""
    for c in list(table.clusters.values()):
        if c.type == "organization" and not c.wikidata and c.key in table.clusters:
            if " " in c.name:
                person = table.resolve_partial_name(c.name) if all(w[:1].isupper() for w in c.name.split()) else None
            else:
                person = table.resolve_person_name(c.name)
            if person is not None:
                table.merge(c.key, person)
    orgs = [c for c in table.clusters.values() if c.type in ("organization", "group")]
    # a lone word the NER took for a person that opens a hyphenated body's name ("Jaish")
    for c in list(table.clusters.values()):
        if c.type == "person" and " " not in c.name and not c.roles and not c.wikidata:
            longer = [o for o in orgs if "-" in o.name and o.name.split("-")[0] == c.name]
            if len(longer) == 1:
                table.merge(c.key, longer[0].key)
    # "the Task Force" after "the National Task Force for the West Philippine Sea"
    for c in list(orgs):
        words = c.name.split()
        if len(words) < 2 or c.key not in table.clusters or c.country or table.gaz.lookup(c.name) is not None:
            continue
        n = len(words)
        longer = [
            o for o in orgs if o.key != c.key and o.key in table.clusters and len(o.name.split()) > n
            and any(o.name.split()[i : i + n] == words for i in range(len(o.name.split()) - n + 1))
        ]
        if len(longer) == 1:
            table.merge(c.key, longer[0].key)
    for c in list(orgs):
        if " " in c.name or c.wikidata or c.key not in table.clusters:
            continue
        longer = [
            o for o in orgs if o.key != c.key and o.key in table.clusters
            and ((o.name.split()[0] == c.name and " " in o.name) or (o.name.split("-")[0] == c.name and "-" in o.name))
        ]
        if len(longer) == 1 and " " in longer[0].name and longer[0].name.split()[-1].lower() in _SUB_BODY_HEADS:
            continue  # "the Senate" is not its "Senate Budget Committee": a body of its own
        if len(longer) == 1:
            table.merge(c.key, longer[0].key)
    # "the Battalion" after "the 77th Infantry Battalion", "the Ministry" after "the Ministry
    # of Foreign Affairs", "the Guards" after "Revolutionary Guards" (a body known by another
    # full name): the head word alone, capitalised, refers back to the one body named before
    # whose name, as the text writes it, it heads
    for c in list(orgs):
        if " " in c.name or c.wikidata or c.key not in table.clusters or not c.name.istitle():
            continue
        head = c.name.lower()
        longer = [
            o for o in orgs if o.key != c.key and o.key in table.clusters and o.first < c.first
            and any(head in _name_heads(n) for n in _written_names(table, o) if " " in n)
        ]
        if len(longer) == 1:
            table.merge(c.key, longer[0].key)


def _written_names(table: ActorTable, c: Cluster) -> set[str]:
    """The names of ``c`` as the text writes them (its name and the spans of its mentions),
    not the gazetteer's forms it never uses."""
    return {c.name} | {strip_np(table.text[s:e]) for s, e in c.mentions}


def _acts(ent: Span) -> bool:
    """A lone unknown name counts as a person only when it does something in the text."""
    return ent.root.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj", "appos")


def _is_location_use(ent: Span) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ in {"in", "at", "near", "from", "to", "into"}


def _extend_org(ent: Span) -> Span:
    """'the Ministry of Defence' + ' of Armenia' -> one name; so is 'the Ministry of Foreign
    Affairs of' + 'Norway', the NER's name cut after its 'of'."""
    doc = ent.doc
    end = ent.end
    cut_of = doc[end - 1].lower_ == "of"
    if cut_of or end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end if cut_of else end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j < len(doc) and doc[j].ent_type_ == "GPE":
            k = j
            while k < len(doc) and doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ != "B" or k == j:
                k += 1
            end = k
    else:
        end = _remit_end(ent)
    start = ent.start
    if doc[start].lower_ == "the":
        start += 1
    span = doc[start:end]
    while len(span) > 1 and span[-1].lower_ in ("of", "the", "and"):
        span = span[:-1]
    return span


def _remit_end(ent: Span) -> int:
    """'the Commission of Experts' + ' on Eritrea': a body set up for a country's or a
    region's affairs is named with it, when 'on' hangs on the name, not on a verb."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].lower_ != "on" or doc[end].head.i not in range(ent.start, end):
        return end
    if not any(t.lower_ in _REMIT_WORDS for t in ent):
        return end
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    if k >= len(doc) or doc[k].ent_type_ not in ("GPE", "LOC"):
        return end
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return k + 1


def _norp(ent: Span, table: ActorTable) -> None:
    """'the Americans' (a people as actor), 'the Ukrainian side' -> the country."""
    root = ent.root
    key = table.country_key(ent.text)
    if key is None:
        return
    if root.tag_ in ("NNPS", "NNS") or (root.pos_ in ("PROPN", "NOUN") and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        table.mention(key, ent.start_char, ent.end_char, strip_np(ent.text))
        return
    head = root.head
    if head.lemma_ in _STATE_AGENTS and root.dep_ in ("amod", "compound") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        # "Chinese ships blocked the boats": the country takes part through its forces
        if table.clusters[key].mentions or head.dep_ in ("nsubj", "nsubjpass"):
            table.mention(key, ent.start_char, ent.end_char)
        return
    if head.lemma_ in _STATE_HEADS and root.dep_ in ("amod", "compound"):
        left = head.left_edge.idx if head.left_edge.lower_ != "the" else head.left_edge.nbor().idx
        phrase = ent.doc.text[left : head.idx + len(head.text)]
        table.mention(key, left, head.idx + len(head.text), phrase)
        if head.left_edge.lower_ == "the":
            table.clusters[key].add_alias("the " + phrase)


def _org_phrases(doc: Doc, table: ActorTable) -> None:
    """Lower-case organisation phrases the NER misses, and coordinated ministries."""
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lemma_ not in ORG_HEADS and root.lower_ not in ORG_HEADS:
            continue
        if any(t.ent_type_ in ("ORG", "PERSON") for t in chunk):
            continue
        if root.tag_ == "NNS" and any(t.lower_ in _COLLECTIVE or t.like_num for t in chunk if t.i < root.i):
            continue  # "other federal agencies": an anonymous collective
        # "the ministries of foreign affairs, education, sports and energy"
        if root.lower_ == "ministries":
            _coordinated_ministries(root, table)
            continue
        mods = [t for t in chunk if t.i < root.i and t.dep_ in ("amod", "compound", "nmod", "poss")]
        norp = [t for t in mods if t.ent_type_ in ("NORP", "GPE")]
        if not mods:
            continue
        country = table.country_key(norp[0].text) if norp else None
        if root.lemma_ in _STATE_HEADS or root.lower_ in _STATE_HEADS or (root.lower_ == "forces" and any(t.lower_ == "armed" for t in mods)) or (
            root.lower_ in _COUNTRY_FORCES and country and all(t in norp for t in mods)
        ):  # "Venezuelan forces were present": the country's forces stand for the country
            if country:
                table.mention(country, chunk.start_char, chunk.end_char, strip_np(chunk.text))
            continue
        if not norp and not any(t.lower_ in _PUBLIC_BODY_ADJECTIVES for t in mods):
            continue
        if not norp and root.lemma_ in COMPANY_NOUNS and chunk[0].lower_ in ("the", "this", "that"):
            continue  # "forcing the state company to sell tickets by hand": the company named before
        first = chunk.start
        while first < root.i and chunk.doc[first].pos_ in ("ADV", "PART", "CCONJ", "PUNCT"):
            first += 1  # "not Pakistan's military"
        short = strip_np(chunk.doc[first : chunk.end].text)
        chunk = chunk.doc[first : _posted_in(chunk)]
        text = strip_np(chunk.text)
        if len(text.split()) < 2:
            continue
        named = table.at(root.head.idx, root.head.idx + len(root.head.text)) if root.dep_ == "appos" and root.head.ent_type_ == "ORG" else None
        if named is not None and table.clusters[named].type in ("organization", "group"):
            # "the GRU, Russia's military intelligence agency": a description of the body named
            table.clusters[named].add_alias(text)
            table.mention(named, chunk.start_char, chunk.end_char, text)
            continue
        key = table.organization(text, chunk.start_char, chunk.end_char, country=country)
        if short != text:  # "Norway's embassy" later is the one in Santiago named before
            table.clusters[key].add_alias(short)
    # "the armed forces of Azerbaijan"
    for tok in doc:
        # lower case: the country's armed forces; "the Armed Forces of X" is a body by name
        if tok.text == "forces" and any(c.lower_ == "armed" for c in tok.lefts):
            for prep in tok.rights:
                if prep.lower_ == "of":
                    for pobj in prep.children:
                        key = table.country_key(pobj.text) if pobj.dep_ == "pobj" else None
                        if key:
                            s = tok.left_edge.idx
                            if tok.left_edge.lower_ == "the":
                                s = tok.left_edge.nbor().idx
                            e = pobj.idx + len(pobj.text)
                            table.mention(key, s, e, doc.text[s:e])


def _capitalised_bodies(doc: Doc, table: ActorTable) -> None:
    """Bodies named in capitals that the NER leaves untagged ('the Southern Military
    District', "Saudi Arabia's Public Prosecution"): a noun phrase of two or more
    capitalised words ending in a capitalised_body_heads word, with no other name in it
    (a demonym or country before it is the body's country), outside headlines."""
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in _CAPITALISED_BODY_HEADS or not root.is_title or root.i != chunk.end - 1:
            continue
        words = [t for t in chunk if t.lower_ != "the" and t.dep_ != "poss" and t.tag_ != "POS"]
        country = [t for t in words if t.ent_type_ in ("NORP", "GPE")]
        name = [t for t in words if t not in country]
        if len(name) < 2 or not all(t.is_title and t.is_alpha for t in name) or any(t.ent_type_ in ("ORG", "PERSON") for t in name):
            continue
        if table.at(name[0].idx, root.idx + len(root.text)) is not None or _capitalised_run(doc, chunk):
            continue
        key = table.country_key(country[0].text) if country else None
        span = doc[name[0].i : root.i + 1]
        table.organization(span.text, span.start_char, span.end_char, country=key)


def _service_country(doc: Doc, start: int, tok: Token, table: ActorTable) -> tuple[str, int, int] | None:
    """The country of a service phrase doc[start:tok.i + 1]: a possessive or demonym before
    it ("Pakistan's military", 'the Venezuelan navy') or a capital after 'in' ('the foreign
    ministry in Caracas'); (country key, start char, end char of the phrase with it)."""
    before = start - 1 if start > 0 and doc[start - 1].tag_ != "POS" else start - 2
    if before >= 0 and doc[before].ent_type_ in ("GPE", "NORP"):
        # right before it, whatever the parse: 'a Venezuelan navy patrol boat'
        ent = next((e for e in doc.ents if e.start <= before < e.end), None)
        if ent is not None and ent.end == before + 1:
            key = table.country_key(ent.text)
            if key:
                return key, ent.start_char if ent[0].lower_ != "the" else ent[1].idx, tok.idx + len(tok.text)
    for child in tok.lefts:
        if child.i >= start or child.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        if child.ent_type_ not in ("GPE", "NORP"):
            continue
        first = child.left_edge.i
        while first < child.i and (doc[first].lower_ == "the" or not doc[first].ent_type_):
            first += 1
        key = table.country_key(doc[first : child.i + 1].text)
        if key:
            return key, doc[first].idx, tok.idx + len(tok.text)
    for prep in tok.rights:
        if prep.lower_ != "in":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                key = table.country_key(ent.text if ent is not None else pobj.text)
                if key:
                    return key, doc[start].idx, pobj.idx + len(pobj.text)
    return None


def _service_bodies(doc: Doc, table: ActorTable) -> None:
    """A state's service or body named by a common noun (state_service_nouns): with its
    country ("Pakistan's military", 'the Venezuelan navy', 'the foreign ministry in
    Caracas') it is an organisation of that country, named '<demonym> <service>' with the
    possessive form as an alias; a bare 'the <service>' then joins the one body of that
    service the article has. Plurals, capitalised names and services of no country are
    left alone."""
    bare: list[tuple[str, int, int, int]] = []
    for tok in doc:
        found_words = _service_words(tok)
        if found_words is None:
            continue
        words, start = found_words
        s, e = doc[start].idx, tok.idx + len(tok.text)
        phrase = " ".join(words)
        named = table.at(s, e)
        if named is not None:
            c = table.clusters[named]
            if c.type == "organization" and c.country and c.base == _norm_base(phrase):
                for form in _service_forms(table, c.country, phrase):  # "Sudan's army": 'Sudanese army' too
                    c.add_alias(form)
            continue
        head = tok
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head is not tok and head.lemma_ not in _STATE_AGENTS:
            continue  # 'Azerbaijani army positions': a place of the army, not the army acting
        found = _service_country(doc, start, tok, table)
        if found is None:
            if _bare_service(tok, words, start):
                bare.append((phrase, s, e, tok.sent.start_char))
            continue
        key, s, e = found
        written = strip_np(doc.text[s:e])
        forms = _service_forms(table, key, phrase)
        name = written if written.endswith(phrase) else forms[1 if len(forms) > 2 else 0]  # 'in Caracas': the demonym's
        table.mention(_service_body(table, key, phrase, name), s, e, written)
    side = side_country(table)
    phrases = {" ".join(w) for w in _SERVICE_NOUNS}
    for c in list(table.clusters.values()):
        if side and c.type == "organization" and c.country is None and c.name.lower() in phrases and c.name.islower():
            # 'police said' read as a body of no country: the story's side's
            phrase = c.name.lower()
            c.add_alias(c.name)
            c.name, c.country, c.base = _service_forms(table, side, phrase)[0], side, _norm_base(phrase)
            for form in _service_forms(table, side, phrase):
                c.add_alias(form)
    for phrase, s, e, sent_start in bare:
        _join_bare_service(table, phrase, s, e, sent_start)
    _merge_named_services(table)


def _service_words(tok: Token) -> tuple[tuple[str, ...], int] | None:
    """The words of state_service_nouns that end at ``tok`` and their first token's index,
    when they name a service: in lower case, singular ('armies' is no body; 'police' is its
    own lemma), a noun (not 'military ties')."""
    doc = tok.doc
    for words in _SERVICE_NOUNS:
        start = tok.i - len(words) + 1
        if start < 0 or tuple(t.lower_ for t in doc[start : tok.i + 1]) != words:
            continue
        if not all(t.is_lower for t in doc[start : tok.i + 1]) or (tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() != tok.lower_):
            return None  # a plural ('armies'); 'police' is its own lemma
        if tok.dep_ == "amod" or tok.pos_ not in ("NOUN", "PROPN"):
            return None  # "military ties": a modifier, no body
        return words, start
    return None


def _bare_service(tok: Token, words: tuple[str, ...], start: int) -> bool:
    """'the army', 'police said': a service with no owner in its phrase (no modifier before
    it, no 'of' after it: 'the air force of any small state') and no compound of another noun."""
    doc = tok.doc
    others = [c for c in tok.lefts if c.i < start and c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
    det = start > 0 and doc[start - 1].lower_ == "the"
    owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
    return bool(det or (words == ("police",) and not any(tok.lefts))) and not others and not owned and tok.dep_ != "compound"


def _join_bare_service(table: ActorTable, phrase: str, s: int, e: int, sent_start: int | None = None) -> str | None:
    """The body a bare 'the <service>' at [s, e) stands for, as a mention of it: the one body
    of that service the article has; for 'the army' or 'the military', the one armed body
    of the story's side ('the military' after 'the Armed Forces of X'); else the side's
    body of that service, made. In a story of two sides (two armies, or no side), the
    one country its sentence, else its paragraph, names before it (_local_country):
    "Two Peruvian soldiers were wounded, the army said". None when none of these is one
    actor."""
    known = table.at(s, e)
    if known is not None:
        return known
    side = side_country(table, before=s)
    base = _norm_base(phrase)
    bodies = [c for c in table.clusters.values() if c.type == "organization" and c.mentions and c.base == base and c.country]
    if not bodies and phrase in _ARMY_NAME_WORDS:
        bodies = [
            c for c in table.clusters.values()
            if c.type == "organization" and c.mentions and (c.country == side or (side is None and c.country))
            and any(re.search(rf"\b{re.escape(w)}\b", n.lower()) for n in (c.name, *c.aliases) for w in _ARMY_NAME_WORDS)
        ]
    if len(bodies) == 1:
        return table.mention(bodies[0].key, s, e)
    if not bodies and side:
        return table.mention(_service_body(table, side, phrase), s, e, phrase)
    local = _local_country(table, s, sent_start)
    if local is None:
        return None
    same = [c for c in bodies if c.country == local]
    if len(same) == 1:
        return table.mention(same[0].key, s, e)
    if same:
        return None
    return table.mention(_service_body(table, local, phrase), s, e, phrase)


def _local_country(table: ActorTable, s: int, sent_start: int | None) -> str | None:
    """The one country named before offset ``s`` in its sentence (from ``sent_start``), else
    in its paragraph: by its name or as the country of a body named there ('Peru's
    foreign ministry'); None when none or two are."""
    text = table.text or ""
    para = text.rfind("\n", 0, s) + 1
    for start in ([sent_start] if sent_start is not None and sent_start >= para else []) + [para]:
        found = set()
        for _, _, k in table.mentions_in(start, s):
            c = table.clusters[k]
            if c.type == "country":
                found.add(k)
            elif c.type == "organization" and c.country in table.clusters:
                found.add(c.country)
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def service_mention(table: ActorTable, tok: Token) -> str | None:
    """What a state's service named by its common noun alone ('blamed the military', 'the
    air force was behind the strikes'), headed by ``tok``, stands for: the rule the actor
    table applies to every such mention (_join_bare_service), for the readers of claims
    and events that meet one the table left alone. None when ``tok`` heads no bare service."""
    found = _service_words(tok)
    if found is None or not _bare_service(tok, *found):
        return None
    words, start = found
    return _join_bare_service(table, " ".join(words), tok.doc[start].idx, tok.idx + len(tok.text), tok.sent.start_char)


def _bare_governments(doc: Doc, table: ActorTable) -> None:
    """'The government has declared three days of mourning', 'the authorities said': a
    state's government named by its common noun alone (bare_state_nouns, perhaps with a
    level word: 'the federal government') stands for the story's side (side_country), a
    mention of that country, as 'the Somali government' is. Left alone: an owner in the
    phrase ('Sudan's government', 'a rival government', 'the government of X', 'the
    army-aligned government'), an article with no side, and one that names a body by such
    a word ('the Government of National Unity'), which 'the government' is then."""
    named_body = any(
        c.type in ("organization", "group") and c.mentions
        and any(w in _BARE_STATE_NOUNS or w + "s" in _BARE_STATE_NOUNS for w in c.name.lower().split())
        for c in table.clusters.values()
    )
    if named_body:
        return
    for tok in doc:
        if tok.lower_ not in _BARE_STATE_NOUNS or tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "poss"):
            continue
        lefts = [c for c in tok.lefts]
        if not lefts or lefts[0].lower_ != "the" or any(c.lower_ not in _GOVERNMENT_LEVELS for c in lefts[1:]):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            continue  # 'the government of X': its owner is named
        s, e = lefts[0].idx, tok.idx + len(tok.text)
        if table.at(s, e) is not None:
            continue
        side = side_country(table, before=s)
        if side is not None:
            table.mention(side, s, e)


def _merge_named_services(table: ActorTable) -> None:
    """"Sudan's army" and 'the Sudanese Armed Forces (SAF)' in one article are one body: a
    service body named by its common noun joins the one body of its country the article
    names by a proper name of that service ('the Indian Navy' for 'India's navy'; for the
    army or the military, a name of the armed forces as a whole, state_army_name_words,
    ending in it or in it before 'of': 'the Pakistan Army', 'the Armed Forces of X'). A
    name of another service ('the PLA Navy' for the army) or two such names: none."""
    phrases = {_norm_base(" ".join(w)): " ".join(w) for w in _SERVICE_NOUNS}
    others = set(phrases.values())

    def names_service(name: str, words: set[str]) -> bool:
        low = name.lower()
        if any(re.search(rf"\b{re.escape(o)}\b", low) for o in others - words - _ARMY_NAME_WORDS):
            return False
        return any(re.search(rf"\b{re.escape(w)}s?(?:$| of\b)", low) for w in words)

    for c in list(table.clusters.values()):
        phrase = phrases.get(c.base or "")
        if c.key not in table.clusters or c.type != "organization" or not c.country or phrase is None:
            continue
        if not c.name.endswith(phrase):
            continue  # a proper name ('the Pakistan Army') is the one kept
        words = set(_ARMY_NAME_WORDS) if phrase in _ARMY_NAME_WORDS else {phrase}
        named = [
            o for o in table.clusters.values()
            if o.key != c.key and o.type == "organization" and o.country == c.country and o.mentions
            and not o.name.islower() and not o.name.endswith(phrase) and names_service(o.name, words)
        ]
        if len(named) == 1:
            table.merge(c.key, named[0].key)


def _service_forms(table: ActorTable, key: str, phrase: str) -> list[str]:
    """'<country> <service>', '<demonym> <service>' for each demonym, "<country>'s <service>"."""
    country = table.clusters[key].name
    entry = table.gaz.lookup(country)
    demonyms = [d for d in (entry.demonyms if entry is not None else ()) if d[:-1] not in entry.demonyms]  # not 'Venezuelans'
    return [f"{w} {phrase}" for w in [country, *demonyms]] + [f"{country}'s {phrase}"]


def _service_body(table: ActorTable, key: str, phrase: str, name: str | None = None) -> str:
    """The country's body of that service: the shipped one, else the article's body of that
    kind and country, else a new one named ``name`` (the text's form), or '<country>
    <service>'; the usual forms of its name are its aliases."""
    base = _norm_base(phrase)
    forms = _service_forms(table, key, phrase)
    body = None
    for form in forms:
        known = table.gaz.lookup(form)
        if known is not None and known.type != "country":
            body = table.for_entry(known)
            break
    if body is None:
        same = [
            c for c in table.clusters.values()
            if c.type == "organization" and c.country == key and (c.base == base or c.name in forms or any(f in c.aliases for f in forms))
        ]
        body = same[0].key if same else table._new(name or forms[0], "organization", country=key, base=base).key
    for form in forms:
        table.clusters[body].add_alias(form)
    return body


def side_country(table: ActorTable, before: int | None = None) -> str | None:
    """The one country an article is about (its side), the state a bare 'the army' or 'the
    government' stands for: the only country its headline names when no country is named
    more often, else the only country it names, else one named three times or more and at
    least twice as often as any other; None when the text has no such side. With
    ``before``, only the countries named before that offset are candidates (a body is not
    read as a state first named later)."""
    counts = sorted(
        (
            (len(c.mentions), c.key) for c in table.clusters.values()
            if c.type == "country" and c.mentions and (before is None or c.first < before)
        ),
        reverse=True,
    )
    if not counts:
        return None
    text = table.text or ""
    first = text.find("\n") if "\n" in text.strip() else -1
    if first > 0:
        named = {k for _, k in counts if any(s < first for s, _ in table.clusters[k].mentions)}
        if len(named) == 1:
            key = next(iter(named))
            top = counts[0][0]
            return key if len(table.clusters[key].mentions) == top else None
    if len(counts) > 1 and (counts[0][0] < 3 or counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


# the words armed_forces_of reads (data/rules/events.json, where the event arguments' lists live)
_NAVAL_NOUNS = lexicon("event_naval_nouns")
_AIR_NOUNS = lexicon("event_air_nouns")
_MILITARY_NAMES = lexicon("event_military_name_words")


def armed_forces_of(table: ActorTable, country: str, noun: str = "") -> str | None:
    """The article's actor for a country's armed forces ('Pakistan Armed Forces', 'the
    Indian Army', "Ukraine's navy"): the branch ``noun`` belongs to (a navy for ships, an
    air force for jets) before the forces as a whole, which any other noun ('troops', 'its
    soldiers') stands for; None when the article names none. Events ask it for the side of
    'Russian forces', claims for 'its soldiers'."""
    c0 = table.clusters.get(country)
    if c0 is None:
        return None
    entry = table.gaz.lookup(c0.name)
    stems = {c0.name.lower(), *(a.lower() for a in c0.aliases)}
    if entry is not None:
        stems |= {d.lower() for d in entry.demonyms}
    branch = "navy" if noun in _NAVAL_NOUNS else "air" if noun in _AIR_NOUNS else None
    best = None
    for c in table.clusters.values():
        if c.type != "organization" or c.key == country:
            continue
        names = [c.name.lower(), *(a.lower() for a in c.aliases)]
        if not any(any(w in n for w in _MILITARY_NAMES) for n in names):
            continue
        if c.country != country and not any(n.startswith(st) for n in names for st in stems):
            continue
        if any(w in names[0] for w in _NON_ARMY_FORCE_WORDS):
            continue
        naval = "nav" in names[0]
        air = "air" in names[0]
        rank = 0 if (branch == "navy" and naval) or (branch == "air" and air) else 1 if not (naval or air) else 2
        if branch is None and (naval or air):
            continue
        if best is None or rank < best[0]:
            best = (rank, c.key)
    return best[1] if best else None


def _appositive_bodies(doc: Doc, table: ActorTable) -> None:
    """'the Kestrel Policy Forum, a Lagos think tank,', 'KIRT.NO, the national incident
    response institution,': a capitalised name the NER leaves untagged is an organisation's
    when an appositive headed by a body's noun (appositive_body_nouns) describes it."""
    for tok in doc:
        if tok.dep_ != "appos" or tok.lemma_.lower() not in _APPOSITIVE_BODY_NOUNS or tok.head.i >= tok.i:
            continue
        h = tok.head
        if h.i + 1 >= len(doc) or doc[h.i + 1].text != "," or h.ent_type_ == "ORG":
            continue
        held = table.at(h.idx, h.idx + len(h.text))
        if held is not None:
            c = table.clusters[held]
            if c.type == "person" and c.name == h.text and "." in h.text and _is_acronym(h.text.replace(".", "")):
                c.type = "organization"  # "KIRT.NO, the national ... institution": no person
            continue
        start = h.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i in range(start, h.i + 1):
            start -= 1
        name = doc[start : h.i + 1]
        if not all(t.is_title or (t.is_upper and len(t.text) > 1) for t in name) or any(t.ent_type_ in ("ORG", "PERSON") for t in name):
            continue
        if len(name) == 1 and not _is_acronym(h.text.replace(".", "")):
            continue  # "Monitor, a group": one ordinary word is no name
        if all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in name) or table.gaz.lookup(name.text) is not None:
            continue
        key = table.organization(name.text, name.start_char, name.end_char)
        if table.clusters[key].type == "person" and table.clusters[key].name == name.text:
            table.clusters[key].type = "organization"  # the NER read a later mention as a name
        # its later mentions by the same name
        for m in re.finditer(rf"(?<![\w.-]){re.escape(name.text)}(?![\w-])", doc.text):
            if m.start() != name.start_char and table.at(m.start(), m.end()) is None:
                table.mention(key, m.start(), m.end(), name.text)


def _coordinated_ministries(root: Token, table: ActorTable) -> None:
    prep = next((c for c in root.rights if c.lower_ == "of"), None)
    if prep is None:
        return
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if first is None:
        return
    items = [first] + list(first.conjuncts)
    for it in items:
        left = min([it.i] + [c.i for c in it.lefts if c.dep_ in ("amod", "compound")])
        span = it.doc[left : it.i + 1]
        name = f"ministry of {span.text}"
        table.organization(name, span.start_char, span.end_char)


# -- roles ----------------------------------------------------------------------------------

def _occupation(tok: Token) -> bool:
    """'a lobbyist', 'the Romanian hacker': a noun for an occupation (``occupation_heads``),
    a role only where the text gives it as the person's, around the name, not a title word
    that anaphors and speakers are read by."""
    return tok.pos_ == "NOUN" and (tok.lower_ in _OCCUPATIONS or tok.lemma_.lower() in _OCCUPATIONS)


def _occupation_title(title: str) -> bool:
    """A role whose last word is an occupation ('Republican consultant'), not an office."""
    words = title.lower().split()
    return bool(words) and words[-1] in _OCCUPATIONS


def _role_head(tok: Token) -> bool:
    """A title word or an occupation heading a phrase set off by the name."""
    return tok.lemma_ in TITLE_HEADS or tok.lower_ in TITLE_HEADS or _occupation(tok)


def _nationality_of_occupation(part: Span, of: str | None, cut: list[tuple[int, int]], table: ActorTable) -> bool:
    """'the Romanian hacker', 'a U.S. investor', 'an entrepreneur in San Jose': a country or
    place named around an occupation says where the person is from or works, not a body the
    occupation is held in (as it is of 'the Romanian ambassador'); 'a lobbyist for Saudi
    Arabia' names one after 'for' or 'of'."""
    head = next((t for t in reversed(part) if _role_head(t)), None)
    if of is None or head is None or not _occupation(head) or table.clusters[of].type != "country":
        return False
    doc = part.doc
    return not any(
        doc[k].lower_ in ("for", "of") for s, _ in cut for k in range(head.i + 1, part.end)
        if doc[k].idx < s and all(x.lower_ == "the" for x in doc[k + 1 : part.end] if x.idx < s)
    )


def _title_chain(doc: Doc, ent: Span, gaz: Gazetteer | None = None) -> Span | None:
    """The title words right before a person's name: 'Russian Foreign Minister' Sergei Lavrov."""
    i = ent.start - 1
    start = ent.start
    saw_head = False
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if low in ("'s", "'") and i > 0 and doc[i - 1].ent_type_ in ("ORG", "GPE", "NORP"):
            start = i  # "the European Union's foreign policy chief Josep Borrell"
            i -= 1
            continue
        if low == "." and i > 0 and doc[i - 1].lower_ in _ABBREVIATIONS and doc[i - 1].text[:1].isupper():
            start = i  # "Lt. Gen." read as "Lt" "." "Gen" "."
            i -= 1
            continue
        if t.is_punct and low not in ("-", "(", ")"):
            break
        if "\n" in t.text or t.is_space:
            break
        if low == ")":
            opener = next((k for k in range(i - 1, max(-1, i - 7), -1) if doc[k].text == "("), None)
            if opener is not None and re.match(r"^[RDI]\s*-", doc.text[doc[opener].idx + 1 : t.idx].strip()):
                break  # "Sen. Ted Cruz (R-Texas) and Sen. X": a party tag ends the title before it
        if low == "and" and i + 1 < ent.start and (
            title_word(doc[i + 1], "title_heads") or doc[i + 1].lower_ in _TITLE_OPENING_WORDS
            or (title_word(doc[i + 1], "title_abbreviations") and doc[i + 1].text[:1].isupper())
        ):
            break  # "... of the Indian Army and Major General Yang Lin": a new title starts
        if low in ("for", "to", "of", "under", "with") and any(
            x.lower_ in _HONORIFICS or ((title_word(x, "title_heads") or title_word(x, "title_abbreviations")) and x.text[:1].isupper()) for x in doc[i + 1 : ent.start]
        ):
            break  # "a spokesman for Mayor X", "campaign manager for Mr. X": X holds only what follows
        if _title_object_prep(doc, i, ent.start):
            break  # "a spokesman for Democratic nominee X": X holds only "Democratic nominee"
        if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and (
            f"{doc[i - 2].lower_}-{low}" in _HYPHENATED_TITLES
        ):
            saw_head, start = True, i - 2  # "Republican front-runner X": one title word
            i -= 3
            continue
        if saw_head and t.tag_ in ("NNS", "NNPS") and t.lower_ not in TITLE_HEADS and title_word(t, "title_heads", lemma=True):
            break  # "mid-field candidates Sen. X": the plural describes a group; X holds "Sen."
        if (title_word(t, "title_heads", lemma=True) or (title_word(t, "title_abbreviations") and t.text[:1].isupper())) and t.pos_ not in ("VERB", "AUX"):
            saw_head = True  # not "who's chairing Donald Trump's transition team"
        elif i == ent.start - 1 and t.is_title and low in _NAME_ONLY_TITLES:
            saw_head = True  # "Justice X", "Chief Justice X"; not "the Justice Department"
        elif i == ent.start - 1 and t.is_lower and _occupation(t) and not (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
            saw_head = True  # "Romanian hacker X", "GOP consultant X"; not "an amnesty-partner X"
        elif title_word(t, "title_suffixes") and i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and title_word(doc[i - 2], "title_heads"):
            pass  # "President-elect", "Defence Minister-designate"
        elif low == "-" and i + 1 < ent.start and title_word(doc[i + 1], "title_suffixes") and not t.whitespace_ and title_word(doc[i - 1], "title_heads"):
            pass
        elif low == "-" and i > 1 and not t.whitespace_ and not doc[i - 1].whitespace_ and doc[i - 1].lower_ in _TITLE_PREFIXES and title_word(doc[i + 1], "title_heads", lemma=True):
            start = i - 1  # "co-founder", "vice-chairman": one title word
            i -= 2
            continue
        elif low in _PARTY_RANK_MODIFIERS and doc[i + 1].lower_ in _PARTY_RANK_HEADS or (
            low in ORG_HEADS and doc[i + 1].lower_ in _PARTY_RANK_MODIFIERS and doc[i + 2].lower_ in _PARTY_RANK_HEADS
        ):
            pass  # "committee ranking Democrat Sen. X": a rank in a party's seats on a committee
        elif low in _CAMPAIGN_WORDS or (low in _CAMPAIGN_MODIFIERS and doc[i + 1].lower_ in _CAMPAIGN_WORDS):
            pass  # "Clinton campaign chairman X": the campaign is the body
        elif (t.ent_type_ == "PERSON" or t.is_title or low in ("'s", "'")) and any(
            doc[k].lower_ in _CAMPAIGN_WORDS for k in range(i + 1, min(i + 4, ent.start))
        ) and _campaign_owner(doc, next(k for k in range(i + 1, min(i + 4, ent.start)) if doc[k].lower_ in _CAMPAIGN_WORDS)) is not None:
            pass  # the candidate whose campaign it is
        elif low == "to" and i > 0 and title_word(doc[i - 1], "title_heads", lemma=True) and any(
            x.ent_type_ in ("GPE", "ORG") for x in doc[i + 1 : ent.start]
        ):
            pass  # "Ambassador to the Philippines"
        elif low in ("for", "on") and i > 0 and doc[i - 1].lower_ in _PORTFOLIO_TITLES and doc[i + 1 : ent.start] and all(
            x.ent_type_ in ("GPE", "LOC") or x.lower_ == "the" for x in doc[i + 1 : ent.start]
        ):
            pass  # "UN Special Envoy on Myanmar X": the remit, a place
        elif title_word(t, "title_modifiers") or (low in ORG_HEADS and title_word(doc[i + 1], "title_heads")) or t.ent_type_ in ("ORG", "GPE", "NORP") or _is_acronym(t.text) or (
            gaz is not None and t.is_title and gaz.by_demonym(t.text) is not None  # "Republican nominee"
        ) or (
            t.is_title and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
        ) or low in ("(", ")") or t.ent_type_ == "ORG":
            pass
        else:
            break
        start = i
        i -= 1
    while start < ent.start and doc[start].lower_ in ("the", "of", "and", "for", "a", ")"):
        start += 1
    if not saw_head or start >= ent.start:
        return None
    return doc[start : ent.start]


def _title_object_prep(doc: Doc, i: int, end: int) -> bool:
    """'for' or 'to' at ``i`` between two titles ('a spokesman for presidential candidate X',
    'campaign chairman for Democratic nominee X'): the name after it is the object of the
    first title, so only the second title, after the preposition, is the name's own."""
    return (
        doc[i].lower_ in ("for", "to") and i > 0
        and (doc[i - 1].lower_ in TITLE_HEADS or doc[i - 1].lemma_.lower() in TITLE_HEADS)
        and any(x.lower_ in TITLE_HEADS for x in doc[i + 1 : end])
    )


def _party_rank(tok: Token) -> bool:
    """'the ranking Democrat on the House Intelligence Committee', 'the top Republican on the
    Armed Services Committee': a party noun with a rank word and the committee it sits on is
    a legislator's title, held in that committee."""
    if tok.lower_ in _MEMBER_HEADS:
        # "a senior member of the House Armed Services Committee": a seat in a named body
        return any(
            c.dep_ == "prep" and c.lower_ in ("on", "of") and any(x.ent_type_ == "ORG" for x in c.subtree)
            for c in tok.children
        )
    return (
        tok.lower_ in _PARTY_RANK_HEADS
        and any(c.dep_ == "amod" and c.lower_ in _PARTY_RANK_MODIFIERS for c in tok.children)
        # "the committee's top Democrat": the committee named before, by its head noun
        and any(c.dep_ == "prep" and c.lower_ in ("on", "of") or c.dep_ == "poss" and c.pos_ == "NOUN" for c in tok.children)
    )


def _appositive_title(doc: Doc, ent: Span) -> Span | None:
    """'Rohan Mehra, a fellow at the Centre ...' and 'the deputy secretary of X, Sergei Demedyuk'."""
    root = ent.root
    children = list(root.children)
    if root.dep_ == "conj" and not any(c.dep_ == "conj" and c.i > root.i for c in root.head.children):
        # "X and Y, a former deputy president of Z": the parser hangs the appositive on the
        # first name; it follows the last one
        heads = [root.head] + ([root.head.head] if root.head.dep_ == "appos" else [])
        children += [c for h in heads for c in h.children if c.dep_ == "appos" and c.left_edge.i > root.i]
    for child in children:
        if child.dep_ == "appos" and child.i > root.i and (_role_head(child) or _party_rank(child) or child.pos_ == "NOUN" and any(
            c.dep_ in ("conj", "appos") and c.i > child.i and _role_head(c) for c in child.subtree  # "a GOP donor and co-founder of Y"
        )):
            if any(c.dep_ == "conj" and root.i < c.i < child.i for c in root.children):
                continue  # it belongs to the later name
            s = child.left_edge.i
            while s < child.i and doc[s].lower_ in ("a", "an", "the"):
                s += 1
            end = child.right_edge.i + 1
            # "a retired colonel in the GRU who once sold secrets": the title ends before
            # its relative clause
            rel = [t.left_edge.i for t in child.subtree if t.dep_ in ("relcl", "acl") and t.i > child.i]
            if rel:
                end = min(end, min(rel))
            # "X, deputy head of Y, and Z": the appositive ends at its comma
            comma = next((t.i for t in doc[child.i + 1 : end] if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("and", "or", "as", "who", "which")), None)
            if comma is not None:
                end = comma
            while end > s + 1 and doc[end - 1].is_punct:
                end -= 1
            return doc[s:end]
    h = root.head if root.dep_ == "appos" else None
    # "the deputy secretary of the Security Council of Ukraine, Ivan Petrenko": the name is
    # in apposition to the last noun of the title's "of" phrase; climb to the title
    steps = 0
    while h is not None and steps < 6 and not (h.lemma_ in TITLE_HEADS or h.lower_ in TITLE_HEADS or _party_rank(h)):
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("of", "at", "for"):
            h = h.head.head
        elif h.dep_ in ("compound", "appos", "conj") and h.head.i > h.i:
            h = h.head
        elif h.dep_ == "conj" and (h.head.lemma_ in TITLE_HEADS or h.head.lower_ in TITLE_HEADS):
            h = h.head  # "Minister for Law Enforcement and Cyber Security, Jan Roe"
        else:
            h = None
        steps += 1
    if h is not None and root.dep_ == "appos" and (h.lemma_ in TITLE_HEADS or h.lower_ in TITLE_HEADS or _party_rank(h)):
        if h.i < root.i:
            s = h.left_edge.i
            while s < h.i and (doc[s].lower_ in ("a", "an", "the", "after") or doc[s].is_punct):
                s += 1
            # "the committee's top Democrat, Rep. X": the title ends at its comma, not at the name
            end = next((k for k in range(h.i + 1, ent.start) if doc[k].text == ","), ent.start)
            while end > s and doc[end - 1].is_punct:
                end -= 1
            return doc[s:end]
    return _set_off_title(doc, ent)


def _set_off_title(doc: Doc, ent: Span) -> Span | None:
    """'complaints by the secretary of the Treasury, Jacob J. Lew, about steel' where the
    parser hangs the name elsewhere: a name set off by commas right after 'the <title> [of
    the <Body>]' is in apposition to the title."""
    comma = ent.start - 1
    while comma > 2 and (title_word(doc[comma], "title_abbreviations") and doc[comma].text[:1].isupper() or (
        doc[comma].text == "." and title_word(doc[comma - 1], "title_abbreviations")
    ) or doc[comma].lower_ in _HONORIFICS):
        comma -= 1  # "the committee's chair, Rep. X (Ore.),", "the nominee, Mr. X,": the name's own title between
    if comma < 2 or doc[comma].text != "," or ent.end >= len(doc) or doc[ent.end].text not in (",", "(" if comma < ent.start - 1 else ","):
        return None
    k = comma - 1
    # the 'of' phrase: capitalised name words, 'the', 'of'
    while k > comma - 7 and k > 0 and (doc[k].is_title or doc[k].lower_ in ("the", "of")) and not (
        title_word(doc[k], "title_heads", lemma=True) and doc[k].is_lower
    ):
        k -= 1
    h = doc[k]
    if not (h.is_lower and h.pos_ in ("NOUN", "PROPN") and title_word(h, "title_heads", lemma=True)):
        return None
    if k + 1 < comma and doc[k + 1].lower_ != "of":
        return None
    s = k
    while s > 0 and (doc[s - 1].is_lower and doc[s - 1].pos_ in ("ADJ", "NOUN") and doc[s - 1].lower_ in TITLE_MODIFIERS | TITLE_HEADS
                     or doc[s - 1].ent_type_ == "NORP" and doc[s - 1].is_title):
        s -= 1  # "the Republican presidential nominee, X,": a party or nationality adjective too
    if s > 2 and doc[s - 1].lower_ in ("'s", "'") and doc[s - 2].is_lower and doc[s - 2].pos_ == "NOUN" and doc[s - 3].lower_ == "the":
        return doc[s - 2 : comma]  # "the committee's chair, Rep. X": the body the word recalls
    if s == 0 or doc[s - 1].lower_ != "the":
        return None  # "the secretary of state, X," only: a bare noun is no title set off
    return doc[s:comma]


def _as_title(doc: Doc, ent: Span) -> Span | None:
    """'named Martha Karua as his running mate', 'Jan Novak was appointed as defence
    minister': the office an appointment verb gives the person, after 'as'."""
    root = ent.root
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in _APPOINTMENT_VERBS or verb.pos_ != "VERB":
        return _served_as_title(doc, ent)
    prep = next((c for c in verb.rights if c.lower_ == "as" and c.dep_ == "prep" and c.i >= ent.end), None)
    if prep is None or any(t.is_punct for t in doc[ent.end : prep.i]):
        return None
    return _title_after_as(doc, prep)


def _served_as_title(doc: Doc, ent: Span) -> Span | None:
    """'X served as ambassador to Chile', 'X, who served as chairman of Y', 'X took over the
    embassy after serving as a professor at Y': the office a verb of holding office
    (``office_holding_verbs``) gives its subject, after 'as': the name is the verb's subject,
    the 'who' of its clause on the name, or the subject of the verb its 'after'/'before'/
    'while' clause hangs on."""
    root = ent.root
    verbs = []
    if root.dep_ == "nsubj":
        verbs = [root.head, *(c for c in root.head.children if c.dep_ == "advcl"),
                 *(g for c in root.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp")]
    verbs += [c for c in root.children if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)]
    for verb in verbs:
        if verb.lemma_ not in _HOLDING_VERBS or verb.pos_ != "VERB" or verb.i < ent.start:
            continue
        prep = next((c for c in verb.rights if c.lower_ == "as" and c.dep_ == "prep"), None)
        if prep is not None and (prep.i == verb.i + 1 or prep.i == verb.i + 2 and doc[verb.i + 1].dep_ in ("prt", "advmod")):  # "stepped down as", "served briefly as"
            return _title_after_as(doc, prep)
    return None


def _title_after_as(doc: Doc, prep: Token) -> Span | None:
    """The title after 'as' ('as ambassador to Chile', not 'as his running mate on Monday'),
    when its head is a title word."""
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is None or not (title_word(head, "title_heads", lemma=True) or _occupation(head)):
        return None
    s, end = prep.i + 1, head.i + 1
    for c in head.rights:  # "as ambassador to Chile", not "as his running mate on Monday"
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "to") and c.i == end:
            end = c.right_edge.i + 1
        elif c.dep_ == "cc" and c.i == end and c.lower_ == "and":
            conj = next((x for x in head.rights if x.dep_ == "conj" and x.i > c.i and _role_head(x)), None)
            if conj is not None:
                end = conj.right_edge.i + 1  # "as chairman and chief executive of Fox News"
    while s < head.i and doc[s].lower_ in ("a", "an", "the"):
        s += 1
    return doc[s:end]


def _relative_copula_title(doc: Doc, ent: Span) -> Span | None:
    """'X, who was coordinator for counterterrorism at the State Department from 2009',
    'X, who is now chairman of Y': a relative clause set off after the name whose verb is
    'be' with a title for its complement gives the person that title (with its 'of', 'for',
    'at', 'to' phrase), as an appositive would; the clause's time phrases are no part of it."""
    j = ent.end
    if j + 3 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ != "who":
        return None
    be = next((t for t in doc[j + 2 : j + 5] if t.lemma_ == "be" and t.dep_ in ("relcl", "ROOT", "ccomp", "conj")), None)
    if be is None or any(t.pos_ not in ("AUX", "ADV") for t in doc[j + 2 : be.i]):
        return None  # "who was appointed governor": a passive, not 'be' with a title
    attr = next((c for c in be.rights if c.dep_ == "attr"), None)
    if attr is None or attr.pos_ not in ("NOUN", "PROPN") or not title_word(attr, "title_heads", lemma=True):
        return None
    if any(t.pos_ not in ("ADV", "PART") for t in doc[be.i + 1 : attr.left_edge.i]):
        return None
    s = attr.left_edge.i
    while s < attr.i and (doc[s].lower_ in ("a", "an", "the") or doc[s].pos_ == "ADV" and doc[s].lower_ not in _PAST_MODIFIERS):
        s += 1
    end = attr.i + 1
    # "coordinator for counterterrorism at the State Department": the phrases after the
    # title, whether the parser hangs them on the title or on 'was'
    for c in sorted([*attr.rights, *be.rights], key=lambda c: c.i):
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "to", "on") and c.i == end:
            end = c.right_edge.i + 1
    stop = next((t.i for t in doc[attr.i + 1 : end] if t.text in (",", ";", "(") or t.dep_ in ("relcl", "acl") or t.ent_type_ in ("DATE", "TIME")
                 or t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children)), end)
    return doc[s:stop] if stop > s else None


def _title_body(span: Span, table: ActorTable) -> tuple[str | None, list[tuple[int, int]]]:
    """'foreign ministry spokesman': the body named in lower case inside the title, placed
    in the country the sentence opens with ("In Beijing, ...") when it names one."""
    heads = [t for t in span if t.lower_ in ORG_HEADS and not _service_rank(span.doc, t.i)]
    if not heads:
        return None, []
    h = heads[0]
    doc = span.doc
    if h.is_lower and h.i + 1 < len(doc) and doc[h.i + 1].lower_ in ("'s", "'") and h.i > 0 and doc[h.i - 1].lower_ in ("the", "this", "that"):
        # "the agency's acting director" with no agency named before: the word recalls a
        # body, it names none (no body called "agency")
        return None, []
    if h.is_lower and h.i > span.start + 1 and doc[h.i - 1].lower_ in ("'s", "'") and doc[h.i - 2].is_title:
        # "Ohio's police commissioner": the possessor is the body; 'police' is a title word
        return None, []
    start = h.i
    while start > span.start and span.doc[start - 1].lower_ in TITLE_MODIFIERS and span.doc[start - 1].lower_ not in ("the", "of", "and", "for") and span.doc[start - 1].lower_ not in _PAST_MODIFIERS:
        start -= 1
    body = span.doc[start : h.i + 1]
    if len(body) == 1 and h.lemma_.lower() in _STATE_HEADS:
        # "government spokesman", "a former government cybersecurity expert": no body named;
        # the state's, found as a country title's is
        return None, []
    if len(body) == 1 and (h.is_title or h.is_lower and any(t.lower_ in _PARTY_RANK_HEADS for t in span)):
        # "committee ranking Democrat X", "Ministry spokesperson X" after "the Ministry of
        # Foreign Affairs of Y": the word recalls the body named before that it heads (the
        # last one named), not a body called "committee" or "Ministry"
        named = [
            (s, k) for s, e, k in table._spans
            if e <= span.start_char and k in table.clusters and table.clusters[k].type == "organization"
            and h.lower_ in _name_heads(table.clusters[k].name)
        ]
        if named:
            return max(named)[1], [(body.start_char, body.end_char)]
    sent = span.sent
    country = None
    if sent[0].lower_ in ("in", "from") and sent[1].ent_type_ == "GPE":
        country = table.country_key(sent[1].text)
    key = table.organization(body.text, body.start_char, body.end_char, country=country)
    return key, [(body.start_char, body.end_char)]


def _title_text(span: Span, cut: list[tuple[int, int]]) -> str:
    words = [
        _ABBREVIATIONS.get(t.lower_, t.text) if t.text[:1].isupper() else t.text
        for t in span if not any(s <= t.idx < e for s, e in cut) and not t.is_space
        and not (t.text in _DESCRIPTIVE_ADJECTIVES and t.i + 1 < span.end)  # "the embattled president"
        and not (t.lower_ in _TITLE_TIME_ADVERBS and t.i == span.start)  # "(and) now senior fellow"
        and not (t.text == "." and t.i > span.start and span.doc[t.i - 1].lower_ in _ABBREVIATIONS)
    ]
    text = " ".join(words)
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?='s\s)", "", text)  # "Mr. X's former chief of staff", X cut
    text = re.sub(r"^(?:'s?|\u2019s?|of|the|at|for|a|an|its|their|his|her)\s+", "", text)  # "Sanders' spokesman", X cut
    text = re.sub(r"^(?:Its|Their|His|Her)\s+", "", text)  # "Its director, X," opening a sentence
    text = re.sub(r"^[a-z][\w-]* 's\s+", "", text)  # "the governor's running mate": no body named
    text = re.sub(r"^(?:[A-Z][\w.-]*\s+){1,4}'s?\s+(?=[a-z])", "", text)  # "Ohio's police commissioner", no actor Ohio
    text = re.sub(r"\s+(?:of|the|at|for|and|of the|'s)$", "", text)
    text = re.sub(r"\s*\(\s*[A-Z0-9-]*\s*\)", "", text)
    text = re.sub(r"\b(?:of|for|at|in)(?: the)?\s+(?=(?:of|for|at|in)\b)", "", text)
    text = re.sub(r"\s+(?:in|at|of|for|on)$", "", text)  # "ranking Democrat on" (the committee cut)
    text = re.sub(r"\s+of the$|\s+of$", "", text)
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text)  # "President-elect", as written
    text = re.sub(r"\s+(?:for|to)(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?$", "", text)  # "manager for Mr." (Trump)
    text = re.sub(r"\s+(?:of|at|for|in)(?:\s+(?:the|its|their|his|her))?(?:\s+'s)?$", "", text)  # "director of its" (the center cut)
    return text.strip(" ,") or span.text


def _split_titles(span: Span) -> list[Span]:
    """One title per part: 'the country's chief military spokesman, Major General' and
    'AFP spokesperson Colonel' each hold a title and a rank."""
    parts: list[Span] = []
    start = span.start
    doc = span.doc
    for t in span:
        if t.i == start:
            continue
        abbreviated = t.lower_ in _ABBREVIATIONS and t.text[:1].isupper() and (
            doc[t.i - 1].lower_ in TITLE_HEADS or doc[t.i - 1].lemma_.lower() in TITLE_HEADS
            # "committee ranking Democrat Sen. X": a party rank, then the office
            or doc[t.i - 1].lower_ in _PARTY_RANK_HEADS and t.i - 2 >= start and doc[t.i - 2].lower_ in _PARTY_RANK_MODIFIERS
        )
        # "former prosecutor and New York City Mayor": a title, then another with its own body
        joined = t.lower_ == "and" and t.i + 1 < span.end and (doc[t.i - 1].lower_ in TITLE_HEADS or doc[t.i - 1].lemma_.lower() in TITLE_HEADS) \
            and doc[t.i + 1].is_title and not title_word(doc[t.i + 1], "title_heads", lemma=True) and doc[t.i + 1].ent_type_ in ("GPE", "ORG", "NORP")
        boundary = t.text == "," or abbreviated or joined or _stacked_title(t) or _second_role(t, span) or (t.lower_ == "and" and t.i + 1 < span.end and (doc[t.i + 1].lower_ in ("a", "an") or doc[t.i + 1].lower_ in _TITLE_TIME_ADVERBS)) or (
            t.lower_ in _RANKS | _RANK_PREFIXES and t.is_title and doc[t.i - 1].lower_ in TITLE_HEADS
            and doc[t.i - 1].lower_ not in _RANKS | _RANK_PREFIXES and not doc[t.i - 1].is_title
        )
        if boundary:
            parts.append(doc[start : t.i])
            start = t.i + 1 if t.text in (",", "and") else t.i
    parts.append(doc[start : span.end])
    heads = [p for p in parts if len(p) and any(
        t.lower_ in TITLE_HEADS or t.lemma_.lower() in TITLE_HEADS or _occupation(t) or (t.lower_ in _ABBREVIATIONS and t.text[:1].isupper())
        or t.lower_ in _PARTY_RANK_HEADS and t.i > p.start and doc[t.i - 1].lower_ in _PARTY_RANK_MODIFIERS
        for t in p[: next((k for k, x in enumerate(p) if x.lower_ in ("of", "for", "at", "to") and k), len(p))]
    )]  # the title word heads its part: "a critic of the crown prince" holds no title
    if len(heads) == 1 and len(parts) > 1 and any(doc[p.start - 1].lower_ == "and" for p in parts[1:]):
        return heads  # "an adviser to the AK Party and a friend of Khashoggi"
    return heads if len(heads) > 1 else [span]


def _second_role(t: Token, span: Span) -> bool:
    """'a Sanders supporter and president of X', 'the insurance executive and Republican
    donor', 'a professor at Y and the director of its center': 'and' after a common noun, or
    before a determiner, opens a second noun phrase headed by a title or an occupation, a role
    of its own; 'minister of foreign affairs and trade' goes on with no role word, and
    'president and chief executive of X' is one title, the 'of' phrase both words'."""
    doc = t.doc
    prev = doc[t.i - 1] if t.i > span.start else None
    if t.lower_ != "and" or prev is None or t.i + 1 >= span.end:
        return False
    determiner = doc[t.i + 1].lower_ in ("a", "an", "the")
    if not (determiner or prev.is_lower and prev.pos_ == "NOUN"):
        return False
    rest = doc[t.i + 1 : span.end]
    head = next((x for x in rest if x.is_lower and _role_head(x)), None)
    prep = next((x.i for x in rest if x.lower_ in ("of", "for", "at", "to", "in", "on", ",")), span.end)
    if head is None or head.i > prep:
        return False
    own = any(x.lower_ in ("of", "for", "at", "to", "in", "on") for x in doc[span.start : t.i])
    return determiner or own or not (_role_head(prev) and not _occupation(prev) and prep < span.end)


def _stacked_title(t: Token) -> bool:
    """A second title stacked on a first with no 'and' or comma, as US campaign copy writes
    them: 'Democratic presidential candidate former Secretary of State X', '... candidate
    Senator X', '... candidate Texas Senator X'. The first ends on a lower-case title head
    that no qualifier opens for the next word ('deputy Secretary of State' is one title)."""
    prev = t.doc[t.i - 1]
    if not (prev.is_lower and (prev.lower_ in TITLE_HEADS or prev.lemma_ in TITLE_HEADS)) or prev.lower_ in _OFFICE_QUALIFIERS:
        return False
    if t.lower_ in _PAST_MODIFIERS:
        return True  # "candidate former Secretary of State"
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    place = t.ent_type_ in ("GPE", "NORP") and nxt is not None and nxt.is_title and nxt.lower_ in TITLE_HEADS
    # "spokesman Navy Capt. X", "spokesman Air Force Col. X": a service and its rank
    branch = next((n for n in (1, 2) if " ".join(x.lower_ for x in t.doc[t.i : t.i + n]) in _SERVICE_BRANCHES
                   and t.i + n < len(t.doc) and _rank_word(t.doc[t.i + n])), None)
    return t.is_title and (t.lower_ in TITLE_HEADS or place or branch is not None)  # "candidate Senator", "candidate Texas Senator"


def _possessive_body(span: Span, table: ActorTable, holder: str) -> tuple[str | None, list[tuple[int, int]]]:
    """'its founder', 'the group's chief negotiator': the nearest body of the right kind
    mentioned before, in this sentence or the one before."""
    doc = span.doc
    toks = list(span)
    if not toks:
        return None, []
    word, cut_end = None, None
    if toks[0].lower_ in _POSSESSIVES and toks[0].tag_ == "PRP$":
        word, cut_end = toks[0].lower_, toks[0]
    else:
        i = span.start
        while i > span.start - 2 and i > 0 and doc[i - 1].lower_ in ("the", "this", "that"):
            i -= 1
        for t in toks[:3]:
            if t.lower_ in ("'s", "'") and t.i > 0 and doc[t.i - 1].lower_ in _POSSESSIVES and not doc[t.i - 1].ent_type_:
                word, cut_end = doc[t.i - 1].lower_, t
                break
            if t.lower_ in ("'s", "'") and t.i > 0 and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].is_lower:
                # "the centre's director": the body named before whose name ends in that word
                word, cut_end = doc[t.i - 1].lower_, t
                break
    if word is None:
        return None, []
    head_word = None
    if word not in _POSSESSIVES:
        head_word, types = word, ["organization", "group"]
    else:
        types = _POSSESSIVES[word]
    if word in ("its", "their") and cut_end.i == span.start and span.start >= 2 and doc[span.start - 1].lower_ == "and":
        # "against Halvorsen Aerosystems and its chief executive": the body just before "and"
        prev = doc[span.start - 2]
        if prev.text == ".":
            prev = doc[span.start - 3] if span.start >= 3 else prev  # "Inc." split by spaCy
        key = table.at(prev.idx, prev.idx + len(prev.text))
        if key is not None and key != holder and table.clusters[key].type in types:
            return key, [(span.start_char, cut_end.idx + len(cut_end.text))]
    sent = span.sent
    prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo = doc[prev_start].idx
    best = None
    for s, e, key in table._spans:
        if key == holder or not (lo <= s and e <= span.start_char):
            continue
        c = table.clusters.get(key)
        if c is None or c.type not in types:
            continue
        if head_word is not None and head_word not in _name_heads(c.name):
            continue
        # the kind the word names first ('its founder': a group before a country), then the
        # subject of its clause ("X said ... Y's findings. Its head"), then the nearest
        subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[prev_start : span.start] if s <= t.idx < e)
        # first of all the body the text called by that word: "Halberd, a security firm, ...
        # the firm's director"
        described = any(
            t.dep_ == "appos" and t.lemma_.lower() == word and s <= t.head.idx < e for t in doc[prev_start : span.start]
        )
        rank = (described, -types.index(c.type), subject, s)
        if best is None or rank > best[0]:
            best = (rank, key)
    if best is None and head_word is not None:
        # "the board's executive director" paragraphs after "the Ohio State Board of
        # Elections": the one body named before whose name that word heads
        named = {
            key for s, e, key in table._spans
            if e <= lo and key != holder and key in table.clusters and table.clusters[key].type in types
            and head_word in _name_heads(table.clusters[key].name)
        }
        if len(named) == 1:
            best = (None, named.pop())
    if best is None:
        return None, []
    best = (None, None, best[1])
    return best[2], [(span.start_char, cut_end.idx + len(cut_end.text))]


def _name_heads(name: str) -> set[str]:
    """The words a body's name is headed by, lower case: 'National Cyber Security Centre' ->
    {centre}; 'Institute for Strategic Studies' -> {institute, studies}."""
    words = name.lower().split()
    heads = set(words[-1:])
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on") and i > 0), None)
    if cut is not None:
        heads.add(words[cut - 1])
    return heads


def _host_cut(span: Span) -> int:
    """'Ambassador to the Philippines': the country after 'to' hosts the title, it does not
    hold it. The character offset where the host part starts (or the span's end)."""
    for t in span:
        if t.lower_ == "to" and t.i > span.start and (span.doc[t.i - 1].lower_ in TITLE_HEADS or span.doc[t.i - 1].lemma_.lower() in TITLE_HEADS):
            return t.idx
    return span.end_char


def _named_body(part: Span, table: ActorTable, holder: str) -> tuple[str, list[tuple[int, int]]] | None:
    """'American Unity Fund president X' where the NER read 'American' as a demonym, 'House
    Speaker X' where it read no name: a body the article names elsewhere, spelled out
    (capitalised) inside the title."""
    text = part.text
    best = None
    for c in table.clusters.values():
        if c.key == holder or c.type not in ("organization", "group"):
            continue
        for n in (c.name, *c.aliases):
            if not n[:1].isupper() or (len(n.split()) < 2 and not c.mentions):
                continue
            m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
            if m and (best is None or len(n) > best[0]):
                best = (len(n), c.key, part.start_char + m.start(), part.start_char + m.end())
    if best is None:
        return None
    _, key, s, e = best
    table.mention(key, s, e)
    return key, [(s, e)]


def _portfolio_start(span: Span) -> int:
    """'Minister for Law Enforcement and Cyber Security': what follows a portfolio title's
    'for' is the remit, not a body (the character offset where it starts, or the end)."""
    for t in span:
        if t.lower_ in ("for", "on") and t.i > span.start and span.doc[t.i - 1].lower_ in _PORTFOLIO_TITLES:
            return t.idx
    return span.end_char


def _role_body(part: Span, table: ActorTable, holder: str) -> tuple[str | None, list[tuple[int, int]]]:
    if any(_service_rank(part.doc, t.i) for t in part) and _is_rank(part.text):
        return None, []  # "Army General": a rank, its first word no body
    of, cut = _possessive_body(part, table, holder)
    if of is not None:
        return of, cut
    host = _host_cut(part)
    portfolio = _portfolio_start(part)
    found = [
        m for m in table.mentions_in(part.start_char, part.end_char)
        if m[2] != holder and not (m[0] >= portfolio and table.clusters[m[2]].type == "organization" and not table.clusters[m[2]].wikidata) and table.clusters[m[2]].type != "person" and (m[1] <= host or table.clusters[m[2]].type in ("organization", "group"))
        and not _remit_country(part, m, table)
    ]
    elected = any(x.lower_ in _ELECTED for x in part)  # a party adjective is then no body
    if found and all(table.clusters[m[2]].type == "country" for m in found) and not elected:
        # "U.S. Democratic presidential candidate X": the country named says where the race
        # is; the party adjective after it names the body the candidacy is held in
        first = part.doc.char_span(found[0][0], found[0][1], alignment_mode="expand")
        party = _party_after(first[-1], part, host, table) if first is not None else None
        if party is not None:
            key, x = party
            table.mention(key, x.idx, x.idx + len(x.text))
            return key, [(found[0][0], found[0][1]), (x.idx, x.idx + len(x.text))]
    if found:
        # after the title's "of"/"at"/"for": the body named there, an organisation before
        # the country that qualifies it ('of the Security Council (SC) of Ukraine')
        prep = next((t.idx for t in part if t.lower_ in ("of", "at", "for", "in") and t.idx < found[-1][0]), None)
        after = [m for m in found if prep is not None and m[0] > prep]
        before = [m for m in found if m not in after and table.clusters[m[2]].type in ("organization", "group")]
        if after and before and all(table.clusters[m[2]].type == "country" for m in after):
            # "the United Nations humanitarian coordinator for Sudan": the country is the
            # remit, the body is named before the title
            return before[0][2], [(before[0][0], before[0][1])]
        if after:
            bodies = [m for m in after if table.clusters[m[2]].type != "country"] or after
            return bodies[0][2], [(m[0], m[1]) for m in after]
        s, e, key = found[0]
        return key, [(s, e)]
    named = _named_body(part, table, holder)
    if named is not None:
        return named
    for e in part.ents:
        # "South African President X": a demonym of two words names the country
        key = table.country_key(e.text) if e.label_ in ("NORP", "GPE") and len(e) > 1 and e.end_char <= host else None
        if key:
            table.mention(key, e.start_char, e.end_char)
            return key, [(e.start_char, e.end_char)]
    for t in part:
        if t.idx >= host:
            break
        led = t.i + 2 < len(t.doc) and t.nbor().text == "-" and t.nbor(2).lower_.endswith("ed")  # "the American-led coalition"
        key = table.country_key(t.text) if t.ent_type_ in ("NORP", "GPE") and not led and not (t.i > part.start and t.nbor(-1).lower_ == "on") else None
        if key is None and t.is_title and t.ent_type_ not in ("NORP", "GPE") and t.i + 1 < part.end and title_word(t.nbor(), "title_heads", lemma=True):
            # "the Armenian Ombudsman X" read as one organisation's name: the demonym right
            # before the title word names the country
            entry = table.gaz.by_demonym(t.text)
            key = table.for_entry(entry) if entry is not None and entry.type == "country" else None
        if key is None and (t.ent_type_ == "NORP" or t.is_title) and not elected:
            key = _party_of(t, table)  # "Republican nominee": the party
        if key and table.clusters[key].type == "country" and not elected:
            # "U.S. Democratic presidential candidate X": the country says where the race
            # is, the party adjective after it names the body the candidacy is held in
            key, t = _party_after(t, part, host, table) or (key, t)
        if key:
            table.mention(key, t.idx, t.idx + len(t.text))  # "the Chinese ambassador": China, named
            return key, [(t.idx, t.idx + len(t.text))]
    heads = [t.lower_ for t in part if t.lower_ in TITLE_HEADS or t.lemma_.lower() in TITLE_HEADS]
    if heads and heads[-1] in _STATE_TITLES:
        # "Foreign Office Minister": a minister is of the country (SCHEMA), the office's
        return _country_of_named_office(part, table), []
    return _title_body(part, table)


def _party_after(t: Token, part: Span, host: int, table: ActorTable) -> tuple[str, Token] | None:
    """The party a word after ``t`` in the title names by its adjective ('Democratic',
    'Republican': a gazetteer organisation's demonym), with that word; None if none does."""
    for x in part[t.i - part.start + 1 :]:
        if x.idx >= host:
            break
        key = _party_of(x, table) if x.is_title else None
        if key:
            return key, x
    return None


def _party_of(tok: Token, table: ActorTable) -> str | None:
    """The party (a gazetteer organisation or group) whose adjective ``tok`` is, or None."""
    entry = table.gaz.by_demonym(tok.text)
    return table.for_entry(entry) if entry is not None and entry.type in ("organization", "group") else None


def _remit_country(part: Span, m: tuple[int, int, str], table: ActorTable) -> bool:
    """'adviser on Iran', 'expert on Syria': a country after 'on' is the title's subject,
    not the body it is held in; 'special envoy for Sudan': a country after a portfolio
    title's 'for' is its remit (the envoy is the sending state's)."""
    if table.clusters[m[2]].type != "country":
        return False
    before = [t for t in part if t.idx < m[0]]
    while before and before[-1].lower_ == "the":
        before.pop()
    if len(before) >= 2 and before[-1].lower_ == "for" and before[-2].lower_ in _PORTFOLIO_TITLES:
        return True
    return bool(before) and before[-1].lower_ == "on"


def _state_title_country(part: Span, table: ActorTable, of: str | None) -> str | None:
    """A minister's or president's title that names an office of the state ('Foreign Office
    Minister'): held in the office's country, not the office (SCHEMA)."""
    heads = [t.lower_ for t in part if t.lower_ in TITLE_HEADS or t.lemma_.lower() in TITLE_HEADS]
    if of is None or not heads or heads[-1] not in _STATE_TITLES:
        return of
    c = table.clusters[of]
    if c.type == "organization" and c.country is not None and table.clusters[c.country].mentions:
        return c.country
    return of


def _country_of_named_office(part: Span, table: ActorTable) -> str | None:
    """The country of the office a state title names in its own words ('Foreign Office
    Minister': of the one country with a Foreign Office that the article names), else None."""
    words = [t for t in part if t.is_title and t.lower_ not in TITLE_HEADS and t.lower_ not in ("the", "of")]
    for n in range(len(words), 1, -1):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if run[-1].i - run[0].i != n - 1:
                continue
            text = part.doc[run[0].i : run[-1].i + 1].text
            entry = table.gaz.lookup(text)
            names = [entry.country] if entry is not None and entry.type == "organization" and entry.country else _OFFICE_COUNTRIES.get(text.lower(), [])
            keys = {table.country_key(n) for n in names} - {None}
            named = [k for k in keys if table.clusters[k].mentions]
            if names:
                return named[0] if len(named) == 1 else None
    return None


def _office(title: str) -> str:
    """A title without 'deputy', 'acting', 'former' and the like: the office it names."""
    words = [w for w in title.lower().split() if w not in _OFFICE_QUALIFIERS]
    return " ".join(words)


def _is_rank(title: str) -> bool:
    words = title.lower().split()
    if len(words) == 2 and words[0] in _SERVICE_RANKS and words[1] == "general":
        return True  # "Army General"
    return bool(words) and all(w in _RANKS or w in _RANK_PREFIXES for w in words) and words[-1] in _RANKS


def _rank_word(tok: Token) -> bool:
    """A rank, spelled out or abbreviated ('Captain', 'Capt', 'Lt')."""
    low = _ABBREVIATIONS.get(tok.lower_, tok.lower_).lower()
    return tok.is_title and (low in _RANKS or low in _RANK_PREFIXES)


def _branch_rank(doc: Doc, start: int, end: int) -> bool:
    """'Navy Capt. X', 'retired Army Lt. Gen. X', 'Air Force Col. X': the service a US officer
    serves in, before the rank, read by the NER as an organisation ('Navy Capt', 'Army'); the
    words are the title, no body the text names (``service_branch_words``)."""
    k = end - 1 if _rank_word(doc[end - 1]) else end
    j = end + (1 if end < len(doc) and doc[end].text == "." else 0)
    after = doc[j] if j < len(doc) else None
    return k > start and " ".join(t.lower_ for t in doc[start:k]) in _SERVICE_BRANCHES and after is not None and (
        _rank_word(after) if k == end else after.ent_type_ == "PERSON" or after.is_title and after.pos_ == "PROPN"
    )


def _service_rank(doc: Doc, i: int) -> bool:
    """'Army' in 'Army General Sergei Surovikin': the first word of a rank."""
    return (
        doc[i].lower_ in _SERVICE_RANKS and doc[i].is_title and i + 2 < len(doc)
        and doc[i + 1].lower_ == "general" and doc[i + 1].is_title and doc[i + 2].is_title
    )


def roles(doc: Doc, table: ActorTable, home_country: str | None) -> None:
    found: list[tuple[str, str, str | None, tuple[int, int]]] = []
    owned: list[tuple[int, str]] = []  # (index in found, the person whose staff title it is)
    for ent in _holder_spans(doc, table):
        key = table.at(ent.start_char, ent.end_char)
        if key is None or table.clusters[key].type != "person" or _in_body(ent[-1], table):
            continue  # "a spokesman for the Clinton campaign": Clinton holds no title here
        spans = [_title_chain(doc, ent, table.gaz), _appositive_title(doc, ent) or _comma_title(doc, ent) or _as_title(doc, ent)
                 or _relative_copula_title(doc, ent)]
        for span in spans:
            if span is None or (len(span) > 14 and not (len(span) <= 24 and _split_titles(span) != [span] and all(len(p) <= 14 for p in _split_titles(span)))) or any(
                t.ent_type_ == "PERSON" and not (t.dep_ in ("compound", "poss") and t.head.i in range(span.start, span.end))
                and not _in_body(t, table) and not _object_in_title(t, span)
                for t in span
            ):
                continue
            c = table.clusters[key]
            # "nuclear experts X and Y": a plural title each name holds in the singular; no
            # name of X's
            plural = next((t for t in reversed(span) if title_word(t, "title_heads", lemma=True)), None)
            plural = plural if plural is not None and plural.tag_ in ("NNS", "NNPS") and plural.lower_ not in TITLE_HEADS else None
            if plural is not None and (any(c.like_num for c in plural.children) or any(t.is_punct for t in doc[plural.i + 1 : ent.start])):
                continue  # "a summit of 27 leaders - British ...": a count of people, no title
            if plural is None and not all(t.lower_ in _ABBREVIATIONS or t.is_punct for t in span):
                c.add_alias(span.text)
            for part in _split_titles(span):
                # "the commander of the coalition against the Islamic State": the opponent
                # after 'against' is no part of the title and holds none of it
                part = doc[part.start : next((t.i for t in part if t.i > part.start + 1 and t.lower_ in _PARTNER_PREPS
                                              and not title_word(doc[t.i - 1], "title_heads", lemma=True)), part.end)]
                of, cut = _role_body(part, table, key)
                of = _state_title_country(part, table, of)
                if _nationality_of_occupation(part, of, cut, table):
                    of, cut = None, []
                if of is None:
                    of = _of_after(doc, ent, table)
                people = [(t.idx, t.idx + len(t.text)) for t in part if t.ent_type_ == "PERSON" or (
                    t.lower_ in _HONORIFICS and t.i + 1 < part.end and t.nbor().ent_type_ == "PERSON"
                ) or _person_possessor(t, part, table)]
                if not people and part.start == span.start and _person_before(doc, span.start):
                    people = [(span.start_char, span.start_char)]  # "Trump adviser X": the name ends the chain
                title = _title_text(part, cut + people)
                whole = _title_text(part, people)
                if of is not None and table.clusters[of].type == "organization" and _NATIONAL_OFFICES.get(_office(whole)):
                    # "the secretary of the Treasury": a one-country office, held in the
                    # country (SCHEMA: ministers of the country), not the department it names
                    country = _implied_country(table, _NATIONAL_OFFICES[_office(whole)])
                    if country is not None:
                        of, title = country, whole
                if plural is not None and plural.i in range(part.start, part.end):
                    title = re.sub(rf"\b{re.escape(plural.text)}\b", plural.lemma_, title)
                owner = next((table.at(s, e) for s, e in people if e > s and table.at(s, e)), None)
                if owner is None and people == [(span.start_char, span.start_char)]:
                    j = span.start - 1 - (1 if doc[span.start - 1].lower_ in ("'s", "'", "\u2019s") else 0)
                    owner = next((k for s_, e_, k in table.mentions_in(doc[j].sent.start_char, doc[j].idx + len(doc[j].text))
                                  if s_ <= doc[j].idx < e_), None)
                if of is None and owner not in (None, key) and table.clusters[owner].type == "person" and not _spokes_title(title):
                    # "Trump adviser X", "Obama's deputy national security adviser": the body
                    # the text gives is only a person, and the title is held in that person (as
                    # news annotators take it); a spokesman speaks for an office (below)
                    of = owner
                # "a Trump adviser": a person's aide, held in no body the text names
                found.append((key, title, of if of is not None or not people else False, (part.start_char, part.end_char)))
                if of is None and people and _government_staff(title):
                    owner = next((table.at(s, e) for s, e in people if e > s and table.at(s, e)), None)
                    if owner is not None and owner != key:
                        owned.append((len(found) - 1, owner))
    found.extend(_predicate_titles(doc, table))
    found.extend(_relative_titles(doc, table))
    # "the country's chief military spokesman": a spokesman of the country's armed forces as
    # the article names them ("Chile's military", made a body by the service rule; 'the
    # Peruvian Army'), else of the country
    for n, (key, title, of, sp) in enumerate(found):
        words = title.lower().split()
        if of and table.clusters[of].type == "country" and "military" in words and any(w.startswith("spokes") for w in words):
            found[n] = (key, title, armed_forces_of(table, of) or of, sp)
    # "Iran's foreign ministry spokesman X": the spokesman of the country's ministry (SCHEMA:
    # spokespeople hold their role of their ministry), not of the country
    for n, (key, title, of, sp) in enumerate(found):
        if not of or table.clusters[of].type != "country":
            continue
        m = re.search(r"\b(\w+(?: affairs)? ministry)\s+(?=spokes)", doc.text[sp[0] : sp[1]], re.I)
        named = [x for x in table.mentions_in(sp[0], sp[1]) if x[2] == of and x[1] <= sp[0] + (m.start() if m else 0)]
        if m is None or not named:
            continue
        start, end = named[-1][0], sp[0] + m.end(1)
        name = strip_np(doc.text[start:end])
        base, _ = table.split_country(name)
        held = table._find_org(base, of, name)
        if held is not None and table.clusters[held].country is None and not table.clusters[held].wikidata:
            # a countryless 'foreign ministry' named before is another country's, not this one
            body = table.mention(table._new(name, "organization", country=of, base=_norm_base(base)).key, start, end, name)
        else:
            body = table.organization(name, start, end, country=of)
        found[n] = (key, re.sub(rf"^.*?\b{re.escape(m.group(1))}\s+", "", title, flags=re.I), body, sp)
    # a rank or a government title with no body of its own: the holder's other titles',
    # else (government titles) the known country of the person, else the article's country
    for key, title, of, sp in found:
        c = table.clusters[key]
        if not title:
            continue  # "who represented Sweden": only the body of the holder's other titles
        if of is False:
            c.roles.append((title, None, sp))
            continue
        if of is None and " " not in title and not _is_rank(title) and title.lower() not in _ELECTED and any(
            k == key and o and s2[0] < sp[0] and t and t != title for k, t, o, s2 in found
        ):
            continue  # "National Security Adviser X ... Secretary X": the bare word recalls the office
        if of is None and _CITY_TITLES & set(title.lower().split()):
            of, title = _city_government(doc, table, title, sp) or (None, title)  # "Orlando Mayor X"
        if of is None and _national_office(table, title):
            of = _national_office(table, title)  # "Director of National Intelligence X"
        if of is None:
            others = [o for k, t, o, _ in found if k == key and o]
            if _is_rank(title) and others:
                # the rank is held in the other title's body when that is an armed service
                armed = [o for o in others if set(table.clusters[o].name.lower().replace("-", " ").split()) & _ARMED_BODY_WORDS]
                of = armed[0] if armed else None
            elif _government_title(title):
                countries = [o if table.clusters[o].type == "country" else table.clusters[o].country for o in others]
                countries = [x for x in countries if x]
                if countries:
                    of = countries[0]
                elif c.nationality:
                    of = table.country_key(c.nationality)
                    if of is not None and not table.clusters[of].mentions:
                        table.clusters[of].implied = True  # "former Secretary of State X", a known American
                elif _NATIONAL_OFFICES.get(_office(title)):
                    pass  # a one-country office whose country the text does not name: not another's
                elif _SHARED_OFFICES.get(_office(title)):
                    of = _shared_office(table, title, home_country)  # "Foreign Secretary X" in Kyiv
                elif home_country:
                    of = home_country
            elif _office(title) in _ORG_OFFICES:
                of = _nearest_body(doc, table, sp, key)  # "NATO ministers met ... Secretary General X"
            elif _SHARED_OFFICES.get(_office(title)):
                of = _shared_office(table, title, home_country)  # "Sen. X (R-Texas)" in US news
        if of is None and _NATIONAL_OFFICES.get(_office(title)):
            of = _implied_country(table, _NATIONAL_OFFICES[_office(title)])
        if of is None and _campaign_title(title) and not _after_possessive_pronoun(doc, sp):
            of = _recalled_campaign(table, sp)  # "campaign chairman X" after "Trump's campaign"
        if of is None:
            c.add_alias(title)
        c.roles.append((title, of, sp))
    # "Obama's deputy national security adviser", "Mr. X's former chief of staff": the staff
    # of a head of state or government serve that state (as "his national security adviser")
    for n, owner in owned:
        country = next((
            o for t, o, _ in table.clusters[owner].roles
            if o and table.clusters[o].type == "country" and _office(t).split()[-1:] and _office(t).split()[-1] in _STATE_TITLES
        ), None)
        key, title, _, sp = found[n]
        c = table.clusters[key]
        if country is not None and (title, None, sp) in c.roles:
            c.roles[c.roles.index((title, None, sp))] = (title, country, sp)
    _distributed_titles(doc, table)
    _listed_titles(doc, table)
    _royal_titles(doc, table)
    _candidacy_anaphors(doc, table)
    _sending_states(doc, table)


def _predicate_titles(doc: Doc, table: ActorTable) -> list[tuple[str, str, str | None, tuple[int, int]]]:
    """'X's use of a private server while she was secretary of state': a title in a clause of
    time whose subject is 'he' or 'she' is held by the person named last before it in the
    sentence. (key, title, body, span) for each."""
    out = []
    for t in doc:
        be = t.head
        if t.lower_ not in ("he", "she") or t.i + 2 >= len(doc):
            continue
        if t.dep_ == "nsubj" and be.lemma_ == "be" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while") and m.i == t.i - 1 for m in be.children
        ) and any(c.dep_ == "attr" and c.i > t.i for c in be.children):
            attr = next(c for c in be.children if c.dep_ == "attr" and c.i > t.i)
            if attr.pos_ not in ("NOUN", "PROPN") or not title_word(attr, "title_heads", lemma=True):
                continue
            start = attr.left_edge.i + (1 if doc[attr.left_edge.i].lower_ == "the" else 0)
            part = doc[start : attr.right_edge.i + 1]
        elif t.i > 0 and doc[t.i - 1].lower_ in ("when", "while") and doc[t.i + 1].lower_ == "was":
            # "while she was secretary of state was sentenced": the parser reads the title as
            # the main clause's subject; the words after 'was' up to the next verb
            start = t.i + 2 + (1 if doc[t.i + 2].lower_ in ("the", "a", "an") else 0)
            end = start
            while end < len(doc) and end - start < 6 and doc[end].pos_ not in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ") and (
                doc[end].pos_ != "ADP" or doc[end].lower_ == "of"
            ):
                end += 1
            part = doc[start:end]
            heads = [x for x in part if x.pos_ in ("NOUN", "PROPN") and title_word(x, "title_heads", lemma=True)]
            if not heads:
                continue
            part = doc[start : max(heads[-1].i + 1, end if doc[heads[-1].i + 1 : end].text.split()[:1] == ["of"] else 0)]
        else:
            continue
        if not 0 < len(part) <= 6 or any(x.ent_type_ == "PERSON" or x.is_punct for x in part):
            continue
        people = [k for _, e, k in table.mentions_in(t.sent.start_char, t.idx) if table.clusters[k].type == "person"]
        if not people:
            continue
        of, cut = _role_body(part, table, people[-1])
        out.append((people[-1], _title_text(part, cut), of, (part.start_char, part.end_char)))
    return out


def _relative_titles(doc: Doc, table: ActorTable) -> list[tuple[str, str, str | None, tuple[int, int]]]:
    """'X, who chairs the Senate Banking Committee', 'X, who heads the army delegation',
    'X, who directs the Asia program at the Y Institute', 'X, who led Russia's delegation at
    the talks with the United States': a relative clause on a person's name whose verb is an
    office verb (``office_verbs``) makes the person the chair, head, director of its object,
    held in the body the object names: the object itself, its possessor or modifier, or the
    body after its 'at'/'of' (not an actor named further on in the clause). (key, title,
    body, span) for each."""
    out = []
    for verb in doc:
        word = _OFFICE_VERBS.get(verb.lemma_.lower())
        if word is None and verb.lemma_.lower() in _REPRESENT_VERBS:
            word = ""  # "who represented Sweden at the talks": a body, no title of its own
        if word is None or verb.pos_ != "VERB" or verb.dep_ != "relcl":
            continue
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        def person_at(tok: Token) -> str | None:
            return next((k for s_, e_, k in table.mentions_in(tok.sent.start_char, tok.idx + len(tok.text))
                         if s_ <= tok.idx < e_ and table.clusters[k].type == "person"), None)

        name, steps = verb.head, 0
        # "X, a Republican representative from Idaho who chairs ...": the clause hangs on
        # the appositive (or the parser hangs it on its last word); the name is the holder
        while person_at(name) is None and name.dep_ in ("appos", "pobj", "prep") and steps < 3:
            name, steps = name.head, steps + 1
        holder = person_at(name)
        if who is None or obj is None or holder is None or who.i < name.i or (steps == 0 and doc[who.i - 1].text != ","):
            continue
        if steps and not any(t.dep_ == "appos" and t.head.i == name.i and t.i < who.i for t in doc[name.i : who.i]):
            continue
        head = doc[obj.left_edge.i : obj.i + 1]  # "the army delegation", "Russia's delegation"
        tail = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("at", "of")]
        inner = [(s_, e_, k) for s_, e_, k in table.mentions_in(head.start_char, obj.right_edge.idx + len(obj.right_edge.text))
                 if s_ < head.end_char and table.clusters[k].type != "person"]
        if not inner:
            # "who led the Hungarian delegation": the demonym names the country
            inner = [(t.idx, t.idx + len(t.text), k) for t in head if t.ent_type_ == "NORP" and t.i < obj.i
                     for k in [table.country_key(t.text)] if k is not None][:1]
            for s_, e_, k in inner:
                table.mention(k, s_, e_)  # "the Hungarian delegation": Hungary, named
        # "at the talks with the Taliban": the partner after 'with'/'against' holds no title
        after = [(s_, e_, k) for p in tail[:1] for s_, e_, k in table.mentions_in(p.idx, _partner_cut(p))
                 if table.clusters[k].type in ("organization", "group")]
        if word == "":
            if inner and inner[-1][1] >= obj.idx + len(obj.text) and table.clusters[inner[-1][2]].type != "person":
                out.append((holder, "", inner[-1][2], (verb.idx, obj.idx + len(obj.text))))
            continue
        if inner and inner[-1][1] >= obj.idx + len(obj.text):
            title, of = word, inner[-1][2]  # "chairs the Senate Banking Committee": the body itself
        elif obj.lemma_.lower() not in _OFFICE_OBJECTS:
            continue  # "who led a filibuster", "who leads Russia's investigation": a deed
        elif inner or after:
            # "leads Russia's delegation", "directs the Asia program at the Y Institute"
            of = (after or inner)[0][2]
            cut = [(s_, e_) for s_, e_, _ in inner]
            rest = [t.text for t in head if not any(a <= t.idx < b for a, b in cut) and t.lower_ not in ("'s", "'")]
            while rest and rest[0].lower() in ("the", "a", "an", "its", "his", "her", "their"):
                rest.pop(0)
            title = f"{word} of {' '.join(rest)}" if rest else word
        else:
            words = [t.text for t in head]
            while words and words[0].lower() in ("the", "a", "an"):
                words.pop(0)
            if not words or head[0].lower_ in ("his", "her", "their", "its"):
                continue
            title, of = f"{word} of {' '.join(words)}", None  # "heads the army delegation"
        out.append((holder, title, of, (verb.idx, obj.idx + len(obj.text))))
    return out


def _partner_cut(prep: Token) -> int:
    """The character offset where the partner or opponent phrase of a title's prepositional
    phrase starts ('at the talks with the Taliban', 'the coalition against the Islamic
    State': ``partner_prepositions``), else the phrase's end."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    cut = next((t for t in doc[prep.i + 1 : end] if t.lower_ in _PARTNER_PREPS and not title_word(doc[t.i - 1], "title_heads", lemma=True)), None)
    return cut.idx if cut is not None else doc[end - 1].idx + len(doc[end - 1].text)


def _distributed_titles(doc: Doc, table: ActorTable) -> None:
    """'the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun
    Bayramov': a plural title of two countries, then two names: each holds the title (in
    the singular) of the country in the same place."""
    ents = {e.start: e for e in doc.ents}
    for t in doc:
        if t.tag_ != "NNS" or t.lemma_.lower() not in TITLE_HEADS or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        a = ents.get(t.i + 2)
        if a is None or a.label_ != "GPE" or a.end + 1 >= len(doc) or doc[a.end].lower_ != "and":
            continue
        b = ents.get(a.end + 1)
        if b is None or b.label_ != "GPE" or b.end + 1 >= len(doc) or doc[b.end].text != ",":
            continue
        x = ents.get(b.end + 1)
        if x is None or x.label_ != "PERSON" or x.end + 1 >= len(doc) or doc[x.end].lower_ != "and":
            continue
        y = ents.get(x.end + 1)
        if y is None or y.label_ != "PERSON":
            continue
        s = t.i
        while s > 0 and doc[s - 1].lower_ in TITLE_MODIFIERS and doc[s - 1].is_lower and doc[s - 1].lower_ not in ("the", "and", "of"):
            s -= 1
        title = " ".join([*(w.text for w in doc[s : t.i]), t.lemma_])
        for person, country in ((x, a), (y, b)):
            holder, of = table.at(person.start_char, person.end_char), table.country_key(country.text)
            if holder is None or of is None or table.clusters[holder].type != "person":
                continue
            c = table.clusters[holder]
            if not any(r[0].lower() == title.lower() for r in c.roles):
                c.roles.append((title, of, (doc[s].idx, t.idx + len(t.text))))


def _listed_titles(doc: Doc, table: ActorTable) -> None:
    """'Sens. X (D-Ore.), Y (R-Ky.) and Z': a plural abbreviated title before a list of
    names; each name of the list holds the title (``plural_title_abbreviations``), in no
    body the title names."""
    ents = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    for t in doc:
        title = _PLURAL_ABBREVIATIONS.get(t.lower_)
        if title is None or not t.text[:1].isupper():
            continue
        j = t.i + 1
        if j < len(doc) and doc[j].text == "." and t.lower_[-1:] != ".":
            j += 1
        sp = (t.idx, doc[j - 1].idx + len(doc[j - 1].text))
        while j < len(doc) and j in ents:
            ent = ents[j]
            holder = table.at(ent.start_char, ent.end_char)
            if holder is not None and table.clusters[holder].type == "person":
                c = table.clusters[holder]
                if not any(title.lower() in r[0].lower().split() for r in c.roles):
                    c.roles.append((title, None, sp))
            j = ent.end
            if j < len(doc) and doc[j].text == "(":  # the party tag "(D-N.J.)"
                close = next((k for k in range(j + 1, min(j + 9, len(doc))) if doc[k].text == ")"), None)
                if close is None:
                    break
                j = close + 1
            if j < len(doc) and doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].lower_ == "and":
                j += 1


def _shared_office(table: ActorTable, title: str, home_country: str | None) -> str | None:
    """The country of an office a few countries' governments have ('Foreign Secretary': Britain,
    India ...): the article's own country when it is one of them, else the one of them the
    article names; never a country outside them."""
    keys = [table.country_key(name) for name in _SHARED_OFFICES.get(_office(title), ())]
    keys = [k for k in keys if k is not None]
    if home_country in keys:
        return home_country
    named = [k for k in keys if k in table.clusters and table.clusters[k].mentions]
    return named[0] if len(named) == 1 else None


def _royal_titles(doc: Doc, table: ActorTable) -> None:
    """'King Salman', 'Crown Prince Mohammed bin Salman': a monarch's or heir's title that
    opens the person's name is a role, held in the person's known country, the one named
    right after the name ('King Abdullah of Jordan'), else the country the article names
    most (not the dateline's: a story filed from Istanbul about the Saudi king)."""
    countries = [c for c in table.clusters.values() if c.type == "country" and c.mentions]
    most = max(countries, key=lambda c: (len(c.mentions), -c.first)).key if countries else None
    for c in list(table.clusters.values()):
        if c.type != "person" or c.roles or not c.mentions:
            continue
        words = c.name.split()
        n = next((k for k in (2, 1) if len(words) > k and " ".join(words[:k]).lower() in _ROYAL_TITLES), 0)
        if not n:
            continue
        s, e = sorted(c.mentions)[0]
        title = " ".join(words[:n])
        span = doc.char_span(s, e, alignment_mode="expand")
        of = table.country_key(c.nationality) if c.nationality else None
        if of is None and span is not None:
            after = _of_after(doc, span, table)
            of = after if after is not None and table.clusters[after].type == "country" else None
        c.roles.append((title, of or most, (s, s + len(title))))


def _sending_states(doc: Doc, table: ActorTable) -> None:
    """'Tomas Lind, Norway's ambassador to Washington, will be replaced by Eva Berg, the
    consul general in Houston': a diplomat's title with no body is held in the state that
    sends its holder, the country of the other diplomat's title of its sentence ('Norway's
    ambassador', 'the Norwegian consul'), when there is one country so named."""
    sends = _SENDING_STATE_TITLES
    pattern = "|".join(sorted((re.escape(w) for w in sends), key=len, reverse=True))
    for c in table.clusters.values():
        for n, (title, of, sp) in enumerate(c.roles):
            if of is not None or not title or title.lower().split()[0] not in sends:
                continue
            span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            countries = set()
            for m in re.finditer(rf"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:'s|\u2019s)? (?i:{pattern})\b", sent.text):
                start = sent.start_char + m.start(1)
                if sp[0] <= start < sp[1]:
                    continue
                key = next((k for s, e, k in table.mentions_in(start, start + len(m.group(1))) if table.clusters[k].type == "country"), None)
                if key is None:
                    entry = table.gaz.by_demonym(m.group(1))
                    key = table.country_key(entry.name) if entry is not None and entry.type == "country" else None
                if key is not None:
                    countries.add(key)
            if len(countries) == 1:
                c.roles[n] = (title, countries.pop(), sp)


def _party_word(tok: Token, table: ActorTable) -> str | None:
    """The party a capitalised word names, by its adjective ('Republican') or its short
    name ('GOP'), or None."""
    if not tok.is_title and not tok.is_upper:
        return None
    key = _party_of(tok, table)
    if key is None and tok.is_upper and len(tok) > 1:
        entry = table.gaz.lookup(tok.text)
        key = table.for_entry(entry) if entry is not None and entry.type == "organization" and entry.name.lower().endswith(" party") else None
    return key


def _ends_candidacy_title(h: Token) -> bool:
    """The token is a candidacy title (candidacy_titles), or the last of the tokens the
    tokenizer splits a hyphenated one into ('runner' of 'front', '-', 'runner')."""
    doc = h.doc
    if h.lower_ in _CANDIDACY_TITLES:
        return True
    return h.i >= 2 and doc[h.i - 1].text == "-" and f"{doc[h.i - 2].lower_}-{h.lower_}" in _CANDIDACY_TITLES


def _candidacy_anaphors(doc: Doc, table: ActorTable) -> None:
    """'X took on Y after the Democratic front-runner had said ...', 'The Republican
    presidential nominee later said ...': a definite candidacy title with no name beside it
    recalls a person named before, and is a role of the party its adjective names. The
    person is the one who holds another title in that party here, else the one named last
    before it in its sentence or the one before, who holds no title of another party or a
    country (a sitting officeholder is not 'the front-runner')."""
    for h in doc:
        if not _ends_candidacy_title(h):
            continue
        i, party = h.i - 1, None
        while i >= 0 and (doc[i].lower_ in _CANDIDACY_MODIFIERS or doc[i].like_num or _party_word(doc[i], table)):
            if party is None and _party_word(doc[i], table):
                party = doc[i]
            i -= 1
        if party is None or i < 0 or doc[i].lower_ != "the" or h.dep_ in ("appos", "attr", "compound"):
            continue
        if h.dep_ == "pobj" and h.head.lower_ == "for" or any(t.lower_ in _ANYONE_CANDIDACY_WORDS for t in doc[i : h.i + 4]):
            continue  # "support for the Democratic nominee", "the Republican nominee, whoever that is": anyone's
        after = doc[h.i + 1 : h.i + 3]
        if any(c.dep_ == "appos" for c in h.children) or any(t.ent_type_ == "PERSON" for t in after) or (i > 0 and doc[i - 1].text == ",") or (
            after and after[0].text in ("-", "\u2014", "\u2013", "(", "--")
        ):
            continue  # "the Republican nominee, X," / "X, the Republican nominee" / "the nominee - presumably X": a title beside a name
        key = _party_word(party, table)
        # not the subject of a clause it is part of: "X urges voters to unite against the
        # Republican front-runner", "X told reporters that the Democratic nominee ..."
        subjects = {
            table.at(c.idx, c.idx + len(c.text)) for a in h.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
        }
        holders = [
            c for c in table.clusters.values()  # (a party's donor or consultant is no candidate)
            if c.type == "person" and c.key not in subjects and any(o == key and not _occupation_title(t) for t, o, _ in c.roles)
        ]
        if len(holders) != 1 and h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_ in SPEECH_VERBS:
            continue  # a speaker: left to the reading of statements, unless one holder is known
        if len(holders) != 1:
            sent = h.sent

            def eligible(c: Cluster) -> bool:
                # (an officeholder of another body is not the party's candidate)
                return c.type == "person" and c.key not in subjects and not any(o is not None and o != key for _, o, _ in c.roles)

            def named(lo: int, hi: int) -> list[tuple[int, str]]:
                return sorted({(s, k) for s, e, k in table._spans if lo <= s and e <= hi and k in table.clusters and eligible(table.clusters[k])})

            # the one named last before it in its sentence, else the only one the sentence
            # before names
            here = named(sent.start_char, doc[i].idx)
            before = named(doc[sent.start - 1].sent.start_char, sent.start_char) if sent.start > 0 else []
            holders = [table.clusters[here[-1][1]]] if here else (
                [table.clusters[before[0][1]]] if len({k for _, k in before}) == 1 else [])
        if not holders:
            continue
        title = re.sub(r"\s*-\s*", "-", doc.text[party.idx + len(party.text) : h.idx + len(h.text)]).strip()
        c = holders[0]
        if not title or any(t.lower() == title.lower() and o == key for t, o, _ in c.roles):
            continue
        if not table.clusters[key].mentions:
            # (the party is an actor as the role's body; no mention inside the phrase, which
            # stands for the person, not the party)
            table.clusters[key].implied = True
        c.roles.append((title, key, (doc[i + 1].idx, h.idx + len(h.text))))


def _implied_country(table: ActorTable, name: str) -> str | None:
    """The country of a one-country office ('Secretary of State X', 'the director of national
    intelligence') when the text never names it: the office says whose it is, so the country
    is an actor of the article, with no mention of its own."""
    entry = table.gaz.lookup(name)
    if entry is None or entry.type != "country":
        return None
    key = table.for_entry(entry)
    table.clusters[key].implied = True
    return key


def _national_office(table: ActorTable, title: str) -> str | None:
    """The country of a one-country office ('Secretary of State'), when the article names
    that country."""
    name = _NATIONAL_OFFICES.get(_office(title))
    key = table.country_key(name) if name else None
    if key is None or key not in table.clusters:
        return None
    return key if table.clusters[key].mentions else None


def _city_government(doc: Doc, table: ActorTable, title: str, sp: tuple[int, int]) -> tuple[str, str] | None:
    """'Orlando Mayor X', 'X, the mayor of Fort Pierce': the one place named inside a city
    title (``city_government_titles``) is the city's government, an organisation of that
    name, and the title is the rest ('Mayor'). (body, title), else None."""
    places = [e for e in doc.ents if e.label_ == "GPE" and sp[0] <= e.start_char and e.end_char <= sp[1]]
    if len(places) != 1 or table.country_key(places[0].text) is not None:
        return None
    place = places[0]
    rest = re.sub(rf"\s*\b(?:of\s+)?(?:the\s+)?{re.escape(place.text)}\b\s*", " ", title).strip()
    if not rest or not _CITY_TITLES & set(rest.lower().split()):
        return None
    return table.organization(place.text, place.start_char, place.end_char), rest


def _campaign_title(title: str) -> bool:
    """'campaign chairman', 'senior adviser to the campaign': a title whose words name a
    campaign (``campaign_words``) without naming its candidate."""
    return any(w in _CAMPAIGN_WORDS for w in title.lower().split())


def _after_possessive_pronoun(doc: Doc, sp: tuple[int, int]) -> bool:
    """'his campaign manager X', 'His campaign manager, X,': the title is the campaign of
    whoever 'his' is, not necessarily the campaign named last."""
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    return span is not None and any(t.tag_ == "PRP$" for t in doc[max(span.start - 1, 0) : span.start + 1])


def _recalled_campaign(table: ActorTable, sp: tuple[int, int]) -> str | None:
    """The campaign a bare 'campaign chairman X' serves: the candidate's campaign the text
    named last before the title ("Trump's campaign chairman ... campaign chairman X"), else
    none."""
    named = [k for _, e, k in table.mentions_in(0, sp[0]) if table.clusters[k].type == "organization"
             and table.clusters[k].name.split()[-1].lower() in _CAMPAIGN_WORDS]
    return named[-1] if named else None


def _nearest_body(doc: Doc, table: ActorTable, sp: tuple[int, int], holder: str) -> str | None:
    """The organisation named last before a title of an organisation's office, in its
    sentence or the one before ('The CSTO Council decided to send a mission led by
    Secretary General X')."""
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    best = None
    for s, e, key in table._spans:
        c = table.clusters.get(key)
        if key == holder or c is None or c.type != "organization" or not (lo <= s and e <= sp[0]):
            continue
        if best is None or s > best[0]:
            best = (s, key)
    return best[1] if best else None


def _person_before(doc: Doc, i: int) -> bool:
    """A person's name (or "X's") right before token ``i``: 'Trump adviser Roger Stone'."""
    j = i - 1
    if j > 0 and doc[j].lower_ in ("'s", "'", "\u2019s"):
        j -= 1
    return j >= 0 and doc[j].ent_type_ == "PERSON" and j < i and "\n" not in doc[j].whitespace_


def _object_in_title(tok: Token, span: Span) -> bool:
    """'the former campaign manager for Mr. Trump': a person named as the object of the
    title's preposition (the title is held for him, in no body the text names)."""
    root = tok
    while root.dep_ in ("compound", "flat", "conj") and root.head.i in range(span.start, span.end):
        root = root.head  # "an aide to Mr. X and Y": Y too
    return root.dep_ == "pobj" and root.head.i in range(span.start, span.end) and (
        root.head.lower_ in ("for", "to") or root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" and root.head.head.i in range(span.start, span.end)
    )


def _in_body(tok: Token, table: ActorTable) -> bool:
    """The token is part of an organisation's name ('Trump' in 'Trump campaign manager X')."""
    return any(
        s <= tok.idx and tok.idx + len(tok.text) <= e and table.clusters.get(k) is not None
        and table.clusters[k].type in ("organization", "group") and e - s > len(tok.text)
        for s, e, k in table._spans
    )


def _holder_spans(doc: Doc, table: ActorTable) -> list[Span]:
    """The names that may hold a title: the NER's persons and organisations, and the
    mentions of persons the NER left unlabelled ("Dmitry Polyanskiy, Russia's deputy
    ambassador", a name found through another sentence or the gazetteer)."""
    out = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    taken = [(e.start_char, e.end_char) for e in doc.ents]
    for s, e, key in sorted(table._spans):
        if table.clusters.get(key) is None or table.clusters[key].type != "person":
            continue
        if any(s < e2 and s2 < e for s2, e2 in taken):
            continue
        span = doc.char_span(s, e, label="PERSON")
        if span is not None and not any(t.is_space for t in span):
            out.append(span)
            taken.append((s, e))
    return sorted(out, key=lambda x: x.start)


def _comma_title(doc: Doc, ent: Span) -> Span | None:
    """'Jane Roe, the party spokesman, wrote ...' where the parser made the title a subject of
    its own: a title set off by commas right after the name (a determiner or possessive,
    modifiers, the title word, an 'of'/'for'/'at' phrase), with no verb inside."""
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    end = min(len(doc), k + 12)
    close = next((i for i in range(k, end) if doc[i].text in (",", ";", ".", "(", '"')), None)
    if close is None or doc[close].text != ",":
        return None
    part = doc[k:close]
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in part):
        return None
    # the title word ends the noun phrase (before its "of"/"for"/"at" phrase): "the TPLF
    # spokesman", "a senior commander of the forces", not "his fellow comedian"
    prep = next((t.i for t in part if t.lower_ in ("of", "for", "at", "in", "to")), close)
    last = doc[prep - 1] if prep > k else None
    if last is None or not (title_word(last, "title_heads", lemma=True) or _occupation(last)):
        return None
    if doc[k].lower_ not in ("the", "a", "an") and doc[k].ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    s = k
    while s < close and doc[s].lower_ in ("a", "an", "the"):
        s += 1
    return doc[s:close] if s < close else None


def _of_after(doc: Doc, ent: Span, table: ActorTable) -> str | None:
    """'Lieutenant General Anindya Sengupta of the Indian Army'."""
    j = ent.end
    if j < len(doc) and doc[j].lower_ == "of":
        k = j + 1
        while k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k < len(doc):
            return table.at(doc[k].idx, doc[k].idx + len(doc[k].text))
    return None


def _person_possessor(tok: Token, span: Span, table: ActorTable) -> bool:
    """'Rowe's spokesman' where the NER left 'Rowe' untagged: a capitalised word before 's
    that is a mention of a person of the article."""
    if not (tok.is_title and tok.i + 1 < span.end and tok.nbor().lower_ in ("'s", "'")):
        return False
    key = table.at(tok.idx, tok.idx + len(tok.text))
    return key is not None and table.clusters[key].type == "person"


def _spokes_title(title: str) -> bool:
    """A spokesman's or press secretary's title: held in the office they speak for (SCHEMA)."""
    low = title.lower()
    return any(w.startswith("spokes") for w in low.split()) or "press secretary" in low


def _government_staff(title: str) -> bool:
    """A title of a leader's staff ('national security adviser', 'chief of staff',
    'spokesman'): ``leader_staff_words``."""
    return bool(set(_office(title).split()) & _STAFF_WORDS) or "chief of staff" in title.lower()


def _government_title(title: str) -> bool:
    words = {w.lower() for w in title.split()}
    # "government spokesman": the government's voice is the state's, as a minister is; not
    # "a former government cybersecurity expert", whose government the text leaves open
    spokes = bool(words & _STATE_HEADS) and any(w.startswith("spokes") for w in words)
    return bool(words & lexicon("government_titles") or spokes) and "general" not in words or _office(title) in _GENERAL_OFFICES


def caption_credits(text: str, captions, table: ActorTable) -> None:
    """'Photo: Ramil Sitdikov / RIA Novosti' -> a photographer and the agency."""
    for cap in captions:
        parts = [p.strip() for p in re.split(r"\s*/\s*", cap.credit) if p.strip()]
        if len(parts) != 2:
            continue
        a, b = parts
        pos_a = cap.start + cap.credit.find(a)
        pos_b = cap.start + cap.credit.rfind(b)
        person, agency = (a, b) if len(a.split()) >= 2 and not a.isupper() else (b, a)
        ps = pos_a if person == a else pos_b
        as_ = pos_b if person == a else pos_a
        if not re.fullmatch(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}", person):
            continue
        org_key = table.organization(agency, as_, as_ + len(agency))
        pkey = table.person(person, ps, ps + len(person))
        table.clusters[pkey].roles.append(("photographer", org_key, (ps, ps + len(person))))


def byline_credits(text: str, table: ActorTable) -> None:
    """'(Reporting by Jane Roe and Tom Poe; Additional reporting by Ann Loe in Boston; Editing
    by Ray Doe)': a wire service's credit line names its reporters and editors, persons
    with a title (``credit_titles``) in the wire service the article names, if just one."""
    wires = [
        c.key for c in table.clusters.values()
        if c.type == "organization" and c.mentions and ({c.name.lower(), *(a.lower() for a in c.aliases)} & _WIRE_SERVICES)
    ]
    # the wire of the dateline, "WASHINGTON (Reuters) -", before a wire credited for a photo
    dated = [k for k in wires if any(f"({n})" in text for n in (table.clusters[k].name, *table.clusters[k].aliases))]
    body = dated[0] if len(dated) == 1 else wires[0] if len(wires) == 1 else None
    for m in re.finditer(r"\(((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s[^()]+)\)", text):
        at = m.start(1)
        for part in m.group(1).split(";"):
            pm = re.match(r"\s*(?:Additional\s+)?(\w+)\s+by\s+", part, re.I)
            title = _CREDIT_TITLES.get(pm.group(1).lower()) if pm else None
            if title is not None:
                names = part[pm.end():]
                base = at + pm.end()
                for nm in re.finditer(r"(?:^|,\s*|\band\s+)([A-Z][a-z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})", names):
                    name = re.sub(r"\s+(?:in|and)$", "", nm.group(1))
                    s = base + nm.start(1)
                    key = table.person(name, s, s + len(name))
                    c = table.clusters[key]
                    if not any(r[0] == title for r in c.roles):
                        c.roles.append((title, body, (s, s + len(name))))
            at += len(part) + 1


def group_type_fix(table: ActorTable, doc: Doc) -> None:
    """An organisation the text calls a gang or group ('a criminal gang known as DarkSide',
    'the DarkSide group') is a non-state group."""
    text = doc.text
    for c in table.clusters.values():
        if c.type != "organization" or c.wikidata:
            continue
        names = [c.name, *c.aliases]
        for n in names:
            pat = re.escape(n)
            if re.search(rf"(?:gang|group|hackers?)\s+(?:known\s+as|called|dubbed)\s+{pat}\b", text) or re.search(
                rf"\b{pat}\s+(?:gang|hacker group|hacking group|group of hackers|ransomware gang)\b", text
            ):
                c.type = "group"
                break

