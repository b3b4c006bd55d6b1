"""Attribution claims: who says who did it, who denies it, who accuses whom.

Three sources, all syntactic:
- verbs of blame and denial in the narrative: "X blamed Y for E", "X accused Y of E",
  "X denies any role", "X rejected suggestions that Y had played any part";
- responsibility predicates inside what someone said: "Y is behind E", "Y carried out E",
  "Y launched / provoked / shelled …", and their negations ("Y had nothing to do with E",
  "Y was not involved") which make a denial;
- self-attribution: "X claimed / acknowledged responsibility".
The event is the one named in the clause ("the attack", "the Galwan clash"); a claim with
no event is an accusation (asserted) or a general denial.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorTable
from kg.extract.events import EventFinder
from kg.extract.lexicon import BLAME_VERBS, DENY_VERBS, RESPONSIBILITY_VERBS
from kg.extract.resolve import Resolver
from kg.extract.statements import RawStatement

_NEG = {"not", "no", "never", "nothing", "n't", "neither", "nor"}
_ATTACK_TYPES = ("cyberattack", "armed_attack")


@dataclass
class RawClaim:
    claimant: str
    kind: str
    agent: str
    polarity: str
    start: int
    end: int
    event: str | None = None
    statement: int | None = None  # index into the statement list


_NEEDS_ATTACK_OBJECT = {"carry", "conduct", "launch", "stage", "perpetrate", "orchestrate", "organise", "organize", "plan", "direct", "start", "initiate", "commit", "use"}
_ATTACK_NOUNS = {"attack", "attacks", "provocation", "strike", "raid", "operation", "hack", "assault", "offensive", "shelling", "bombing", "ransomware", "malware", "cyberattack", "intrusion", "invasion", "aggression", "sabotage", "incursion"}
_DISMISSIVE = {"groundless", "baseless", "false", "fabricate", "unfounded", "untrue", "lie", "disinformation", "absurd", "nonsense", "fake", "propaganda"}
_HOSTILE_NOUNS = {"escalation", "aggression", "provocation", "interference", "involvement", "threat", "attack", "attacks", "incursion"}
_HEARSAY = {"accusation", "allegation", "claim", "report", "suggestion", "speculation", "rumour", "rumor", "charge"}


def _reported_by_others(tok: Token, span: Span) -> bool:
    """'the Kremlin heard accusations that Russia was behind it': the speaker reports
    someone else's claim; it is not the speaker's own."""
    t = tok
    while t.head != t and t.i >= span.start:
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_ in _HEARSAY:
            return True
        t = t.head
    return False


def _on_the_part_of(tok: Token) -> Token | None:
    """Who 'on the part of' (or 'part of') in ``tok``'s phrase names: 'no escalation on the
    part of Russia' -> Russia."""
    for t in tok.subtree:
        if t.lower_ == "part":
            of = next((c for c in t.children if c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                return obj
    return None


class ClaimFinder:
    def __init__(self, doc: Doc, table: ActorTable, events: EventFinder, resolver: Resolver):
        self.doc = doc
        self.table = table
        self.events = events
        self.resolver = resolver
        self.claims: list[RawClaim] = []
        self.quote_speakers: list[tuple[int, int, str]] = []  # direct quotes and their speakers

    def _claimant(self, subj: Token) -> str | None:
        """'We' or 'I' inside a quotation is whoever the quotation is from."""
        if subj.lower_ in ("we", "i"):
            for s, e, speaker in self.quote_speakers:
                if s <= subj.idx < e:
                    return speaker
            return None
        return self.resolver.token(subj)

    # -- helpers ------------------------------------------------------------------------
    def _agent(self, tok: Token) -> str | None:
        """The actor a subject or object phrase names, groups and organisations first."""
        if tok.lower_ in ("it", "its"):
            return None
        found = self.table.mentions_in(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        if found:
            groups = [k for _, _, k in found if self.table.clusters[k].type == "group"]
            return groups[0] if groups else self.resolver.token(tok) or found[0][2]
        for t in tok.subtree:
            if t.ent_type_ in ("NORP", "GPE"):  # "the Ukrainian side" ("Ukrainian" tagged either way)
                k = self.table.country_key(t.text)
                if k:
                    return k
        return self.resolver.token(tok)

    def _event_in(self, tokens, sent_fallback: Token | None = None) -> str | None:
        for t in tokens:
            key = self.events.by_token.get(t.i)
            if key:
                return key
        for t in tokens:
            if t.lemma_ in ("attack", "incident", "hack", "cyberattack") or t.lower_ in ("attacks",):
                return self._salient(_ATTACK_TYPES, before=t.idx)
        return None

    def _salient(self, types, before: int) -> str | None:
        best = None
        for ev in self.events.events:
            if ev.type in types and ev.triggers and min(s for s, _ in ev.triggers) <= before + 200:
                if best is None or len(ev.triggers) > len(best.triggers):
                    best = ev
        return best.key if best else None

    def _add(self, claimant, agent, polarity, span: Span | tuple[int, int], event, statement=None):
        if claimant is None or agent is None:
            return
        if polarity == "denied":
            kind = "denial"
        else:
            kind = "attribution" if event else "accusation"
        if kind == "accusation" and claimant == agent:
            return  # no one accuses itself: a misread subject ("NATO ... accused NATO")
        s, e = (span.start_char, span.end_char) if isinstance(span, Span) else span
        for c in self.claims:
            if (c.claimant, c.agent, c.polarity, c.event) == (claimant, agent, polarity, event):
                if c.statement is None and statement is not None:
                    c.statement = statement
                return
        self.claims.append(RawClaim(claimant, kind, agent, polarity, s, e, event, statement))

    # -- narrative verbs ----------------------------------------------------------------
    def narrative(self, skip) -> None:
        for tok in self.doc:
            if any(s <= tok.idx < e for s, e in skip) or tok.pos_ != "VERB":
                continue
            lemma = tok.lemma_
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ in ("advcl", "conj", "xcomp"):
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            claimant = self._claimant(subj)
            if lemma in BLAME_VERBS:
                self._blame(tok, claimant)
            elif lemma in DENY_VERBS:
                self._denial(tok, claimant)
            elif lemma in ("claim", "acknowledge", "admit", "take", "accept") and any(
                c.lemma_ == "responsibility" for c in tok.children
            ):
                self._add(claimant, claimant, "asserted", tok.sent, self._salient(_ATTACK_TYPES, tok.idx))

    def _blame(self, tok: Token, claimant: str | None, statement: int | None = None) -> None:
        """'X blamed Y for the attack', 'X blamed the attack on Y', 'X accuses Y of ...'."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        on_obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if on_obj is not None and on_obj.ent_type_ not in ("DATE", "TIME"):
            # "blamed the attack on Armenian saboteurs"
            event = self._event_in(list(obj.subtree)) if obj is not None else None
            self._add(claimant, self._agent(on_obj), "asserted", tok.sent, event, statement)
            return
        if obj is None:
            return
        agent = self._agent(obj)
        # "blamed a gang known as DarkSide for the attack": the "for" may hang lower
        prep = [c for c in list(tok.children) + list(obj.subtree) if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > obj.i or c in tok.children and c.dep_ == "prep" and c.lower_ in ("for", "of")]
        event = self._event_in([t for p in prep for t in p.subtree])
        self._add(claimant, agent, "asserted", tok.sent, event, statement)

    def _denial(self, tok: Token, claimant: str | None) -> None:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "ccomp")), None)
        if obj is None or claimant is None:
            return
        inner = None
        for t in obj.subtree:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head != tok and t.lower_ not in ("that", "which"):
                inner = t
                break
        agent = self._agent(inner) if inner is not None else None
        general = False
        if agent is None and obj.lemma_ in _HEARSAY:
            # "reject any accusations against Russia"
            against = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "against"), None)
            target = next((c for c in against.children if c.dep_ == "pobj"), None) if against is not None else None
            if target is not None:
                agent, general = self._agent(target), True
        if agent is None:
            if inner is not None and inner.lemma_ in ("its", "their") or any(
                t.lower_ in ("role", "involvement", "part", "responsibility") for t in obj.subtree
            ):
                agent = self._own_state(claimant)
            else:
                return
        event = self._event_in(list(obj.subtree))
        if event is None and not general:
            event = self._salient(_ATTACK_TYPES, tok.idx)
        self._add(claimant, agent, "denied", tok.sent, event)

    def _own_state(self, key: str) -> str:
        c = self.table.clusters[key]
        return c.country or key

    # -- inside statements --------------------------------------------------------------
    def from_statements(self, statements: list[RawStatement], link: bool = True) -> None:
        for n, st in enumerate(statements):
            span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if _reported_by_others(tok, span):
                    continue
                if tok.lemma_ in BLAME_VERBS and tok.pos_ == "VERB":
                    # "the Ukrainian side blames Russia for everything": a third party's
                    # accusation the speaker reports is that party's claim
                    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    other = None
                    if subj is not None:
                        other = self._claimant(subj) if subj.lower_ in ("we", "i") else self._agent(subj)
                    if other is not None:  # ("we blame ...": the speaker's own)
                        self._blame(tok, other, n if link else None)
                    continue
                self._responsibility(tok, st, n if link else None, span)
                self._none_on_the_part_of(tok, st, n if link else None, span)
            self._dismissal(st, n if link else None, span)

    def _none_on_the_part_of(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'there is no military escalation on the part of Russia': the speaker denies that
        Russia did it (a hostile act named by a noun that is not itself an event)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _HOSTILE_NOUNS or self._event_type(tok):
            return
        if not any(c.lower_ in ("no", "not") for c in list(tok.children) + list(tok.head.children)):
            return
        obj = _on_the_part_of(tok)
        agent = self._agent(obj) if obj is not None else None
        if agent is not None:
            self._add(st.speaker, agent, "denied", span, None, n)

    def _event_type(self, tok: Token) -> str | None:
        key = self.events.by_token.get(tok.i)
        for ev in self.events.events:
            if ev.key == key:
                return ev.type
        return None

    def _dismissal(self, st: RawStatement, n: int | None, span: Span) -> None:
        """'these claims were groundless': the speaker denies what the other side claimed."""
        if not any(t.lemma_ in _DISMISSIVE for t in span):
            return
        if not any(t.lemma_ in _HEARSAY or t.lemma_ in ("version", "story") for t in span):
            return
        earlier = [c for c in self.claims if c.start < span.start_char and c.polarity == "asserted" and c.claimant != st.speaker]
        if not earlier:
            return
        last = max(earlier, key=lambda c: c.start)
        # the claim about an event is the one worth denying, if the other side made one
        with_event = [c for c in earlier if c.agent == last.agent and c.event and c.claimant != st.speaker]
        target = with_event[-1] if with_event else last
        self._add(st.speaker, target.agent, "denied", span, target.event, n)

    def _responsibility(self, tok: Token, st: RawStatement, n: int, span: Span) -> None:
        lemma = tok.lemma_
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        negated = any(c.dep_ == "neg" or c.lower_ in _NEG for c in tok.children)
        pred = None
        if lemma == "be" and subj is not None:
            behind = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "behind"), None)
            attr = next((c for c in tok.children if c.dep_ in ("acomp", "attr") and c.lemma_ in ("responsible", "aggressor", "culprit", "perpetrator")), None)
            pred = behind or attr
        elif lemma == "have" and subj is not None and any(c.lower_ in ("nothing", "anything") for c in tok.children):
            # "had nothing to do with"
            if any(t.lemma_ == "do" for t in tok.subtree):
                pred, negated = tok, True
        elif lemma == "involve" and subj is not None and tok.dep_ in ("acomp", "ROOT", "ccomp", "conj") or (
            lemma == "involved" and subj is not None
        ):
            pred = tok
        elif lemma in RESPONSIBILITY_VERBS and subj is not None and subj.dep_ == "nsubj":
            if lemma in _NEEDS_ATTACK_OBJECT:
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "prt")), None)
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                if not any(o.lemma_ in _ATTACK_NOUNS or self.events.by_token.get(o.i) for o in objs):
                    return
            pred = tok
        elif tok.pos_ == "VERB" and subj is not None and subj.dep_ == "nsubj" and (
            self._event_type(tok) in ("armed_attack", "military_activity", "cyberattack")
        ):
            pred = tok  # "a PLA J-11 fighter flew within ten kilometres of the LAC"
        elif tok.pos_ == "NOUN" and self._event_type(tok) in ("armed_attack", "cyberattack"):
            # "Azerbaijan's attack", "the Russian strike": the attacker named on the noun
            owner = next((c for c in tok.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))), None)
            if owner is None or owner.lower_ in ("its", "their", "his", "her", "our", "my"):
                return
            pred, subj = tok, owner
            # "there is no military escalation on the part of Russia"
            attr = next((c for c in tok.children if c.dep_ == "attr"), None)
            if attr is not None and any(d.lower_ == "no" for d in attr.children):
                obj = _on_the_part_of(attr)
                if obj is not None:
                    pred, subj, negated = attr, obj, True
        elif lemma in RESPONSIBILITY_VERBS and subj is not None and subj.dep_ == "nsubjpass":
            # "the ceasefire was violated by the Azerbaijani side"
            by = next((c for c in tok.children if c.dep_ == "agent"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None:
                pred, subj = tok, obj
        elif lemma == "use" and subj is not None and subj.dep_ == "nsubjpass":
            # "DarkSide ransomware was used to compromise ..."
            pred, subj = tok, subj
        if pred is None or subj is None:
            return
        agent = self._agent(subj)
        if agent is None:
            return
        event = self._event_in(list(tok.subtree))
        if event is None and lemma in ("use", "compromise", "hack", "carry", "launch", "conduct", "stage", "be"):
            event = self._salient(_ATTACK_TYPES, tok.idx)
        if event is None and lemma in ("provoke", "cross", "shell", "attack", "fire", "start"):
            event = self._salient(("armed_attack",), tok.idx)
        self._add(st.speaker, agent, "denied" if negated else "asserted", span, event, n)
