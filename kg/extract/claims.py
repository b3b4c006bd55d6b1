"""Attribution claims: who says who did it, who denies it, who accuses whom.

The phrasings are data (``data/rules/claims.json``); this module keeps the small
predicates that read them off the parse. Three sources:

- verbs of blame, denial and self-attribution in the narrative, each with a *frame* that
  says where its agent and event are: "X blamed Y for E", "X blamed E on Y", "X accused Y
  of E", "X attributed E to Y", "X held Y responsible for E", "X condemned Y's attack",
  "X denied involvement in E", "X rejected the accusations", "X denied that Y ...",
  "X claimed responsibility", "X called the reports a smear campaign";
- responsibility predicates inside what someone said: "Y is behind E", "Y carried out E",
  "E was carried out by Y", "Y's intelligence service was responsible", and their
  negations ("Y had nothing to do with E", "our forces were not present in the area"),
  which make a denial; "these claims are groundless" denies what the other side claimed;
- the event: the one named in the claim's words, else, when the words only point back
  ("the attack", "it", "the incident") or name nothing, the most mentioned event of a
  fitting type before the claim.
A claim with no event is an accusation (asserted) or a general denial.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorTable, armed_forces_of, service_mention, side_country
from kg.extract.events import EventFinder
from kg.extract.lexicon import COMPANY_NOUNS, GROUP_NOUNS, TITLE_HEADS
from kg.extract.references import Resolver, subject_of
from kg.extract.components import rule_spans
from kg.rules import lexicon, table
from kg.extract.statements import RawStatement, is_cue

_NEG = {"not", "no", "never", "nothing", "n't", "neither", "nor"}
_INDEFINITE = {"someone", "somebody", "anyone", "anybody", "nobody", "no-one", "whoever", "who", "what", "which"}
_LOCATIVE = {"in", "at", "from", "near", "inside", "outside", "across"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_TARGET_PREPS = {"against", "on", "upon"}
_OUGHT = {"should", "must", "ought"}  # "Y should resign": what one says Y owes, not a forecast


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


# -- the data -------------------------------------------------------------------------------
def _lex(name: str) -> frozenset[str]:
    return lexicon(name)


_POINTING_VERBS = lexicon("claim_pointing_verbs")
_CHARGING_VERBS = lexicon("claim_charging_verbs")
_FUTURE_MODALS = lexicon("claim_future_modals")
_LACKING = lexicon("claim_lacking_determiners")
_RELATIVE_PRONOUNS = lexicon("relative_pronouns")


def _ouster(tok: Token) -> bool:
    """A word of claim_ouster_words that is not negated: 'resign', 'step down' (not 'step
    in'), 'his resignation', 'ashamed' (not 'urged him not to resign')."""
    if tok.lemma_ not in _lex("claim_ouster_words") or _negated(tok):
        return False
    return tok.lemma_ != "step" or any(c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in tok.children)


def _forecast(verb: Token) -> bool:
    """A modal of claim_future_modals on the verb: 'Y would ruin the plan', 'he will do
    nothing wrong' tell what may be, no deed."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children)


def _frame(lemma: str) -> str | None:
    return table("claim_verb_frames").get(lemma)


def _preps(frame: str) -> set[str]:
    return set(table("claim_frame_preps").get(frame, ()))


def _anaphor_types(word: str | Token) -> tuple[str, ...] | None:
    entries = table("claim_anaphor_types")
    if isinstance(word, Token):
        types = entries.get(word.lower_, entries.get(word.lemma_.lower()) if word.pos_ == "NOUN" else None)
    else:
        types = entries.get(word)
    return tuple(types) if types is not None else None


# -- small predicates over the parse -----------------------------------------------------------
def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, words: set[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``words``: 'blamed Y [for the attack]'."""
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "dative") and p.lower_ in words:
            out.extend(c for c in p.children if c.dep_ in ("pobj", "pcomp"))
    return out


def _neglect(objs: list[Token]) -> bool:
    """'accused Y of (trying to) cover(ing) up the hacks', 'of ignoring warnings about the
    hotel': a wrong done about the event (claim_neglect_verbs), not the event itself."""
    for v in objs:
        while v is not None and v.pos_ in ("VERB", "AUX"):
            if v.lemma_ in _lex("claim_neglect_verbs"):
                return True
            v = _child(v, "xcomp") if v.lemma_ in _lex("claim_control_verbs") else None
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEG for c in tok.children)


def _reported_by_others(tok: Token, span: Span) -> bool:
    """'the Kremlin heard accusations that Russia was behind it': the speaker reports
    someone else's claim; it is not the speaker's own."""
    t = tok
    while t.head != t and t.i >= span.start:
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_ in _lex("claim_hearsay_nouns") and t.head.i >= span.start:
            return True
        if t.dep_ == "ccomp" and t.head.dep_ == "relcl" and t.head.head.i >= span.start and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in t.head.children
        ):
            return True  # "nonsense from people who have decided Russia is responsible": theirs
        t = t.head
    return False


def _unevidenced(tok: Token, span: Span) -> bool:
    """'she did not see evidence that Russia was behind the hack', 'no proof that ...',
    'without evidence that ...': a clause hung on a noun of evidence that is denied or
    lacking is not claimed (SCHEMA: finding no evidence is no claim, nor a denial)."""
    t = tok
    while t.head != t and t.i >= span.start:
        head = t.head
        if t.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_ in _lex("claim_unevidenced_nouns"):
            lacking = any(c.lower_ in _LACKING for c in head.children)
            governor = head.head
            if head.dep_ == "pobj" and governor.lower_ == "without":
                lacking = True
            if head.dep_ in ("dobj", "attr", "nsubj") and _negated(governor):
                lacking = True
            if lacking:
                return True
        t = head
    return False


def _on_the_part_of(tok: Token) -> Token | None:
    """Who 'on the part of' in ``tok``'s phrase names: 'no escalation on the part of
    Russia' -> Russia."""
    for t in tok.subtree:
        if t.lower_ == "part":
            of = next((c for c in t.children if c.lower_ == "of"), None)
            obj = _child(of, "pobj") if of is not None else None
            if obj is not None:
                return obj
    return None


def _coordinated_with(tok: Token) -> Token:
    """The verb whose subject ``tok`` shares. 'Beijing insists that the army crossed the
    line, and denies that ...': a verb of claim coordinated inside what someone reports
    goes with the reporting verb, not with the reported one."""
    head = tok.head
    if tok.dep_ != "conj":
        return head
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ == "ccomp" and first.head.lemma_ in lexicon("speech_verbs"):
        return first.head
    return head


def _under_denial(tok: Token, span: Span) -> bool:
    """``tok`` is in a clause a verb of denial governs ('denies that its soldiers were the
    aggressors'): the denial frame reads it, not the responsibility predicates."""
    t = tok
    while t.head != t:
        t = t.head
        if _frame(t.lemma_) == "deny" and t.pos_ == "VERB":
            return True
        if t.pos_ == "VERB" and t.lemma_ in lexicon("speech_verbs"):
            return False  # "denied the allegations, saying he had nothing to do with it"
    return False


def _verb_lemma(tok: Token) -> str:
    """The lemma, mended where the model gets an -ed form wrong ('staged' -> 'stag')."""
    lemma = tok.lemma_
    if tok.tag_ in ("VBD", "VBN") and lemma not in _lex("claim_responsibility_verbs") and tok.lower_.endswith("ed"):
        for cand in (tok.lower_[:-1], tok.lower_[:-2]):
            if cand in _lex("claim_responsibility_verbs"):
                return cand
    return lemma


def _controller(verb: Token) -> Token | None:
    """The subject a verb shares with the verb it completes: 'Russia's military chose to
    strike' (not 'urged Russia to strike': an object decides);
    and the passive subject of 'developed and deployed by Y'."""
    if verb.pos_ != "VERB":
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and _child(head, "dobj") is None and head.lemma_ in _lex("claim_control_verbs"):
        return _child(head, "nsubj")
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_ == "use" and _child(head, "dobj") is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "China is using trade rules to take jobs": the user does what it uses them for
        return _child(head, "nsubj")
    if verb.dep_ == "conj" and _child(verb, "agent") is not None and _child(verb, "dobj") is None:
        return _child(head, "nsubjpass")
    if verb.dep_ == "conj" and head.pos_ == "VERB" and _child(verb, "auxpass") is None and _child(head, "auxpass") is None:
        # "the coast guard blocked the boats and used water cannon"
        return _child(head, "nsubj") or _controller(head)
    if verb.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB" and verb.tag_ == "VBG":
        # "endangered the crew by firing water cannon"
        return _child(head.head, "nsubj") or _controller(head.head)
    return None


def _hypothetical(verb: Token) -> bool:
    """'for X to V': an infinitive with its own subject says what X could or should do,
    not what X did ('it is easy for Lima to deny any role', 'it would be unwise for
    Quito to blame the cartels'); so does an infinitive of purpose or on a noun ('will
    work with its partners to hold the regime accountable', 'an effort to blame Y')."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.dep_ in ("advcl", "acl") or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _stranded_subject(verb: Token) -> Token | None:
    """'On Monday, Nikki Haley, the U.S. ambassador, blamed Moscow': a name with an
    apposition right before a verb the parser left without a subject (it hung the name on
    the date) is the subject."""
    if verb.i == 0:
        return None
    comma = verb.doc[verb.i - 1]
    name = comma.head
    if comma.text != "," or name.i >= verb.i or name.pos_ != "PROPN" or name.sent != verb.sent:
        return None
    if not any(c.dep_ == "appos" for c in name.children):
        return None
    return name


_CLAUSE_DEPS = {"ccomp", "relcl", "acl", "advcl"}


def _own_words(tok: Token) -> list[Token]:
    """``tok``'s phrase without the clauses embedded in it: 'blamed the network for
    reporting [that Carson was suspending his campaign]' is about the reporting, not a
    campaign; 'for carrying out the attack' keeps the attack."""
    out = []
    for t in tok.subtree:
        u = t
        while u != tok and u.dep_ not in _CLAUSE_DEPS:
            u = u.head
        if u == tok:
            out.append(t)
    return out


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for, across the verbs of saying and the
    coordinated verbs between: 'a group of hackers who U.S. officials say is tied to Y and
    who claimed credit for the hack' -> 'group'."""
    if pronoun.tag_ not in ("WP", "WDT") and pronoun.lower_ not in _RELATIVE_PRONOUNS:
        return None
    t = pronoun.head
    while t.dep_ in ("ccomp", "conj", "xcomp") and t.head != t:
        t = t.head
    return t.head if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN") else None


def _split_perfect_subject(verb: Token) -> Token | None:
    """'Kyiv had for months accused Moscow of ...': the parser takes 'had' for the main
    verb and hangs the participle on the time phrase; the subject of 'had' is its subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl") or verb.head.dep_ != "pobj":
        return None
    prep = verb.head.head
    have = prep.head
    if prep.dep_ != "prep" or have.lemma_ != "have" or have.i > verb.i:
        return None
    return _child(have, "nsubj")


def _message_sender(verb: Token) -> Token | None:
    """'X released audio messages claiming that ...', 'X issued a statement saying that
    ...': the participle hangs on a noun of message whose sender is the subject of the
    verb that has it as object."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_ not in _lex("claim_message_nouns") or noun.dep_ != "dobj":
        return None
    return _child(noun.head, "nsubj")


def _has_misparsed_as_passive(tok: Token) -> bool:
    """'He's always denied it': a past participle after a contracted 's, parsed as a
    passive, that has a direct object is the perfect ('has denied'): a passive has none."""
    return tok.tag_ == "VBN" and _child(tok, "dobj") is not None and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children
    )


def _name_it_gives_itself(tok: Token) -> Token | None:
    """'a group calling itself Red Owl', 'a hacker group called Red Owl': the name the
    phrase gives (claim_self_naming_verbs, reflexive or participle)."""
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_ not in _lex("claim_self_naming_verbs"):
            continue
        if c.tag_ != "VBN" and not any(d.lower_ in ("itself", "themselves", "himself", "herself") for d in c.children):
            continue  # "a group called Red Owl" or "calling itself Red Owl", not "calling Red Owl"
        name = next((d for d in c.children if d.dep_ in ("oprd", "dobj", "attr", "xcomp", "npadvmod") and d.pos_ == "PROPN"), None)
        if name is None:  # a quoted name the parser hung elsewhere under the verb
            name = next((d for d in c.subtree if d.pos_ == "PROPN" and d.i > c.i), None)
        if name is not None:
            return name
    return None


def _figurative(verb: Token) -> bool:
    """'Mr. Trump had crossed another line': a verb of attack whose object is a common noun
    of claim_figurative_objects is a figure of speech ('the Line of Control' is not)."""
    figures = table("claim_figurative_objects").get(verb.lemma_, ())
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_ in figures for c in verb.children)


def _participle_after_comma(subj: Token, verb: Token) -> bool:
    """'Captain Khan, killed 12 years ago, was a hero': a past participle set off by a
    comma right after a name describes it (the parser may take the name for its subject)."""
    return (
        verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.doc[verb.i - 1].text == ","
        and subj.right_edge.i in (verb.i - 1, verb.i - 2)
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
    )


def _by_force(verb: Token) -> bool:
    """'impose by force', 'take the island by military force': a deed done by force (a
    noun of claim_force_manner_nouns after 'by', with no article) is a hostile act."""
    return any(
        o.lemma_ in _lex("claim_force_manner_nouns") and not any(c.dep_ == "det" for c in o.children)
        for o in _prep_objects(verb, {"by"})
    )


def _wrongdoing(tok: Token) -> bool:
    """A verb (or its -ing form taken for a noun: 'denied meddling') of claim_wrongdoing_verbs."""
    words = _lex("claim_wrongdoing_verbs")
    if tok.lemma_ in words:
        return True
    low = tok.lower_
    return low.endswith("ing") and any(stem in words for stem in (low[:-3], low[:-3] + "e", low[:-4]))


def _deceit(tok: Token) -> bool:
    """A verb of claim_deceit_verbs; 'lie' only as untruth ('lied to Congress', 'lied about
    the deal'), not as place ('the answer lies in', 'lay in state')."""
    if tok.lemma_ not in _lex("claim_deceit_verbs"):
        return False
    if tok.lemma_ != "lie":
        return True
    return tok.lower_ not in ("lay", "lain") and not any(
        c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ not in ("to", "about")) for c in tok.children
    )


def _subject_span(tok: Token) -> tuple[int, int]:
    """The characters of the subject of the verb ``tok`` hangs on ((0, 0) when none)."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb is tok:
        return (0, 0)
    subj = subject_of(_coordinated_with(verb) if verb.dep_ == "conj" else verb)
    if subj is None or subj is tok:
        return (0, 0)
    return (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))


def _stretch_of_time(tok: Token) -> bool:
    """A for- or over-phrase that says how long or how often ('for hours', 'over the
    weekend', 'for the third time'), not what for ('for the cuts on Tuesday' is what for:
    the noun and its modifiers before it count, not the phrases after it)."""
    return any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") for t in (tok, *tok.lefts))


def _conditional(verb: Token) -> bool:
    """``verb`` is said only on a condition: 'if the reports are true, Y is violating the
    ban', 'whether Y carried out the attack' (its own clause or one hung on it opens with a
    word of claim_condition_marks). An adverbial clause of 'whether' hung on it is no
    condition: 'she's a liar, whether it's trips or planes' means 'in any case' (an indirect
    question is a complement, not an adverbial clause)."""
    marks = _lex("claim_condition_marks")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks - {"whether"} for m in c.children) for c in verb.children)


def _abuse_undone(patient: Token) -> bool:
    """``patient`` is the subject of a passive of harm to people with no doer named: 'the
    detainees had been mistreated', 'soldiers were subjected to ill-treatment'."""
    verb = patient.head
    if patient.dep_ != "nsubjpass" or verb.lemma_ not in _lex("claim_abuse_verbs") or _child(verb, "agent") is not None:
        return False
    if verb.lemma_ == "subject":
        return any(o.lemma_ in _lex("claim_abuse_nouns") for o in _prep_objects(verb, {"to"}))
    return True


def _anonymous(tok: Token | None) -> bool:
    """``tok`` is an anonymous voice: 'U.S. officials', 'a senior official', 'aides'
    (claim_anonymous_voices), which SCHEMA makes no actor and no speaker."""
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_ in _lex("claim_anonymous_voices")


