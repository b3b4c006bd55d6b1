"""Attribution claims (kg/extract/claims.py + data/rules/claims.json) on sentences written
for these tests: other conflicts and names than the dev articles."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import rules
from kg.extract.actors import ActorTable, collect
from kg.extract.claims import ClaimFinder, RawClaim, _split_perfect_subject, _stranded_subject
from kg.extract.events import RawEvent
from kg.extract.references import Resolver
from kg.records import Document

HACK = "Hackers breached the servers of the Estonian tax agency last week. "
BOMB = "A bomb exploded at a checkpoint in Dera Ismail Khan on Monday, killing six soldiers. "
DRONE = "A drone struck a fuel depot in Belgorod on Sunday. "
KIRKUK = "A car bomb exploded outside a police station in Kirkuk on Monday, killing nine people. "
NL = "Relations between the Netherlands and Russia have soured. Hackers breached the servers of the Dutch foreign ministry on Monday. "


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

    for frame in set(frames.values()):  # a frame named in the data is a method that reads it
        assert callable(getattr(ClaimFinder, f"_{frame}", None)), frame
    labels = {p["label"] for p in rules.patterns("claims")}
    assert labels == {"responsible", "not_responsible", "dismissive", "blames", "rebukes", "points_to", "front_for"}


CASES = [
    # a phrasing added as data only (data/rules/claims.json "washed-its-hands-of"; README)
    pytest.param("Gunmen raided an oil platform off Venezuela on Monday. Venezuela said its navy had washed its hands of the raid.",
                 {("denial", "Venezuela", "Venezuela", "denied", "armed_attack")}, id="washed-its-hands-of"),
    # a doer named by the name it gives itself; a self-claim in the passive
    pytest.param("On Monday, hackers knocked the Estonian tax agency's website offline for three hours. A hacker group called Red Owl claimed responsibility in a post on its channel.",
                 {("attribution", "Red Owl", "Red Owl", "asserted", "cyberattack")}, id="a-group-called-Z-claimed-responsibility"),
    pytest.param(HACK + "Responsibility for the breach was claimed by a persona calling itself Nomad_7.",
                 {("attribution", "Nomad_7", "Nomad_7", "asserted", "cyberattack")}, id="responsibility-was-claimed-by"),
    # "her government" in what a minister said: the minister (SCHEMA: the most specific speaker)
    pytest.param("Gunmen fired on a Chilean army post near the Peruvian border on Sunday. Chile's defence minister, Rosa Vidal, told reporters on Monday that her government held Lima responsible for the attack.",
                 {("attribution", "Rosa Vidal", "Peru", "asserted", "armed_attack")}, id="her-government-held-responsible"),
    # a cover and the body behind it (claims.json "a-front-for")
    pytest.param(HACK + "Responsibility for the breach was claimed by a persona calling itself Nomad_7. A report by Kestrel Labs, a security firm in Boston, concluded that Nomad_7 was a front created by the GRU to publish stolen files.",
                 {("attribution", "Nomad_7", "Nomad_7", "asserted", "cyberattack"), ("attribution", "Kestrel Labs", "GRU", "asserted", "cyberattack")}, id="a-front-created-by"),
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
    # a self-claim made as a noun: "Z's claim of responsibility / credit (for E)"
    pytest.param(BOMB + "Officials were studying the Pakistani Taliban's claim of responsibility for the bombing.",
                 {("attribution", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="Zs-claim-of-responsibility-for"),
    pytest.param(BOMB + "Analysts doubted al-Shabaab's claim of credit.",
                 {("attribution", "al-Shabaab", "al-Shabaab", "asserted", "armed_attack")}, id="Zs-claim-of-credit"),
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
    # the subject the parser hung on a date: a name with an apposition right before the verb
    pytest.param(DRONE + "At a summit in Vilnius on Monday, Gabrielius Landsbergis, Lithuania's foreign minister, blamed Minsk for the attack.",
                 {("attribution", "Gabrielius Landsbergis", "Belarus", "asserted", "armed_attack")}, id="stranded-subject"),
    # "the clash" told apart from the dated seizure it stands for; a seizure is a hostile act
    pytest.param("Iranian commandos seized the tanker Advantage Sweet in the Gulf of Oman on Thursday. The clash lasted an hour. Israel blamed Tehran for the clash.",
                 {("attribution", "Israel", "Iran", "asserted", "other")}, id="the-clash-is-the-dated-seizure"),
    # "staged the incident" (an anaphor as the object; the model's lemma "stag" mended)
    pytest.param("Venezuelan troops seized a Guyanese fishing boat near the Essequibo on Monday. Venezuela's ambassador, Samuel Moncada, insisted that Georgetown had staged the incident.",
                 {("attribution", "Samuel Moncada", "Guyana", "asserted", "other")}, id="staged-the-incident"),
    # a clause of judgement no statement covers; "developed and deployed by" shares its patient
    pytest.param(HACK + "Estonia's Internal Security Service assessed that the malware had almost certainly been developed and deployed by the Russian military.",
                 {("attribution", "Internal Security Service", "Russian Armed Forces", "asserted", "cyberattack")}, id="assessed-that-deployed-by"),
    pytest.param(HACK + "Lithuania judges that Russia was responsible for the attack.",
                 {("attribution", "Lithuania", "Russia", "asserted", "cyberattack")}, id="judges-that"),
    pytest.param("US intelligence agencies concluded that Russia was behind the hack of the Democratic National Committee.",
                 {("attribution", "United States", "Russia", "asserted", "cyberattack")}, id="intelligence-agencies-speak-for-the-state"),
    # the subject of the verb a responsibility verb completes ("Russia's military" is the
    # country's body, an organisation of its own: state_service_nouns)
    pytest.param(HACK + "Margus Tsahkna said Russia's military chose to strike at Estonia's tax system.",
                 {("attribution", "Margus Tsahkna", "Russian Armed Forces", "asserted", "cyberattack")}, id="chose-to-strike"),
    # "a man it identified as the bomber, NAME"
    pytest.param("A suicide bombing killed nine soldiers in Mogadishu on Friday. Al-Shabaab released a video of a man it identified as the bomber, Omar Farouk.",
                 {("attribution", "al-Shabaab", "Omar Farouk", "asserted", "armed_attack")}, id="identified-as-the-bomber-NAME"),
    # "the government" with no state named; "the collapse of the truce" is the fighting
    pytest.param("Sudan's army and the Rapid Support Forces fought in El Fasher on Monday, ending a truce in Sudan. The government blamed the Rapid Support Forces for the collapse of the truce.",
                 {("attribution", "Sudan", "Rapid Support Forces", "asserted", "armed_attack")}, id="the-government-blamed-for-the-collapse-of-the-truce"),
    # "accusations of aggression" deny the attack, not the accusation without an event
    pytest.param("Russian ships rammed a Georgian patrol boat near Poti on Sunday. Tbilisi accused Moscow of waging a hybrid war. Kremlin spokesman Dmitry Peskov rejected accusations of aggression.",
                 {("accusation", "Georgia", "Russia", "asserted", None), ("denial", "Dmitry Peskov", "Russia", "denied", "armed_attack")}, id="rejected-accusations-of-aggression"),
    # a press release: the narrative no one is quoted in is the issuer's claim
    pytest.param("Georgian foreign ministry protests Russian strike on Gori\nPress release of the Ministry of Foreign Affairs of Georgia, 3 May 2024\n\n"
                 "On the night of May 1-2, the armed forces of Russia launched intensive shelling of villages near Gori. Three civilians were killed.",
                 {("attribution", "Ministry of Foreign Affairs of Georgia", "Russia", "asserted", "armed_attack")}, id="press-release-voice"),
    # "accused the government of ...": the state the article names most
    pytest.param("Fighting between Sudan's army and the Rapid Support Forces spread to Darfur in May. The UN Human Rights Council accused the government of bombing markets.",
                 {("accusation", "United Nations Human Rights Council", "Sudan", "asserted", None)}, id="accused-the-government"),
    # "did X as a provocation": the subject did the hostile act (not "saw it as a provocation")
    pytest.param("Venezuelan troops seized a Guyanese fishing boat near the Essequibo on Monday. Venezuela's foreign minister, Yvan Gil, said Georgetown had sent the boat into Venezuelan waters as a provocation.",
                 {("attribution", "Yvan Gil", "Guyana", "asserted", "other")}, id="sent-as-a-provocation"),
    # claims carried by a noun: the owner of "accusation", "allegations"
    pytest.param(NL + "The Netherlands' accusation that Russia was behind the attack drew an angry response.",
                 {("attribution", "Netherlands", "Russia", "asserted", "cyberattack")}, id="owners-accusation-that"),
    pytest.param(NL + "Germany's allegations against Russia were echoed by France.",
                 {("accusation", "Germany", "Russia", "asserted", None)}, id="owners-allegations-against"),
    pytest.param(NL + "The Dutch government assessed with high confidence that the GRU was behind the breach.",
                 {("attribution", "Netherlands", "GRU", "asserted", "cyberattack")}, id="assessed-with-high-confidence-that"),
    # "denied it", "denies": what was claimed before; "which X accused of E"
    pytest.param(NL + "Russia, which the Netherlands has accused of the attack, denies it.",
                 {("attribution", "Netherlands", "Russia", "asserted", "cyberattack"), ("denial", "Russia", "Russia", "denied", "cyberattack")}, id="which-X-accused-denies-it"),
    pytest.param(NL + "Moscow denies.",
                 {("denial", "Russia", "Russia", "denied", "cyberattack")}, id="denies-without-object"),
    pytest.param("Russian drones struck a fuel depot in Lviv on Sunday. Lithuania condemned the Russian use of force.",
                 {("attribution", "Lithuania", "Russia", "asserted", "armed_attack")}, id="condemned-the-use-of-force"),
    # a denial's "saying" clause is the denier's own word, not a clause the denial governs
    pytest.param("Levan Kobakhidze denied the allegations, saying he had nothing to do with the payments.",
                 {("denial", "Levan Kobakhidze", "Levan Kobakhidze", "denied", None)}, id="denied-saying-nothing-to-do-with"),
    # a weapon as the object of "launched"; a country's forces stand for the country
    pytest.param(DRONE + "Russian Defence Minister Andrei Belousov said Ukrainian forces launched the drones.",
                 {("attribution", "Andrei Belousov", "Ukraine", "asserted", "armed_attack")}, id="launched-the-drones"),
    # "no violation had taken place": the spokesman (of a ministry of China) denies the claim against China
    pytest.param("A Chinese J-20 jet flew over Ladakh on Monday, India's foreign ministry said. Chinese foreign ministry spokesman Wang Wenbin said no violation had taken place.",
                 {("attribution", "India's foreign ministry", "China", "asserted", "military_activity"),
                  ("denial", "Wang Wenbin", "China", "denied", "military_activity")}, id="no-violation-had-taken-place"),
    # "the actions of Y against the mission": the mission is the target, the claim is about the attack
    pytest.param("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Paracel Islands on Sunday. "
                 "Vietnam condemns the dangerous actions of the China Coast Guard against the Vietnamese resupply mission.",
                 {("attribution", "Vietnam", "China Coast Guard", "asserted", "armed_attack")}, id="condemns-actions-against-a-mission"),
    # "released a video claiming that ...": the sender's claim
    pytest.param(DRONE + "Ukraine's military intelligence agency released a video claiming that Ukrainian special forces had carried out the attack.",
                 {("attribution", "Ukraine's military intelligence agency", "Ukrainian special forces", "asserted", "armed_attack")}, id="released-a-video-claiming"),
    # an unnamed spokesman of a ministry no actor was found for speaks for the state it is qualified by
    pytest.param("Gunmen attacked a bus in Balochistan on Friday. Pakistan's interior minister said India had sponsored the attack. The Indian foreign ministry spokesman rejected the accusations.",
                 {("attribution", "Pakistan", "India", "asserted", "armed_attack"), ("denial", "India", "India", "denied", "armed_attack")}, id="unnamed-spokesman-of-a-state"),
    # "intruded into our waters": the mission told, not an attack
    pytest.param("Vietnam sent two patrol boats on a resupply mission to the Paracel Islands on Tuesday. A Chinese coast guard spokesman said the Vietnamese boats had illegally intruded into Chinese waters.",
                 {("attribution", "China Coast Guard", "Vietnam", "asserted", "military_activity")}, id="intruded-into-waters"),
    # "his men", "his fighters": the group the speaker leads
    pytest.param("Rebel fighters seized the airport in Niamey on Wednesday. Salou Djibo, the leader of the Patriotic Front, said his men had occupied the building. He insisted that his fighters had not harmed a single civilian.",
                 {("attribution", "Salou Djibo", "Patriotic Front", "asserted", "military_activity"),
                  ("denial", "Salou Djibo", "Patriotic Front", "denied", None)}, id="his-men-are-the-group-he-leads"),
    # "not involved in any way": the article's main event, even one that is no attack
    pytest.param("Soldiers staged a coup in Niamey on Wednesday. The coup was condemned by the African Union. A French foreign ministry spokesman said France had not been involved in any way.",
                 {("denial", "Ministry for Europe and Foreign Affairs of France", "France", "denied", "other")}, id="not-involved-in-any-way"),
    # coordinated verbs share their subject; "by firing" is done by the subject of the verb it hangs on
    pytest.param("Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday. "
                 "Philippine Coast Guard spokesman Jay Tarriela said the China Coast Guard had blocked the boat and used water cannon.",
                 {("attribution", "Jay Tarriela", "China Coast Guard", "asserted", "armed_attack")}, id="blocked-and-used-water-cannon"),
    pytest.param("Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday. "
                 "Manila said the China Coast Guard had endangered the crew by firing water cannon.",
                 {("attribution", "Philippines", "China Coast Guard", "asserted", "armed_attack")}, id="endangered-by-firing"),
    # one denial for a sentence that denies twice ("denied ..., calling the reports a provocation")
    pytest.param(DRONE + "Ukraine's defence ministry denied carrying out any strike on the depot, calling the reports a provocation.",
                 {("denial", "Ukraine's defence ministry", "Ukraine's defence ministry", "denied", "armed_attack")}, id="denied-and-called-provocation-once"),
    # US political news: a person's denial with no claim before is of what was said of himself
    pytest.param("Marcus Webb is the chairman of Lakeview Media. Webb denied the charges through his lawyer.",
                 {("denial", "Marcus Webb", "Marcus Webb", "denied", None)}, id="person-denied-the-charges"),
    pytest.param("Dana Whitfield ran the senator's campaign. Whitfield has denied that she was working on a book.",
                 {("denial", "Dana Whitfield", "Dana Whitfield", "denied", None)}, id="denied-that-she-was-working"),
    # "him" as the object of the claimant's verb is another person
    pytest.param("Ron DeSantis spoke in Iowa on Monday. Nikki Haley accused him of dodging the debate.",
                 {("accusation", "Nikki Haley", "Ron DeSantis", "asserted", None)}, id="accused-him"),
    # a clause inside what someone is blamed for names no event of the claim
    pytest.param(HACK + "Senator Mark Kelly blamed CNN for reporting that the attack had been stopped.",
                 {("accusation", "Mark Kelly", "CNN", "asserted", None)}, id="blamed-for-reporting-that"),
    # a state named only by its demonym is the claimant or the one accused
    pytest.param(HACK + "Estonia blamed Russian hackers for the attack.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack")}, id="blamed-Russian-hackers"),
    pytest.param("A car bomb killed a general in Minsk on Friday. Belarusian investigators said the bombing had been ordered by Lithuania's security service.",
                 {("attribution", "Belarus", "Lithuania's security service", "asserted", "armed_attack")}, id="demonym-investigators-said"),
    # "the attack was blamed on Y by X"
    pytest.param("A car bomb killed a general in Minsk on Friday. The attack was blamed on Lithuania by the Belarusian KGB.",
                 {("attribution", "KGB of Belarus", "Lithuania", "asserted", "armed_attack")}, id="attack-was-blamed-on-Y-by-X"),
    # "our troops were not in the area"
    pytest.param(DRONE + 'Kyiv said: "Our troops were not in the area."',
                 {("denial", "Ukraine", "Ukraine", "denied", "armed_attack")}, id="our-troops-were-not-in-the-area"),
    # a raising verb: the subject did it, hedged
    pytest.param(BOMB + "The Pakistani Taliban appeared to claim responsibility for the bombing in a post on Telegram.",
                 {("attribution", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "asserted", "armed_attack")}, id="appeared-to-claim-responsibility"),
    # a noun of accusation whose maker is the subject of "renewed", "repeated"
    pytest.param(DRONE + "Moscow renewed accusations that Ukraine was behind the attack.",
                 {("attribution", "Russia", "Ukraine", "asserted", "armed_attack")}, id="renewed-accusations-that"),
    # a body with no side named rejects what the last other claimant said
    pytest.param("A Greek warship rammed a Turkish research vessel in the Aegean on Monday. Turkey said the Greek navy had attacked the vessel. The Hellenic Navy rejects these assertions.",
                 {("attribution", "Turkey", "Greek navy", "asserted", "armed_attack"), ("denial", "Hellenic Navy", "Greek navy", "denied", "armed_attack")}, id="rejects-these-assertions"),
    # a gerund after a preposition has the subject of the verb it hangs on
    pytest.param("Senator Dana Price hit back at Governor Ron Ames by accusing him of lying.",
                 {("accusation", "Dana Price", "Ron Ames", "asserted", None)}, id="by-accusing-him"),
    # 'it' as the object: the state named before it in the sentence
    pytest.param("Senator Dana Price called Iran reckless, accusing it of arming the rebels.",
                 {("accusation", "Dana Price", "Iran", "asserted", None)}, id="accusing-it-of"),
    # what someone said points at the doer: 'the work of Y', 'the hackers were tied to Y'
    pytest.param(HACK + "Margus Tsahkna said the breach was the work of Russian military intelligence.",
                 {("attribution", "Margus Tsahkna", "GRU", "asserted", "cyberattack")}, id="the-work-of"),
    pytest.param(HACK + "Margus Tsahkna said the hackers were linked to Russian intelligence.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack")}, id="hackers-linked-to"),
    # a wrong done on purpose, in what someone said
    pytest.param("Relations between Georgia and Russia soured. Tbilisi says Moscow has been deliberately blocking trucks bound for Georgian ports.",
                 {("accusation", "Georgia", "Russia", "asserted", None)}, id="deliberately-blocking"),
    # "federal troops" after "federal forces": the same force
    pytest.param("The federal forces of Ethiopia and the TPLF fought in Mekelle on 3 May. The TPLF blamed federal troops for the fighting.",
                 {("attribution", "TPLF", "federal forces", "asserted", "armed_attack")}, id="federal-troops-are-the-federal-forces"),
    # "a campaign of hatred" is something new, not the attack the article told
    pytest.param(BOMB + "Senator Ruth Okoye accused Governor Tom Hale of running a campaign of hatred.",
                 {("accusation", "Ruth Okoye", "Tom Hale", "asserted", None)}, id="accused-of-a-campaign"),
    # a finding reported inside another speaker's words is that speaker's claim only
    pytest.param("The GhostRaven ransomware attack hit the Lithuanian railways on 3 May. Latvia's interior minister, Rihards Kozlovskis, said on Friday that Riga had also concluded that Russia was responsible for the attack.",
                 {("attribution", "Rihards Kozlovskis", "Russia", "asserted", "cyberattack")}, id="said-that-X-had-concluded"),
    # a deed done by force is the hostile act told
    pytest.param('Russian drones struck a depot in Gori on 2 May. Irakli Kobakhidze said: "Russia is trying to impose by force what it could not win at the table."',
                 {("attribution", "Irakli Kobakhidze", "Russia", "asserted", "armed_attack")}, id="impose-by-force"),
    # a company with no side denies what was said of it, not the article's attack
    pytest.param("A gunman attacked a mosque in Ohio on Monday. Harbor Media denied the reports.",
                 {("denial", "Harbor Media", "Harbor Media", "denied", None)}, id="a-company-denied-the-reports"),
    # a person's "she" in what she denies is herself
    pytest.param("Nora Quinn ran for mayor. Her team said Quinn denied that she would be taking new clients.",
                 {("denial", "Nora Quinn", "Nora Quinn", "denied", None)}, id="denied-that-she"),
    # the object of "blamed" is the relative pronoun: the noun it stands for
    pytest.param("Gunmen killed 40 people in Bamako on Friday. The candidates agreed to confront Ansar Dine, which Malian President Assimi Goita blamed for the coordinated attacks that killed 40 people in the capital on Friday night.",
                 {("attribution", "Assimi Goita", "Ansar Dine", "asserted", "armed_attack")}, id="which-X-blamed-for"),
    # a denial of a wrong that is no attack
    pytest.param("Estonia accused Russia of meddling in its election. Moscow has denied meddling in the vote.",
                 {("accusation", "Estonia", "Russia", "asserted", None), ("denial", "Russia", "Russia", "denied", None)}, id="denied-meddling"),
    pytest.param("Moscow has denied interfering in the Estonian election.",
                 {("denial", "Russia", "Russia", "denied", None)}, id="denied-interfering"),
    # 'linked / tied / traced E or its doers to Y' (US news: "investigators have linked the
    # breach to Y", "the hackers were tied to Y"); a sentence-level apposition of hearsay
    # whose clause denies it ("a finding Moscow dismissed as absurd")
    pytest.param(HACK + "Estonian investigators linked the breach to Russia, a finding Moscow dismissed as absurd.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack"), ("denial", "Russia", "Russia", "denied", "cyberattack")}, id="linked-to-a-finding-dismissed"),
    pytest.param(HACK + "The Estonian Internal Security Service traced the hackers to Belarus.",
                 {("attribution", "Estonian Internal Security Service", "Belarus", "asserted", "cyberattack")}, id="traced-the-hackers-to"),
    # "called the accusations nonsense", parsed as one noun phrase
    pytest.param(HACK + "Estonia blamed Russia for the attack. Russian Foreign Ministry spokesman Ivan Sorokin called the accusations nonsense.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack"), ("denial", "Ivan Sorokin", "Russia", "denied", "cyberattack")}, id="called-the-accusations-nonsense"),
    # a document speaks for its issuer: "the report said", "according to the congressional
    # report" (the body that released it), "a U.S. intelligence assessment"
    pytest.param("The Senate Commerce Committee released a report on Tuesday. The report said Iran was behind the hack of the Federal Aviation Administration.",
                 {("attribution", "Senate Commerce Committee", "Iran", "asserted", "cyberattack")}, id="the-report-said"),
    pytest.param("The Senate Commerce Committee released its report on Tuesday. Iranian hackers broke into computers at the Federal Aviation Administration in 2012, according to the congressional report.",
                 {("attribution", "Senate Commerce Committee", "Iran", "asserted", "cyberattack")}, id="according-to-the-report"),
    pytest.param(HACK + "The intrusion was traced to Russia, according to a U.S. intelligence assessment.",
                 {("attribution", "United States", "Russia", "asserted", "cyberattack")}, id="according-to-an-assessment"),
    # "U.S. intelligence agencies" speak as the United States
    pytest.param("Hackers stole emails from the Ruritanian embassy in Washington in June. U.S. intelligence agencies have concluded that the Russian government directed the hacking.",
                 {("attribution", "United States", "Russia", "asserted", "cyberattack")}, id="us-intelligence-agencies"),
    # a relative pronoun stands for its noun across "U.S. officials say" and "and who";
    # anonymous "U.S. officials" are no claimant (SCHEMA: anonymous collectives)
    pytest.param(HACK + "Prosecutors cited Fancy Wolf, a group of hackers who U.S. officials say is tied to Belarusian intelligence and who claimed credit for the attack.",
                 {("attribution", "Fancy Wolf", "Fancy Wolf", "asserted", "cyberattack")}, id="who-officials-say-is-tied-to"),
    pytest.param(HACK + "The hacker group APT99, which U.S. officials believe is linked to China, claimed responsibility.",
                 {("attribution", "APT99", "APT99", "asserted", "cyberattack")}, id="group-which-officials-believe-is-linked-to"),
    pytest.param(HACK + "A group calling itself Fancy Wolf claimed credit for the attack.",
                 {("attribution", "Fancy Wolf", "Fancy Wolf", "asserted", "cyberattack")}, id="a-group-calling-itself"),
    pytest.param("The Okoye campaign denies any wrongdoing and says the donations were legal.",
                 {("denial", "Okoye campaign", "Okoye campaign", "denied", None)}, id="denies-any-wrongdoing"),
    # a plural with only adjectives on it is things of that kind, not the attack told
    pytest.param("Gunmen attacked a bus in Balochistan on Friday. Pakistan accused India of fabricated attacks.",
                 {("accusation", "Pakistan", "India", "asserted", None)}, id="accused-of-fabricated-attacks"),
    # a charge whose clause names no deed the rules know: an accusation of its subject;
    # one that names a deed is read as what was said
    pytest.param("Governor Tom Baird charged that Senator Ruth Okoye had misled the voters.",
                 {("accusation", "Tom Baird", "Ruth Okoye", "asserted", None)}, id="charged-that-Y-misled"),
    pytest.param("Governor Tom Baird alleged that Senator Ruth Okoye took money from a donor.",
                 {("accusation", "Tom Baird", "Ruth Okoye", "asserted", None)}, id="alleged-that-Y-took-money"),
    pytest.param(HACK + "Senator Ruth Okoye charged that Belarus was behind the attack.",
                 {("attribution", "Ruth Okoye", "Belarus", "asserted", "cyberattack")}, id="charged-that-Y-was-behind"),
    # "did nothing wrong" in what someone said: a denial that the subject did wrong
    pytest.param("Senator Ruth Okoye insisted she had done nothing improper.",
                 {("denial", "Ruth Okoye", "Ruth Okoye", "denied", None)}, id="insisted-she-did-nothing-improper"),
    pytest.param("Governor Tom Baird said Senator Ruth Okoye had not done anything illegal.",
                 {("denial", "Tom Baird", "Ruth Okoye", "denied", None)}, id="said-Y-had-not-done-anything-illegal"),
    pytest.param('Senator Ruth Okoye was questioned by the committee on Monday. "She did nothing illegal," Governor Tom Baird said.',
                 {("denial", "Tom Baird", "Ruth Okoye", "denied", None)}, id="she-in-his-quote-did-nothing-illegal"),
    # the object moved after its complement; a complement 'as nonsense' names no other event
    pytest.param(HACK + "Minsk has rejected as absurd accusations that it was behind the attack.",
                 {("denial", "Belarus", "Belarus", "denied", "cyberattack")}, id="rejected-as-absurd-accusations-that"),
    pytest.param(HACK + "Belarusian officials have dismissed the claims as nonsense.",
                 {("denial", "Belarus", "Belarus", "denied", "cyberattack")}, id="dismissed-the-claims-as-nonsense"),
    pytest.param(HACK + "Margus Tsahkna said there was clear evidence that Belarus was behind the attack.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="clear-evidence-that"),
    # a wrong that is no attack, in what someone said: an accusation; negated, a denial
    pytest.param("Senator Ruth Okoye alleged that Belarus had meddled in the Latvian election.",
                 {("accusation", "Ruth Okoye", "Belarus", "asserted", None)}, id="said-Y-meddled"),
    pytest.param("Senator Ruth Okoye said Belarus was not interfering in the Latvian election.",
                 {("denial", "Ruth Okoye", "Belarus", "denied", None)}, id="said-Y-was-not-interfering"),
    # coordinated agents: each is accused
    pytest.param(HACK + "Estonia blamed Russia and Belarus for the attack.",
                 {("attribution", "Estonia", "Russia", "asserted", "cyberattack"), ("attribution", "Estonia", "Belarus", "asserted", "cyberattack")}, id="blamed-X-and-Y"),
    pytest.param("Latvia accused Moscow and Minsk of meddling in the vote.",
                 {("accusation", "Latvia", "Russia", "asserted", None), ("accusation", "Latvia", "Belarus", "asserted", None)}, id="accused-X-and-Y"),
    pytest.param(HACK + "Margus Tsahkna said Russia and Belarus had carried out the attack.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack"), ("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="X-and-Y-carried-out"),
    # an attack named by its own name alone
    pytest.param("The GhostRaven ransomware attack hit the Lithuanian railways on 3 May. Margus Tsahkna said Russia was responsible for GhostRaven.",
                 {("attribution", "Margus Tsahkna", "Russia", "asserted", "cyberattack")}, id="responsible-for-a-named-attack"),
    # a press release whose issuer stands on the line after "PRESS RELEASE"
    pytest.param("Georgia condemns the Russian strike on Gori\nPRESS RELEASE\nMinistry of Foreign Affairs of Georgia\n3 May 2024\n\n"
                 "The Ministry of Foreign Affairs of Georgia condemns the strike. Moscow has repeatedly harassed Georgian border guards.",
                 {("accusation", "Ministry of Foreign Affairs of Georgia", "Russia", "asserted", None)}, id="press-release-issuer-on-the-next-line"),
    # a relative clause on the name in apposition to the subject names no claimant
    pytest.param("Gunmen stormed a hotel in Kismayo on Sunday. The militant group al-Shabaab, which is linked to al-Qaeda, claimed responsibility for the attack.",
                 {("attribution", "al-Shabaab", "al-Shabaab", "asserted", "armed_attack")}, id="relative-clause-on-the-appositive"),
    # phrasings of English news (session 9): an agent hung on the object, a hedge, a likeness
    pytest.param(KIRKUK + "Iraq's interior minister, Saad Karim, pinned the attack on the Islamic State.",
                 {("attribution", "Saad Karim", "Islamic State", "asserted", "armed_attack")}, id="pinned-the-attack-on"),
    pytest.param(KIRKUK + "Iraq's interior minister, Saad Karim, said the Islamic State was suspected of carrying out the bombing.",
                 {("attribution", "Saad Karim", "Islamic State", "asserted", "armed_attack")}, id="was-suspected-of-in-speech"),
    pytest.param(KIRKUK + "Iraq's interior minister, Saad Karim, said the bombing was consistent with the Islamic State's tactics.",
                 {("attribution", "Saad Karim", "Islamic State", "asserted", "armed_attack")}, id="consistent-with-the-tactics-of"),
    # a hostile act a participle hangs on: 'a provocation staged by Y'
    pytest.param(KIRKUK + "Iraq blamed Iran. Iran's foreign ministry spokesman, Ali Rezaei, said the bombing was a provocation staged by the United States.",
                 {("attribution", "Iraq", "Iran", "asserted", "armed_attack"), ("attribution", "Ali Rezaei", "United States", "asserted", "armed_attack")}, id="a-provocation-staged-by"),
    # "hackers working for Y were behind it", parsed as two clauses: Y, not the speaker
    pytest.param("Hackers broke into the voter database of the Ohio election board last week. Kestrel Labs, a security firm, said it believes hackers working for Iran's Revolutionary Guards were behind it.",
                 {("attribution", "Kestrel Labs", "Islamic Revolutionary Guard Corps", "asserted", "cyberattack")}, id="hackers-working-for-Y-were-behind-it"),
    # a summary by a body, then a member named with an apposition that says whose he is
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Kivu Liberation Front for the attack. "
                 "The KLF rejected the accusations. Jean Mbeki, an adviser to the KLF leader, said the group had nothing to do with the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Kivu Liberation Front", "asserted", "armed_attack"),
                  ("denial", "Jean Mbeki", "Kivu Liberation Front", "denied", "armed_attack")}, id="body-summary-then-an-adviser-to-it"),
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Kivu Liberation Front for the attack. "
                 "The KLF rejected the accusation. Eric Kabila, the nom de guerre of its commander in Uvira, said the group kept no weapons near the post.",
                 {("attribution", "Democratic Republic of the Congo", "Kivu Liberation Front", "asserted", "armed_attack"),
                  ("denial", "Eric Kabila", "Kivu Liberation Front", "denied", "armed_attack")}, id="body-summary-then-its-commander"),
    # a spokesperson's bare 'the group', 'the company' is the body they speak for
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Kivu Liberation Front for the attack. "
                 "Jean Mbeki, a spokesman for the Kivu Liberation Front, said the group had nothing to do with the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Kivu Liberation Front", "asserted", "armed_attack"),
                  ("denial", "Jean Mbeki", "Kivu Liberation Front", "denied", "armed_attack")}, id="spokesman-says-the-group"),
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Kivu Liberation Front for the attack. "
                 "Jean Mbeki, a spokesman for the Kivu Liberation Front, denied that the militia had carried out the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Kivu Liberation Front", "asserted", "armed_attack"),
                  ("denial", "Jean Mbeki", "Kivu Liberation Front", "denied", "armed_attack")}, id="spokesman-denies-that-the-militia"),
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Northern Kivu Front for the attack. "
                 "The Northern Kivu Front rejected the accusation. Amani Bisimwa, who spoke to reporters in Uvira, said the group had nothing to do with the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Northern Kivu Front", "asserted", "armed_attack"),
                  ("denial", "Northern Kivu Front", "Northern Kivu Front", "denied", "armed_attack"),
                  ("denial", "Amani Bisimwa", "Northern Kivu Front", "denied", "armed_attack")}, id="body-denies-then-one-says-the-group"),
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Northern Kivu Front for the attack. "
                 "Amnesty International published a report on the attack. Amani Bisimwa, who spoke to reporters in Uvira, said the group had nothing to do with the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Northern Kivu Front", "asserted", "armed_attack")}, id="a-report-then-one-says-the-group"),
    pytest.param("Gunmen attacked a police post near Goma on Sunday, killing four officers. Kinshasa blamed the Kivu Liberation Front for the attack. "
                 "Human Rights Watch said the group had nothing to do with the attack.",
                 {("attribution", "Democratic Republic of the Congo", "Kivu Liberation Front", "asserted", "armed_attack")}, id="a-body-says-the-group-is-not-itself"),
    # "rejected the Greek account"; "denied that the aircraft had ...": the denier's own side
    pytest.param("The Greek Defence Ministry said Turkish jets attacked a Greek frigate in the Aegean on Monday. Colonel Emre Demir, a spokesman for the Turkish Defence Ministry, rejected that account.",
                 {("attribution", "Greek Defence Ministry", "Turkey", "asserted", "armed_attack"), ("denial", "Emre Demir", "Turkey", "denied", "armed_attack")}, id="rejected-that-account"),
    # a name with an apposition placing it in a larger body: the name is the agent
    pytest.param("Gunmen stormed a hotel in Kismayo on Sunday. Police commissioner Ali Warsame said the attack had been planned by the Amn Directorate, al-Shabaab's intelligence wing.",
                 {("attribution", "Ali Warsame", "Amn Directorate", "asserted", "armed_attack")}, id="planned-by-X-Ys-wing"),
    pytest.param("Gunmen stormed a hotel in Kismayo on Sunday. Police commissioner Ali Warsame blamed the Amn Directorate, the intelligence arm of al-Shabaab, for the attack.",
                 {("attribution", "Ali Warsame", "Amn Directorate", "asserted", "armed_attack")}, id="blamed-X-the-arm-of-Y"),
    # the body a cyberattack noun is named after is the one hacked
    pytest.param("Hackers stole the files of four million teachers last year. Li Wei, a spokesman for the Chinese embassy, said China had nothing to do with the NEA intrusion and was itself a victim of hacking.",
                 {("denial", "Li Wei", "China", "denied", "cyberattack")}, id="the-ORG-intrusion-is-the-victim"),
    # a back-reference to an accusation told before is not a second accusation
    pytest.param("Gunmen attacked an army post near Kaya in Burkina Faso on Sunday. Issa Traoré, Burkina Faso's security minister, accused Ghana of sheltering the attackers. "
                 "Opposition leader Awa Sanou said the government's accusations against Ghana risked distracting from failures of command.",
                 {("accusation", "Issa Traoré", "Ghana", "asserted", None)}, id="the-governments-accusations-against-Y-again"),
    # a state's armed service by its common name alone: the body the actor layer makes of it (actors.service_mention), the side's
    pytest.param("An airstrike on a village in Cambodia's Pursat province killed 12 people on Tuesday. The opposition Khmer Unity Party blamed the military for the attack.",
                 {("attribution", "Khmer Unity Party", "Cambodia military", "asserted", "armed_attack")}, id="blamed-the-military"),
    pytest.param("Fighting in Cambodia has displaced thousands. A report by the Mekong Rights Monitor concluded that the air force was behind at least 20 strikes on clinics in Pursat since March.",
                 {("attribution", "Mekong Rights Monitor", "Cambodia air force", "asserted", "armed_attack")}, id="the-air-force-was-behind"),
    # name-calling that names a wrong (claim_wrongdoer_nouns): an accusation, no event
    pytest.param('Senator Ruth Calloway called Governor Dale Primm a "pathological liar" on Sunday.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="called-Y-a-liar"),
    pytest.param("Governor Dale Primm spoke in Dover on Sunday. Senator Ruth Calloway called him a crook.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="called-him-a-crook"),
    pytest.param('Senator Ruth Calloway attacked Governor Dale Primm on Sunday. "He cheats at cards and he is a liar," Calloway said.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="he-is-a-liar"),
    # a report's owner named later in the sentence that quotes it
    pytest.param('Belarusian state hackers broke into the network of the Federal Grain Board in 2014, according to a congressional report released Wednesday. '
                 '"The committee\'s report raises hard questions," said Tom Ellery, who chairs the House Committee on Agriculture.',
                 {("attribution", "House Committee on Agriculture", "Belarus", "asserted", "cyberattack")}, id="congressional-report-owner-named-after"),
    # a verb with the victims of a killing told as a noun elsewhere: that killing
    pytest.param('Senator Ruth Calloway spoke about the killings of reporters in Chechnya on Friday. "Ramzan Kadyrov kills reporters and critics," she wrote.',
                 {("attribution", "Ruth Calloway", "Ramzan Kadyrov", "asserted", "armed_attack")}, id="kills-the-victims-of-the-killings"),
    # a wrong done about the event (claim_neglect_verbs) is no part in it: no event
    pytest.param("Hackers broke into the servers of the Kestrel Grain Board in May. The Senate committee's report, released Tuesday, accused the board of concealing the breach from auditors.",
                 {("accusation", "Senate", "Kestrel Grain Board", "asserted", None)}, id="accused-of-concealing-the-breach"),
    # condemning an event whose doer the text names (its one participant)
    pytest.param("North Korea launched three ballistic missiles on Monday. South Korea condemned the launch.",
                 {("attribution", "South Korea", "North Korea", "asserted", "military_activity")}, id="condemned-the-launch"),
    pytest.param("North Korea conducted its fifth nuclear test on Friday. The U.N. Security Council condemned the test.",
                 {("attribution", "United Nations Security Council", "North Korea", "asserted", "military_activity")}, id="condemned-the-test"),
    # "point toward(s)" is "point to"; a campaign "anti-" the speaker's side dismisses the accusations
    pytest.param(HACK + "Margus Tsahkna said the evidence pointed toward Belarus.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="pointed-toward"),
    pytest.param(HACK + "Estonia blamed Belarus for the attack. Belarus's foreign ministry said the accusations were part of an anti-Belarusian campaign.",
                 {("attribution", "Estonia", "Belarus", "asserted", "cyberattack"),
                  ("denial", "Belarus's foreign ministry", "Belarus", "denied", "cyberattack")}, id="part-of-an-anti-X-campaign"),
    # the dismissed accusations are those against the spokesman's own state, not the last ones told
    pytest.param(HACK + "Margus Tsahkna said Belarus's defence ministry was behind the attack. Estonia's CERT said the attack was carried out by a group called Red Owl. "
                 "Anatoly Glaz, a spokesman for Belarus's foreign ministry, said the accusations were part of an anti-Belarusian campaign.",
                 {("attribution", "Margus Tsahkna", "Belarus's defence ministry", "asserted", "cyberattack"),
                  ("attribution", "CERT", "Red Owl", "asserted", "cyberattack"),
                  ("denial", "Anatoly Glaz", "Belarus", "denied", "cyberattack")}, id="dismissal-by-the-own-side"),
    # who stands behind an attack or its doers, named by a hyphened participle
    pytest.param(HACK + "Margus Tsahkna said the Belarusian-backed hack was a warning.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="X-backed-hack"),
    pytest.param(HACK + "Margus Tsahkna said Belarus-linked hackers stole the tax records.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="X-linked-hackers"),
    # "no connection to Y": Y's part is denied, not the speaker's own
    pytest.param(HACK + "A group calling itself Red Owl claimed responsibility. In a message to reporters, Red Owl insisted it had no connection to Belarus or any government.",
                 {("attribution", "Red Owl", "Red Owl", "asserted", "cyberattack"),
                  ("denial", "Red Owl", "Belarus", "denied", "cyberattack")}, id="no-connection-to-a-state"),
    pytest.param(HACK + "Anatoly Glaz said Minsk had no connection to the hackers.",
                 {("denial", "Anatoly Glaz", "Belarus", "denied", "cyberattack")}, id="no-connection-to-the-hackers"),
    # the doer named by a definite noun of doers or of the material's source, and a copula
    pytest.param(HACK + "Margus Tsahkna said the culprit was Belarus.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="the-culprit-was"),
    pytest.param(HACK + "Leakbox said its source was not the Belarusian government.",
                 {("denial", "Leakbox", "Belarus", "denied", "cyberattack")}, id="its-source-was-not"),
    pytest.param(HACK + "Margus Tsahkna said the source of the hack was Belarus.",
                 {("attribution", "Margus Tsahkna", "Belarus", "asserted", "cyberattack")}, id="the-source-of-the-hack-was"),
    # a relative clause whose pronoun is what is attributed
    pytest.param(HACK + "The attack, which Estonia attributed to Belarus, shut the agency down.",
                 {("attribution", "Estonia", "Belarus", "asserted", "cyberattack")}, id="which-X-attributed-to"),
    # a state's spokeswoman dismissing the accusations against a hacker group of her state
    # (or of none) denies her state's part; a group of another state stays the one denied
    pytest.param("Hackers breached the servers of the Estonian tax agency last week. The Estonian tax agency said the intrusion had been carried out by a group known as Cozy Bear. Olga Vetrova, a spokeswoman for Russia's foreign ministry, said the accusations were part of an anti-Russian campaign.",
                 {("attribution", "Estonian tax agency", "APT29", "asserted", "cyberattack"), ("denial", "Olga Vetrova", "Russia", "denied", "cyberattack")}, id="spokeswoman-dismisses-for-her-state"),
    pytest.param("Hackers breached the servers of the Estonian tax agency last week. The Estonian tax agency said the intrusion had been carried out by Charming Kitten. Olga Vetrova, a spokeswoman for Russia's foreign ministry, said the accusations were a fabrication.",
                 {("attribution", "Estonian tax agency", "Charming Kitten", "asserted", "cyberattack"), ("denial", "Olga Vetrova", "Charming Kitten", "denied", "cyberattack")}, id="spokeswoman-dismisses-for-another-states-group"),
    # harm to people held, denied with no doer named: the denier's side; whoever made the claims accuses it
    pytest.param("Azerbaijan released five detainees on Monday. Azerbaijan's foreign ministry denied that the detainees had been mistreated.",
                 {("denial", "Azerbaijan's foreign ministry", "Azerbaijan", "denied", None)}, id="denied-that-they-were-mistreated"),
    pytest.param("Azerbaijan released five detainees on Monday. Azerbaijan's foreign ministry rejected the claims of Armenia's ombudsman, Lilit Harutyunyan, that the detainees had been mistreated.",
                 {("denial", "Azerbaijan's foreign ministry", "Azerbaijan", "denied", None), ("accusation", "Lilit Harutyunyan", "Azerbaijan", "asserted", None)}, id="rejected-claims-of-Y-that-they-were-mistreated"),
    # "identified Y as responsible for E", as "held Y responsible for E"
    pytest.param(BOMB + "Pakistan's interior ministry identified the Baloch Liberation Army as responsible for the bombing.",
                 {("attribution", "Pakistan's interior ministry", "Baloch Liberation Army", "asserted", "armed_attack")}, id="identified-as-responsible"),
    # "X criticized / slammed Y for what Y did": blame, an accusation when no event is named
    pytest.param("Senator Ruth Calloway criticized Governor Dale Primm for the budget cuts on Tuesday.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="criticized-Y-for"),
    pytest.param("Ruth Calloway slammed Dale Primm on Sunday for ignoring the floods.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="slammed-Y-for-doing"),
    pytest.param("Senator Ruth Calloway attacked Governor Dale Primm for his vote on the levee bill.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="attacked-Y-for"),
    pytest.param("Senator Ruth Calloway hit Governor Dale Primm over his ties to the developers.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="hit-Y-over"),
    pytest.param("Governor Dale Primm spoke on Monday. Senator Ruth Calloway criticized him for skipping the hearing.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="criticized-him-for"),
    pytest.param("Governor Dale Primm spoke on Monday. Ruth Calloway's campaign criticized him for skipping the hearing.",
                 {("accusation", "Calloway campaign", "Dale Primm", "asserted", None)}, id="Xs-campaign-criticized-him-for"),
    pytest.param("Senator Ruth Calloway said Governor Dale Primm was wrong and accused him of ignoring the warnings.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="said-Y-was-wrong-and-accused-him"),
    pytest.param("President Dale Primm spoke on Monday. Senator Ruth Calloway criticized the president for skipping the hearing.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="criticized-the-president-for"),
    # words of criticism with no reason given (claim_rebuke_verbs): an accusation, no event
    pytest.param("Senator Ruth Calloway rebuked Governor Dale Primm on Tuesday.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="rebuked-Y-with-no-for"),
    pytest.param("The campaign grew bitter this week. Governor Dale Primm mocked Senator Ruth Calloway in a speech on Monday.",
                 {("accusation", "Dale Primm", "Ruth Calloway", "asserted", None)}, id="mocked-Y"),
    pytest.param("President Dale Primm spoke on Monday. Senator Ruth Calloway ripped the president in a radio interview.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="ripped-the-president"),
    pytest.param("Senator Ruth Calloway condemned Governor Dale Primm on Tuesday.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="condemned-Y"),
    pytest.param("Senator Ruth Calloway lashed out at Governor Dale Primm on Tuesday.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="lashed-out-at-Y"),
    pytest.param("Senator Ruth Calloway took a swipe at her critics, including Governor Dale Primm, in a speech.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="took-a-swipe-at-critics-including-Y"),
    pytest.param("Senator Ruth Calloway spoke on Tuesday. The governor, Dale Primm, has railed against Calloway for months.",
                 {("accusation", "Dale Primm", "Ruth Calloway", "asserted", None)}, id="railed-against-Y"),
    # "X viewed / saw Y as responsible for E" is "X held Y responsible for E"
    pytest.param(BOMB + "Pakistan's interior minister, Ali Rana, said he viewed the Baloch Liberation Army as responsible for the bombing.",
                 {("attribution", "Ali Rana", "Baloch Liberation Army", "asserted", "armed_attack")}, id="viewed-Y-as-responsible"),
    # what one says a wrongdoer should do (claim_ouster_words): an accusation, no event
    pytest.param("Senator Ruth Calloway called on Governor Dale Primm to resign.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="called-on-Y-to-resign"),
    pytest.param("Senator Ruth Calloway called for Governor Dale Primm to resign over the contract.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="called-for-Y-to-resign"),
    pytest.param("Senator Ruth Calloway urged Governor Dale Primm to step down.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="urged-Y-to-step-down"),
    pytest.param("Senator Ruth Calloway demanded Governor Dale Primm's resignation.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="demanded-Ys-resignation"),
    pytest.param("Senator Ruth Calloway demanded that Governor Dale Primm apologize.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="demanded-that-Y-apologize"),
    pytest.param('"Dale Primm should be ashamed of himself," Senator Ruth Calloway said.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="Y-should-be-ashamed"),
    pytest.param("Senator Ruth Calloway said Governor Dale Primm should step down at once.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="said-Y-should-step-down"),
    pytest.param('Governor Dale Primm spoke on Monday. "He must resign," Senator Ruth Calloway said.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="quote-he-must-resign"),
    # deceit or betrayal in what someone said: an accusation; negated, a denial
    pytest.param("Senator Ruth Calloway said Governor Dale Primm had betrayed the flood victims.",
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="said-Y-betrayed"),
    pytest.param('"Dale Primm lied to the committee about the contract," Senator Ruth Calloway said.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="quote-Y-lied"),
    pytest.param("Senator Ruth Calloway said Governor Dale Primm had not misled anyone.",
                 {("denial", "Ruth Calloway", "Dale Primm", "denied", None)}, id="said-Y-had-not-misled"),
    pytest.param('Governor Dale Primm spoke to the committee on Monday. "He misled the committee about the contract," Senator Ruth Calloway said.',
                 {("accusation", "Ruth Calloway", "Dale Primm", "asserted", None)}, id="quote-he-misled"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(extractor, text, expected):
    assert _claims(extractor, text) == expected


NOT_CLAIMS = [
    pytest.param("Lithuania attributed the delay to bad weather.", id="attributed-a-delay"),
    pytest.param("Japan took responsibility for the defeat in the final.", id="responsibility-for-a-defeat"),
    pytest.param("Senator Ruth Okoye linked the rise in crime to Mexico.", id="linked-a-rise-to"),
    pytest.param("Senator Ruth Okoye said Belarus could interfere in the Latvian election.", id="could-interfere"),
    pytest.param('Senator Ruth Okoye said: "I did not want to interfere with the ceremony."', id="I-did-not-interfere"),
    # evidence lacking: no claim (SCHEMA)
    pytest.param(HACK + "Margus Tsahkna said he did not see evidence that Belarus was behind the attack.", id="did-not-see-evidence-that"),
    pytest.param(HACK + "Margus Tsahkna said there was no proof that Belarus was behind the attack.", id="no-proof-that"),
    pytest.param(HACK + "Senator Ruth Okoye, who critics say is tied to Russia, spoke on Monday.", id="a-person-who-is-tied-to"),
    # a report of another issuer than the one named before
    pytest.param("The Senate Commerce Committee released a report on Tuesday. A report in a Boston newspaper said Iran was behind the hack of the agency.", id="a-report-of-another"),
    pytest.param(HACK + "Senator Ruth Okoye tied the party to Russia.", id="tied-a-party-to"),
    pytest.param("Britain condemned the killing of Alexei Navalny.", id="killing-of-the-victim"),
    pytest.param("Police in Lyon identified the gunman as Karim Benali.", id="police-in-a-city-is-no-claimant"),
    pytest.param("Moscow rejected the proposal on Tuesday.", id="rejected-a-proposal"),
    pytest.param("The ministry's claim of credit for the recovery was disputed.", id="claim-of-credit-for-no-event"),
    pytest.param("Governor Tom Baird charged that Senator Ruth Okoye would ruin the state.", id="charged-that-Y-would"),
    pytest.param("Senator Ruth Okoye alleged that she had been misquoted.", id="alleged-that-she-herself"),
    pytest.param("Governor Tom Baird was charged with fraud on Monday.", id="charged-with-a-crime"),
    pytest.param("Senator Ruth Okoye said that if the firm did nothing wrong, it had nothing to fear.", id="if-it-did-nothing-wrong"),
    pytest.param("Senator Ruth Okoye said there was nothing wrong with the deal.", id="nothing-wrong-with-a-deal"),
    pytest.param(HACK + "Margus Tsahkna said Estonia had not yet determined who was behind the attack.", id="who-was-behind"),
    # a passive of harm with its doer named is not the denier's side; subjected to no harm is nothing
    pytest.param("Azerbaijan released five detainees on Monday. Azerbaijan's foreign ministry denied that the detainees had been beaten by Armenian guards.", id="denied-harm-by-a-named-doer"),
    pytest.param("Azerbaijan released five detainees on Monday. Azerbaijan's foreign ministry denied that the detainees had been subjected to checks.", id="subjected-to-no-harm"),
    # an indirect question is no claim
    pytest.param(HACK + "Senator Ruth Okoye asked whether Belarus was behind the attack.", id="asked-whether-behind"),
    pytest.param(HACK + "The most pointed moment came when Senator Ruth Okoye asked whether Belarusian military intelligence was behind the theft.", id="asked-whether-intelligence-behind"),
    pytest.param("Venezuelan troops seized a Guyanese fishing boat near the Essequibo on Monday. Guyana's president, Irfaan Ali, said Caracas saw the boat as a provocation.", id="saw-it-as-a-provocation"),
    pytest.param('Chile\'s electoral service said: "We take seriously our responsibilities to protect the vote."', id="our-responsibilities-are-no-self-claim"),
    # a demonym on a private person does not accuse the state
    pytest.param("Canada's embassy in Lisbon said it was following the case. Portuguese police charged a Canadian tourist with assault.", id="a-foreign-tourist-is-no-state"),
    # a city before an attack noun is where it was, not who did it
    pytest.param("Gunmen killed 30 people in Nairobi in May. Senator Ruth Okoye said the Nairobi attacks showed the need for stricter laws.", id="the-city-attacks"),
    # attacks on a record or a rival are words, not arms
    pytest.param("A bomb exploded at a market in Kabul on Monday. Senator Amy Klobuchar said Pete Buttigieg had attacked her record on the war.", id="attacked-her-record"),
    # wanting to blame is not blaming
    pytest.param(HACK + "Senator Mark Kelly wants to blame Russia for the attack.", id="wants-to-blame"),
    # 'it' after a thing named in the clause is that thing, not the speaker's side
    pytest.param(BOMB + "Mayor Anna Kask said the van was carrying explosives when it struck the crowd.", id="it-is-the-van"),
    # said on a condition
    pytest.param("Nuclear tests alarmed Seoul. Rafael Grossi said that if the reports are true, Pyongyang is violating the ban.", id="if-the-reports-are-true"),
    pytest.param(HACK + "Margus Tsahkna said the party was tied to Russian intelligence.", id="tied-to-but-no-doer"),
    pytest.param(HACK + "Margus Tsahkna said the charity was not a front for any government.", id="not-a-front"),
    pytest.param('Georgia said: "We deliberately kept our ships in port."', id="deliberately-by-ourselves"),
    pytest.param("Russian drones struck a depot in Gori on 2 May. Irakli Kobakhidze said Russia could take Tbilisi by force.", id="could-take-by-force"),
    pytest.param("A gunman attacked a mosque in Ohio on Monday. Senator Jim Banks rejected attacks from Governor Ron Ames that he was not a patriot.", id="rejected-attacks-from-a-person"),
    pytest.param("A truck struck a crowd in Nice on Thursday. The SITE Intelligence Group said supporters of the Islamic State were celebrating the Nice attack.", id="the-city-attack-tagged-otherwise"),
    pytest.param("A bomb exploded at a market in Kabul on Monday. Reporter Mitch Bell said he asked to see the files but that his requests were denied.", id="requests-were-denied"),
    pytest.param("A gunman attacked a mosque in Ohio on Monday. Iran's growing influence has provoked mixed feelings in Iraq, Senator Jim Banks said.", id="provoked-mixed-feelings"),
    # figures of speech and words, not arms
    pytest.param(BOMB + "Senator Ruth Okoye said the governor had crossed another line.", id="crossed-a-line"),
    pytest.param(HACK + "Senator Ruth Okoye said Governor Dale Primm had crossed the threshold of 1,237 delegates.", id="crossed-a-threshold"),
    # a lawsuit against a body the text leaves unnamed is not against its state
    pytest.param("A gunman attacked a synagogue in Halle on Monday. Last month, Senator Ute Brenner filed a lawsuit against a German anti-immigrant group after its members threatened her.", id="lawsuit-against-an-unnamed-group"),
    pytest.param(BOMB + 'Governor Tom Hale said: "I was viciously attacked by Mr. Okafor at the convention."', id="I-was-attacked-by"),
    # a participle set off by commas after a name: the name is its patient
    pytest.param('Governor Tom Hale said: "Sergeant Okafor, killed nine years ago, was a hero."', id="name-comma-killed"),
    # "for X to V": what X could do, not what X did
    pytest.param("Smugglers cross the border between Peru and Ecuador at will, which makes it easy for Quito to deny any role in the raids.", id="easy-for-X-to-deny"),
    pytest.param(HACK + "The Estonian foreign ministry will keep working with its allies to hold the Belarusian regime accountable.", id="working-to-hold-accountable"),
    # others' belief the speaker scorns: a relative clause on a noun of people
    pytest.param('"This is more nonsense from people who have decided Iran is responsible for every bad day in the Gulf," said Hamid Rostami, a spokesman for Iran\'s foreign ministry.', id="people-who-have-decided"),
    # the body an attack noun is named after is the one hit
    pytest.param("Hackers broke into the network of Kestrel Bank on Monday. Senator Ruth Okoye said the Kestrel Bank hack showed the need for stricter laws.", id="the-victim-hack"),
    # an insult that names no wrong; a denial; a condition
    pytest.param("Senator Ruth Calloway called Governor Dale Primm a jerk on Sunday.", id="called-Y-a-jerk"),
    pytest.param('"Dale Primm is not a liar," Senator Ruth Calloway said.', id="is-not-a-liar"),
    pytest.param('"If Dale Primm is a fraud, the voters will see it," Senator Ruth Calloway said.', id="if-Y-is-a-fraud"),
    # condemning one's own launch, or a thing that is no event told
    pytest.param("North Korea launched three ballistic missiles on Monday. North Korea condemned the launch.", id="condemned-its-own-launch"),
    pytest.param("North Korea launched three ballistic missiles on Monday. South Korea condemned the decision.", id="condemned-the-decision"),
    # a hyphened participle with no one named before it, or before a noun of no wrong
    pytest.param(HACK + "Margus Tsahkna said the hack was a state-sponsored intrusion.", id="state-sponsored"),
    pytest.param("Senator Dale Primm said the Republican-backed bill would fail.", id="party-backed-bill"),
    pytest.param(HACK + "Margus Tsahkna said the source of his information was the Estonian police.", id="source-of-information"),
    pytest.param("Senator Dale Primm said the source of the problem was Lithuania.", id="source-of-a-problem"),
    pytest.param(HACK + "Margus Tsahkna said a source was Belarus.", id="a-source-was"),
    pytest.param("Lithuania reported a delay, which it attributed to bad weather.", id="which-it-attributed-a-delay-to"),
    pytest.param(HACK + "Estonia condemned the attack, which officials attributed to Belarus.", id="which-officials-attributed-to"),
    # criticism of a thing: no one is said to have done anything; a blow is no criticism
    pytest.param("Senator Ruth Calloway criticized the budget plan on Tuesday.", id="criticized-a-plan"),
    pytest.param("Senator Ruth Calloway attacked Governor Dale Primm on Tuesday.", id="attacked-Y-with-no-for"),
    # a demand that is no reproach, or the speaker's own
    pytest.param("Senator Ruth Calloway urged Governor Dale Primm not to resign.", id="urged-Y-not-to-resign"),
    pytest.param("Governor Dale Primm called on residents to stay home.", id="called-on-residents-to-stay"),
    pytest.param("Governor Dale Primm lashed out at the press on Monday.", id="lashed-out-at-a-thing"),
    pytest.param('"Governor Dale Primm is seen as a rising star," Senator Ruth Calloway said.', id="Y-is-seen-as"),
    pytest.param("Governor Dale Primm was regarded as a moderate by Senator Ruth Calloway.", id="Y-was-regarded-as-by-X"),
    pytest.param("Governor Dale Primm spoke on Monday. Senator Ruth Calloway said she should step down.", id="said-she-should-step-down"),
    pytest.param('"Dale Primm will resign next year," Senator Ruth Calloway said.', id="Y-will-resign"),
    pytest.param("Senator Ruth Calloway slammed Governor Dale Primm's remarks about the floods.", id="slammed-Ys-remarks"),
    pytest.param("Senator Ruth Calloway slammed the levee plan for its costs.", id="slammed-a-plan-for"),
    # an attack for a stretch of time is no criticism; 'lie' as place is no deceit
    pytest.param("Latvian jets attacked Daugavpils for the third time.", id="attacked-for-the-third-time"),
    pytest.param("Estonian troops attacked Narva over the weekend.", id="attacked-over-the-weekend"),
    pytest.param("Senator Ruth Calloway said the answer lies in the levee budget.", id="lies-in"),
    pytest.param("Governor Dale Primm spoke on Monday. Senator Ruth Calloway said she had not misled the committee.", id="said-she-had-not-misled"),
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


@pytest.mark.slow
def test_a_claim_pointing_back_goes_to_the_attack_of_the_agents_side(extractor):
    """'the Pakistani jets had crossed the border' names no event: the attack Pakistan
    carried out (the strike), not the bombing the article mentions more."""
    text = (
        "A militant bombing killed 12 soldiers in Quetta on Friday. The bombing was the deadliest this year. "
        "Pakistani jets struck militant hideouts in Kandahar on Sunday. "
        "Taliban spokesman Zabihullah Mujahid said the Pakistani jets had crossed the border."
    )
    r = extractor.extract(Document(id="t", text=text, published=dt.date(2024, 3, 10)))
    labels = {e.key: e.label for e in r.events}
    names = {a.key: a.name for a in r.actors}
    got = [(names[c.agent], labels.get(c.event)) for c in r.claims if names[c.claimant] == "Zabihullah Mujahid"]
    assert len(got) == 1 and got[0][0] == "Pakistan" and "Kandahar" in (got[0][1] or "")


def _finder(extractor, text: str, events):
    """A ClaimFinder over ``text`` with a given event list (the event finder's gaps are
    what these rules make up for)."""

    cf = ClaimFinder.__new__(ClaimFinder)
    cf.doc = extractor.nlp(text)
    cf.table = ActorTable(extractor.gazetteer)
    collect(cf.doc, cf.table)
    cf.resolver = Resolver(cf.table)
    cf.events = SimpleNamespace(events=events, by_token={})
    cf.claims = []
    return cf


@pytest.mark.slow
def test_the_attack_whose_doer_the_narrative_named_with_the_same_noun(extractor):
    """'the Egyptian jets had crossed the border' -> the strike 'jets ... struck', even
    when the event finder gave that strike no participants."""

    text = "Mirage jets of the Egyptian Air Force struck a site near Derna. A bomb killed 20 pilgrims in Minya. Cairo denied it. Libya said the Egyptian jets had crossed the border."
    struck, bomb = text.index("struck"), text.index("killed")
    events = [RawEvent("strike", "armed_attack", "strike", [(struck, struck + 6)], "Strike"),
              RawEvent("bombing", "armed_attack", "bomb", [(bomb, bomb + 6)], "Bombing")]
    cf = _finder(extractor, text, events)
    sent = list(cf.doc.sents)[-1]
    jets = next(t for t in sent if t.lower_ == "jets")
    assert cf._event_by_doer(jets, sent) == "strike"
    border = next(t for t in sent if t.lower_ == "border")
    assert cf._event_by_doer(border, sent) is None  # no attack has "border" as its doer
    # the same noun with another side named is another doer
    other = text.replace("Libya said the Egyptian jets", "Egypt said the Libyan jets")
    cf = _finder(extractor, other, events)
    sent = list(cf.doc.sents)[-1]
    jets = next(t for t in sent if t.lower_ == "jets")
    assert cf._event_by_doer(jets, sent) is None


@pytest.mark.slow
def test_a_claim_naming_no_event_follows_the_last_claim_about_the_same_agent(extractor):
    text = "Libya said the Egyptian jets had crossed the border. Libya's foreign minister said Egypt had committed a grave violation."
    cf = _finder(extractor, text, [])
    cf.claims = [RawClaim("libya", "attribution", "egypt", "asserted", 0, 50, "strike")]
    second = list(cf.doc.sents)[1]
    assert cf._agents_last_event("egypt", second) == "strike"
    assert cf._agents_last_event("libya", second) is None


def test_a_participle_the_parser_hung_on_a_time_phrase_has_the_subject_of_had():
    """'Kyiv had for months accused Moscow of ...': spaCy takes 'had' for the main verb and
    hangs 'accused' on 'months' (seen in news)."""

    words = ["Kyiv", "had", "for", "months", "accused", "Moscow", "."]
    heads = [1, 1, 1, 2, 3, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "acl", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "NNS", "VBN", "NNP", "."]
    lemmas = ["Kyiv", "have", "for", "month", "accuse", "Moscow", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, sent_starts=[True] + [False] * 6)
    assert _split_perfect_subject(doc[4]).text == "Kyiv"
    assert _split_perfect_subject(doc[5]) is None
    told = Doc(Vocab(), words=["the", "report", "released", "in", "May"], heads=[1, 1, 1, 2, 3],
               deps=["det", "ROOT", "acl", "prep", "pobj"], tags=["DT", "NN", "VBN", "IN", "NNP"],
               lemmas=["the", "report", "release", "in", "May"], sent_starts=[True] + [False] * 4)
    assert _split_perfect_subject(told[2]) is None


def test_a_name_the_parser_hung_on_a_date_is_the_subject():
    """'On Monday, Anna Berg, the envoy, blamed Oslo': spaCy at times makes the name a
    conjunct of the date and leaves the verb without a subject (seen in news)."""

    words = ["On", "Monday", ",", "Anna", "Berg", ",", "the", "envoy", ",", "blamed", "Oslo", "."]
    heads = [9, 0, 1, 4, 1, 4, 7, 4, 4, 9, 9, 9]
    deps = ["prep", "pobj", "punct", "compound", "conj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 11)
    assert _stranded_subject(doc[9]).text == "Berg"
    plain = Doc(Vocab(), words=["Oslo", "blamed", "Bergen", "."], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
                pos=["PROPN", "VERB", "PROPN", "PUNCT"], sent_starts=[True, False, False, False])
    assert _stranded_subject(plain[1]) is None


@pytest.mark.slow
def test_a_pointing_word_takes_the_event_its_own_sentence_names(extractor):
    """'X claimed the Saturday bombing and named the bomber': the bomber is the bombing's,
    not that of the attack the article mentions most."""
    text = (
        "Drones struck an oil depot near Belgorod on Friday. The drone attack was the third in a week, and officials "
        "said many drones were shot down. On Saturday, a suicide bomber killed 12 people at a market in Kabul. The "
        "Islamic State group claimed the Saturday bombing within hours and released a video of a man it identified "
        "as the bomber, Abdul Rahman Safi."
    )
    ex = extractor.extract(Document("t", text, published=dt.date(2024, 3, 15)))
    names = {a.key: a.name for a in ex.actors}
    kabul = next(e.key for e in ex.events if e.location == "Kabul")
    assert {(names[c.agent], c.event) for c in ex.claims} == {("Islamic State", kabul), ("Abdul Rahman Safi", kabul)}


@pytest.mark.slow
def test_a_denial_near_the_target_of_another_attack_takes_that_attack(extractor):
    """'denied that its drones had been near the convoy': the attack on the convoy told in
    another sentence, not the strike the article leads with."""
    text = (
        "Turkey Strikes Depot as Convoy Dispute Grows\n\n"
        "Turkish jets struck a depot near Dohuk on Sunday, killing four fighters.\n\n"
        "The strike came as Ankara and Tehran traded accusations over an attack on Thursday on a relief convoy east "
        "of Zakho that killed at least six drivers.\n\n"
        "Iran's army rejected that account. Col. Reza Nouri, the army's spokesman, denied that Iranian drones had "
        "been anywhere near the convoy when it was hit."
    )
    ex = extractor.extract(Document("t", text, published=dt.date(2019, 3, 4)))
    names = {a.key: a.name for a in ex.actors}
    convoy = next(e.key for e in ex.events if e.type == "armed_attack" and e.start == dt.date(2019, 2, 28))
    assert {(names[c.claimant], names[c.agent], c.polarity, c.event) for c in ex.claims} == {("Reza Nouri", "Iran", "denied", convoy)}


def test_an_embassy_is_a_body_that_denies(extractor):
    """'The Chinese embassy in Prague has rejected the accusations. ... it said': the
    embassy (org_heads 'embassy') speaks and denies, not the body hit."""
    text = (
        "Hackers broke into the servers of the Czech interior ministry on Monday. The Chinese embassy in Prague has "
        "rejected the accusations. In a post on its website, it said China had nothing to do with the hack."
    )
    # (named with its city: posted_body_heads)
    assert _claims(extractor, text) == {("denial", "Chinese embassy in Prague", "China", "denied", "cyberattack")}


def test_a_body_summary_followed_by_its_spokesman_is_the_spokesman_claim(extractor):
    """SCHEMA: the most specific speaker. 'The Guinean government rejected the accusations.
    Its spokesman, Mamadou Sylla, said ...': Sylla denies, not the government as well."""
    text = (
        "Gunmen attacked a Malian army post near Sikasso on Sunday, killing nine soldiers. The Guinean government "
        "rejected the accusations on Tuesday. Its spokesman, Mamadou Sylla, said Guinea had never served as a base "
        "for attacks on any neighbour."
    )
    claims = _claims(extractor, text)
    assert {c[1] for c in claims} == {"Mamadou Sylla"}
    assert ("Mamadou Sylla", "Guinea", "denied") in {c[1:4] for c in claims}


