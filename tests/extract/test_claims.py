"""Attribution claims (kg/extract/claims.py + data/rules/claims.json) on sentences written
for these tests: other conflicts and names than the dev articles."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import rules
from kg.records import Document

HACK = "Hackers breached the servers of the Estonian tax agency last week. "
BOMB = "A bomb exploded at a checkpoint in Dera Ismail Khan on Monday, killing six soldiers. "
DRONE = "A drone struck a fuel depot in Belgorod on Sunday. "


def _claims(extractor, text: str) -> set[tuple]:
    """(kind, claimant, agent, polarity, event type or None) by actor name."""
    r = extractor.extract(Document(id="t", text=text, published=dt.date(2024, 3, 10)))
    names = {a.key: a.name for a in r.actors}
    types = {e.key: e.type for e in r.events}
    return {(c.kind, names[c.claimant], names[c.agent], c.polarity, types.get(c.event)) for c in r.claims}


def test_claim_rules_data_is_documented():
    frames = rules.table("claim_verb_frames")
    assert frames["blame"] == "blame" and frames["reject"] == "deny" and frames["claim"] == "self"
    assert set(rules.table("claim_frame_preps")) <= set(frames.values())
    assert "responsible" in rules.lexicon("claim_responsible_adjectives")
    from kg.extract.claims import ClaimFinder

    for frame in set(frames.values()):  # a frame named in the data is a method that reads it
        assert callable(getattr(ClaimFinder, f"_{frame}", None)), frame
    labels = {p["label"] for p in rules.patterns("claims")}
    assert labels == {"responsible", "not_responsible", "dismissive", "blames", "points_to"}


CASES = [
    # a phrasing added as data only (data/rules/claims.json "washed-its-hands-of"; README)
    pytest.param("Gunmen raided an oil platform off Venezuela on Monday. Venezuela said its navy had washed its hands of the raid.",
                 {("denial", "Venezuela", "Venezuela", "denied", "armed_attack")}, id="washed-its-hands-of"),
    # narrative frames: the subject of the verb is the claimant
    pytest.param(HACK + "Estonia blamed Russia for the attack.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack")}, id="blamed-Y-for-the-attack"),
    pytest.param(HACK + "Estonia attributed the attack to Russia.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack")}, id="attributed-to"),
    pytest.param(HACK + "The Estonian Internal Security Service traced the intrusion to Russia.",
                 {("attribution", "Estonian Internal Security Service", "Russia", "asserted", "cyberattack")}, id="traced-to"),
    pytest.param(DRONE + "Moscow held Kyiv responsible for the attack.",
                 {("attribution", "Russia", "Ukraine", "asserted", "armed_attack")}, id="held-responsible"),
    pytest.param(BOMB + "The Pakistani Taliban claimed responsibility for the bombing.",
                 {("attribution", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="claimed-responsibility"),
    pytest.param("Twelve people died at a market in Quetta on Friday. The Islamic State claimed responsibility.",
                 {("attribution", "Islamic State", "Islamic State", "asserted", None)}, id="self-claim-without-event"),
    pytest.param(BOMB + "Pakistan blamed the Pakistani Taliban for the attack. The Pakistani Taliban denied involvement.",
                 {("attribution", "Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack"),
                  ("denial", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "denied", "armed_attack")}, id="denied-involvement"),
    pytest.param("Gunmen attacked a bus in Balochistan on Friday. Pakistan accused India of sponsoring the attack. India rejected the accusations.",
                 {("attribution", "Pakistan", "India", "asserted", "armed_attack"),
                  ("denial", "India", "India", "denied", "armed_attack")}, id="rejected-the-accusations"),
    pytest.param(BOMB + "The bombing was claimed by the Pakistani Taliban.",
                 {("attribution", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="claimed-by-passive"),
    pytest.param(BOMB + "Police blamed the Pakistani Taliban, which claimed the bombing hours later.",
                 {("attribution", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="which-claimed"),
    pytest.param("Washington accused Beijing of meddling in the election.",
                 {("accusation", "United States", "China", "asserted", None)}, id="accused-of-meddling-no-event"),
    pytest.param(HACK + "The Russian Foreign Ministry categorically rejects any claim that it was involved.",
                 {("denial", "Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of Russia", "denied", "cyberattack")}, id="rejects-any-claim-that-it"),
    pytest.param("Italy condemned Russia's invasion of Ukraine.",
                 {("attribution", "Italy", "Russia", "asserted", "armed_attack")}, id="condemned-Ys-invasion"),
    pytest.param("Russia's Federal Security Service opened a criminal case against Alexei Navalny.",
                 {("accusation", "Federal Security Service", "Alexei Navalny", "asserted", None)}, id="criminal-case-against"),
    pytest.param("Moscow dismissed the report as fake news.",
                 {("denial", "Russia", "Russia", "denied", None)}, id="dismissed-as-fake-news"),
    # inside what someone said: the speaker is the claimant
    pytest.param(DRONE + "Russian Defence Minister Andrei Belousov said Ukraine was behind the strike.",
                 {("attribution", "Andrei Belousov", "Ukraine", "asserted", "armed_attack")}, id="was-behind"),
    pytest.param(HACK + "Margus Tsahkna said Russia's intelligence service was responsible.",
                 {("attribution", "Margus Tsahkna", "Russia's intelligence service", "asserted", "cyberattack")}, id="service-was-responsible"),
    pytest.param(HACK + "Estonia's foreign minister, Margus Tsahkna, said the attack was carried out by Russia's military intelligence service.",
                 {("attribution", "Margus Tsahkna", "Russia's military intelligence service", "asserted", "cyberattack")}, id="carried-out-by-the-attack-named-before"),
    pytest.param("Seoul said Pyongyang was behind the hacking of the central bank. North Korea said it had nothing to do with the hacking.",
                 {("attribution", "South Korea", "North Korea", "asserted", "cyberattack"),
                  ("denial", "North Korea", "North Korea", "denied", "cyberattack")}, id="nothing-to-do-with"),
    pytest.param(BOMB + "Pakistan said the attack bore the hallmarks of the Pakistani Taliban.",
                 {("attribution", "Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="bore-the-hallmarks-of"),
    pytest.param(HACK + "Margus Tsahkna said all the evidence pointed to Russia.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack")}, id="evidence-pointed-to"),
    pytest.param(HACK + "Margus Tsahkna said Russia bears full responsibility for the attack.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack")}, id="bears-responsibility"),
    pytest.param("Armenia levelled accusations against Azerbaijan on Monday.",
                 {("accusation", "Armenia", "Azerbaijan", "asserted", None)}, id="levelled-accusations-against"),
    pytest.param(HACK + "Margus Tsahkna said the intrusion had been traced to Russia.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack")}, id="was-traced-to-in-a-statement"),
    pytest.param('Serbia said: "Our forces were not present in the area."',
                 {("denial", "Serbia", "Serbia", "denied", None)}, id="our-forces-not-present"),
    pytest.param("Vietnam said its navy had no role in the sinking of the trawler.",
                 {("denial", "Vietnam", "Vietnam", "denied", None)}, id="had-no-role"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(extractor, text, expected):
    assert _claims(extractor, text) == expected


NOT_CLAIMS = [
    pytest.param("Lithuania attributed the delay to bad weather.", id="attributed-a-delay"),
    pytest.param("Japan took responsibility for the defeat in the final.", id="responsibility-for-a-defeat"),
    pytest.param("Britain condemned the killing of Alexei Navalny.", id="killing-of-the-victim"),
    pytest.param("Police in Lyon identified the gunman as Karim Benali.", id="police-in-a-city-is-no-claimant"),
    pytest.param("Moscow rejected the proposal on Tuesday.", id="rejected-a-proposal"),
    pytest.param(HACK + "Margus Tsahkna said Estonia had not yet determined who was behind the attack.", id="who-was-behind"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_claim(extractor, text):
    assert _claims(extractor, text) == set()


@pytest.mark.slow
def test_earlier_attacks_are_not_the_attack_of_the_article(extractor):
    got = _claims(extractor, HACK + "Estonia has blamed Russia for a string of earlier cyberattacks.")
    assert got == {("accusation", "Estonia", "Russia", "asserted", None)}


@pytest.mark.slow
def test_blame_for_everything_has_no_event(extractor):
    got = _claims(extractor, DRONE + "Russia blamed everything on Ukraine.")
    assert got == {("accusation", "Russia", "Ukraine", "asserted", None)}


@pytest.mark.slow
def test_denial_inside_a_report_is_read_once(extractor):
    """'Beijing insists that A did it, and denies that its own soldiers were the
    aggressors': the denial is Beijing's (not A's), about its own army."""
    text = (
        "Soldiers of Vietnam and China fought on the Paracel reefs on Monday. "
        "Beijing insists that the Vietnamese navy started the fighting, and denies that its own soldiers were the aggressors."
    )
    got = _claims(extractor, text)
    assert ("denial", "China", "China", "denied", "armed_attack") in got or any(
        c[0] == "denial" and c[1] == "China" for c in got
    )
    assert not any(c[1] == "Vietnamese navy" for c in got)
    assert not any(c[3] == "asserted" and c[1] == c[2] for c in got)


@pytest.mark.slow
def test_no_group_claimed_responsibility_is_no_claim(extractor):
    text = "Armed men stormed an army post in Tillaberi on Thursday. Niger blamed the Islamic State. No group has claimed responsibility."
    got = _claims(extractor, text)
    assert not any(c[1] == c[2] and c[3] == "asserted" for c in got)
    assert any(c[1] == "Niger" and c[2] == "Islamic State" for c in got)


@pytest.mark.slow
def test_point_the_finger(extractor):
    got = _claims(extractor, HACK + "Estonia pointed the finger at Russia.")
    assert got == {("attribution", "Estonia", "Russia", "asserted", "cyberattack")}


@pytest.mark.slow
def test_a_rejection_denies_a_claim_made_in_a_statement_before(extractor):
    """The claim rejected may be inside reported speech; a spokesman with no side named
    denies what was claimed against the side it was claimed of."""
    text = (
        HACK + "Margus Tsahkna said Russia was behind the attack. "
        "Maria Zakharova called the accusations absurd."
    )
    got = _claims(extractor, text)
    assert ("denial", "Maria Zakharova", "Russia", "denied", "cyberattack") in got
