"""The gazetteer: the shipped data's invariants and the loader's matching rules."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.link.gazetteer import Entry, Gazetteer, _key, default_gazetteer, default_path
from kg.records import ACTOR_TYPES

DATA = Path(__file__).resolve().parents[2] / "data" / "gazetteer.json"

# Countries whose only demonym is shared with another state ("Congolese", "Dominican") or
# that have none in English use: left out rather than guessed.
NO_DEMONYM = {
    "Democratic Republic of the Congo",
    "Republic of the Congo",
    "Dominica",
    "Vatican City",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(DATA)


def _write(tmp_path: Path, entries, name: str = "g.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    return path


def _country(name, **kw):
    return {"name": name, "type": "country", **kw}


# ---- the shipped data ------------------------------------------------------------------


def test_data_file_is_sorted_json_with_known_fields():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["version"] == 1
    entries = data["entries"]
    keys = [(e["type"], e["name"].casefold()) for e in entries]
    assert keys == sorted(keys), "entries are sorted by type, then name"
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names))
    for e in entries:
        assert set(e) == {
            "name",
            "type",
            "wikidata",
            "aliases",
            "demonyms",
            "metonyms",
            "country",
        }, e["name"]
        assert e["type"] in ACTOR_TYPES


def test_loads_every_type(gaz):
    counts = Counter(e.type for e in gaz)
    # 193 UN members + Taiwan, Kosovo, Palestine, Vatican City, Western Sahara, and the de
    # facto states news names as actors: Abkhazia, Northern Cyprus, Somaliland, South
    # Ossetia, Transnistria
    assert counts["country"] == 203
    assert counts["organization"] > 150
    assert counts["group"] > 40
    assert counts["person"] > 20


def test_no_surface_is_claimed_by_two_entries(gaz):
    # The loader refuses such a file; this says which form it was, should it happen.
    owners: dict[tuple[bool, str], set[str]] = {}
    for surface, entry, kind in gaz.surface_forms():
        if kind != "demonym":
            owners.setdefault(_key(surface), set()).add(entry.name)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_demonyms_do_not_name_other_entries(gaz):
    for e in gaz:
        for d in e.demonyms:
            other = gaz.lookup(d)
            assert other is None or other is e, (d, e.name, other.name)


def test_every_country_has_a_demonym_but_the_ambiguous_few(gaz):
    missing = {e.name for e in gaz if e.type == "country" and not e.demonyms}
    assert missing == NO_DEMONYM


def test_wikidata_ids_are_well_formed(gaz):
    qids = [e.wikidata for e in gaz if e.wikidata is not None]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids)), "one QID, one entry"
    known = {"Russia": "Q159", "Ukraine": "Q212", "United States": "Q30", "China": "Q148"}
    for name, qid in known.items():
        assert gaz.get(name).wikidata == qid
    assert gaz.get("NATO").wikidata == "Q7184"
    assert gaz.get("European Union").wikidata == "Q458"
    assert gaz.get("United Nations").wikidata == "Q1065"


def test_organisation_countries_are_country_entries(gaz):
    for e in gaz:
        if e.country is not None:
            assert gaz.get(e.country).type == "country", e.name
    assert gaz.lookup("Kremlin").country == "Russia"
    assert gaz.lookup("the White House").country == "United States"
    assert gaz.lookup("APT28").country == "Russia"


def test_no_bare_context_dependent_aliases(gaz):
    for bare in [
        "foreign ministry",
        "Foreign Ministry",
        "Ministry of Defence",
        "defence ministry",
        "Congo",
        "Korea",
        "Brussels",
        "the ministry",
        "Security Council",
    ]:
        assert gaz.lookup(bare) is None, bare


# ---- lookups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Russia", "Russia"),
        ("russia", "Russia"),
        ("RUSSIA", "Russia"),
        ("Russian Federation", "Russia"),
        ("the Russian Federation", "Russia"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Washington", "United States"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("Britain", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Republic of Armenia", "Armenia"),
        ("Yerevan", "Armenia"),
        ("Baku", "Azerbaijan"),
        ("New Delhi", "India"),
        ("Beijing", "China"),
        ("Türkiye", "Turkey"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("Cote d\u2019Ivoire", "Côte d'Ivoire"),
        ("the Kremlin", "Kremlin"),
        ("The Kremlin", "Kremlin"),
        ("Kremlin", "Kremlin"),
        ("the alliance", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("Nato", "NATO"),
        ("the Pentagon", "United States Department of Defense"),
        ("State Department", "United States Department of State"),
        ("Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia"),
        ("MEA", "Ministry of External Affairs of India"),
        ("India's Ministry of External Affairs", "Ministry of External Affairs of India"),
        ("SBU", "Security Service of Ukraine"),
        ("Fancy Bear", "APT28"),
        ("Ansar Allah", "Houthis"),
        ("the Houthis", "Houthis"),
        ("Associated Press", "Associated Press"),
        ("The Associated Press", "Associated Press"),
        ("the Hill", "The Hill"),
    ],
)
def test_lookup(gaz, surface, name):
    entry = gaz.lookup(surface)
    assert entry is not None, surface
    assert entry.name == name


def test_acronyms_match_case(gaz):
    assert gaz.lookup("US").name == "United States"
    assert gaz.lookup("us") is None
    assert gaz.lookup("Us") is None
    assert gaz.lookup("WHO").name == "World Health Organization"
    assert gaz.lookup("who") is None
    assert gaz.lookup("it") is None


def test_possessives_and_curly_apostrophes(gaz):
    assert gaz.lookup("Russia's").name == "Russia"
    assert gaz.lookup("Russia\u2019s").name == "Russia"
    assert gaz.lookup("the Kremlin's").name == "Kremlin"
    assert gaz.lookup("NATO's").name == "NATO"
    assert gaz.lookup("Moscow\u2019s").name == "Russia"
    assert gaz.lookup("  Kyiv  ").name == "Ukraine"


def test_the_is_not_stripped_from_names_that_start_with_it(gaz):
    assert gaz.lookup("Hill") is None


def test_unknown_surface(gaz):
    assert gaz.lookup("Atlantis") is None
    assert gaz.by_demonym("Atlantean") is None


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Russian", "Russia"),
        ("Russians", "Russia"),
        ("Ukrainian", "Ukraine"),
        ("Ukrainians", "Ukraine"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("Chinese", "China"),
        ("Azerbaijani", "Azerbaijan"),
        ("Azeri", "Azerbaijan"),
        ("Armenian", "Armenia"),
        ("British", "United Kingdom"),
        ("Indian", "India"),
        ("Belarusian", "Belarus"),
        ("Israeli", "Israel"),
        ("Iranian", "Iran"),
        ("North Korean", "North Korea"),
        ("South Korean", "South Korea"),
        ("Taiwanese", "Taiwan"),
    ],
)
def test_by_demonym(gaz, word, name):
    assert gaz.by_demonym(word).name == name


def test_demonyms_are_not_names(gaz):
    assert gaz.lookup("Russian") is None
    assert gaz.by_demonym("Russia") is None


def test_country(gaz):
    assert gaz.country("Russia").name == "Russia"
    assert gaz.country("Russian Federation").name == "Russia"
    assert gaz.country("Moscow").name == "Russia"
    assert gaz.country("Kremlin") is None  # an organisation
    assert gaz.country("Atlantis") is None


def test_surface_forms(gaz):
    forms = list(gaz.surface_forms())
    kinds = {kind for _, _, kind in forms}
    assert kinds == {"name", "alias", "metonym", "demonym"}
    ukraine = {(s, k) for s, e, k in forms if e.name == "Ukraine"}
    assert {("Ukraine", "name"), ("Kyiv", "metonym"), ("Kiev", "metonym")} <= ukraine
    assert ("Ukrainians", "demonym") in ukraine
    assert all(isinstance(e, Entry) for _, e, _ in forms)


# ---- loading and errors ----------------------------------------------------------------


def test_default_path_and_cache(monkeypatch):
    monkeypatch.delenv("KG_GAZETTEER", raising=False)
    monkeypatch.delenv("KG_GAZETTEER_EXTRA", raising=False)
    assert default_path().name == "gazetteer.json"
    default_gazetteer.cache_clear()
    try:
        g = default_gazetteer()
        assert g is default_gazetteer()
        assert g.lookup("Kyiv").name == "Ukraine"
    finally:
        default_gazetteer.cache_clear()


def test_env_path(tmp_path, monkeypatch):
    path = _write(tmp_path, [_country("Freedonia", aliases=["Republic of Freedonia"])])
    monkeypatch.setenv("KG_GAZETTEER", str(path))
    monkeypatch.delenv("KG_GAZETTEER_EXTRA", raising=False)
    g = Gazetteer.load()
    assert len(g) == 1
    assert g.lookup("Republic of Freedonia").name == "Freedonia"


def test_extra_entries_merge_over_shipped(tmp_path, monkeypatch):
    extra = _write(
        tmp_path,
        [
            _country("Freedonia", demonyms=["Freedonian", "Freedonians"], metonyms=["Fredville"]),
            {
                "name": "Ministry of Foreign Affairs of Freedonia",
                "type": "organization",
                "aliases": ["Freedonian Foreign Ministry"],
                "country": "Freedonia",
            },
            # replaces the shipped entry of the same name
            {
                "name": "Kremlin",
                "type": "organization",
                "aliases": ["Kremlin administration"],
                "country": "Russia",
            },
            # takes a surface from a shipped entry
            {
                "name": "Moscow City Government",
                "type": "organization",
                "aliases": ["Moscow"],
                "country": "Russia",
            },
        ],
        "extra.json",
    )
    monkeypatch.delenv("KG_GAZETTEER", raising=False)
    monkeypatch.setenv("KG_GAZETTEER_EXTRA", str(extra))
    g = Gazetteer.load()
    assert g.lookup("Fredville").name == "Freedonia"
    assert g.by_demonym("Freedonians").name == "Freedonia"
    assert g.lookup("Freedonian Foreign Ministry").country == "Freedonia"
    assert g.lookup("Kremlin administration").name == "Kremlin"
    assert [e.name for e in g].count("Kremlin") == 1
    assert g.lookup("Moscow").name == "Moscow City Government"
    assert g.lookup("Russian Federation").name == "Russia"
    assert g.lookup("Kyiv").name == "Ukraine"
    # an explicit path ignores the environment's extras
    assert Gazetteer.load(DATA).lookup("Fredville") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', '"entries"'),
        ('{"version": 2, "entries": []}', "version"),
        ('{"entries": [{"type": "country"}]}', 'no "name"'),
        ('{"entries": [{"name": "X", "type": "planet"}]}', "type 'planet'"),
        ('{"entries": [{"name": "X", "type": "country", "wikidata": "159"}]}', "wikidata"),
        ('{"entries": [{"name": "X", "type": "country", "aliases": "Y"}]}', '"aliases"'),
        ('{"entries": [{"name": "X", "type": "country", "alias": ["Y"]}]}', "unknown fields"),
        (
            '{"entries": [{"name": "X", "type": "organization", "country": "Nowhere"}]}',
            "not the name of a country",
        ),
        (
            '{"entries": [{"name": "X", "type": "country"}, {"name": "X", "type": "country"}]}',
            "given twice",
        ),
        (
            (
                '{"entries": [{"name": "X", "type": "country", "metonyms": ["Z"]},'
                ' {"name": "Y", "type": "country", "aliases": ["z"]}]}'
            ),
            "claimed by both",
        ),
        (
            (
                '{"entries": [{"name": "X", "type": "country", "aliases": ["ZZ"]},'
                ' {"name": "Y", "type": "country", "aliases": ["ZZ"]}]}'
            ),
            "claimed by both",
        ),
    ],
)
def test_malformed_file_is_a_clear_input_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        Gazetteer.load(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        Gazetteer.load(tmp_path / "nope.json")


def test_acronym_and_word_are_different_surfaces(tmp_path):
    # "US" (an acronym) and "us" (a word) do not collide
    path = _write(tmp_path, [_country("A", aliases=["US"]), _country("B", aliases=["Us"])])
    g = Gazetteer.load(path)
    assert g.lookup("US").name == "A"
    assert g.lookup("us").name == "B"
