"""Synthetic corpora for the benchmarks, made from the sample articles and from templates.

Two generators, both deterministic for a seed:

- :func:`documents` recombines the articles of ``data/articles`` into any number of new
  articles (``bench-00000`` ...): a headline and dateline paragraph from one article, body
  paragraphs drawn from several, and every person renamed consistently from a pool of
  generated names, so that texts differ but read like the news the extractor is built for.
  This is what the extraction benchmark feeds through the whole pipeline.
- :func:`extractions` builds ``kg.records.Extraction`` records straight from sentence
  templates over a large actor list (real countries from the gazetteer, thousands of
  generated people, organisations and groups with Zipf-like popularity), with every span
  pointing at the words it names in a generated text. The scale benchmark turns them into
  triples with ``kg.rdf.extraction_to_triples``: the real RDF layer, without paying for
  spaCy 10,000 times.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.records import (
    Actor,
    Claim,
    Document,
    Event,
    Extraction,
    Role,
    Span,
    Statement,
)

SAMPLE_DIR = ROOT / "data" / "articles"

# The people named in data/articles, (first names, surname): each is renamed in the
# generated articles, full name first, then the surname alone.
SAMPLE_PEOPLE = [
    ("Alexander", "Fomin"), ("Alexander", "Grushko"), ("Alexander", "Lukashevich"),
    ("Ali Bagheri", "Kani"), ("Antony", "Blinken"), ("Barbara", "Woodward"),
    ("Dmitry", "Peskov"), ("Emmanuel", "Macron"), ("Gegham", "Stepanyan"),
    ("Grant", "Shapps"), ("Hikmet", "Hajiyev"), ("Hussein", "al-Ezzi"), ("Ilham", "Aliyev"),
    ("Jake", "Sullivan"), ("Jen", "Psaki"), ("Jens", "Stoltenberg"), ("Joe", "Biden"),
    ("John", "Kirby"), ("Josep", "Borrell"), ("Joseph", "Blount"),
    ("Linda", "Thomas-Greenfield"), ("Lisa", "Monaco"), ("Maria", "Zakharova"),
    ("Michael", "Carpenter"), ("Mohammed", "Abdulsalam"), ("Nikol", "Pashinyan"),
    ("Oleg", "Nikolenko"), ("Paul", "Abbate"), ("Rishi", "Sunak"), ("Sergei", "Ryabkov"),
    ("Serhiy", "Demedyuk"), ("Tom", "Burt"), ("Vasily", "Nebenzya"), ("Victor", "Zhora"),
    ("Vladimir", "Putin"), ("Wendy", "Sherman"), ("Yahya", "Saree"), ("Zbigniew", "Rau"),
]  # fmt: skip

GIVEN = [
    "Anna", "Pavel", "Irina", "Tomas", "Mariam", "Oleksandr", "Karen", "Farid", "Leyla",
    "Jonas", "Elena", "Marek", "Nadia", "Samuel", "Ruben", "Aylin", "Dmitri", "Sofia",
    "Hamid", "Clara", "Viktor", "Natalia", "Ahmed", "Julia", "Andrei", "Tamar", "Kemal",
    "Olga", "Martin", "Yusuf", "Helena", "Armen", "Zara", "Igor", "Lucia", "Bogdan",
    "Amira", "Peter", "Rustam", "Eva", "Omar", "Ingrid", "Grigor", "Laila", "Stefan",
]  # fmt: skip
_STEMS = [
    "Petr", "Koval", "Mart", "Bers", "Halab", "Grig", "Stan", "Volk", "Demir", "Karam",
    "Lind", "Nazar", "Orl", "Rahm", "Sorok", "Tarh", "Ustin", "Zakar", "Bald", "Fedor",
    "Gasp", "Ivan", "Levch", "Mel", "Novak", "Ostr", "Pash", "Rom", "Sav", "Tigr",
]  # fmt: skip
_ENDINGS = ["ov", "enko", "yan", "son", "ic", "ski", "ani", "ev", "uk", "berg", "ides", "ez"]


def surname(rng: random.Random) -> str:
    return rng.choice(_STEMS) + rng.choice(_ENDINGS)


def name_pool(size: int, seed: int = 1) -> list[tuple[str, str]]:
    """``size`` distinct (given name, surname) pairs."""
    rng = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    while len(seen) < size:
        first, last = rng.choice(GIVEN), surname(rng)
        if len(seen) >= len(GIVEN) * len(_STEMS) * len(_ENDINGS) // 2:
            last += "-" + surname(rng)  # past half the combinations: double-barrelled
        seen.add((first, last))
    return sorted(seen)


# -- texts recombined from data/articles ---------------------------------------------------


def sample_articles() -> list[Document]:
    from kg.ingest import read_paths

    docs = [s.document for s in read_paths([SAMPLE_DIR]) if s.document is not None]
    if not docs:
        raise SystemExit(f"no sample articles under {SAMPLE_DIR}")
    return docs


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _rename(text: str, mapping: dict[tuple[str, str], tuple[str, str]]) -> str:
    for (first, last), (new_first, new_last) in mapping.items():
        text = text.replace(f"{first} {last}", f"{new_first} {new_last}")
    for (_, last), (_, new_last) in mapping.items():
        text = re.sub(rf"\b{re.escape(last)}\b", new_last, text)
    return text


def documents(
    n: int, *, seed: int = 0, body: tuple[int, int] = (3, 6), pool: int = 3000
) -> list[Document]:
    """``n`` new articles recombined from the samples (see the module doc). ``body`` is the
    range of paragraphs after the dateline; ``pool`` the number of people to draw from, so
    that the same person turns up in several articles."""
    rng = random.Random(seed)
    samples = sample_articles()
    parts = [(d, _paragraphs(d.text)) for d in samples]
    people = name_pool(pool, seed + 1)
    out = []
    for i in range(n):
        base, paras = parts[i % len(parts)]
        head = paras[:1]  # "Headline\nDATELINE — first paragraph"
        rest = [p for _, ps in parts for p in ps[1:]]
        own = paras[1:]
        k = rng.randint(*body)
        chosen = rng.sample(own, min(len(own), (k + 1) // 2))
        chosen += rng.sample(rest, k - len(chosen))
        mapping = {p: rng.choice(people) for p in SAMPLE_PEOPLE}
        text = _rename("\n\n".join(head + chosen), mapping)
        published = (base.published or _dt.date(2022, 1, 1)) + _dt.timedelta(
            days=rng.randint(0, 400)
        )
        doc_id = f"bench-{i:05d}"
        title = text.split("\n", 1)[0].strip()
        out.append(Document(doc_id, text, title, published, f"https://example.org/bench/{doc_id}"))
    return out


def write_folder(folder: Path, docs: list[Document]) -> Path:
    """Each document as ``<id>.txt`` with front matter, as ``kg ingest`` reads it."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        front = f"---\nid: {d.id}\ntitle: {d.title}\npublished: {d.published}\nurl: {d.url}\n---\n"
        (folder / f"{d.id}.txt").write_text(front + d.text, encoding="utf-8")
    return folder