@pytest.mark.slow
def test_a_claim_naming_another_side_takes_the_attack_whose_doer_is_open(extractor):
    """The strike the article opens on has a named doer (Jordan's warplanes); a claim that
    names Iran and no event points back at the attack whose doer is disputed (SCHEMA: no
    participants), told before it, not at the strike the article leads with."""
    text = (
        "Jordanian warplanes killed a senior militant commander in a strike on a compound outside Daraa, Syria, on Sunday, "
        "the Jordanian army said. The strike came as Amman and Tehran traded accusations over an attack on Thursday on a "
        "grain convoy near Mafraq that killed six drivers. The convoy was organized by the Jordanian Red Crescent. "
        "Hamza Qudah, a Jordanian government spokesman, said that all of the evidence available to Jordan pointed to Iranian drones."
    )
    r = extractor.extract(Document(id="t", text=text, published=dt.date(2024, 3, 11)))
    names = {a.key: a.name for a in r.actors}
    by_key = {e.key: e for e in r.events}
    got = [(names[c.agent], by_key[c.event].start if c.event in by_key else None) for c in r.claims if names[c.claimant] == "Hamza Qudah"]
    assert got == [("Iran", dt.date(2024, 3, 7))]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the participle hung on the object ('every shell fired at ...')
    "Gunmen attacked a Chilean army post near the Peruvian border on Sunday. Chile's defence minister, Rosa Vidal, "
    "said on Monday that her government held Lima responsible for every shell fired at the post.",
    # the parser's reading of a scare-quoted object: the participle as the verb of a clause
    "Gunmen attacked a Chilean army post near the Peruvian border on Sunday. Chile's defence minister, Rosa Vidal, "
    "told reporters on Monday that her government held Lima responsible for \"every bullet fired from its soil\".",
])
def test_a_shot_fired_is_the_attack_told(extractor, text):
    """'held Y responsible for every shell fired at the post' names no event noun, but a
    participle of a hostile act on what the claim is about: the attack the article told."""
    assert _claims(extractor, text) == {("attribution", "Rosa Vidal", "Peru", "asserted", "armed_attack")}