def _voice(cue: Token) -> Token | None:
    """The one who speaks with the verb of saying ``cue``: its subject, or the object of
    'according to'."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return _child(to, "pobj") if to is not None else None
    return _child(cue, "nsubj")


def _generic_plural(tok: Token) -> bool:
    """A plural noun with nothing on it but adjectives ('staging incidents', 'carrying out
    attacks', 'accused his campaign of fabricated attacks'): things of that kind, not the
    happening the article told (that one has 'the', 'its', a place or a date)."""
    return tok.tag_ == "NNS" and all(c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") and not c.ent_type_ for c in tok.children)


def _toll(tok: Token) -> bool:
    """``tok`` names the human toll of an attack (claim_toll_nouns): 'the deaths', 'the
    loss of life', not 'a death in custody' or 'the loss of revenue'."""
    need = table("claim_toll_nouns").get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or need is None or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return False
    return not need or any(o.lemma_.lower() == need for o in _prep_objects(tok, {"of"}))


def _fired_at(tok: Token) -> bool:
    """``tok`` is a past participle of a hostile act (claim_hostile_act_verbs) that tells
    what was done with the thing a claim is about: 'held Y responsible for every shell
    fired at the town', 'blamed Y for the rockets that hit the base' (the attack told,
    not something new)."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or tok.lemma_ not in _lex("claim_hostile_act_verbs"):
        return False
    if any(c.dep_ == "aux" for c in tok.children):
        return False  # "for what would be fired": no participle of a thing done
    if tok.dep_ in ("acl", "relcl"):
        return tok.head.pos_ == "NOUN"
    # the parser may take the participle for the verb of a clause ('for [every bullet] fired')
    return tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.children)


def _backer(mod: Token) -> Token | None:
    """'the Kremlin-backed hack', 'Russia-linked hackers': the name before a word of
    claim_backing_words is who stands behind the noun."""
    if mod.dep_ not in ("amod", "compound") or mod.lower_ not in _lex("claim_backing_words"):
        return None
    return next((
        g for g in mod.children
        if g.dep_ in ("npadvmod", "compound", "amod", "nmod") and g.i < mod.i and (g.ent_type_ in ("NORP", "GPE", "ORG") or g.pos_ == "PROPN")
    ), None)


def _dismissive(tokens, matched: set[int]) -> bool:
    return any(t.lemma_ in _lex("claim_dismissive_words") or t.i in matched for t in tokens)


class ClaimFinder:
    def __init__(self, doc: Doc, table_: ActorTable, events: EventFinder, resolver: Resolver):
        self.doc = doc
        self.table = table_
        self.events = events
        self.resolver = resolver
        self.claims: list[RawClaim] = []
        self.quote_speakers: list[tuple[int, int, str]] = []  # direct quotes and their speakers
        self.reported_speakers: list[tuple[int, int, str]] = []  # reported clauses and their speakers
        self._pending: list[tuple] = []  # rejections waiting for every earlier claim
        self._covered: list[tuple[int, int]] = []  # the spans of the statements read
        self._skip: list[tuple[int, int]] = []  # headings and captions (set by ``narrative``)
        # token index -> label of the claims.json pattern that starts there; and every token
        # a "dismissive" pattern covers (the kg_rule_spans component found them)
        self.pattern_at: dict[int, str] = {}
        self.dismissive_tokens: set[int] = set()
        for span in rule_spans(doc, "claims"):
            if span.label_ == "dismissive":
                self.dismissive_tokens.update(range(span.start, span.end))
            else:
                self.pattern_at.setdefault(span.start, span.label_)

    # -- actors ---------------------------------------------------------------------------
    def _claimant(self, subj: Token) -> str | None:
        """'We' or 'I' inside a quotation is whoever the quotation is from."""
        if subj.lower_ in ("we", "i"):
            for s, e, speaker in self.quote_speakers:
                if s <= subj.idx < e:
                    return speaker
            return None
        if subj.lower_ in ("he", "she"):
            other = self._third_person_in_quote(subj)
            if other is not None:
                return other  # "X said: 'He has always denied it'": not X, who would say 'I'
        if subj.lower_ in ("it", "they") and not any(t.dep_ in ("nsubj", "nsubjpass") for t in subj.sent if t.i < subj.i):
            # "Russia has massed troops near Ukraine's border. It denies ...": the subject of
            # the sentence before, rather than the last body named
            prev = self._previous_subject(subj)
            if prev is not None:
                return prev
        if subj.lemma_ in _lex("claim_government_nouns") and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "my", "our") for c in subj.children):
            # "the minister said her government held Y responsible": the speaker, the most
            # specific voice of the government she speaks for (SCHEMA)
            for s, e, speaker in (*self.quote_speakers, *self.reported_speakers):
                if s <= subj.idx < e and getattr(self.table.clusters.get(speaker), "type", None) == "person":
                    return speaker
        named = self._named_as(subj)
        if named is not None:
            return named  # "a group calling itself X", "X, a group of hackers who ..."
        named = _name_it_gives_itself(subj)
        if named is not None:
            subj = named  # "a group calling itself Red Owl claimed ...": Red Owl
        # "police in Lyon": not Lyon; resolve the phrase without a place it is located in
        # "Estonian investigators linked the breach to Y, a finding Moscow dismissed": an
        # apposition of hearsay the parser hung on the subject is about the whole clause
        cut = next((c for c in subj.rights if (c.dep_ == "prep" and c.lower_ in _LOCATIVE) or (c.dep_ == "appos" and c.lemma_ in _lex("claim_hearsay_nouns"))), None)
        if cut is not None:
            cut_off = {t.i for t in cut.subtree}
            end = max(t.i for t in subj.subtree if t.i < cut.i and t.i not in cut_off) + 1  # (the verb may stand between)
            key = self.resolver.phrase(subj.doc[subj.left_edge.i : end], before=subj.idx)
        else:
            key = self.resolver.token(subj)
        if key is None:
            key = self._surname_alone(subj)  # "Ruiz accused ...", the surname tagged as a noun
        if key is None and subj.pos_ == "NOUN" and (
            subj.lower_ in TITLE_HEADS or subj.lemma_ in _lex("claim_government_nouns") or subj.lemma_ in _lex("claim_collective_nouns")
        ):
            named = self._state_named_on(subj)  # "the Indian foreign ministry spokesman", "Russian investigators"
            if named is not None:
                return named
        if key is None and subj.lemma_ in _lex("claim_government_nouns") and not any(c.dep_ in ("poss", "compound") for c in subj.children):
            return self._the_government(subj)
        if key is None and subj.pos_ == "NOUN" and subj.lemma_ in _lex("claim_document_nouns"):
            return self._government_of(self._document_owner(subj))  # "the report said ..."
        speaker = self._speaker_for_body(subj, key)
        if speaker is not None:
            return speaker
        return self._government_of(key)

    def _third_person_in_quote(self, subj: Token) -> str | None:
        """'He' or 'she' inside a direct quotation is not the one quoted (who says 'I'):
        when the resolver gives the speaker, the last other person named before it."""
        key = self.resolver.token(subj)
        for s, e, speaker in self.quote_speakers:
            if s <= subj.idx < e and key == speaker:
                people = [
                    (ms, k) for ms, _, k in self.table.mentions_in(0, subj.idx)
                    if k != speaker and getattr(self.table.clusters.get(k), "type", None) == "person"
                ]
                return max(people)[1] if people else None
        return None

    def _speaker_for_body(self, subj: Token, key: str | None) -> str | None:
        """'The ministry's spokeswoman said the ministry held Y responsible': the body
        named by a definite common noun in what a person who holds a role in it said is
        that person's view (SCHEMA: the most specific speaker), as 'her government' is."""
        if key is None or subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        for s, e, speaker in (*self.quote_speakers, *self.reported_speakers):
            person = self.table.clusters.get(speaker)
            if s <= subj.idx < e and person is not None and person.type == "person" and any(r[1] == key for r in person.roles):
                return speaker
        return None

    def _document_owner(self, tok: Token) -> str | None:
        """Who a document speaks for: the owner its own phrase names ('the committee's
        report', 'a report by the GAO'), else the one owner the article gives the same
        noun elsewhere ('a congressional report' ... 'the committee's interim report')."""
        def owner(t: Token) -> str | None:
            poss = _child(t, "poss")
            if poss is not None and poss.pos_ == "NOUN" and self.resolver.token(poss) is None:
                # "'The committee's report ...,' said X, who chairs the Y Committee": the
                # body the sentence names after its common noun
                return self.resolver.phrase(self.doc[poss.left_edge.i : poss.i + 1], before=poss.sent.end_char)
            if poss is not None:
                return self.resolver.token(poss)  # "its report": the body named before
            by = _prep_objects(t, {"by", "from", "of"})
            if by:
                return self.resolver.token(by[0])
            by = [  # "a report published last month by Kestrel Labs": the by-agent of its making,
                # when it is an actor by its own name (not one its appositive names: "a group in Bangkok")
                p for m in t.children if m.dep_ == "acl" and m.lemma_ in _lex("claim_making_verbs")
                for a in m.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                and any(s <= p.idx < e for cl in self.table.clusters.values() for s, e in cl.mentions)
            ]
            if by:
                return self.resolver.token(by[0])
            if any(c.dep_ == "compound" for c in t.children):
                return self.resolver.token(t)  # "a GAO report"
            if t.dep_ == "dobj" and t.head.lemma_ in _lex("claim_making_verbs") and not _negated(t.head):
                maker = _child(t.head, "nsubj")  # "the committee released a report"
                return self.resolver.token(maker) if maker is not None else None
            return None
        own = owner(tok)
        if own is not None:
            return own
        if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of", "in", "for") for c in tok.children) or not any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "amod" for c in tok.children
        ):
            return None  # "a report in the Globe", "a report": another document
        others = {
            k for t in self.doc
            if t.i != tok.i and t.pos_ == "NOUN" and t.lemma_ == tok.lemma_ and (k := owner(t)) is not None
        }
        return others.pop() if len(others) == 1 else None

    def _named_as(self, tok: Token) -> str | None:
        """The group or body a common noun is named as: 'a group calling itself X', 'a group
        known as X' (claim_naming_verbs), or the name it stands in apposition to ('X, a
        group of hackers')."""
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_ in _lex("claim_naming_verbs"):
                found = [k for _, _, k in self.table.mentions_in(c.idx, c.right_edge.idx + len(c.right_edge.text))]
                if found:
                    return found[0]
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            return self.resolver.token(tok.head)
        return None

    def _state_named_on(self, tok: Token) -> str | None:
        """The state a title no actor was found for is qualified by: 'the Indian foreign
        ministry spokesman', 'Ukrainian officials' (an unnamed official speaks for it)."""
        for t in tok.subtree:
            if t.i < tok.i and t.head.i in (tok.i, *(c.i for c in tok.children)) and t.dep_ in ("amod", "compound", "poss") and (
                t.ent_type_ in ("NORP", "GPE") or t.text[:1].isupper()
            ):
                k = self.table.country_key(t.text)
                if k and k in self.table.clusters:
                    return k
        return None

    def _named_by_demonym(self, key: str, start: int, end: int) -> bool:
        """A state the article names only by its demonym ('Russian investigators said',
        'blamed Russian hackers') is an actor when a claim is its: its mention is the
        demonym in the claim's sentence."""
        c = self.table.clusters.get(key)
        if c is None or c.mentions:
            return c is not None
        if c.type != "country":
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        for t in span.sent if len(list(span.sents)) == 1 else span:
            if t.ent_type_ in ("NORP", "GPE") and self.table.country_key(t.text) == key:
                self.table.mention(key, t.idx, t.idx + len(t.text))
                return True
        return False

    def _government_of(self, key: str | None) -> str | None:
        """'The UK Government' speaks as the United Kingdom (SCHEMA: a government is its
        state's alias)."""
        if key is None:
            return None
        c = self.table.clusters[key]
        words = c.name.lower().split()
        if c.type != "organization" or not words or len(words) > 4 or not (
            words[-1] in _lex("claim_government_nouns") or words[0] in _lex("claim_government_nouns")
        ):
            return key
        state = c.country
        if state is None:
            known = {k for k, x in self.table.clusters.items() if x.type == "country" and x.mentions}
            # "the UK Government", "the interim Afghan authorities": a state's name or demonym in it
            state = next((k for w in c.name.split() if (k := self.table.country_key(w)) in known), None)
        return state if state in self.table.clusters and self.table.clusters[state].mentions else key

    def _the_government(self, tok: Token) -> str | None:
        """'the government', 'the federal government', 'the authorities' with no state
        named: the story's side named before it (the actor layer's one notion of it)."""
        return side_country(self.table, before=tok.idx)

    def _previous_subject(self, tok: Token) -> str | None:
        """The body the main subject of the previous sentence in the paragraph stands for."""
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if "\n" in self.doc.text[prev.end_char : sent.start_char]:
            return None
        subj = _child(prev.root, "nsubj", "nsubjpass")
        if subj is None or subj.pos_ == "PRON":
            return None
        key = self.resolver.token(subj)
        if key is None and subj.pos_ == "NOUN" and subj.lemma_ in _lex("claim_document_nouns"):
            key = self._document_owner(subj)  # "..., the report said. It accused ..."
        return key if key is not None and self.table.clusters[key].type != "person" else None

    def _agent(self, tok: Token) -> str | None:
        """The actor a subject or object phrase names, groups and organisations first."""
        if tok.lower_ in _lex("claim_own_words"):
            return None
        found = self.table.mentions_in(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        if found and tok.pos_ == "PROPN" and any(c.dep_ == "appos" for c in tok.children):
            # "the Amniyat, al-Shabaab's intelligence wing", "the Nusra Front, the Syrian
            # branch of Al Qaeda": the name, not the body its apposition places it in
            own = self.table.at(tok.idx, tok.idx + len(tok.text))
            if own is not None and any(k == own for _, _, k in found):
                return own
        if found:
            groups = [k for _, _, k in found if self.table.clusters[k].type == "group"]
            key = groups[0] if groups else self.resolver.token(tok) or found[0][2]
            if tok.lemma_ in _lex("claim_army_nouns") and self.table.clusters[key].type == "country":
                return self._forces_of(key)  # "Pakistani troops", "Russia's military"
            return key
        if tok.lemma_ in _lex("claim_government_nouns") and tok.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound", "amod") and c.lower_ not in ("federal", "central", "national") for c in tok.children):
            return self._the_government(tok)  # "accused the government of ..."
        if tok.lemma_ in _lex("claim_army_nouns") and tok.pos_ == "NOUN":
            same = self._forces_named_alike(tok)
            if same is not None:
                return same  # "federal troops" after "federal forces"
        if tok.lemma_ in _lex("claim_private_person_nouns"):
            return self.resolver.token(tok)  # "the American swimmer" is not the United States
        service = self._armed_service(tok)
        if service is not None:
            return service
        beside = self._set_beside(tok)
        if beside is not None:
            return beside
        for t in tok.subtree:
            # "the Ukrainian side" ("Ukrainian" tagged either way, or not at all)
            if t.ent_type_ in ("NORP", "GPE") or (t.dep_ in ("amod", "compound") and t.head == tok and t.text[:1].isupper()):
                k = self.table.country_key(t.text)
                if k:
                    return self._forces_of(k) if tok.lemma_ in _lex("claim_army_nouns") else k
        key = self.resolver.token(tok)
        return key if key is not None else self._surname_alone(tok)

    def _set_beside(self, tok: Token) -> str | None:
        """'faulted his opponent, Sen. Ana Ruiz, for ...': the person a comma-closed
        apposition names after a common noun that names no one, where the parser hung the
        name elsewhere (not a list: 'blamed the rebels, Kirov and Dalen')."""
        if tok.tag_ != "NN" or tok.right_edge.i + 1 >= len(tok.doc) or tok.doc[tok.right_edge.i + 1].text != ",":
            return None
        chunk = []
        for t in tok.doc[tok.right_edge.i + 2 : tok.sent.end]:
            if t.text == ",":
                break
            if t.dep_ in ("cc", "conj") or t.lower_ in ("and", "or"):
                return None
            chunk.append(t)
        else:
            return None  # no closing comma: not an apposition set inside the clause
        if not chunk or len(chunk) > 6:
            return None
        found = self.table.mentions_in(chunk[0].idx, chunk[-1].idx + len(chunk[-1].text))
        keys = {k for _, _, k in found}
        if len(keys) != 1:
            return None
        key = keys.pop()
        return key if self.table.clusters[key].type == "person" else None

    def _surname_alone(self, tok: Token) -> str | None:
        """'Ruiz' tagged as a common noun ('accused Ruiz of ...'): the one person named
        before whose surname it is."""
        if not tok.is_title or tok.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
            return None
        known = {
            c.key for c in self.table.clusters.values()
            if c.type == "person" and c.mentions and min(s for s, _ in c.mentions) < tok.idx
            and len(c.name.split()) > 1 and c.name.split()[-1] == tok.text
        }
        return known.pop() if len(known) == 1 else None

    def _armed_service(self, tok: Token) -> str | None:
        """'blamed the military', 'the air force was behind the strikes': a state's service
        named by its common name alone, when no actor named before is meant, is what the
        actor layer's rule for such mentions makes it (actors.service_mention: the one body
        of that service, else the side's)."""
        if self.resolver.token(tok) is not None:
            return None
        return service_mention(self.table, tok)

    def _forces_named_alike(self, tok: Token) -> str | None:
        """'blamed federal troops': the one force the article named with the same word
        and another noun for armed forces ('federal forces', 'government troops')."""
        mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1]
        if not mods:
            return None
        army = _lex("claim_army_nouns")
        found = set()
        for c in self.table.clusters.values():
            if not c.mentions or c.type not in ("organization", "group"):
                continue
            for name in (c.name, *c.aliases):
                words = name.lower().split()
                if len(words) == 2 and words[0] == mods[0] and (words[1] in army or words[1].rstrip("s") in army):
                    found.add(c.key)
        return found.pop() if len(found) == 1 else None

    def _place_modifier(self, tok: Token) -> bool:
        """'the Paris attacks', 'the Kyiv strike': a city before an attack noun is where it
        was, not who did it (a country's name or demonym is: 'the Russian strike')."""
        if tok.ent_type_ != "GPE" and not any(t.text == tok.text and t.ent_type_ == "GPE" and t.dep_ == "pobj" for t in tok.doc):
            return False  # (a city the tagger knew as a place where the text says "in Nice")
        first = tok
        while first.i > 0 and (prev := tok.doc[first.i - 1]).pos_ == "PROPN" and prev.dep_ == "compound" and prev.is_title and (
            prev.head == tok or prev.ent_type_ == "GPE"
        ):
            first = prev
        if first is not tok:
            # "the Port Sudan strike": a city whose name ends in a country's
            full = tok.doc[first.i : tok.i + 1].text
            whole = self.table.gaz.lookup(full) or self.table.gaz.by_demonym(full)
            if whole is None or whole.type != "country":
                return True
        entry = self.table.gaz.lookup(tok.text)
        return entry is None or entry.type != "country" or (tok.text != entry.name and tok.text not in entry.aliases)

    def _verbal_attack(self, tok: Token) -> bool:
        """'Sanders' attacks against her', 'attacked his record', 'fired back': words, not
        arms (a person or a stance is what was attacked)."""
        if tok.lemma_ not in _lex("claim_verbal_attack_words"):
            return False
        if tok.lemma_ == "fire":
            return any(c.lower_ == "back" for c in tok.children)
        targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects(tok, {"against", "on"})
        for t in targets:
            if t.lemma_ in _lex("claim_verbal_targets") or any(c.dep_ == "poss" and c.lemma_ in _lex("claim_verbal_targets") for c in [t]):
                return True
            if t.dep_ == "nsubjpass" and t.lower_ in ("i", "he", "she", "me", "him", "her"):
                return True  # "I was viciously attacked by Mr. Khan"
            key = self.table.at(t.idx, t.idx + len(t.text))
            if key is not None and self.table.clusters[key].type == "person":
                return True
        return False

    def _object_agent(self, tok: Token, claimant: str) -> str | None:
        """The actor an object names; 'him', 'her' as the object of the claimant's verb is
        the last other person named before ('Trump spoke. Clinton accused him of ...'); so is
        'he', 'she' as the subject in what the claimant said ('"he is a liar," X said'). A
        person named in the verb's own subject is not it ('Clinton's campaign criticized him
        for ...': not Clinton)."""
        if tok.lower_ == "it":
            return self._named_before(tok, claimant)
        if tok.lower_ not in ("him", "her", "he", "she"):
            return self._agent(tok)
        subject = _subject_span(tok)
        prior = [
            (max(before), c.key) for c in self.table.clusters.values()
            if c.type == "person" and c.key != claimant
            and (before := [s for s, _ in c.mentions if s < tok.idx and not subject[0] <= s < subject[1]])
        ]
        return max(prior)[1] if prior else None

    def _named_before(self, tok: Token, claimant: str) -> str | None:
        """'called Iran reckless, accusing it of arming the rebels': 'it' as the object of
        the claimant's verb is the last state or body named before it in the sentence."""
        prior = [
            (s, k) for s, _, k in self.table.mentions_in(tok.sent.start_char, tok.idx)
            if k != claimant and self.table.clusters[k].type != "person" and k not in self._own(claimant)
        ]
        return max(prior)[1] if prior else None

    def _own_state(self, key: str) -> str:
        """The state an organisation or person speaks for, when the article names it."""
        c = self.table.clusters[key]
        if c.type in ("group", "country"):
            return key  # a non-state group speaks for itself, not for where it operates
        state = self.table.clusters.get(c.country) if c.country else None
        if state is None and c.type == "person":
            # "foreign ministry spokesman Wang Wenbin": the side of the body he speaks for
            side = next((s for s in map(self._role_side, c.roles) if s is not None), None)
            return side or key
        return state.key if state is not None and state.mentions else key

    def _role_side(self, role) -> str | None:
        """The side a person holding ``role`` is on: the group it leads, the state of the
        body it serves."""
        org = self.table.clusters.get(role[1]) if role[1] else None
        if org is None or not org.mentions:
            return None
        if org.type in ("group", "country"):
            return org.key
        state = self.table.clusters.get(org.country) if org.country else None
        return state.key if state is not None and state.mentions else None

    def _own(self, key: str) -> set[str]:
        """The claimant and the side it speaks for."""
        return {key, self._own_state(key)}

    def _forces_of(self, state: str) -> str:
        """The armed forces of ``state`` the article names ('its soldiers' -> the People's
        Liberation Army), else the state."""
        return armed_forces_of(self.table, state) or state

    def _agent_or_own(self, tok: Token, claimant: str) -> str | None:
        """``tok``'s actor; the claimant's own side for 'it', 'we'; its forces for 'its
        soldiers', 'our troops'."""
        if tok.lower_ in _lex("claim_own_words"):
            if tok.lower_ == "it" and not self._it_is_own(tok, claimant):
                return None
            return self._own_state(claimant)
        if any(c.dep_ == "poss" and c.lower_ in _lex("claim_own_words") for c in tok.children):
            state = self._own_state(claimant)
            return self._forces_of(state) if tok.lemma_ in _lex("claim_army_nouns") else state
        if tok.lemma_ in _lex("claim_follower_nouns") and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
            # "Prigozhin said his men had taken the building": the group the speaker leads
            led = self._led_group(claimant)
            if led is not None:
                return led
        key = self._agent(tok)
        return key if key is not None else self._body_spoken_for(tok, claimant)

    def _body_spoken_for(self, tok: Token, claimant: str) -> str | None:
        """'Kadu, a spokesman for the Front, said the group had nothing to do with the
        attack': a bare 'the group', 'the company' (group_nouns, company_nouns) that names
        no actor, in what one holding a title in one group or body said, is that body, as
        a spokesperson's 'it' is; with no title read, the body whose denial the previous
        sentence of the paragraph told ('The Front rejected the accusation. Kabila said the
        group ...'). Not when a body speaks: 'Amnesty said the group ...' is some group
        told before."""
        if tok.pos_ != "NOUN" or not (tok.lemma_ in GROUP_NOUNS or tok.lemma_ in COMPANY_NOUNS):
            return None
        if [c.lower_ for c in tok.children] != ["the"]:
            return None  # "a group", "the hacking group", "the group's members": not the body itself
        if self.table.clusters[claimant].type != "person":
            return None
        led = self._led_group(claimant)
        if led is not None:
            return led
        if tok.sent.start == 0 or _frame(self.doc[tok.sent.start - 1].sent.root.lemma_) != "deny":
            return None  # "Amnesty published a report. Kadu said the group ...": not Amnesty
        before = self._previous_subject(tok)
        return before if before is not None and self.table.clusters[before].type in ("group", "organization") else None

    def _own_forces(self, tok: Token, claimant: str) -> str | None:
        """'The ministry's spokesman denied that the aircraft had carried out any attack':
        forces with no owner named ('the aircraft', 'the troops') in a denial by one who
        speaks for a state are that state's."""
        if tok.pos_ != "NOUN" or tok.lemma_ not in _lex("claim_force_nouns"):
            return None
        if not all(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) or not any(True for _ in tok.children):
            return None  # "Russian jets" are named by their owner; "some jets", "jets" by none
        state = self._own_state(claimant)
        if self.table.clusters[state].type != "country":
            return None  # a person with no side, a group: no state's forces
        return state

    def _it_is_own(self, tok: Token, claimant: str) -> bool:
        """'it' in what someone said is the speaker's side ('Moscow said it had nothing to
        do with ...'), unless the speaker is a person with no side named (a person is not
        'it') or a thing was the subject before it in the clause ('the van was carrying
        explosives when it struck the crowd')."""
        own = self._own_state(claimant)
        if own == claimant and self.table.clusters[claimant].type == "person":
            return False
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.tag_ == "NN" and t.head.lemma_ not in lexicon("speech_verbs"):
                return False
        return True

    def _conjunct_agents(self, tok: Token, resolve) -> list[str]:
        """The other actors coordinated with ``tok`` ('blamed Russia and Belarus', 'Russia
        and Belarus carried out the attack'): each is accused as ``tok`` is."""
        out = []
        for c in tok.conjuncts:
            if c.pos_ in ("PROPN", "NOUN") and c.i > tok.i:
                key = resolve(c)
                if key is not None and key not in out:
                    out.append(key)
        return out

    def _led_group(self, key: str) -> str | None:
        """The one armed group or organisation a person holds a title in."""
        c = self.table.clusters[key]
        if c.type != "person":
            return None
        orgs = {o for _, o, _ in c.roles if o in self.table.clusters and self.table.clusters[o].type in ("group", "organization") and self.table.clusters[o].mentions}
        return orgs.pop() if len(orgs) == 1 else None

    # -- events ---------------------------------------------------------------------------
    def _event_type(self, tok: Token) -> str | None:
        key = self.events.by_token.get(tok.i)
        for ev in self.events.events:
            if ev.key == key:
                return ev.type
        return None

    def _named_event(self, tokens) -> str | None:
        """An event of a fitting type named in ``tokens``. A bare 'the attack' points back
        at the attack the article is about, when there is one before it."""
        for t in tokens:
            key = self.events.by_token.get(t.i)
            if key and _generic_plural(t):
                continue  # "accused the army of staging incidents": any such, not the one told
            if key and self._event_type(t) in _lex("claim_event_types"):
                types = _anaphor_types(t)
                bare = all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) and any(True for _ in t.children)
                single = sum(1 for k in self.events.by_token.values() if k == key) <= 1
                undated = all(ev.begin is None for ev in self.events.events if ev.key == key)
                if types and bare and (single or undated):
                    # "blamed Moscow for the clash": the happening told before, dated, when
                    # the event finder kept the later mentions apart
                    return self._salient(types, t.idx, before_only=True, word=t.lemma_) or key
                return key
        return None

    def _event_in(self, tokens, pos: int, default: bool = False) -> str | None:
        """The event ``tokens`` name; else the one a pointing word ('the attack', 'it',
        'the incident') stands for; else, with ``default``, the article's attack."""
        tokens = list(tokens)
        key = self._named_event(tokens) or self._event_by_name(tokens)
        if key:
            return key
        other = _lex("claim_other_event_words")
        if any(t.lower_ in other for t in tokens):
            return None  # "a string of earlier cyberattacks": not the one this article is about
        key = self._event_by_target(tokens)
        if key:
            return key
        for t in tokens:
            types = _anaphor_types(t)
            if types is not None and (t.pos_ in ("NOUN", "PRON") or t.lower_ in ("it", "this")):
                if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
                    continue  # "running a campaign of hatred": something new, not the attack told
                if _generic_plural(t):
                    continue  # "accused the army of staging incidents": a bare plural is any such, not the one told
                return self._salient(types, pos, word=t.lemma_ if t.pos_ == "NOUN" else None)
        if any(_fired_at(t) for t in tokens):
            return self._salient(_anaphor_types("") or (), pos)
        if any(_toll(t) for t in tokens):
            return self._salient(("armed_attack",), pos)  # "responsible for the loss of life"
        if default:
            return self._salient(_anaphor_types("") or (), pos)
        return None

    def _event_by_target(self, tokens) -> str | None:
        """'denied that its jets had been near the convoy': the other attack told elsewhere
        on that thing ('an attack on Thursday on a relief convoy'), when exactly one attack
        has a target named by that common noun and it is not the article's main one; 'Y
        kills reporters': the one 'killings of reporters' told (claim_victim_nominals
        with the same victims after 'of'), main or not."""
        nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN" and t.i not in self.events.by_token and not t.ent_type_}
        if not nouns:
            return None
        found, victims = set(), set()
        for ev in self.events.events:
            if not self._fits(ev, _anaphor_types("") or ()):
                continue
            for s, e in ev.triggers:
                trig = self.doc.char_span(s, e, alignment_mode="expand")
                if trig is None:
                    continue
                root = trig.root
                hit = [c for c in root.children if c.dep_ == "dobj" and root.pos_ == "VERB"]
                hit += [
                    g for g in root.subtree if g.dep_ == "pobj" and g.head.lower_ in ("on", "against")
                    and (g.head.head == root or (g.head.head.ent_type_ == "DATE" and g.head.head.head.head == root))
                ]  # "an attack on Thursday on a convoy": the parser may hang the target on the day
                hit += [c for h in hit for c in h.children if c.dep_ == "compound"]  # ("a convoy west of X": 'convoy west')
                if any(h.pos_ == "NOUN" and h.lemma_.lower() in nouns for h in hit):
                    found.add(ev.key)
                if root.pos_ == "NOUN" and root.lemma_ in _lex("claim_victim_nominals") and any(
                    o.pos_ == "NOUN" and o.lemma_.lower() in nouns for o in _prep_objects(root, {"of"})
                ):
                    victims.add(ev.key)  # "the killings of reporters": the same victims named
        if len(found | victims) != 1 or (found | victims == {self._main_event()} and not victims):
            return None  # the article's own attack is reached by the pointing words, if at all
        return (found | victims).pop()

    def _event_by_name(self, tokens) -> str | None:
        """An attack named by its own name alone ('responsible for NotPetya', 'behind
        WannaCry'): the event one of whose mentions carries that name ('the NotPetya cyber
        attack')."""
        names = {t.text for t in tokens if t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos")}
        if not names:
            return None
        for ev in self.events.events:
            if not self._fits(ev, _anaphor_types("") or ()):
                continue
            for s, e in ev.triggers:
                trig = self.doc.char_span(s, e, alignment_mode="expand")
                if trig is not None and any(t.text in names and t.i < trig.root.i for t in trig.root.subtree):
                    return ev.key
        return None

    def _event_of(self, objects: list[Token], pos: int) -> str | None:
        """The event of a claim about ``objects`` (the heads of what it says was done):
        an event or pointing word among them; the article's attack when there are none;
        no event when they name something else ('blamed everything on Russia', 'denied
        planning one', 'involvement in drafting the terms')."""
        if not objects:
            return self._salient(_anaphor_types("") or (), pos)
        key = self._event_in([t for o in objects for t in _own_words(o)], pos)
        if key is None and any(_fired_at(c) for o in objects for c in (o, *o.children)):
            return self._salient(_anaphor_types("") or (), pos)  # "for every shell fired at the town"
        return key

    @staticmethod
    def _fits(ev, types) -> bool:
        """``ev`` is of one of ``types``; a seizure, a ramming, a hijacking ('other' events
        of a hostile act) stand in for an armed attack."""
        if ev.type in types:
            return True
        return "armed_attack" in types and ev.type == "other" and ev.lemma.lower() in _lex("claim_hostile_event_lemmas")

    def _agents_last_event(self, agent: str, span: Span) -> str | None:
        """The event the last claim before said ``agent`` did: 'India had committed a grave
        violation' after 'the Indian jets had crossed the Line of Control' is about the same
        strike."""
        before = [c for c in self.claims if c.agent == agent and c.event and c.polarity == "asserted" and c.start < span.start_char]
        return max(before, key=lambda c: c.start).event if before else None

    def _event_by_doer(self, subj: Token, span: Span) -> str | None:
        """'the Indian jets had crossed the Line of Control': the attack whose doer the
        narrative named with the same noun ('Mirage 2000 jets of the Indian Air Force struck
        a site'), when exactly one attack has it."""
        if subj.pos_ != "NOUN":
            return None
        types = _anaphor_types("") or ()
        found = set()
        side = self._agent(subj)
        for ev in self.events.events:
            if not self._fits(ev, types):
                continue
            for s, e in ev.triggers:
                if span.start_char <= s < span.end_char:
                    continue
                trig = self.doc.char_span(s, e, alignment_mode="expand")
                if trig is not None and any(c.dep_ == "nsubj" and c.lemma_ == subj.lemma_ and not self._other_side(c, side) for c in trig.root.children):
                    found.add(ev.key)
        return found.pop() if len(found) == 1 else None

    def _main_event(self) -> str | None:
        """The event the article is about among those one can be involved in: the attack,
        or an upheaval named by a pointing noun ('the mutiny', 'the coup'), told most."""
        fitting = [
            ev for ev in self.events.events
            if ev.triggers and (self._fits(ev, _anaphor_types("") or ()) or (ev.type in _lex("claim_event_types") and ev.lemma.lower() in table("claim_anaphor_types")))
        ]
        if not fitting:
            return None
        return max(fitting, key=lambda ev: (len(ev.triggers), ev.begin is not None, -min(s for s, _ in ev.triggers))).key

    def _other_side(self, tok: Token, side: str | None) -> bool:
        """``tok`` names a doer of another side than ``side`` ('a coast guard vessel' is
        not 'the Philippine vessels')."""
        other = self._agent(tok)
        known = side in self.table.clusters and other in self.table.clusters
        return known and not self._same_side(side, other)

    def _sentence_at(self, pos: int) -> tuple[int, int]:
        """Where the sentence at ``pos`` starts and ends."""
        for sent in self.doc.sents:
            if sent.start_char <= pos < sent.end_char:
                return sent.start_char, sent.end_char
        return pos, pos

    def _salient(self, types, pos: int, before_only: bool = False, word: str | None = None) -> str | None:
        """The event of one of ``types`` mentioned most often, and most recently, by
        ``pos`` (a little after it: the sentence may name it later); one named by the same
        ``word`` first ('the strikes' -> the strikes, not the attacks)."""
        best = None
        near = self._sentence_at(pos)
        for ev in self.events.events:
            if not self._fits(ev, types) or not ev.triggers:
                continue
            seen = [s for s, _ in ev.triggers if (s < pos if before_only else s <= pos + 100)]
            if not seen:
                continue
            # a dated mention first: an undated one is most often a later reference to it
            # ("the clash", "the incident") that the event finder left apart; but first of
            # all one told in the claim's own sentence ("X claimed the Feb. 14 bombing and
            # named the attacker")
            recent = any(near[0] <= s < near[1] and (s < pos or not before_only) for s in seen)
            score = (recent, ev.begin is not None, word is not None and ev.lemma == word, len(ev.triggers), max(seen))
            if best is None or score > best[0]:
                best = (score, ev.key)
        if best is None and not before_only and pos < len(self.doc.text):
            # a lead that condemns the attack the next paragraph tells: the article's main
            # event of the types, wherever it is named
            return self._salient(types, len(self.doc.text), word=word)
        return best[1] if best else None

    # -- recording ------------------------------------------------------------------------
    def _add(self, claimant, agent, polarity, span: Span | tuple[int, int], event, statement=None, kind=None, merge=False):
        if claimant is None or agent is None:
            return
        claimant = self._government_of(claimant)
        agent = self._government_of(agent)  # "held the interim Afghan authorities responsible": the state
        self_claim = kind is not None
        if self_claim:
            pass  # a self-claim: an attribution even when the event is not named
        elif polarity == "denied":
            kind = "denial"
        else:
            kind = "attribution" if event else "accusation"
        if kind == "accusation" and claimant == agent:
            return  # no one accuses itself: a misread subject ("NATO ... accused NATO")
        s, e = (span.start_char, span.end_char) if isinstance(span, Span) else span
        if not (self._named_by_demonym(claimant, s, e) and self._named_by_demonym(agent, s, e)):
            return
        if polarity == "asserted" and event is not None:
            event = self._side_event(event, agent, s, e)
        for c in self.claims:
            if (c.claimant, c.agent, c.polarity, c.event) == (claimant, agent, polarity, event):
                if c.statement is None and statement is not None:
                    c.statement = statement
                return
        for c in self.claims:
            # one clause read twice ("obstructed the mission and endangered the crew by
            # firing water cannon"): the reading that names the event stands
            if merge and polarity == "asserted" and (c.claimant, c.agent, c.polarity, c.start, c.end) == (claimant, agent, polarity, s, e) and None in (c.event, event):
                if c.event is None:
                    c.event, c.kind = event, kind
                return
        self.claims.append(RawClaim(claimant, kind, agent, polarity, s, e, event, statement))

    def _same_side(self, a: str, b: str) -> bool:
        return a == b or self._own_state(a) == self._own_state(b)

    def _side_event(self, event: str, agent: str, start: int, end: int) -> str:
        """An event picked for what a claim points back at ('crossed the line', 'the
        attack') that the agent has no part in, when another attack of the article has the
        agent's side doing it: that one ('the Indian jets had crossed the Line of Control'
        -> India's strike, not the bombing India was struck by). An event the claim's own
        words name stays."""
        by_key = {ev.key: ev for ev in self.events.events}
        ev = by_key.get(event)
        if ev is None or any(start <= s < end for s, _ in ev.triggers):
            return event
        if any(self._same_side(agent, p) for p in ev.participants):
            return event
        types = _anaphor_types("") or ()
        if not self._fits(ev, types):
            return event
        doing = [
            o for o in self.events.events
            if o is not ev and self._fits(o, types) and o.triggers and min(s for s, _ in o.triggers) <= end
            and (o.begin is not None or ev.begin is None)
            and not any(start <= s < end for s, _ in o.triggers)
            and any(self._same_side(agent, p) for p in o.participants)
            and not any(self._same_side(agent, t) for t in o.targets)
        ]
        if not doing:
            return self._disputed_event(ev, types, agent, start, end) or event
        return max(doing, key=lambda o: (o.begin is not None, len(o.triggers), max(s for s, _ in o.triggers if s <= end) if any(s <= end for s, _ in o.triggers) else -1)).key

    def _disputed_event(self, ev, types, agent: str, start: int, end: int) -> str | None:
        """'The strike came as both capitals traded accusations over an attack on a convoy.
        ... The spokesman said the evidence pointed to Russian aircraft': an attack whose
        doer the text names (the strike the Pentagon announced) is not what a claim naming
        another side points back at; the one whose doer is left open (SCHEMA: a disputed
        event has no participants) is, the most recent one told before the claim."""
        if not ev.participants:
            return None
        known = [p for p in ev.participants if p in self.table.clusters]
        if not known or agent not in self.table.clusters:
            return None
        disputed = [
            o for o in self.events.events
            if o is not ev and self._fits(o, types) and not o.participants and o.triggers
            and any(s < start for s, _ in o.triggers)
            and not any(start <= s < end for s, _ in o.triggers)
            and not any(self._same_side(agent, t) for t in o.targets)
        ]
        if not disputed:
            return None
        return max(disputed, key=lambda o: max(s for s, _ in o.triggers if s < start)).key

    def _deny_earlier(self, claimant: str, tok: Token, statement=None, agent: str | None = None, general=False) -> None:
        """'X rejected the accusations': X denies what others claimed against X's side
        (or against ``agent``); with no such claim before, that X's side did the attack.
        Read once the claims inside statements are known too (see ``from_statements``)."""
        self._pending.append((claimant, tok, statement, agent, general))

    def _deny_earlier_now(self, claimant: str, tok: Token, statement, agent: str | None, general: bool) -> None:
        sent = tok.sent
        if any(c.claimant == claimant and c.polarity == "denied" and sent.start_char <= c.start < sent.end_char for c in self.claims):
            return  # "denied carrying out any strike, calling the reports a provocation": one denial
        own = {agent} if agent is not None else self._own(claimant)
        earlier = [
            c for c in self.claims
            if c.start < tok.idx and c.polarity == "asserted" and c.claimant not in self._own(claimant) and c.agent in own
        ]
        if earlier:
            for c in earlier:
                self._add(claimant, c.agent, "denied", tok.sent, c.event, statement)
            return
        target = agent if agent is not None else self._own_state(claimant)
        kind = self.table.clusters[claimant].type
        if agent is None and kind == "person" and target != claimant and self._own_deed_before(claimant, tok):
            target = claimant  # "Lenko's involvement ... He has always denied it": the person
        if target == claimant and kind in ("person", "organization"):
            # a person or body with no side named: what they dismiss is what the last other
            # claimant said of the last side it accused ("rejects these assertions")
            others = [c for c in self.claims if c.start < tok.idx and c.polarity == "asserted" and c.claimant != claimant]
            if others:
                last = max(others, key=lambda c: c.start)
                for c in others:
                    if c.claimant == last.claimant and c.agent == last.agent:
                        self._add(claimant, c.agent, "denied", tok.sent, c.event, statement)
                return
            if kind == "person" or self.table.clusters[claimant].country is None:
                # "Ailes denied the charges", "the publisher denied the reports": what was
                # said of them, no event told
                self._add(claimant, claimant, "denied", tok.sent, None, statement)
                return
        event = None if general else self._salient(_anaphor_types("") or (), tok.idx)
        self._add(claimant, target, "denied", tok.sent, event, statement)

    def _own_deed_before(self, person: str, tok: Token) -> bool:
        """The sentences up to a denial by ``person`` name the person's own part ('no
        evidence of Lenko's involvement', 'if he has killed reporters'), not the state's:
        a noun of claim_denied_roles the person owns, or the person as the subject of a
        verb of a deed (claim_hostile_act_verbs, claim_wrongdoing_verbs, claim_personal_deed_verbs)."""
        start = tok.sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        deeds = {*_lex("claim_hostile_act_verbs"), *_lex("claim_wrongdoing_verbs"), *_lex("claim_personal_deed_verbs")}
        for t in self.doc[start : tok.i]:
            if t.lemma_ in _lex("claim_denied_roles") and t.pos_ == "NOUN":
                owner = _child(t, "poss")
            elif t.pos_ == "VERB" and t.lemma_ in deeds:
                owner = _child(t, "nsubj")
            else:
                continue
            if owner is not None and owner.pos_ in ("PROPN", "PRON") and self._claimant(owner) == person:
                return True
        return False

    # -- narrative verbs ------------------------------------------------------------------
    def narrative(self, skip) -> None:
        self._skip = list(skip)
        for tok in self.doc:
            if any(s <= tok.idx < e for s, e in skip) or tok.pos_ != "VERB":
                continue
            frame = _frame(tok.lemma_)
            if frame is None:
                continue
            passive = _child(tok, "nsubjpass")
            has = passive if passive is not None and _has_misparsed_as_passive(tok) else None
            if has is not None:
                passive = None  # "He's always denied it": 's is "has"
            if passive is not None and frame in ("blame", "accuse", "hold", "attribute", "self"):
                self._passive(tok, frame, passive)
                continue
            if frame == "deny" and has is None and (passive is not None or _child(tok, "auxpass") is not None):
                continue  # "his requests were denied": no one denied a deed
            if tok.dep_ == "xcomp" and tok.head.lemma_ not in _lex("claim_control_verbs"):
                continue  # "Comey would like to indict her", "wants to blame": not done
            if _hypothetical(tok):
                continue  # "which makes it easy for Caracas to deny responsibility"
            subj = _child(tok, "nsubj") if has is None else has
            if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                subj = tok.head  # "Hamas, which claimed the attack"
            elif subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "conj" and _antecedent(subj) is not None:
                subj = _antecedent(subj)  # "a group who ... and who claimed credit for the hack"
            if subj is None and tok.dep_ in ("advcl", "conj", "xcomp"):
                subj = subject_of(_coordinated_with(tok))
            if subj is None and tok.dep_ == "pcomp":
                subj = subject_of(tok)  # "hit back by accusing him of ...": the subject of "hit"
            if subj is None and tok.dep_ == "ROOT":
                subj = _stranded_subject(tok)
            if subj is None:
                subj = _split_perfect_subject(tok)
            if subj is None or (subj.dep_ == "nsubjpass" and subj is not has):
                continue
            if _negated(tok) or any(c.lower_ in ("no", "none") for c in subj.children) or subj.lower_ in ("none", "nobody", "noone"):
                continue  # "no group has claimed responsibility", "did not blame"
            claimant = self._claimant(subj)
            if claimant is not None:
                getattr(self, f"_{frame}")(tok, claimant)
        for i, label in self.pattern_at.items():
            if label == "blames" and not any(s <= self.doc[i].idx < e for s, e in skip):
                self._blames_idiom(self.doc[i])
            if label == "rebukes" and not any(s <= self.doc[i].idx < e for s, e in skip):
                self._rebukes_idiom(self.doc[i])

    def _blames_idiom(self, tok: Token) -> None:
        """'X pointed the finger at Y' (a claims.json pattern labelled 'blames')."""
        subj = subject_of(tok)
        claimant = self._claimant(subj) if subj is not None else None
        at = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep"]
        if claimant is not None and at and not _negated(tok):
            self._add(claimant, self._agent(at[-1]), "asserted", tok.sent, self._salient(_anaphor_types("") or (), tok.idx))

    def _rebukes_idiom(self, tok: Token) -> None:
        """'X lashed out at Y', 'took a swipe at Y', 'railed against Y' (a claims.json
        pattern labelled 'rebukes'): words against a named actor, an accusation with no
        event; 'lashed out at critics, including Y': the actors the phrase names."""
        subj = subject_of(tok)
        claimant = self._claimant(subj) if subj is not None else None
        if claimant is not None and subj.tag_ == "NNS" and self.table.clusters[claimant].type == "person":
            return  # "the Republican candidates lashed out at Y": no one person
        at = next((t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ in ("at", "against")), None)
        if claimant is None or at is None or _negated(tok):
            return
        named = [o for p in at.children if p.dep_ == "prep" and p.lower_ == "including" for o in p.children if o.dep_ == "pobj"]
        whom = ([at] if self._someone(at) else []) + [o for o in named if self._someone(o)]
        for one in whom:
            for agent in [self._object_agent(one, claimant), *self._conjunct_agents(one, self._agent)]:
                if agent is not None and agent not in self._own(claimant):
                    self._add(claimant, agent, "asserted", tok.sent, None)

    def _passive(self, tok: Token, frame: str, subj: Token, statement=None, speaker: str | None = None) -> None:
        """'Russia was accused by Britain of the attack', 'the attack was attributed to Y
        by X': the claimant is the by-agent; with none, inside what someone said ('the
        attack was traced to Y'), the speaker."""
        by = _child(tok, "agent")
        claimant_tok = _child(by, "pobj") if by is not None else None
        claimant = self._claimant(claimant_tok) if claimant_tok is not None else speaker
        if claimant is None:
            return
        if frame == "self":
            # "the bombing was claimed by the Islamic State"
            if tok.lemma_ == "claim" and (subj.lemma_ in _lex("claim_attack_nouns") or self._named_event([subj])):
                self._add(claimant, claimant, "asserted", tok.sent, self._event_of([subj], tok.idx), statement, "attribution")
            elif tok.lemma_ == "claim" and subj.lemma_ in _lex("claim_self_nouns") and subj.tag_ != "NNS" and not _negated(tok):
                # "responsibility for the breach was claimed by Red Owl"
                objs = _prep_objects(subj, {"for"})
                event = self._event_of(objs, tok.idx)
                if event is not None or not objs:
                    self._add(claimant, claimant, "asserted", tok.sent, event, statement, "attribution")
            return
        if frame == "attribute":
            to = _prep_objects(tok, _preps("attribute"))
            if to and self._attributable(subj):
                event = self._event_in(subj.subtree, tok.idx, default=True)
                self._add(claimant, self._agent(to[0]), "asserted", tok.sent, event, statement)
            return
        if frame == "hold" and not any(t.lemma_ in _lex("claim_responsible_adjectives") for t in tok.subtree):
            return  # "Y is seen as a rising star", "was deemed a risk": no deed held against Y
        on = _prep_objects(tok, {"on"}) if frame == "blame" else []
        if on and (subj.lemma_ in _lex("claim_attack_nouns") or self._named_event([subj]) or _anaphor_types(subj)):
            # "the attack was blamed on Y (by X)"
            self._add(claimant, self._agent(on[0]), "asserted", tok.sent, self._event_of([subj], tok.idx), statement)
            return
        objs = _prep_objects(tok, _preps(frame))
        event = self._event_of(objs, tok.idx) if frame in ("blame", "hold") else self._event_in([t for o in objs for t in o.subtree], tok.idx)
        self._add(claimant, self._agent(subj), "asserted", tok.sent, event, statement)

    def _blame(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X blamed Y for the attack', 'X blamed the attack on Y', 'X blamed Y' (for the
        attack the article is about)."""
        obj = _child(tok, "dobj") or (tok.head if tok.dep_ == "relcl" else None)  # "landmines it blamed on Y"
        if obj is not None and obj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            obj = tok.head  # "Ansar Dine, which Goita blamed for the attacks"
        on = [o for o in _prep_objects(tok, {"on"}) if o.ent_type_ not in ("DATE", "TIME")]
        if on:
            event = self._event_of([obj] if obj is not None else [], tok.idx)
            self._add(claimant, self._agent(on[0]), "asserted", tok.sent, event, statement)
            return
        if obj is None:
            return
        # "blamed a gang known as DarkSide for the attack": the "for" may hang lower
        objs = _prep_objects(tok, _preps("blame")) + [
            o for t in obj.subtree if t.i > obj.i for o in _prep_objects(t, _preps("blame"))
        ]
        event = self._event_of(objs, tok.idx)  # "blames Russia for everything": no event
        if event is None:
            event = self._breach(objs, tok.idx)
        for agent in [self._object_agent(obj, claimant), *self._conjunct_agents(obj, self._agent)]:
            self._add_including(tok, claimant, agent, event, statement)

    def _add_including(self, tok: Token, claimant: str, agent: str | None, event: str | None, statement) -> None:
        """'X blamed Y for a string of cyberattacks, including the 2015 assault on its power
        grid', 'accused Y of hacking agencies in recent years, including the theft of E': the
        charge of many deeds (an accusation, no event) and the one named after 'including'
        (an attribution to its event)."""
        named = [c for t in tok.subtree if t.lower_ == "including" and t.dep_ == "prep" for c in t.children if c.dep_ == "pobj"]
        one = self._event_of(named, tok.idx) if named else None
        if one is None and any(n.lemma_ in _lex("claim_attack_nouns") for n in named):
            one = event  # the deed named after 'including' is what the event finder dated
        if one is None:
            self._add(claimant, agent, "asserted", tok.sent, event, statement)
            return
        self._add(claimant, agent, "asserted", tok.sent, None, statement)
        self._add(claimant, agent, "asserted", tok.sent, one, statement)

    def _breach(self, objs: list[Token], pos: int) -> str | None:
        """'blamed Y for the collapse of the truce': the fighting that ended it."""
        for o in objs:
            if o.lemma_ not in _lex("claim_breach_nouns"):
                continue
            of = _prep_objects(o, {"of"})
            if of and any(t.lemma_ in _lex("claim_truce_nouns") or self._event_type(t) == "agreement" for t in of):
                return self._salient(("armed_attack",), pos)
        return None

    def _accuse(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X accused Y of the attack' (an attribution), 'X accused Y of meddling' (an
        accusation: no event)."""
        obj = _child(tok, "dobj")
        if obj is not None and obj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            obj = tok.head  # "Russia, which the Netherlands has accused of the attack"
            if obj.dep_ == "appos":
                obj = obj.head  # "Gulen, the preacher whom Ankara accuses of ..."
        if obj is None:
            return
        objs = _prep_objects(tok, _preps("accuse")) + [
            o for t in obj.subtree if t.i > obj.i for o in _prep_objects(t, _preps("accuse"))
        ]
        event = None if _neglect(objs[:1]) else self._event_in([t for o in objs for t in _own_words(o)], tok.idx)
        agent = self._object_agent(obj, claimant)
        if agent == claimant:
            return  # "It accused the FDIC of ...", "accused him of ...": a misread pronoun
        for one in [agent, *self._conjunct_agents(obj, self._agent)]:
            if one != claimant:
                self._add_including(tok, claimant, one, event, statement)

    def _attribute(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X attributed the attack to Y', 'traced the intrusion to Y', 'pinned the blame on Y',
        'linked the hackers to Y' (the doers of the article's attack)."""
        obj = _child(tok, "dobj")
        if tok.dep_ == "relcl" and (obj is None or obj.tag_ in ("WDT", "WP")):
            obj = tok.head  # "the attack, which Tallinn attributed to Y"
        to = _prep_objects(tok, _preps("attribute"))
        if not to and obj is not None and tok.lemma_ in _lex("claim_pin_verbs"):
            to = _prep_objects(obj, {"on"})  # "pinned the attack on Y": the parser hung "on Y" on the attack
        if obj is None or not to:
            return
        tokens = list(obj.subtree)
        if not self._attributable(obj):
            return  # "attributed the delay to bad weather", "linked the rise in crime to ..."
        event = self._salient(_anaphor_types("") or (), tok.idx) if self._doers(obj) else self._event_in(tokens, tok.idx, default=True)
        self._add(claimant, self._agent(to[0]), "asserted", tok.sent, event, statement)

    def _doers(self, tok: Token) -> bool:
        """'the hackers', 'the gunmen': the unnamed doers of the article's attack."""
        return tok.lemma_ in _lex("claim_perpetrator_nouns") and tok.pos_ == "NOUN" and self._agent(tok) is None

    def _attributable(self, tok: Token) -> bool:
        """What 'attributed / traced / linked to Y' can be said of: an attack, a word
        pointing back at one, or its doers ('the hackers were traced to Y'), not 'the
        delay' or 'the party'."""
        return bool(
            self._named_event(list(tok.subtree))
            or tok.lemma_ in _lex("claim_attack_nouns")
            or tok.lemma_ in ("blame", "responsibility")
            or _anaphor_types(tok)
            or self._doers(tok)
        )

    def _hold(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X held Y responsible for E', 'X deemed Y accountable'."""
        adj = next(
            (t for t in tok.subtree if t.lemma_ in _lex("claim_responsible_adjectives") and t.head.i in (tok.i, *(c.i for c in tok.children))),
            None,
        )
        if adj is None:
            return
        agent_tok = _child(tok, "dobj") or _child(adj, "nsubj")
        if agent_tok is None:
            return
        objs = _prep_objects(adj, _preps("hold")) + _prep_objects(tok, _preps("hold"))
        event = self._event_of(objs, tok.idx)
        self._add(claimant, self._agent(agent_tok), "asserted", tok.sent, event, statement)

    def _condemn(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X condemned Y's attack', 'the actions of the coast guard', 'the attack by Y';
        'X condemned Y for E' is blame."""
        obj = _child(tok, "dobj")
        if obj is None:
            return
        if _prep_objects(tok, _preps("condemn")) and self._agent(obj) is not None and obj.pos_ == "PROPN":
            self._blame(tok, claimant, statement)
            return
        hostile = obj.lemma_ in _lex("claim_hostile_nouns") or (
            # "condemned the Russian use of force"
            obj.lemma_ == "use" and any(o.lemma_ in _lex("claim_force_used") for o in _prep_objects(obj, {"of"}))
        )
        if not (hostile or obj.lemma_ in _lex("claim_attack_nouns") or self._named_event([obj])):
            if self._someone(obj):
                self._rebuke(tok, obj, claimant, statement)  # "condemned Y"
            else:
                self._condemn_doer(tok, obj, claimant, statement)  # "condemned the launch"
            return
        owner = next(
            (
                c for c in obj.children
                if (c.dep_ == "poss" and obj.lemma_ not in _lex("claim_victim_nominals"))
                or (c.dep_ == "amod" and c.ent_type_ == "NORP")  # "Russian", not "Yemen strikes"
            ),
            None,
        )
        if owner is None:
            by = _prep_objects(obj, {"by"}) + (_prep_objects(obj, {"of"}) if hostile else [])
            owner = by[0] if by else None
        if owner is None or owner.lower_ in _POSSESSIVE_PRONOUNS:
            self._condemn_doer(tok, obj, claimant, statement)
            return
        # "the actions of the coast guard against a resupply mission": the mission is what
        # was acted against, not the act
        target = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS for t in p.subtree}
        event = self._event_in([t for t in obj.subtree if t.i not in target], tok.idx, default=True)
        self._add(claimant, self._agent(owner), "asserted", tok.sent, event, statement)

    def _criticize(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X criticized / slammed / attacked Y for E', 'X hit her over E' is blame of Y for
        E, Y named by name, by a title ('the president') or by a pronoun of the in-article
        coreference. With no for- or
        over-phrase, or an object that is not a name ('criticized the plan', 'slammed Y's
        remarks'), no one is said to have done anything; a for-phrase of time ('the jets
        attacked Gaza for the third time') tells an attack, no criticism."""
        obj = _child(tok, "dobj")
        reasons = _prep_objects(tok, _preps("criticize"))
        if obj is None or any(_stretch_of_time(o) for o in reasons) or not self._someone(obj):
            return
        if reasons:
            self._blame(tok, claimant, statement)
        else:
            self._rebuke(tok, obj, claimant, statement)

    def _someone(self, tok: Token) -> bool:
        """An object that names an actor: a name, a pronoun not the claimant's own, a title
        ('the president'), not a thing ('the plan', 'Y's remarks')."""
        return (tok.pos_ == "PROPN" and self._agent(tok) is not None) or (tok.pos_ == "PRON" and tok.lower_ not in _lex("claim_own_words")) or self._titled(tok)

    def _rebuke(self, tok: Token, obj: Token, claimant: str, statement: int | None) -> None:
        """'X mocked Y', 'X ripped the president', 'X condemned Y' with no reason given
        (claim_rebuke_verbs: words only, not 'attacked Y' or 'hit Y', which may be blows):
        X accuses Y of wrongdoing, no event (SCHEMA: an accusation)."""
        if tok.lemma_ not in _lex("claim_rebuke_verbs") or _figurative(tok):
            return
        for agent in [self._object_agent(obj, claimant), *self._conjunct_agents(obj, self._agent)]:
            if agent is not None and agent not in self._own(claimant):
                self._add(claimant, agent, "asserted", tok.sent, None, statement)

    def _titled(self, tok: Token) -> bool:
        """A title or a word for a government that the in-article coreference resolves
        ('criticized the president for', 'the administration'), not a thing of an actor
        ('slammed Y's remarks', 'the Trump plan': policy, no wrong said of anyone)."""
        head = tok.lower_ in TITLE_HEADS or tok.lemma_ in _lex("claim_government_nouns")
        return tok.pos_ == "NOUN" and head and _child(tok, "poss") is None and self.resolver.token(tok) is not None

    def _condemn_doer(self, tok: Token, obj: Token, claimant: str, statement: int | None) -> None:
        """'X condemned the test', 'condemned its missile launch': the event the object
        names, when the text names who did it (the one participant of an event whose doer
        is not disputed, SCHEMA), another than the claimant's side."""
        event = self._named_event(list(obj.subtree))
        if event is None and obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in obj.children):
            # "North Korea launched missiles ... condemned the launch": the one event told
            # before by a word of the same family
            same = {
                e.key for e in self.events.events
                if e.type in _lex("claim_event_types") and any(s < obj.idx for s, _ in e.triggers) and (obj.lemma_ in e.family() or any(
                    (t := self.doc.char_span(s, x, alignment_mode="expand")) is not None and t.root.lemma_ == obj.lemma_ for s, x in e.triggers
                ))
            }
            event = same.pop() if len(same) == 1 else None
        ev = next((e for e in self.events.events if e.key == event), None)
        if ev is None or len(ev.participants) != 1 or ev.participants[0] in self._own(claimant):
            return
        self._add(claimant, ev.participants[0], "asserted", tok.sent, event, statement)

    def _deny(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X denied involvement in E' / 'any role' (X's side did not), 'X denied carrying
        out E' (X did not), 'X rejected the accusations' / 'suggestions that Y ...', 'X denied
        that Y ...'."""
        obj = _child(tok, "dobj", "ccomp", "xcomp")
        shifted = None
        if obj is None:
            # "rejected as absurd accusations that ...": the object moved after its complement
            shifted = next((o for o in _prep_objects(tok, {"as"}) if o.lemma_ in _lex("claim_hearsay_nouns")), None)
            obj = shifted
        if obj is None and tok.dep_ in ("relcl", "acl") and tok.head.lemma_ in _lex("claim_hearsay_nouns"):
            # "a finding Moscow dismissed as absurd", "claims that Beijing has rejected": the
            # noun the clause hangs on is what is denied
            against = _prep_objects(tok.head, {"against"})
            self._deny_earlier(claimant, tok, statement, self._agent(against[0]) if against else None)
            return
        if obj is None or (obj.dep_ == "dobj" and obj.lower_ in _lex("claim_denied_pronouns")):
            # "Moscow has denied it", "Moscow denies": what was claimed before against its side
            if obj is not None or (tok.lemma_ == "deny" and not any(c.dep_ in ("dative", "prep", "attr") for c in tok.children)):
                self._deny_earlier(claimant, tok, statement)
            return
        if obj.dep_ == "xcomp" or (obj.tag_ == "VBG" and obj.pos_ == "VERB" and _child(obj, "nsubj", "nsubjpass") is None) or (
            obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.lower_.endswith("ing") and _wrongdoing(obj)
        ):
            # "denied carrying out any strike": the denier itself
            if obj.lemma_ in _lex("claim_responsibility_verbs") or obj.lemma_ in ("be", "have"):
                objs = [c for c in obj.children if c.dep_ == "dobj"]
                self._add(claimant, claimant, "denied", tok.sent, self._event_of(objs, tok.idx), statement)
            elif _wrongdoing(obj):
                # "Moscow has denied meddling in the vote": the event only where the words name one
                objs = [c for c in obj.children if c.dep_ == "dobj"] + _prep_objects(obj, {"in", "with"})
                event = self._event_in([t for o in objs for t in _own_words(o)], tok.idx)
                self._add(claimant, self._own_state(claimant), "denied", tok.sent, event, statement)
            return
        inner = None
        for t in obj.subtree:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head != tok and t.lower_ not in _RELATIVE_PRONOUNS:
                inner = t
                break
        if obj.lemma_ in _lex("claim_hearsay_nouns") and (obj.dep_ == "dobj" or obj is shifted):
            if inner is not None:  # "rejected suggestions that Russia had played any part"
                agent = self._agent_or_own(inner, claimant)
                if agent is not None:
                    self._add(claimant, agent, "denied", tok.sent, self._event_in(inner.head.subtree, tok.idx, default=True), statement)
                elif _abuse_undone(inner):
                    self._abuse_denied(tok, obj, inner, claimant, statement)
                return
            # "rejected any accusations against Russia", "any suggestion of Russian
            # involvement", "rejected the accusations"
            against = _prep_objects(obj, {"against"})
            agent = self._agent(against[0]) if against else None
            role = next((t for t in obj.subtree if t.lemma_ in _lex("claim_denied_roles") and t != obj), None)
            owner = next((c for c in role.children if c.dep_ == "poss" or c.ent_type_ == "NORP"), None) if role is not None else None
            if agent is None and owner is not None:
                agent = self._agent_or_own(owner, claimant)
                if agent is not None:
                    self._add(claimant, agent, "denied", tok.sent, self._event_of(_prep_objects(role, {"in", "for", "with"}), tok.idx), statement)
                    return
            # "rejected accusations of aggression": about the article's attack, whatever
            # the claims before it linked
            hostile = [o for o in _prep_objects(obj, {"of", "over", "about"}) if o.lemma_ in _lex("claim_attack_nouns") or o.lemma_ in _lex("claim_hostile_nouns")]
            if hostile:
                event = self._event_in([t for o in hostile for t in o.subtree], tok.idx, default=True)
                target = agent or self._own_state(claimant)
                if target == claimant and self.table.clusters[claimant].type == "person":
                    # a spokesman with no side named: the side the claims before accused
                    others = [c for c in self.claims if c.start < tok.idx and c.polarity == "asserted" and c.claimant != claimant]
                    target = max(others, key=lambda c: c.start).agent if others else None
                if event is not None and target is not None:
                    self._add(claimant, target, "denied", tok.sent, event, statement)
                    return
            general = bool(against) or any(c.dep_ == "prep" and c.lower_ != "as" for c in obj.children)  # ("the claims as nonsense")
            self._deny_earlier(claimant, tok, statement, agent, general=general)
            return
        if obj.dep_ == "ccomp" and inner is not None:
            # "denied that its troops had crossed the border"; a person's "he" or "she" is
            # the person ("Dana Whitfield denied that she was working on a book")
            personal = inner.lower_ in ("he", "she") and self.table.clusters[claimant].type == "person"
            agent = claimant if personal else (self._agent_or_own(inner, claimant) or self._own_forces(inner, claimant))
            if agent is not None:
                polarity_ok = not _negated(obj)
                if polarity_ok:
                    self._add(claimant, agent, "denied", tok.sent, self._event_in(obj.subtree, tok.idx, default=True), statement)
            elif _abuse_undone(inner):
                self._abuse_denied(tok, None, inner, claimant, statement)
            return
        if obj.dep_ == "dobj" and obj.lemma_ in _lex("claim_denied_wrongs") and not any(c.dep_ == "poss" for c in obj.children):
            # "the campaign denies any wrongdoing": the denier itself, no event told
            self._add(claimant, claimant, "denied", tok.sent, None, statement)
            return
        if obj.dep_ == "dobj" and obj.lemma_ in _lex("claim_denied_roles"):
            # "denied any role", "denied involvement in the attack"
            objs = _prep_objects(obj, {"in", "for", "with", "to"})
            self._add(claimant, self._own_state(claimant), "denied", tok.sent, self._event_of(objs, tok.idx), statement)
            return
        if obj.dep_ == "dobj" and (obj.lemma_ in _lex("claim_attack_nouns") or self._named_event([obj])):
            # "Russia denied the attack" (not "rejected attacks from Bush that he was not a
            # conservative": words of a person)
            if any(self.table.clusters[k].type == "person" for o in _prep_objects(obj, {"from", "by"}) for _, _, k in self.table.mentions_in(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text))):
                return
            if self._event_type(obj) in _lex("claim_measure_types"):
                return  # "Iran rejected the new sanctions as illegitimate": a measure taken against it, no deed denied
            self._add(claimant, self._own_state(claimant), "denied", tok.sent, self._event_of([obj], tok.idx), statement)

    def _abuse_denied(self, tok: Token, heard: Token | None, patient: Token, claimant: str, statement) -> None:
        """'X denied that the detainees had been mistreated', 'X rejected the claims of Y that
        prisoners were tortured': no doer named, so X denies its own side's part (no event
        unless the words name one); Y, who made the claims, accuses X's side."""
        side = self._own_state(claimant)
        event = self._named_event(list(patient.head.subtree))
        self._add(claimant, side, "denied", tok.sent, event, statement)
        owners = [c for c in heard.children if c.dep_ == "poss"] + _prep_objects(heard, {"of", "by", "from"}) if heard is not None else []
        for o in owners:
            key = self._claimant(o)
            if key is not None and not self._same_side(key, side):
                self._add(key, side, "asserted", tok.sent, event, statement)

    def _self(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'Z claimed responsibility (for E)', 'Z took credit', 'Z claimed the bombing';
        'Z admitted to breaking into the accounts', 'Z admitted hacking the servers';
        'Z admitted the intrusions', 'Z confessed to the hack'."""
        obj = _child(tok, "dobj")
        confessed = self._confessed_deed(tok, obj)
        if confessed is not None:
            event = self._event_in([confessed], tok.idx)
            if event is not None and not _negated(tok):  # ("admitted to a federal crime": no deed told)
                self._add(claimant, claimant, "asserted", tok.sent, event, statement, "attribution")
            return
        if tok.lemma_ == "admit" and (obj is None or obj.tag_ == "VBG"):
            deed = obj if obj is not None else next((
                c for c in (*_prep_objects(tok, {"to"}), *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pcomp"), *(x for x in tok.children if x.dep_ == "xcomp"))
                if c.tag_ == "VBG"
            ), None)
            deeds = {*_lex("claim_responsibility_verbs"), *_lex("claim_wrongdoing_verbs"), *_lex("claim_personal_deed_verbs")}
            if deed is not None and deed.lemma_ in deeds and not _negated(tok):
                self._add(claimant, claimant, "asserted", tok.sent, self._event_in(list(deed.subtree), tok.idx, default=True), statement, "attribution")
            return
        if obj is None:
            return
        if obj.lemma_ in _lex("claim_self_nouns"):
            if obj.tag_ == "NNS" or _child(obj, "poss") is not None:
                return  # "we take seriously our responsibilities to monitor the vote"
            objs = _prep_objects(obj, {"for"}) + _prep_objects(tok, {"for"})
            event = self._event_of(objs, tok.idx)
            if objs and event is None:
                return  # "took responsibility for the defeat"
            self._add(claimant, claimant, "asserted", tok.sent, event, statement, "attribution")
        elif tok.lemma_ == "claim" and (obj.lemma_ in _lex("claim_attack_nouns") or self._named_event([obj])) and not _child(obj, "poss"):
            self._add(claimant, claimant, "asserted", tok.sent, self._event_in([obj], tok.idx, default=True), statement, "attribution")

    def _confessed_deed(self, tok: Token, obj: Token | None) -> Token | None:
        """The hostile act an admission names as a noun, its object or after 'to': 'admitted
        the intrusions', 'confessed to the bombing' (claim_attack_nouns, or a word the event
        finder took for an attack); not 'admitted the mistake', 'admitted his role'."""
        if tok.lemma_ not in ("admit", "confess"):
            return None
        for noun in ([obj] if obj is not None else []) + _prep_objects(tok, {"to"}):
            if noun.pos_ == "NOUN" and (noun.lemma_ in _lex("claim_attack_nouns") or self._named_event([noun])):
                return noun
        return None

    def _identify(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X identified Y as the attacker', 'X named the bomber as Y'."""
        obj = _child(tok, "dobj") or (tok.head if tok.dep_ == "relcl" else None)  # "a man it identified as ..."
        responsible = next((
            c for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
            for c in p.children if c.pos_ == "ADJ" and c.lemma_ in _lex("claim_responsible_adjectives")
        ), None)
        if obj is not None and responsible is not None:
            # "X identified Y as responsible for E": as "held Y responsible for E"
            agent = self._agent(obj)
            if agent is not None and agent != claimant:
                self._add(claimant, agent, "asserted", tok.sent, self._event_of(_prep_objects(responsible, {"for"}), tok.idx), statement)
            return
        as_ = _prep_objects(tok, {"as"})
        if obj is None or not as_:
            return
        perpetrators = _lex("claim_perpetrator_nouns")
        if as_[0].lemma_ in perpetrators and obj.lemma_ not in perpetrators:
            agent_tok = obj
        elif obj.lemma_ in perpetrators and as_[0].lemma_ not in perpetrators:
            agent_tok = as_[0]
        else:
            return
        agent = self._named_after(as_[0]) if agent_tok is obj and obj.pos_ == "NOUN" else None
        if agent is None:
            agent = self._agent(agent_tok)
        if agent is not None and agent != claimant:
            self._add(claimant, agent, "asserted", tok.sent, self._salient(_anaphor_types("") or (), tok.idx), statement)

    def _named_after(self, tok: Token) -> str | None:
        """'identified as the attacker, Adil Dar': the person or group named right after
        the noun, past a comma."""
        nxt = tok.i + 1
        if nxt < len(self.doc) and self.doc[nxt].text == ",":
            nxt += 1
        if nxt >= len(self.doc) or self.doc[nxt].pos_ != "PROPN":
            return None
        last = nxt
        while last + 1 < len(self.doc) and self.doc[last + 1].pos_ == "PROPN":
            last += 1
        key = self.table.at(self.doc[nxt].idx, self.doc[last].idx + len(self.doc[last].text))
        return key if key is not None and self.table.clusters[key].type in ("person", "group") else None

    def _legal(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X opened a criminal case against Y', 'X filed charges against Y': an accusation."""
        obj = _child(tok, "dobj")
        if obj is None or obj.lemma_ not in _lex("claim_legal_nouns"):
            return
        against = _prep_objects(obj, {"against"}) + _prep_objects(tok, {"against"})
        if against and not self._unnamed_one(against[0]):
            self._add(claimant, self._agent(against[0]), "asserted", tok.sent, None, statement)

    def _unnamed_one(self, tok: Token) -> bool:
        """'a lawsuit against a German anti-immigrant group': a body the text leaves
        unnamed (an indefinite common noun naming no actor) is not its state."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return False
        return not self.table.mentions_in(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))

    def _call(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X called the accusations baseless', 'described the reports as a smear campaign';
        'X called Y a liar' (claim_wrongdoer_nouns): X accuses Y, no event."""
        named, whom = _child(tok, "oprd"), _child(tok, "dobj")
        if named is not None and whom is not None and named.lemma_ in _lex("claim_wrongdoer_nouns"):
            self._add(claimant, self._object_agent(whom, claimant), "asserted", tok.sent, None, statement)
            return
        if self._to_go(tok) is not None:
            self._demand(tok, claimant, statement)  # "called on Y to resign", "called for Y's resignation"
            return
        obj = _child(tok, "dobj", "oprd")
        if obj is not None and obj.lemma_ not in _lex("claim_hearsay_nouns") and _dismissive([obj], self.dismissive_tokens):
            # "called the accusations nonsense", parsed as one noun phrase: the hearsay noun
            # is a compound of the dismissive one
            heard = next((c for c in obj.children if c.dep_ in ("compound", "nmod") and c.lemma_ in _lex("claim_hearsay_nouns")), None)
            if heard is not None:
                self._deny_earlier(claimant, tok, statement)
            return
        if obj is None or obj.lemma_ not in _lex("claim_hearsay_nouns"):
            return
        rest = [t for t in tok.subtree if t.i > obj.right_edge.i]
        if _dismissive(rest, self.dismissive_tokens):
            against = _prep_objects(obj, {"against"})
            self._deny_earlier(claimant, tok, statement, self._agent(against[0]) if against else None)

    def _demand(self, tok: Token, claimant: str, statement: int | None = None) -> None:
        """'X urged Y to step down', 'X called on / for Y to resign', 'demanded Y's
        resignation', 'demanded that Y apologize' (claim_ouster_words): X says Y did wrong
        enough to go or to make amends, an accusation with no event (SCHEMA)."""
        who = self._to_go(tok)
        if who is None:
            return
        agent = self._object_agent(who, claimant)
        if agent is not None and agent not in self._own(claimant):
            self._add(claimant, agent, "asserted", tok.sent, None, statement)

    def _to_go(self, tok: Token) -> Token | None:
        """Who a demand asks to go: the subject of the ouster clause ('called for Y to
        resign', 'demanded that Y apologize'), else the verb's object ('urged Y to quit',
        'called on Y to step down'); the owner of an ouster noun ('demanded Y's
        resignation', 'called for the resignation of Y')."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and (_ouster(c) or any(_ouster(a) for a in c.children if a.dep_ == "acomp")):
                return _child(c, "nsubj") or _child(tok, "dobj") or next(iter(_prep_objects(tok, {"on", "upon", "for"})), None)
        for n in [c for c in tok.children if c.dep_ == "dobj"] + _prep_objects(tok, {"for"}):
            if n.pos_ == "NOUN" and _ouster(n):
                return _child(n, "poss") or next(iter(_prep_objects(n, {"of"})), None)
        return None

    # -- inside statements ----------------------------------------------------------------
    def from_statements(self, statements: list[RawStatement], link: bool = True) -> None:
        """Claims inside what was said: the article's statements (``link``: a claim records
        its statement), or the hidden reported clauses (``link=False``). Rejections found
        wait for :meth:`settle`."""
        for n, st in enumerate(statements):
            self._covered.append((st.start, st.end))
            if self._judged_within(st, statements):
                continue
            self._read_statement(st, n if link else None)

    def _judged_within(self, st: RawStatement, statements: list[RawStatement]) -> bool:
        """'Taylor said Canberra had concluded that Russia was responsible': a finding
        (claim_finding_verbs) reported inside what another speaker said is that speaker's
        claim (SCHEMA: the most specific speaker), read once there."""
        cue = self.doc[st.cue_token] if st.cue_token is not None else None
        if cue is None or cue.lemma_ not in _lex("claim_finding_verbs"):
            return False
        return any(
            o.start <= cue.idx < o.end and o.start <= st.start and st.end <= o.end and o.speaker != st.speaker
            for o in statements if o is not st
        )

    def from_unquoted_narrative(self) -> None:
        """After every statement is read: the reported clauses no statement covers ('the
        NCSC assessed that ...', 'Polyanskiy insisted that ...') and, in a press release,
        the issuer's own narrative voice."""
        for st in [*self._uncovered_clauses(), *self._issuer_voice()]:
            self._read_statement(st, None)

    def credit_spokespeople(self) -> None:
        """'The Guinean government rejected the accusations. Its spokesman, Awa Diallo,
        said ...': a body's summary (no words of its own reported) followed at once by a
        sentence opening with 'Its <title>, <name>' who holds a role of that body is that
        person's claim (SCHEMA: the most specific speaker); the body's claim goes to the
        person, or drops when the person already made it."""
        sents = list(self.doc.sents)
        speakers = self.quote_speakers + self.reported_speakers
        for c in list(self.claims):
            body = self.table.clusters.get(c.claimant)
            if body is None or body.type == "person" or c.statement is not None:
                continue  # (a body's own reported words stay its own)
            n = next((i for i, s in enumerate(sents) if s.start_char <= c.start < s.end_char), None)
            if n is None or n + 1 >= len(sents):
                continue
            nxt = sents[n + 1]
            voices = [*speakers, *((o.start, o.end, o.claimant) for o in self.claims)]  # ('..., denied that ...')
            said = {k for s, _, k in voices if nxt.start_char <= s < nxt.end_char}
            if any(t.dep_ == "poss" and t.lower_ in ("its", "their") and any(a.dep_ == "appos" for a in t.head.children) for t in nxt[:4]):
                people = [
                    k for k in said if k in self.table.clusters and self.table.clusters[k].type == "person"
                    and any(r[1] == c.claimant for r in self.table.clusters[k].roles)
                ]
            else:  # "NAME, an adviser to the group's commander, said"
                people = [k for k in [self._speaking_for(nxt, c.claimant)] if k in said]
            if len(set(people)) != 1:
                continue  # only a person the opening names as the body's: "Its spokesman, NAME, said"
            person = people[0]
            if any(o.claimant == person and o.agent == c.agent and o.polarity == c.polarity for o in self.claims):
                self.claims.remove(c)
            else:
                c.claimant = person

    def _speaking_for(self, sent: Span, body: str) -> str | None:
        """The person a sentence opens with when the appositive on the name ties them to
        ``body``: 'NAME, the ministry's spokesman, said', 'NAME, an adviser to the RSF's
        commander', 'NAME, the name its commander goes by' (its: the body just named), or a
        role the person holds in it."""
        def person_at(t: Token) -> str | None:
            return next((
                k for k, cl in self.table.clusters.items()
                if cl.type == "person" and any(s <= t.idx < e for s, e in cl.mentions)
            ), None)

        head = next((t for t in sent[:6] if t.ent_type_ == "PERSON" and any(a.dep_ == "appos" for a in t.children)), None)
        if head is None:  # "NAME, who heads the army's delegation, said" (the name may be no entity)
            head = next((t for t in sent[:6] if t.pos_ == "PROPN" and any(a.dep_ == "relcl" for a in t.children) and person_at(t)), None)
        if head is None:
            return None
        person = person_at(head)
        if person is None:
            return None
        if any(r[1] == body for r in self.table.clusters[person].roles):
            return person
        # "NAME, who heads the army's delegation, said": a relative clause on the name ties
        # the person to the body as an apposition does
        words = sorted((t for a in head.children if a.dep_ in ("appos", "relcl") for t in a.subtree), key=lambda t: t.i)
        if not words:
            return None
        if any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in words):
            return person
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        if any(lo <= s < hi for s, _ in self.table.clusters[body].mentions):
            return person
        # "The army blamed Y ... NAME, who heads the army delegation": the head word the
        # body was named by, as a modifier the mentions do not cover
        text = self.doc.text
        heads = {text[s:e].split()[-1].lower() for s, e in self.table.clusters[body].mentions if text[s:e].split()}
        if any(t.lower_ in heads and t.dep_ in ("compound", "poss") for t in words):
            return person
        return None

    def settle(self) -> None:
        """The rejections waiting for every earlier claim, now that those are read."""
        pending, self._pending = self._pending, []
        for args in pending:
            self._deny_earlier_now(*args)
        self._drop_states_named_by_their_bodies()

    def _drop_states_named_by_their_bodies(self) -> None:
        """'ABW held Russian intelligence responsible, saying CyberBerkut was a front for
        the FSB': one sentence read twice, once with the state a demonym names and once
        with that state's body the sentence names; the body is the agent."""
        for c in list(self.claims):
            state = self.table.clusters.get(c.agent)
            if state is None or state.type != "country":
                continue
            s, e = self._sentence_at(c.start)
            if any(
                o is not c and (o.claimant, o.polarity) == (c.claimant, c.polarity) and s <= o.start < e
                and o.event == c.event and getattr(self.table.clusters.get(o.agent), "country", None) == c.agent
                for o in self.claims
            ):
                self.claims.remove(c)

    def _issuer(self) -> str | None:
        """The body a press release is from ('Press release of the Ministry of Foreign
        Affairs of ...', 'Press release from the Foreign Office', or 'PRESS RELEASE' with the
        body's name on the next line): a line near the top."""
        text = self.doc.text
        pos = 0
        lines = text[:600].split("\n")[:5]
        for n, line in enumerate(lines):
            low = line.lower().strip()
            start = pos + len(line) - len(line.lstrip())
            pos += len(line) + 1
            if low in _lex("claim_release_words") and n + 1 < len(lines) and n < 4:
                # "PRESS RELEASE" alone on its line, the issuing body on the next one
                name = " ".join(lines[n + 1].split()).lower()
                named = [
                    c.key for c in self.table.clusters.values()
                    if c.type != "person" and c.mentions and name in {c.name.lower(), *(a.lower() for a in c.aliases)}
                ]
                if named:
                    return named[0]
                continue
            word = next((w for w in _lex("claim_release_words") if low.startswith(w + " ")), None)
            if word is None or low[len(word):].split()[0] not in ("of", "from", "by"):
                continue
            found = [k for _, _, k in self.table.mentions_in(start, start + len(line.strip())) if self.table.clusters[k].type != "person"]
            return found[0] if found else None
        return None

    def _issuer_voice(self) -> list[RawStatement]:
        """In a press release, the narrative that no one is quoted in is the issuer's
        (SCHEMA: the issuing government's own narrative voice is a claimant)."""
        issuer = self._issuer()
        if issuer is None:
            return []
        out = []
        for sent in self.doc.sents:
            s, e = sent.start_char, sent.end_char
            if any(a <= s < b for a, b in self._skip) or any(a < e and s < b for a, b in self._covered):
                continue
            if any(q in sent.text for q in ('"', "\u201c", "\u201d")):
                continue
            out.append(RawStatement(issuer, s, e, sent.text, False, None, None))
        return out

    def _uncovered_clauses(self) -> list[RawStatement]:
        """'X said / insisted / judged / assessed / concluded that ...' in the narrative
        where no statement was found: the clause, spoken by X."""
        out = []
        verbs = _lex("claim_belief_verbs") | lexicon("speech_verbs")
        for tok in self.doc:
            if tok.pos_ != "VERB" or tok.lemma_ not in verbs | _CHARGING_VERBS:
                continue
            if _frame(tok.lemma_) in ("deny", "blame", "accuse", "attribute", "hold", "call") and tok.lemma_ not in _CHARGING_VERBS:
                continue
            if any(s <= tok.idx < e for s, e in self._skip) or _negated(tok):
                continue
            clause = _child(tok, "ccomp")
            if clause is None:
                # "assessed with high confidence that ..."
                sure = [o for o in _prep_objects(tok, {"with"}) if o.lemma_ in _lex("claim_confidence_nouns")]
                clause = next((c for o in sure for c in o.children if c.dep_ in ("acl", "ccomp")), None)
            if clause is None:
                continue
            start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
            if any(s < end and start < e for s, e in self._covered):
                continue
            subj = _child(tok, "nsubj") or (_stranded_subject(tok) if tok.dep_ == "ROOT" else None)
            if subj is None and tok.dep_ in ("conj", "advcl"):
                subj = subject_of(_coordinated_with(tok))
            if subj is None:
                subj = _message_sender(tok)
            if subj is None or any(c.lower_ in ("no", "none") for c in subj.children):
                continue
            speaker = self._claimant(subj)
            if speaker is None:
                continue
            self._covered.append((start, end))
            out.append(RawStatement(speaker, start, end, self.doc.text[start:end], False, tok.lemma_, tok.i))
        return out + self._according_to_documents() + self._noun_claims()

    def _according_to_documents(self) -> list[RawStatement]:
        """'Y likely hacked the agency, according to a congressional report': a document no
        statement was found for speaks for its issuer (``_document_owner``); its claim is
        the sentence."""
        out = []
        for tok in self.doc:
            if not is_cue(tok, "according_to") or any(s <= tok.idx < e for s, e in self._skip) or tok.i + 1 >= len(self.doc):
                continue
            doc_noun = _child(self.doc[tok.i + 1], "pobj")
            if doc_noun is None or doc_noun.pos_ != "NOUN" or doc_noun.lemma_ not in _lex("claim_document_nouns"):
                continue
            sent = tok.sent
            start, end = sent.start_char, sent.end_char
            if any(s < end and start < e for s, e in self._covered):
                continue
            speaker = self._government_of(self._document_owner(doc_noun))
            if speaker is None:
                continue
            self._covered.append((start, end))
            out.append(RawStatement(speaker, start, end, sent.text, False, "according to", tok.i))
        return out

    def _noun_claims(self) -> list[RawStatement]:
        """'Britain's accusation that Russia was behind the attack' (the clause is the
        owner's claim); 'Germany's allegations against Russia' (an accusation)."""
        out = []
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_ not in _lex("claim_accusation_nouns") or any(s <= tok.idx < e for s, e in self._skip):
                continue
            owner = _child(tok, "poss")
            if owner is not None and owner.lower_ in _POSSESSIVE_PRONOUNS:
                continue
            claimant = self._claimant(owner) if owner is not None else self._noun_owner(tok)
            if claimant is None:
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
            if clause is not None:
                start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
                if any(s < end and start < e for s, e in self._covered):
                    continue
                self._covered.append((start, end))
                out.append(RawStatement(claimant, start, end, self.doc.text[start:end], False, tok.lemma_, tok.i))
                continue
            if self._claim_of_credit(tok, claimant):
                continue
            against = _prep_objects(tok, {"against"})
            agent = self._agent(against[0]) if against else None
            if agent is not None and agent != claimant:
                if any(c.agent == agent and c.polarity == "asserted" and c.start < tok.idx and self._same_side(c.claimant, claimant) for c in self.claims):
                    continue  # "the government's accusations against Y" after its minister accused Y: the same
                self._add(claimant, agent, "asserted", tok.sent, None)
        return out

    def _claim_of_credit(self, tok: Token, claimant: str) -> bool:
        """'the Islamic State's claim of credit for the attack', 'Y's claim of responsibility':
        a self-claim made as a noun (claim_self_nouns after 'of'); not one for a thing that
        is no event of the article ('its claim of credit for the recovery')."""
        credit = next((o for o in _prep_objects(tok, {"of"}) if o.lemma_ in _lex("claim_self_nouns")), None)
        if tok.lemma_ != "claim" or credit is None:
            return False
        objs = _prep_objects(credit, {"for"}) + _prep_objects(tok, {"for"})
        event = self._event_of(objs, tok.idx)
        if not objs or event is not None:
            self._add(claimant, claimant, "asserted", tok.sent, event, None, "attribution")
        return True

    def _noun_owner(self, tok: Token) -> str | None:
        """Who makes the claim a noun of accusation names when no possessive does: 'the
        Clinton campaign accusations that ...', 'Russian allegations that ...' (its
        modifier); 'Christie repeated accusations that ...' (the subject of a verb of
        making it)."""
        for c in tok.children:
            if c.dep_ == "amod" and c.ent_type_ == "NORP":
                k = self.table.country_key(c.text)
                if k in self.table.clusters and self.table.clusters[k].mentions:
                    return k
            if c.dep_ == "compound" and c.i < tok.i and (c.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in c.children)):
                return self._claimant(c)
        if tok.dep_ == "dobj" and tok.head.lemma_ in _lex("claim_making_verbs") and not _negated(tok.head):
            subj = _child(tok.head, "nsubj")
            return self._claimant(subj) if subj is not None else None
        return None

    def _read_statement(self, st: RawStatement, k: int | None) -> None:
        if st.cue_token is not None and _anonymous(_voice(self.doc[st.cue_token])):
            return  # "hackers who U.S. officials say are tied to Y": no one's claim (SCHEMA)
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        found = len(self.claims)
        if span is not None:
            for tok in span:
                if _reported_by_others(tok, span) or _under_denial(tok, span) or _unevidenced(tok, span):
                    continue
                passive = _child(tok, "nsubjpass")
                if tok.pos_ == "VERB" and passive is not None and tok.lemma_ in _lex("claim_suspicion_verbs") and _child(tok, "agent") is None:
                    self._passive(tok, "accuse", passive, k, speaker=st.speaker)  # "Y was suspected of carrying out E"
                    continue
                if tok.pos_ == "VERB" and _frame(tok.lemma_) in ("blame", "accuse"):
                    # "the Ukrainian side blames Russia for everything": a third party's
                    # accusation the speaker reports is that party's claim
                    subj = _child(tok, "nsubj")
                    other = None
                    if subj is not None:
                        other = self._claimant(subj) if subj.lower_ in ("we", "i") else self._agent(subj)
                    if other is not None:  # ("we blame ...": the speaker's own)
                        getattr(self, f"_{_frame(tok.lemma_)}")(tok, other, k)
                    continue
                blamed_on = _frame(tok.lemma_) == "blame" and bool(_prep_objects(tok, {"on"}))  # "the attack was blamed on Y"
                if tok.pos_ == "VERB" and passive is not None and (_frame(tok.lemma_) in ("attribute", "hold") or blamed_on) and _child(tok, "agent") is None:
                    self._passive(tok, _frame(tok.lemma_), passive, k, speaker=st.speaker)
                    continue
                if tok.i in self.pattern_at:
                    self._predicate(tok, st, k, span)
                self._responsibility(tok, st, k, span)
                self._done_as(tok, st, k, span)
                self._none_on_the_part_of(tok, st, k, span)
                self._not_present(tok, st, k, span)
                self._none_took_place(tok, st, k, span)
                self._on_purpose(tok, st, k, span)
                self._wrong_done(tok, st, k, span)
                self._wrongdoer(tok, st, k, span)
                self._nothing_wrong(tok, st, k, span)
                self._doer_was(tok, st, k, span)
                self._should_go(tok, st, k, span)
            self._dismissal(st, k, span)
            if len(self.claims) == found:
                self._charge(st, k, span)

    def _charge(self, st: RawStatement, n: int | None, span: Span) -> None:
        """'X charged that Y had misled voters', 'X alleged that Y took bribes'
        (claim_charging_verbs): a charge whose clause names no deed the rules read is X's
        accusation of the clause's subject, with no event (not 'alleged that it rained', nor
        'charged that Y would ruin the plan': a forecast, no deed)."""
        cue = self.doc[st.cue_token] if st.cue_token is not None else None
        clause = _child(cue, "ccomp") if cue is not None and cue.lemma_ in _CHARGING_VERBS else None
        subj = _child(clause, "nsubj", "nsubjpass") if clause is not None else None
        if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE or subj.lower_ in _lex("claim_own_words"):
            return
        if _forecast(clause):
            return
        agent = self._agent(subj)
        if agent is not None and agent not in self._own(st.speaker):
            self._add(st.speaker, agent, "asserted", span, None, n)

    def _predicate(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """A claims.json pattern: 'Y was behind E', 'Y had nothing to do with E', 'Y played
        no part in E'; its first word's subject is the agent."""
        own = _child(tok, "nsubj", "nsubjpass")
        if own is None and tok.dep_ == "ccomp":
            # "they believe hackers working for Y were behind it", parsed as two clauses:
            # the participle before, with its subject, is the subject of "were"
            own = next((
                v for v in tok.head.children
                if v.dep_ == "ccomp" and v.tag_ == "VBG" and v.i < tok.i and _child(v, "nsubj") is not None
            ), None)
        subj = own if own is not None else subject_of(tok)
        if subj is None and tok.dep_ == "acomp":
            subj = _child(tok.head, "nsubj")  # "the blast was consistent with ...": the subject of "was"
        if subj is not None and self.pattern_at[tok.i] == "points_to" and _antecedent(subj) is not None:
            subj = _antecedent(subj)  # "a group of hackers who U.S. officials say is tied to Y"
        elif subj is None or not (span.start <= subj.i < span.end) or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE:
            return  # "had not determined who was behind the attack"
        if _conditional(tok):
            return  # "asked whether Y was behind the theft": a question, no claim
        if self.pattern_at[tok.i] == "front_for":
            self._front_for(tok, subj, st, n, span)
            return
        if self.pattern_at[tok.i] == "points_to":
            # "the bombing bore the hallmarks of Y", "the evidence points to Y"
            objs = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative") and t.head.i > tok.i]
            agent = self._agent(objs[0]) if objs else None
            evidence = (
                subj.lemma_ in _lex("claim_evidence_nouns") or subj.lemma_ in _lex("claim_attack_nouns") or _anaphor_types(subj)
                or self._named_event([subj]) or (subj.lemma_ in _lex("claim_perpetrator_nouns") and subj.pos_ == "NOUN")
                # "a group of hackers", "X, a group of hackers": the doers
                or any(o.lemma_ in _lex("claim_perpetrator_nouns") for o in _prep_objects(subj, {"of"}))
                or (subj.pos_ == "PROPN" and self._agent(subj) is not None and self.table.clusters[self._agent(subj)].type == "group")
            )
            if agent is not None and evidence and not _negated(tok):
                self._add(st.speaker, agent, "asserted", span, self._event_in([subj], tok.idx, default=True), n)
            return
        agent = self._agent_or_own(subj, st.speaker)
        if agent is None:
            return
        denied = self.pattern_at[tok.i] == "not_responsible" or _negated(tok)
        objs = [t for t in tok.subtree if t.i > tok.i and t.dep_ == "pobj" and t.head.lower_ in ("with", "in", "behind", "for", "to")]
        event = self._event_of(objs[:1], tok.idx)
        if objs and event is None and objs[0].lemma_ in _lex("claim_perpetrator_nouns") and objs[0].pos_ == "NOUN":
            event = self._salient(_anaphor_types("") or (), tok.idx)  # "had no connection to the hackers": their attack
        other = self._agent(objs[0]) if denied and objs and event is None and objs[0].pos_ == "PROPN" else None
        if other is not None and other != agent and self.table.clusters[other].type in ("country", "organization", "group"):
            # "Red Owl insisted it had no connection to Y": Y's part in the attack is denied
            agent, event = other, self._salient(_anaphor_types("") or (), tok.idx)
        self._add(st.speaker, agent, "denied" if denied else "asserted", span, event, n)

    def _front_for(self, tok: Token, subj: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Red Owl was a front for Sandworm, a unit of the GRU', 'a front created by Y': the
        deeds of the cover (the event it claimed or did) are the speaker's claim against
        the body behind it, and against the body the sentence sets beside it."""
        if _negated(tok):
            return
        cover = self._agent(subj)
        objs = [t for t in tok.subtree if t.i > tok.i and t.dep_ == "pobj" and t.head.lower_ in ("for", "of", "by")][:1]
        if (cover is None and subj.pos_ != "PROPN") or not objs:
            return  # a cover no actor was found for is still named ("Red Owl" in quotes)
        def behind(o: Token, first: bool):
            # "a front for APT28, the unit run by Russia's military intelligence, the GRU":
            # the names set beside the body, and the body that runs it
            if first or o.pos_ == "PROPN":
                yield o
            for a in o.children:
                if a.dep_ == "appos":
                    yield from behind(a, False)
                    for t in a.subtree:
                        if t.dep_ == "pobj" and t.head.dep_ == "agent":
                            yield from behind(t, False)

        agents = []
        for o in objs:
            for t in behind(o, True):
                key = self._agent(t)
                if key is not None and key not in (cover, st.speaker) and key not in agents:
                    agents.append(key)
        event = (self._agents_last_event(cover, span) if cover else None) or self._salient(_anaphor_types("") or (), tok.idx)
        for agent in agents:
            self._add(st.speaker, agent, "asserted", span, event, n)

    def _done_as(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Kiev had sent the ships into Russian waters as a provocation': the subject of
        a verb done 'as a provocation' did the hostile act (not 'described it as ...'; a verb
        of claim only when it is a hostile act too: 'attacked the convoy as a provocation')."""
        claim_only = _frame(tok.lemma_) and tok.lemma_ not in _lex("claim_responsibility_verbs")
        if tok.pos_ != "VERB" or tok.lemma_ in _lex("claim_describing_verbs") or claim_only or tok.lemma_ in lexicon("speech_verbs"):
            return
        as_ = [o for o in _prep_objects(tok, {"as"}) if o.lemma_ in _lex("claim_as_nouns")]
        subj = _child(tok, "nsubj")
        if not as_ or subj is None or subj.pos_ == "PRON" or _negated(tok):
            return
        agent = self._agent(subj)
        if agent is None or agent == st.speaker:
            return
        event = self._agents_last_event(agent, span) or self._salient(_anaphor_types("") or (), tok.idx)
        self._add(st.speaker, agent, "asserted", span, event, n)

    def _on_purpose(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Moscow has been deliberately delaying ships', 'officials purposely concealed
        information': a deed done on purpose is a wrong its subject is accused of (the
        event only when the words name one)."""
        if tok.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in _lex("claim_intent_adverbs") for c in tok.children):
            return
        subj = _child(tok, "nsubj")
        if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("WP", "WDT") or _negated(tok) or _conditional(tok):
            return
        if _forecast(tok):
            return
        agent = self._agent(subj)
        if agent is None or agent in self._own(st.speaker):
            return
        self._add(st.speaker, agent, "asserted", span, self._named_event(list(tok.subtree)), n)

    def _wrong_done(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Russia had meddled in the election', 'the Republicans are trying to interfere in
        the caucus', 'Y lied to Congress' in what someone said: an accusation of a wrong
        that is no attack (claim_wrongdoing_verbs, claim_deceit_verbs; the event only where
        the words name one); 'the campaign had not colluded with Russia' denies it. 'He' or
        'she' in a direct quotation is the last other person named (the one quoted says 'I');
        in reported speech it may be the speaker, and is left."""
        wrong_with = table("claim_wrong_objects").get(tok.lemma_, ())
        if tok.pos_ != "VERB" or tok.lemma_ in _lex("claim_responsibility_verbs") or not (
            tok.lemma_ in _lex("claim_wrongdoing_verbs") or _deceit(tok)
            or any(c.dep_ == "dobj" and c.lemma_ in wrong_with and c.tag_ == "NNS" for c in tok.children)
        ):
            return  # ("is taking jobs away from the U.S.": a wrong by its object)
        subj = _child(tok, "nsubj") or (_controller(tok) if tok.dep_ == "xcomp" else None)
        other = st.direct and subj is not None and subj.lower_ in ("he", "she")  # '"She lied to me," X said'
        if subj is None or subj.pos_ == "PRON" and subj.lower_ not in _lex("claim_own_words") and not other or subj.tag_ in ("WP", "WDT"):
            return
        verbs = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
        if any(c.dep_ == "aux" and c.tag_ == "MD" for v in verbs for c in v.children) or any(_conditional(v) for v in verbs):
            return  # "Russia could interfere", "if they meddle": a fear, not a deed
        negated = any(_negated(v) for v in verbs)
        agent = self._object_agent(subj, st.speaker) if other else self._agent_or_own(subj, st.speaker)
        if agent is None or (not negated and agent in self._own(st.speaker)):
            return
        self._add(st.speaker, agent, "denied" if negated else "asserted", span, self._named_event(list(tok.subtree)), n)

    def _wrongdoer(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'he is a liar', 'Y is a fraud' (claim_wrongdoer_nouns) in what X said: X accuses
        Y of wrongdoing, with no event (not 'Y is not a liar', 'if Y is a liar')."""
        attr, subj = _child(tok, "attr"), _child(tok, "nsubj")
        if tok.lemma_ != "be" or attr is None or subj is None or attr.lemma_ not in _lex("claim_wrongdoer_nouns"):
            return
        if _negated(tok) or _conditional(tok) or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE:
            return
        if _forecast(tok):
            return  # "he would be a criminal to ...": no deed told
        self._add(st.speaker, self._object_agent(subj, st.speaker), "asserted", span, None, n)

    def _nothing_wrong(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'he did nothing wrong', 'she had not done anything illegal' (claim_innocent_wrongs)
        in what X said: X denies that the subject did wrong, with no event; not 'if he did
        nothing wrong', 'he would do nothing illegal'."""
        if tok.lemma_ != "do" or tok.pos_ not in ("VERB", "AUX"):
            return
        obj = _child(tok, "dobj")
        if obj is None or not (obj.lower_ == "nothing" or (obj.lower_ == "anything" and _negated(tok))):
            return
        if not any(c.lower_ in _lex("claim_innocent_wrongs") for c in (*tok.children, *obj.children) if c.dep_ in ("amod", "advmod", "acomp")):
            return
        subj = _child(tok, "nsubj")
        if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE or _conditional(tok):
            return
        if _forecast(tok):
            return
        # ('"The FBI said that she did nothing illegal," Davis said': she is not Davis)
        other = self._third_person_in_quote(subj) if subj.lower_ in ("he", "she") else None
        agent = other or self._agent_or_own(subj, st.speaker)
        if agent is not None:
            self._add(st.speaker, agent, "denied", span, None, n)

    def _should_go(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Y should resign', 'he must step down', 'Y should be ashamed' (claim_ouster_words
        with a modal of duty) in what X said: X accuses Y, no event. 'He' or 'she' in a
        direct quotation is the last other person named (the one quoted says 'I'); in
        reported speech the speaker's own ('X said he should resign') is left."""
        if not _ouster(tok) or tok.pos_ not in ("VERB", "ADJ"):
            return
        verb = tok.head if tok.dep_ == "acomp" else tok
        subj = _child(verb, "nsubj")
        if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE or _negated(verb):
            return
        if not any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in verb.children):
            return  # "Y resigned", "Y will resign": a deed or a plan, no reproach
        agent = self._object_agent(subj, st.speaker) if st.direct else self._agent(subj)
        if agent is not None and agent not in self._own(st.speaker):
            self._add(st.speaker, agent, "asserted", span, None, n)

    def _doer_was(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'the culprit was Y', 'the attackers were Y', 'its source was not the Y
        government' (claim_perpetrator_nouns, claim_origin_nouns; the noun made definite)
        in what X said: X says Y did (or did not do) the attack told."""
        attr, subj = _child(tok, "attr"), _child(tok, "nsubj")
        if tok.lemma_ != "be" or attr is None or subj is None or subj.pos_ != "NOUN":
            return
        if subj.lemma_ not in _lex("claim_perpetrator_nouns") and subj.lemma_ not in _lex("claim_origin_nouns"):
            return
        if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these")) for c in subj.children):
            return  # "a source was Y": no one named as the doer
        if _conditional(tok) or _forecast(tok):
            return
        if attr.pos_ == "PRON" or attr.lower_ in _INDEFINITE or attr.i < tok.i:
            return  # "who the culprit was"
        agent = self._agent(attr)
        if agent is None or agent == st.speaker or self.table.clusters[agent].type == "person" and attr.pos_ != "PROPN":
            return
        if subj.lemma_ in _lex("claim_origin_nouns"):
            # "its source": the speaker's own source; "the source of the leak": an attack
            # named ('the source of his information', 'of the problem': no deed)
            own = any(c.dep_ == "poss" for c in subj.children) and not _prep_objects(subj, {"of"})
            if not own and self._event_in(list(subj.subtree), tok.idx) is None:
                return
        event = self._event_in(list(subj.subtree), tok.idx, default=True)
        self._add(st.speaker, agent, "denied" if _negated(tok) else "asserted", span, event, n)

    def _not_present(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'Our forces were not present in the area', 'Russian troops were not deployed
        there': the speaker denies that side's part in the attack."""
        if tok.lemma_ not in _lex("claim_force_nouns") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return
        pred = tok.head
        words = {pred.lower_} | {c.lower_ for c in pred.children if c.dep_ in ("acomp", "advmod", "attr")}
        there = pred.lemma_ == "be" and any(o.lemma_ in _lex("claim_area_nouns") for o in _prep_objects(pred, {"in", "near", "at", "inside"}))
        if not (there or words & _lex("claim_presence_words")) or not _negated(pred):
            return
        owner = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and (c.lower_ in _lex("claim_own_words") or c.ent_type_ in ("NORP", "GPE", "ORG"))), None)
        if owner is None:
            return
        agent = self._forces_of(self._own_state(st.speaker)) if owner.lower_ in _lex("claim_own_words") else self._agent(tok)
        if agent is None:
            return
        event = self._salient(("armed_attack", "military_activity"), tok.idx)
        self._add(st.speaker, agent, "denied", span, event, n)

    def _none_took_place(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'no violation had taken place', 'no incursion occurred': the speaker denies what
        was claimed before against the speaker's side (else that side did the attack)."""
        if tok.dep_ != "nsubj" or not any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
            return
        if not (tok.lemma_ in _lex("claim_attack_nouns") or tok.lemma_ in _lex("claim_hostile_nouns") or _anaphor_types(tok)):
            return
        verb = tok.head
        if verb.lemma_ not in _lex("claim_occur_verbs") or (verb.lemma_ == "take" and not any(c.lower_ == "place" for c in verb.children)):
            return
        if _negated(verb):
            return
        earlier = [
            c for c in self.claims
            if c.start < span.start_char and c.polarity == "asserted" and c.claimant not in self._own(st.speaker)
            and self._same_side(c.agent, st.speaker)
        ]
        if earlier:
            last = max(earlier, key=lambda c: c.start)
            self._add(st.speaker, last.agent, "denied", span, last.event, n)
            return
        side = self._own_state(st.speaker)
        if side != st.speaker:
            self._add(st.speaker, side, "denied", span, self._event_in([tok], tok.idx, default=True), n)

    def _none_on_the_part_of(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        """'there is no military escalation on the part of Russia': the speaker denies that
        Russia did it (a hostile act named by a noun that is not itself an event)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _lex("claim_hostile_nouns") or self._event_type(tok):
            return
        if not any(c.lower_ in ("no", "not") for c in list(tok.children) + list(tok.head.children)):
            return
        obj = _on_the_part_of(tok)
        agent = self._agent(obj) if obj is not None else None
        if agent is not None:
            self._add(st.speaker, agent, "denied", span, None, n)

    def _dismissal(self, st: RawStatement, n: int | None, span: Span) -> None:
        """'these claims were groundless': the speaker denies what the other side claimed."""
        if not _dismissive(span, self.dismissive_tokens):
            return
        heard = [t for t in span if t.lemma_ in _lex("claim_hearsay_nouns")]
        if not heard:
            return
        earlier = [c for c in self.claims if c.start < span.start_char and c.polarity == "asserted" and c.claimant != st.speaker]
        if not earlier:
            return
        last = max(earlier, key=lambda c: c.start)
        # the claim about an event is the one worth denying, if the other side made one
        with_event = [c for c in earlier if c.agent == last.agent and c.event and c.claimant != st.speaker]
        target = with_event[-1] if with_event else last
        agent, event = target.agent, target.event
        side = self._own_state(st.speaker)
        if side != st.speaker and self._own_state(agent) != side:
            # "Kremlin spokesman Y said the accusations were part of an anti-Russian
            # campaign" after claims against a Russian body and then against a group: the
            # accusations the spokesman dismisses are those against his own state
            own = sorted((c for c in earlier if self._own_state(c.agent) == side), key=lambda c: c.start)
            if own:
                agent = side
                event = next((c.event for c in reversed(own) if c.event), None) or target.event
            elif self.table.clusters[side].type == "country" and self.table.clusters[agent].type == "group" and self.table.clusters[agent].country in (None, side):
                # "Kremlin spokesman Y said the accusations were part of a campaign" after
                # claims against a hacker group of no other state: the accusations he
                # dismisses are that his state is behind the group
                agent = side
        told = [next((c for c in t.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")), None) for t in heard]
        if all(c is not None for c in told) and not any(
            k == target.agent for c in told for _, _, k in self.table.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        ):
            return  # "anyone claiming that the economy is in decline is peddling fiction": what is dismissed is told, and no one's deed
        self._add(st.speaker, agent, "denied", span, event, n)

    def _responsibility(self, tok: Token, st: RawStatement, n: int | None, span: Span) -> None:
        if self._verbal_attack(tok):
            return
        lemma = _verb_lemma(tok)
        subj = _child(tok, "nsubj", "nsubjpass")
        if subj is None:
            subj = _controller(tok)
            if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "xcomp":
                return  # "it is ready to shoot": whose "it" is, is not clear here
        negated = _negated(tok)
        pred = None
        responsible_verbs = _lex("claim_responsibility_verbs")
        if lemma == "be" and subj is not None:
            pred = next((c for c in tok.children if c.dep_ in ("acomp", "attr") and c.lemma_ in _lex("claim_responsible_adjectives")), None)
        elif lemma == "involve" and subj is not None and tok.dep_ in ("acomp", "ROOT", "ccomp", "conj") or (
            lemma == "involved" and subj is not None
        ):
            pred = tok
        elif lemma in responsible_verbs and subj is not None and subj.dep_ == "nsubj":
            if lemma in _lex("claim_needs_attack_object"):
                # "the department is launching its own internal probe": an inquiry opened is no attack
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ not in _lex("claim_inquiry_nouns")]
                weapon = lemma in _lex("claim_weapon_verbs") and any(o.lemma_ in _lex("claim_weapon_nouns") for o in objs)
                if not weapon and not any(o.lemma_ in _lex("claim_attack_nouns") or self.events.by_token.get(o.i) or (o.pos_ == "NOUN" and _anaphor_types(o) is not None) for o in objs):
                    return
            pred = tok
        elif tok.pos_ == "VERB" and subj is not None and subj.dep_ == "nsubj" and (
            self._event_type(tok) in ("armed_attack", "military_activity", "cyberattack")
        ):
            pred = tok  # "a PLA J-11 fighter flew within ten kilometres of the LAC"
        elif tok.pos_ == "NOUN" and self._event_type(tok) in ("armed_attack", "cyberattack"):
            # "Azerbaijan's attack", "the Russian strike": the attacker named on the noun;
            # "the Kremlin-backed hack" (claim_backing_words)
            owner = next((
                _backer(c) or c for c in tok.children
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and not self._place_modifier(c))
                or _backer(c) is not None
            ), None)
            if owner is None or owner.lower_ in _POSSESSIVE_PRONOUNS:
                return
            if tok.lemma_ in _lex("claim_victim_nominals") and owner.dep_ == "poss":
                return  # "Khashoggi's killing": the victim
            ev = next((e for e in self.events.events if e.key == self.events.by_token.get(tok.i)), None)
            named = self._agent(owner)
            if ev is not None and named is not None and (named in ev.targets or (
                ev.type == "cyberattack" and owner.dep_ == "compound" and self.table.clusters[named].type == "organization"
            )):
                return  # "the DNC hack", "the OPM intrusion": the body hit, not the hacker
            pred, subj = tok, owner
            # "there is no military escalation on the part of Russia"
            attr = _child(tok, "attr")
            if attr is not None and any(d.lower_ == "no" for d in attr.children):
                obj = _on_the_part_of(attr)
                if obj is not None:
                    pred, subj, negated = attr, obj, True
        elif lemma in responsible_verbs and tok.dep_ == "acl" and tok.tag_ == "VBN" and _child(tok, "agent") is not None and subj is None:
            # "a provocation staged by Y": the noun a participle hangs on is what Y did
            obj = _child(_child(tok, "agent"), "pobj")
            if obj is not None and (tok.head.lemma_ in _lex("claim_attack_nouns") or self.events.by_token.get(tok.head.i)):
                pred, subj = tok, obj
        elif lemma in responsible_verbs and (subj is not None and subj.dep_ == "nsubjpass" or _child(tok, "auxpass")):
            # "the ceasefire was violated by the Azerbaijani side"
            by = _child(tok, "agent")
            obj = _child(by, "pobj") if by is not None else None
            if obj is not None:
                patient, pred, subj = subj, tok, obj
                if lemma in _lex("claim_needs_attack_object") and not (
                    tok.head.lemma_ in _lex("claim_attack_nouns") or self.events.by_token.get(tok.head.i)
                    or any(t.lemma_ in _lex("claim_attack_nouns") or self.events.by_token.get(t.i) for t in [*tok.children, patient] if t is not None and t.dep_ == "nsubjpass")
                ):
                    return  # "the plan was carried out by the ministry": not an attack
            elif lemma == "use" and subj is not None and _child(tok, "xcomp", "advcl") is not None:
                # "DarkSide ransomware was used to compromise ..." (not "we are used to it")
                pred = tok
        by_force = pred is None and subj is not None and subj.dep_ == "nsubj" and tok.pos_ == "VERB" and _by_force(tok) and not any(
            c.tag_ == "MD" for v in (tok, tok.head) for c in v.children
        )  # "Russia could take Tbilisi by force": a fear, not a deed
        if by_force:
            pred = tok  # "Azerbaijan is trying to impose by force what it could not achieve"
        if pred is None or subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in _INDEFINITE:
            return
        if pred is tok and _figurative(tok):
            return
        if pred is tok and subj.dep_ == "nsubj" and _participle_after_comma(subj, tok):
            return  # "Captain Khan, killed 12 years ago, was a hero": Khan was killed
        verbs = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
        if any(_forecast(v) for v in verbs):
            return  # "the group would continue to target ships": a threat, not a claim
        if any(_conditional(v) for v in verbs):
            return  # "if the reports are true, Pyongyang is violating the ban"
        agent = self._agent_or_own(subj, st.speaker) if subj.dep_ in ("nsubj", "nsubjpass") else self._agent(subj)
        if agent is None:
            return
        pointing = by_force or lemma in _POINTING_VERBS or any(
            c.dep_ == "dobj" and c.lemma_ in _lex("claim_attack_nouns") for c in tok.children
        )
        about = _prep_objects(pred, {"in", "for", "behind", "with"}) if pred.i != tok.i or lemma in ("involve", "involved") else []
        about = [o for o in about if o.lemma_ not in _lex("claim_manner_nouns")]  # "in any way"
        if about:  # "responsible for the attack", "involved in drafting the terms"
            event = self._event_of(about, tok.idx)
        elif lemma in ("involve", "involved") and not any(c.dep_ == "dobj" for c in tok.children):
            # "Washington had not been involved in any way": the article's main event
            event = self._main_event()
        else:
            # what was done first: "the malware had been deployed by Y" is about the
            # malware's attack, whatever "deployed" alone would name
            done = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if subj.dep_ != "nsubjpass" and tok.dep_ == "conj":
                done += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
            event = self._event_in([t for d in done for t in d.subtree], tok.idx) if done else None
            named = event is not None or self._named_event(list(tok.subtree)) is not None
            if not named:
                event = self._event_by_doer(subj, span)
            if event is None:
                event = self._event_in(tok.subtree, tok.idx, default=pointing)
            if not named and event is not None:
                event = self._agents_last_event(agent, span) or event
        if event is None and lemma in _lex("claim_hostile_act_verbs") and not any(t.lower_ in _lex("claim_other_event_words") for t in tok.subtree):
            # the attack the claims before said this agent did, else the article's attack
            event = self._agents_last_event(agent, span) or self._salient(_anaphor_types("") or (), tok.idx)
        if event is None and lemma in _lex("claim_incursion_verbs"):
            # "the vessels had intruded into the waters", "his men had occupied the
            # building": the military operation told, else the attack
            event = self._salient(("military_activity",), tok.idx) or self._salient(_anaphor_types("") or (), tok.idx)
        for one in [agent, *self._conjunct_agents(subj, self._agent)]:
            self._add(st.speaker, one, "denied" if negated else "asserted", span, event, n, merge=True)