# -- records from templates ----------------------------------------------------------------

_TITLES = ["Foreign Minister", "President", "Defence Minister", "Ambassador", "spokesperson",
           "Deputy Foreign Minister", "Prime Minister", "envoy"]  # fmt: skip
_ORG_KINDS = ["Ministry of Energy", "State Security Service", "National Bank",
              "Border Guard Service", "Ministry of Digital Affairs", "Central Election Commission",
              "General Staff", "Cyber Police", "Maritime Agency", "Interior Ministry"]  # fmt: skip
_EVENTS = [
    ("meeting", "talks", "held talks with"), ("cyberattack", "cyberattack", "was hit by"),
    ("armed_attack", "strike", "came under attack from"),
    ("military_activity", "exercises", "staged exercises near"),
    ("sanction", "sanctions", "imposed sanctions on"), ("agreement", "agreement", "signed an agreement with"),
    ("protest", "protests", "faced protests over"), ("election", "election", "held an election with"),
    ("interview", "interview", "gave an interview to"), ("other", "incident", "reported an incident with"),
]  # fmt: skip
_QUOTES = [
    "We will not accept any threat to our sovereignty",
    "There is no evidence that we were involved in this",
    "The talks were difficult but useful, and we will continue them",
    "This attack was planned and carried out by professionals",
    "Our position has not changed and it will not change",
    "We call on all sides to show restraint and return to dialogue",
    "The sanctions are illegal and they will achieve nothing",
    "We have every reason to believe that the group acted on orders",
]
_REPORTED = [
    "the government would respond to any provocation",
    "the negotiations had made no progress on the main issues",
    "the attack had damaged the systems of several ministries",
    "the agreement would be signed within weeks",
    "the exercises posed no threat to its neighbours",
]
_MONTHS = [
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
_CITIES = [f"{c}" for c in ("Arden", "Belvo", "Corran", "Dessa", "Elm Harbor", "Fairholt",
           "Gravik", "Halden", "Istra", "Jorvik", "Kessel", "Lunden", "Marrow", "Norhav")]  # fmt: skip


class World:
    """The actor list: gazetteer countries plus generated people, organisations and groups,
    each with a Zipf-like popularity so that a few actors appear in many articles."""

    def __init__(
        self, *, seed: int = 7, persons: int = 8000, orgs: int = 1500, groups: int = 200
    ) -> None:
        from kg.link.gazetteer import default_gazetteer

        rng = self.rng = random.Random(seed)
        countries = [e for e in default_gazetteer() if e.type == "country" and e.wikidata]
        rng.shuffle(countries)
        self.countries = [(e.name, e.wikidata) for e in countries]
        nc = len(self.countries)
        self.persons = [
            (f"{first} {last}", rng.randrange(nc), rng.choice(_TITLES))
            for first, last in name_pool(persons, seed)
        ]
        self.orgs = [
            (f"{rng.choice(_ORG_KINDS)} {surname(rng)}-{i}", rng.randrange(nc)) for i in range(orgs)
        ]
        self.groups = [(f"{surname(rng)} {i} Group", rng.randrange(nc)) for i in range(groups)]
        self._w = {
            "country": _zipf(nc, 1.1),
            "person": _zipf(persons, 0.9),
            "org": _zipf(orgs, 0.9),
            "group": _zipf(groups, 0.8),
        }

    def pick(self, kind: str) -> int:
        return self.rng.choices(range(len(self._w[kind])), cum_weights=self._w[kind])[0]


def _zipf(n: int, s: float) -> list[float]:
    total, cum = 0.0, []
    for r in range(n):
        total += 1 / (r + 1) ** s
        cum.append(total)
    return cum


class _Writer:
    """Builds one article's text sentence by sentence, returning the span of each piece
    of interest so that records point at real words."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, *pieces: str) -> list[Span]:
        """Append ``pieces`` (plain strings, or ``("name",)`` markers returned as spans)."""
        spans = []
        for piece in pieces:
            if isinstance(piece, tuple):
                (piece,) = piece
                spans.append(Span(self.pos, self.pos + len(piece), piece))
            self.parts.append(piece)
            self.pos += len(piece)
        return spans

    @property
    def text(self) -> str:
        return "".join(self.parts)


def extraction(world: World, n: int) -> Extraction:
    """Article number ``n``: a dateline sentence, events, direct quotes, reported speech,
    claims and denials over the actors picked for it."""
    rng = world.rng
    w = _Writer()
    actors: dict[str, dict] = {}

    def country(i: int) -> str:
        key = f"c{i}"
        actors.setdefault(key, {"name": world.countries[i][0], "type": "country",
                                "wikidata": world.countries[i][1], "mentions": [],
                                "roles": [], "country": None})  # fmt: skip
        return key

    def person() -> str:
        i = world.pick("person")
        key = f"p{i}"
        if key not in actors:
            name, c, title = world.persons[i]
            actors[key] = {"name": name, "type": "person", "mentions": [], "roles": [],
                           "title": title, "home": country(c), "country": None}  # fmt: skip
        return key

    def org() -> str:
        i = world.pick("org")
        key = f"o{i}"
        if key not in actors:
            name, c = world.orgs[i]
            actors[key] = {"name": name, "type": "organization", "mentions": [], "roles": [],
                           "country": country(c)}  # fmt: skip
        return key

    def group() -> str:
        i = world.pick("group")
        key = f"g{i}"
        if key not in actors:
            name, c = world.groups[i]
            actors[key] = {"name": name, "type": "group", "mentions": [], "roles": [],
                           "country": country(c)}  # fmt: skip
        return key

    def say(key: str) -> str:
        return actors[key]["name"]

    def mention(key: str, span: Span) -> None:
        actors[key]["mentions"].append(span)

    day = _dt.date(2020, 1, 1) + _dt.timedelta(days=rng.randrange(1800))
    c1 = country(world.pick("country"))
    c2 = country(world.pick("country"))
    p1, p2 = person(), person()
    while p2 == p1:
        p2 = person()
    cast = [p1, p2] + [person() for _ in range(rng.randint(0, 2))]
    cast += [org() for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.3:
        cast.append(group())
    cast = list(dict.fromkeys(cast))

    # headline and dateline
    etype, noun, verb = rng.choice(_EVENTS)
    (h1,) = w.add(
        ("" + say(c1),),
        f" {verb.split()[0]} {noun} as ",
    )
    (h2,) = w.add((say(p1),), " speaks out\n")
    mention(c1, h1)
    mention(p1, h2)
    city = rng.choice(_CITIES)
    t1 = actors[p1]["title"]
    spans = w.add(f"{city.upper()}, {_MONTHS[day.month - 1]} {day.day} - ", (t1,), " ",
                  (say(p1),), " of ", (say(actors[p1]["home"]),), f" {verb} ",
                  (say(c2),), " on Monday, officials said.\n\n")  # fmt: skip
    actors[p1]["roles"].append(Role(t1, actors[p1]["home"], spans[0]))
    mention(p1, spans[1])
    mention(actors[p1]["home"], spans[2])
    mention(c2, spans[3])
    events = [Event("e0", etype, f"{noun} in {city}", day, day, city,
                    participants=(p1, actors[p1]["home"]), targets=(c2,) if c2 != actors[p1]["home"] else (),
                    mentions=(Span(spans[3].start - len(verb) - 1, spans[3].start - 1, verb),),
                    date_text="on Monday")]  # fmt: skip
    for e in range(1, rng.randint(1, 3)):
        etype, noun, verb = rng.choice(_EVENTS)
        a, b = rng.sample(cast, 2) if len(cast) > 1 else (cast[0], c2)
        sa, sv, sb = w.add((say(a),), " ", (verb,), " ", (say(b),),
                           f" in {rng.choice(_CITIES)} last week.\n\n")  # fmt: skip
        mention(a, sa)
        mention(b, sb)
        when = day - _dt.timedelta(days=rng.randint(5, 9))
        events.append(Event(f"e{e}", etype, f"{noun} {n}-{e}", when, when + _dt.timedelta(days=rng.randint(0, 2)),
                            participants=(a,), targets=(b,) if b != a else (), mentions=(sv,),
                            date_text="last week"))  # fmt: skip

    statements = []
    for s in range(rng.randint(2, 5)):
        speaker = rng.choice(cast)
        if rng.random() < 0.6:
            quote = rng.choice(_QUOTES)
            sq, sp = w.add('"', (quote,), ',", ', (say(speaker),), " said.\n\n")
            statements.append(Statement(f"s{s}", speaker, quote, True, sq,
                                        event="e0" if rng.random() < 0.4 else None, cue="said"))  # fmt: skip
        else:
            clause = rng.choice(_REPORTED)
            sp, sq = w.add((say(speaker),), " said ", (clause,), ".\n\n")
            statements.append(Statement(f"s{s}", speaker, clause, False, sq, cue="said"))
        mention(speaker, sp)

    claims = []
    for c in range(rng.randint(0, 3)):
        claimant, agent = rng.choice(cast), rng.choice(cast + [c1, c2])
        ev = rng.choice(events)
        if rng.random() < 0.3:
            sa, sc = w.add((say(agent),), " ", ("denied any role in the attack",), ".\n\n")
            claims.append(Claim(f"k{c}", agent, "denial", agent, "denied", sc, event=ev.key))
            mention(agent, sa)
        else:
            sa, sc, sb = w.add((say(claimant),), " ", ("accused",), " ", (say(agent),),
                               " of carrying out the attack.\n\n")  # fmt: skip
            claim_span = Span(sa.start, sb.end, w.text[sa.start : sb.end])
            kind = "accusation" if rng.random() < 0.5 else "attribution"
            basis = rng.choice(statements).key if rng.random() < 0.3 else None
            claims.append(Claim(f"k{c}", claimant, kind, agent, "asserted", claim_span,
                                event=ev.key, statement=basis))  # fmt: skip
            mention(claimant, sa)
            mention(agent, sb)

    text = w.text
    records = []
    for key, a in actors.items():
        if not a["mentions"]:
            continue
        records.append(Actor(key=key, name=a["name"], type=a["type"],
                             aliases=(a["name"].split()[-1],) if a["type"] == "person" else (),
                             roles=tuple(a["roles"]), mentions=tuple(a["mentions"]),
                             wikidata=a.get("wikidata"),
                             country=a["country"] if a["country"] in actors and actors[a["country"]]["mentions"] else None))  # fmt: skip
    emitted = {r.key for r in records}
    records = [
        Actor(**{**r.__dict__, "roles": tuple(x for x in r.roles if x.of in emitted)})
        for r in records
    ]
    events = [
        Event(**{**e.__dict__, "participants": tuple(k for k in e.participants if k in emitted),
                 "targets": tuple(k for k in e.targets if k in emitted)})
        for e in events
    ]  # fmt: skip
    doc = Document(f"synthetic-{n:06d}", text, text.split("\n", 1)[0], day,
                   f"https://example.org/synthetic/{n}")  # fmt: skip
    return Extraction(doc, tuple(records), tuple(events), tuple(statements), tuple(claims),
                      extractor_version="bench-records/1")  # fmt: skip


def extractions(
    n: int, *, seed: int = 7, start: int = 0, world: World | None = None
) -> Iterator[Extraction]:
    """Records of articles ``start`` .. ``start + n - 1`` (see :func:`extraction`)."""
    world = world or World(seed=seed)
    for i in range(start, start + n):
        yield extraction(world, i)


if __name__ == "__main__":  # a quick look: python bench/corpus.py
    from kg.rdf import extraction_to_triples

    docs = documents(3)
    print(docs[0].text[:600], "...\n")
    sizes = [len(extraction_to_triples(ex)[1]) for ex in extractions(200)]
    print(
        f"records: {sum(sizes) / len(sizes):.0f} triples per article (min {min(sizes)}, max {max(sizes)})"
    )