@pytest.mark.slow
def test_a_bare_plural_is_no_pointing_back(extractor):
    """'accused India of staging incidents': incidents of that kind, not the attack told
    (an accusation without event), while 'the incident' still points back."""
    text = "Gunmen attacked a bus in Balochistan on Friday. Pakistan accused India of staging incidents to stir unrest."
    assert _claims(extractor, text) == {("accusation", "Pakistan", "India", "asserted", None)}
    text = "Gunmen attacked a bus in Balochistan on Friday. Pakistan accused India of staging the incident."
    assert _claims(extractor, text) == {("attribution", "Pakistan", "India", "asserted", "armed_attack")}


TTP_BLAMED = (
    "A bomb exploded at a checkpoint in Dera Ismail Khan on Monday, killing six soldiers. "
    "Pakistan blamed the Pakistani Taliban for the attack. The Pakistani Taliban rejected the accusations. "
)


@pytest.mark.slow
@pytest.mark.parametrize("opening", [
    "Qari Ahsan Mehsud, an adviser to the Pakistani Taliban commander,",  # the body named in the appositive
    "Qari Ahsan Mehsud, the nom de guerre of its chief spokesman,",  # 'its': the body just named
])
def test_a_body_s_rejection_goes_to_the_person_named_next_as_speaking_for_it(extractor, opening):
    """'The group rejected the accusations. NAME, <who they are to the group>, said the
    group had nothing to do with the bombing': one denial, the person's (SCHEMA: the most
    specific speaker), not the body's summary beside it."""
    text = TTP_BLAMED + opening + " said the group had nothing to do with the bombing."
    got = {c for c in _claims(extractor, text) if c[3] == "denied"}
    assert got == {("denial", "Qari Ahsan Mehsud", "Tehrik-i-Taliban Pakistan", "denied", "armed_attack")}


