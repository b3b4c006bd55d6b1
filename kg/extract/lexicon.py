"""Word lists the rules use. General English news vocabulary, not tuned to any article."""

# Verbs that introduce speech, reported or quoted (lemmas).
SPEECH_VERBS = frozenset(
    """say tell stress note point add claim allege insist argue warn confirm state announce
    report explain emphasise emphasize reiterate acknowledge admit write comment declare
    assert maintain contend suggest believe think reply respond answer told urge predict
    promise vow pledge caution complain remark observe mention recall concede deny reject
    dismiss accuse blame underline highlight tweet post conclude estimate indicate reveal
    disclose express call""".split()
)
# Speech verbs that need a clausal complement to count as reported speech.
REPORT_VERBS = SPEECH_VERBS - {"call", "urge", "blame", "accuse", "reject", "dismiss"}
# Multi-word cues: (verb lemma, particle or object) -> treated as speech.
PHRASAL_CUES = {("point", "out"), ("express", "confidence"), ("express", "concern"), ("make", "clear")}

TITLE_HEADS = frozenset(
    """president vice-president minister secretary spokesman spokeswoman spokesperson
    adviser advisor chancellor ambassador envoy general colonel commander chief director
    head chairman chairwoman chair leader representative governor mayor senator king queen
    prince emir sheikh deputy official researcher fellow analyst professor executive officer
    correspondent photographer lieutenant major admiral premier diplomat negotiator
    prosecutor judge speaker lawmaker commissioner coordinator counsellor counselor attache
    ceo founder manager expert economist lawyer reporter editor journalist press-secretary
    aide captain sergeant marshal brigadier undersecretary under-secretary""".split()
)
# Words that may stand inside a title chain besides heads and names.
TITLE_MODIFIERS = frozenset(
    """foreign defence defense interior home finance energy security national deputy
    first senior acting former prime press state general special high permanent external
    affairs policy intelligence military armed forces presidential federal chief executive
    assistant principal regional top main public economic trade justice health culture
    education digital transformation communications emergency situations cyber staff joint
    international relations house white department ministry council office of the for and
    strategic research asia south east west north central european union nations united""".split()
)
# Heads of noun phrases that name organisations even in lower case.
ORG_HEADS = frozenset(
    """ministry ministries service services council agency agencies department departments
    committee bureau office army navy government parliament administration company
    broadcaster cabinet commission directorate police guard guards forces inspectorate
    authority authorities court assembly""".split()
)
# Anaphoric nouns for bodies: "the bureau", "the company", "the group".
GROUP_NOUNS = frozenset("group gang hackers collective syndicate cartel militia faction".split())
COMPANY_NOUNS = frozenset("company firm operator corporation business".split())

# Event triggers: lemma -> event type. Nouns and verbs.
EVENT_NOUNS = {
    "talk": "meeting",
    "talks": "meeting",
    "negotiation": "meeting",
    "meeting": "meeting",
    "summit": "meeting",
    "session": "meeting",
    "conversation": "meeting",
    "call": "meeting",
    "consultation": "meeting",
    "round": "meeting",
    "encounter": "meeting",
    "visit": "meeting",
    "conference": "meeting",
    "cyberattack": "cyberattack",
    "cyber-attack": "cyberattack",
    "hack": "cyberattack",
    "hacking": "cyberattack",
    "intrusion": "cyberattack",
    "breach": "cyberattack",
    "ransomware": "cyberattack",
    "shelling": "armed_attack",
    "strike": "armed_attack",
    "airstrike": "armed_attack",
    "bombing": "armed_attack",
    "clash": "armed_attack",
    "fighting": "armed_attack",
    "offensive": "armed_attack",
    "invasion": "armed_attack",
    "assault": "armed_attack",
    "ambush": "armed_attack",
    "raid": "armed_attack",
    "drill": "military_activity",
    "drills": "military_activity",
    "exercise": "military_activity",
    "exercises": "military_activity",
    "deployment": "military_activity",
    "mobilisation": "military_activity",
    "mobilization": "military_activity",
    "buildup": "military_activity",
    "build-up": "military_activity",
    "sanction": "sanction",
    "sanctions": "sanction",
    "embargo": "sanction",
    "ceasefire": "agreement",
    "truce": "agreement",
    "agreement": "agreement",
    "accord": "agreement",
    "treaty": "agreement",
    "deal": "agreement",
    "protest": "protest",
    "demonstration": "protest",
    "rally": "protest",
    "election": "election",
    "referendum": "election",
    "vote": "election",
    "interview": "interview",
    "briefing": "interview",
    "press conference": "interview",
    "declaration": "other",
    "appeal": "other",
    "mission": "other",
    "operation": "operation",  # military operations only, decided by context
    "attack": "attack",  # cyber or armed, decided by context
    "incident": "attack",
}
EVENT_VERBS = {
    "meet": "meeting",
    "negotiate": "meeting",
    "brief": "meeting",
    "shell": "armed_attack",
    "bomb": "armed_attack",
    "invade": "armed_attack",
    "fight": "armed_attack",
    "sanction": "sanction",
    "protest": "protest",
    "hack": "cyberattack",
    "halt": "other",
    "appeal": "other",
    "fly": "military_activity",
    "deploy": "military_activity",
    "mobilise": "military_activity",
    "mobilize": "military_activity",
}
CYBER_WORDS = frozenset(
    "cyber cyberattack hacker hackers hacking ransomware malware website websites network networks intrusion ddos data computer computers phishing".split()
)
MILITARY_WORDS = frozenset(
    "artillery shelling troops soldiers military drone drones missile missiles army forces armed killed wounded shelled weapons tanks".split()
)
# Responsibility predicates for claims: who did it.
RESPONSIBILITY_VERBS = frozenset(
    """carry conduct launch stage perpetrate orchestrate mastermind organise organize commit
    provoke start initiate attack shell hit target strike use compromise hack cross fire
    mine violate invade bomb sponsor direct plan""".split()
)
DENY_VERBS = frozenset("deny reject dismiss refute rebuff".split())
BLAME_VERBS = frozenset("blame accuse".split())