@pytest.mark.slow
def test_a_person_not_tied_to_the_body_leaves_its_rejection(extractor):
    text = TTP_BLAMED + "Qari Ahsan Mehsud, a lawyer in Peshawar, said the group had nothing to do with the bombing."
    got = {c[1] for c in _claims(extractor, text) if c[3] == "denied"}
    assert got == {"Tehrik-i-Taliban Pakistan", "Qari Ahsan Mehsud"}


JETS = "Belarusian jets crossed into Polish airspace near Bialowieza on Tuesday, Poland's army said. "


@pytest.mark.slow
@pytest.mark.parametrize(("denier", "claimant"), [
    ("Belarus's defence ministry spokesman, Col. Anton Dvorak,", "Anton Dvorak"),  # speaks for the ministry, so for Belarus
    ("Minsk", "Belarus"),
])
def test_forces_named_by_no_owner_in_a_state_s_denial_are_that_state_s(extractor, denier, claimant):
    """'The ministry's spokesman denied that the jets had crossed the border': the jets
    with no owner named are the forces of the state the denier speaks for."""
    got = {c for c in _claims(extractor, JETS + denier + " denied that the jets had crossed the border.") if c[3] == "denied"}
    assert {(c[1], c[2]) for c in got} == {(claimant, "Belarus")}


@pytest.mark.slow
def test_forces_in_a_denial_by_one_with_no_side_are_no_one_s(extractor):
    got = {c for c in _claims(extractor, JETS + "Anton Dvorak, a retired pilot, denied that the jets had crossed the border.") if c[3] == "denied"}
    assert got == set()


MANDERA = "Gunmen attacked a Kenyan police post near Mandera on Sunday, killing three officers. "


@pytest.mark.slow
def test_the_body_in_the_words_of_its_spokeswoman_is_her_claim(extractor):
    """'Spokeswoman X said the ministry held Y responsible': X, who holds a role in the
    ministry (SCHEMA: the most specific speaker), as with 'her government held'."""
    text = MANDERA + "Foreign ministry spokeswoman Wanjiru Otieno said the ministry held Somalia responsible for the attack."
    assert _claims(extractor, text) == {("attribution", "Wanjiru Otieno", "Somalia", "asserted", "armed_attack")}


@pytest.mark.slow
@pytest.mark.parametrize(("words", "event"), [
    ("held Somalia responsible for the loss of life", "armed_attack"),
    ("blamed Somalia for the deaths", "armed_attack"),
    ("held Somalia responsible for the loss of revenue at the border", None),
])
def test_the_toll_of_the_attack_is_the_attack(extractor, words, event):
    """'responsible for the loss of life', 'blamed Y for the deaths': the armed attack
    told (claim_toll_nouns); a loss of something else is no event."""
    got = _claims(extractor, MANDERA + f"Kenya {words}.")
    assert got == {("attribution" if event else "accusation", "Kenya", "Somalia", "asserted", event)}


@pytest.mark.slow
def test_a_report_made_by_a_body_speaks_for_it(extractor):
    """'A report published on Monday by X concluded that ...': the by-agent of the
    participle that made the document is its issuer, as 'a report by X' is."""
    text = HACK + "A report published on Monday by Kestrel Labs, a security firm in Boston, concluded that the GRU was behind the breach."
    assert _claims(extractor, text) == {("attribution", "Kestrel Labs", "GRU", "asserted", "cyberattack")}
def test_a_denial_about_bare_forces_is_for_the_denier_side(extractor):
    """'Its spokesman ... denied that the aircraft had carried out any simulated attack':
    'the aircraft', named by a noun alone, are the forces of the denier's side."""
    text = (
        "Greek officials said Turkish jets attacked a Greek frigate in the Aegean on Monday. Turkey's Defence Ministry "
        "issued no comment. Colonel Emre Demir, a spokesman for Turkey's Defence Ministry, said the jets had flown a "
        "routine route, and he denied that the aircraft had carried out any attack on the frigate."
    )
    claims = _claims(extractor, text)
    assert ("denial", "Emre Demir", "Turkey", "denied", "armed_attack") in claims


def test_a_state_named_by_a_demonym_gives_way_to_its_body(extractor):
    """'held Russian intelligence responsible, saying Red Owl was a front for the FSB': the
    FSB, not Russia as well (one sentence, one claimant, one event)."""
    text = (
        "Hackers knocked the website of the Estonian parliament offline on Monday. A group called Red Owl claimed "
        "responsibility. The Estonian Internal Security Service held Russian intelligence responsible, saying Red Owl "
        "was a front for the FSB, Russia's main security service."
    )
    agents = {c[2] for c in _claims(extractor, text) if c[1] != "Red Owl"}
    assert agents == {"Federal Security Service"}


@pytest.mark.parametrize("text, expected", [
    # a third-person pronoun in a direct quotation is not the one quoted (who says 'I')
    ("Reporters critical of the Belarusian president Pavel Lenko have been killed. Asked about it, Senator Mark Dole said: ''He has never admitted that he killed anyone. He has always denied it.''",
     {("denial", "Pavel Lenko", "Pavel Lenko", "denied", None)}),
    # the sentences before name the person's own part: the person, not the state he leads
    ("Reporters critical of the Belarusian president Pavel Lenko have been killed. Senator Mark Dole said there was no evidence of Mr. Lenko's involvement. ''But he is not someone who has taken the blame. He has always denied it,'' Mr. Dole said.",
     {("denial", "Pavel Lenko", "Pavel Lenko", "denied", None)}),
    # "He's always denied it": the parser reads 's as a passive; with an object it is "has"
    ("Reporters critical of the Belarusian president Pavel Lenko have been killed. Senator Mark Dole said there was no evidence of Mr. Lenko's involvement. ''But he has not taken the blame. He's always denied it.''",
     {("denial", "Pavel Lenko", "Pavel Lenko", "denied", None)}),
])
def test_he_denied_it_in_a_quote_is_the_person_quoted_about(extractor, text, expected):
    assert _claims(extractor, text) == expected


def test_a_leader_denying_what_his_state_was_accused_of_stays_the_state(extractor):
    got = _claims(extractor, "Ukraine accused Russia of shelling the port of Odesa. Vladimir Putin has denied it.")
    assert ("denial", "Vladimir Putin", "Russia", "denied", None) in got


@pytest.mark.parametrize("text", [
    "Hackers breached the email servers of the Department of Transport last week, officials said. The department is launching its own internal probe into the breach, spokeswoman Ellen Marsh said.",
    "Hackers breached the email servers of the Department of Transport last week. The department said it is launching its own internal probe into the breach.",
])
def test_an_inquiry_launched_is_no_attribution(extractor, text):
    assert _claims(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm, an Estonian hacker, admitted to breaking into the accounts of about 40 officials.",
     {("attribution", "Jaan Tamm", "Jaan Tamm", "asserted", "cyberattack")}),
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm admitted hacking the accounts.",
     {("attribution", "Jaan Tamm", "Jaan Tamm", "asserted", "cyberattack")}),
    # the person himself, not the state he served
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm, a former officer of Estonia's intelligence service, pleaded guilty on Monday, admitting that he was responsible for the breach.",
     {("attribution", "Jaan Tamm", "Jaan Tamm", "asserted", "cyberattack")}),
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm has never admitted to breaking into the accounts.", set()),
    # the deed named as a noun, the object of 'admitted' or after 'confessed to'
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm, an Estonian hacker, admitted the intrusions in court.",
     {("attribution", "Jaan Tamm", "Jaan Tamm", "asserted", "cyberattack")}),
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm confessed to the breach.",
     {("attribution", "Jaan Tamm", "Jaan Tamm", "asserted", "cyberattack")}),
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm admitted his mistakes.", set()),
    ("Hackers breached the email accounts of Swedish officials in 2019. Jaan Tamm admitted to a federal crime.", set()),
])
def test_a_person_admitting_a_deed_claims_it_for_himself(extractor, text, expected):
    assert _claims(extractor, text) == expected


@pytest.mark.parametrize("text", [
    HACK + "U.S. officials familiar with the inquiry said on Monday that they believe hackers working for Belarus were behind it.",
    HACK + "The breach was the work of Belarusian intelligence, according to officials.",
    HACK + "Security experts and U.S. officials, however, said they believed Belarus had carried out the attack.",
])
def test_what_anonymous_officials_say_is_no_claim(extractor, text):
    # SCHEMA: anonymous sources ("officials said", "according to officials") give no
    # statement; what they say is no one's claim. (A verb of claim in the narrative,
    # "Belarusian officials have dismissed the claims", stays the state's.)
    assert _claims(extractor, text) == set()


def test_a_named_body_still_claims_beside_anonymous_officials(extractor):
    assert _claims(extractor, HACK + "Estonia blamed Belarus for the attack, officials said.") == {
        ("attribution", "Estonia", "Belarus", "asserted", "cyberattack")}


def test_rejecting_a_sanction_denies_no_deed(extractor):
    text = "The Treasury imposed new sanctions on Ruritania on Monday. Otto Brenner, a spokesman for Ruritania's Foreign Ministry, rejected the new sanctions as illegitimate."
    assert _claims(extractor, text) == set()
    assert _claims(extractor, "Gunmen attacked a police post in Herat on Monday. The Taliban denied the attack.") == {
        ("denial", "Taliban", "Taliban", "denied", "armed_attack")}


def test_an_adverbial_whether_clause_is_no_condition(extractor):
    # "whether A or B" hung on the clause means "in any case"; a 'whether' clause of the
    # claim's own verb still is one ("asked whether Y is a liar")
    text = 'Senator Maria Lopez attacked Governor Tom Radley on Sunday. "He lies about everything, whether it\'s taxes or schools; he\'s a liar and everybody knows that," Lopez said on CBS.'
    assert _claims(extractor, text) == {("accusation", "Maria Lopez", "Tom Radley", "asserted", None)}


def test_a_relative_clause_ties_the_next_speaker_to_the_body(extractor):
    # "The army blamed Y. NAME, who heads the army delegation, said ...": the most specific
    # speaker (SCHEMA), as with "Its spokesman, NAME, said"
    text = ("A drone struck a fuel depot in Kassala, Sudan, on Sunday. The Sudanese army blamed the Popular Guard for the strike. "
            "Major General Idris Tamim, who heads the army delegation in Doha, said the militia had used drones bought abroad.")
    assert _claims(extractor, text) == {("attribution", "Idris Tamim", "Popular Guard", "asserted", "armed_attack")}


@pytest.mark.parametrize("text, expected", [
    ("Trade has become an issue in the campaign. Senator Tom Radley says Vietnam is using trade rules to take jobs away from the U.S.",
     {("accusation", "Tom Radley", "Vietnam", "asserted", None)}),
    ("Trade has become an issue in the campaign. Senator Tom Radley said Vietnam was taking American jobs.",
     {("accusation", "Tom Radley", "Vietnam", "asserted", None)}),
    # 'take' is a wrong only with jobs taken from others
    ("Trade has become an issue in the campaign. Senator Tom Radley said Vietnam had taken the job of mediator.", set()),
    ("Trade has become an issue in the campaign. Senator Tom Radley said Vietnam could take jobs from the region.", set()),
])
def test_taking_jobs_away_is_an_accusation(extractor, text, expected):
    assert _claims(extractor, text) == expected


def test_what_a_state_uses_something_for_it_does(extractor):
    # "Y used proxies to hack the servers": the user did it
    text = HACK + "Minister Kaja Tamm said Belarus used proxies to hack the servers."
    assert _claims(extractor, text) == {("attribution", "Kaja Tamm", "Belarus", "asserted", "cyberattack")}


def test_dismissing_a_claim_whose_content_is_told_denies_no_earlier_claim(extractor):
    # "anyone claiming that <X> is peddling fiction" dismisses <X>, not what the accused
    # side was blamed for before; "claims that Y was behind it are fiction" still denies
    text = ('Senator Maria Lopez accused the Republican Party of lying about the budget. '
            '"Anyone claiming that America\'s economy is in decline is peddling fiction," President Obama said.')
    assert _claims(extractor, text) == {("accusation", "Maria Lopez", "Republican Party", "asserted", None)}
    text = HACK + 'Estonia blamed Belarus for the attack. "Claims that Belarus was behind the attack are pure fiction," Belarusian spokesman Ivan Sorokin said.'
    assert ("denial", "Ivan Sorokin", "Belarus", "denied", "cyberattack") in _claims(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a charge of many deeds is an accusation; the one named after "including" an attribution
    (HACK + "Estonia has blamed Belarus for a string of earlier cyberattacks, including a 2019 assault on its power grid that cut electricity to thousands of homes.",
     {("accusation", "Estonia", "Belarus", "asserted", None), ("attribution", "Estonia", "Belarus", "asserted", "armed_attack")}),
    ("Hackers broke into the Chilean central bank last week. Chile has accused Peru of hacking computers at a range of ministries in recent years, "
     "including the theft of tax records from the revenue agency beginning in 2014.",
     {("accusation", "Chile", "Peru", "asserted", None), ("attribution", "Chile", "Peru", "asserted", "cyberattack")}),
    # what follows "including" is no deed: one claim, as before
    ("Gunmen killed 40 people in Bamako on Friday, including two policemen. Mali blamed Ansar Dine for the attack.",
     {("attribution", "Mali", "Ansar Dine", "asserted", "armed_attack")}),
])
def test_a_charge_including_a_named_deed_gives_both_claims(extractor, text, expected):
    assert _claims(extractor, text) == expected


@pytest.mark.slow
def test_a_city_named_after_a_country_is_where_the_attack_was(extractor):
    """'the Port Sudan strike': a city whose name ends in a country's is a place, not the
    doer; the country or its demonym alone still names the doer."""

    text = "A drone hit a depot in Nueva Guinea. Senator Ruth Okoye said the Nueva Guinea strike showed the need for new laws."
    cf = _finder(extractor, text, [])
    guinea = [t for t in cf.doc if t.text == "Guinea"][-1]
    assert guinea.head.lower_ == "strike" and cf._place_modifier(guinea)
    text = "A drone hit a depot in Lae. Senator Ruth Okoye said the Papua New Guinea strike showed the need for new laws."
    cf = _finder(extractor, text, [])
    guinea = [t for t in cf.doc if t.text == "Guinea"][-1]
    assert not cf._place_modifier(guinea)


@pytest.mark.slow
def test_an_apposition_the_parser_missed_and_a_surname_tagged_as_a_noun(extractor):
    text = "Senate candidate Laura Benning on Monday faulted her opponent, Rep. Tomas Adler, for voting against the defence bill."
    assert _claims(extractor, text) == {("accusation", "Laura Benning", "Tomas Adler", "asserted", None)}
    text = 'Senate candidate Laura Benning said on Monday that Rep. Tomas Adler had voted against the bill. Benning accused Adler of "sleepwalking through the crisis."'
    assert _claims(extractor, text) == {("accusation", "Laura Benning", "Tomas Adler", "asserted", None)}
    # a list after a comma is no apposition
    cf = _finder(extractor, "Laura Benning blamed the governor, Tomas Adler and the unions for the strike.", [])
    governor = next(t for t in cf.doc if t.lower_ == "governor")
    assert cf._set_beside(governor) is None
