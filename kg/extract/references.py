"""Resolving a noun phrase or pronoun to an actor of the article.

Speakers and claimants are often not named where they speak: "he said", "the minister
added", "the bureau said", "a State Department spokesman". The rules, in order:
a named mention inside the phrase; a title shared with a person's role or alias; an
organisation noun ("the bureau", "the company", "the group") matched against the bodies
already mentioned; for pronouns, the last speaker of a compatible kind, else the last
compatible actor mentioned before. Unresolvable phrases stay unresolved, never guessed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import ActorTable, principals, strip_np
from kg.extract.lexicon import COMPANY_NOUNS, GROUP_NOUNS, ORG_HEADS, SPEECH_VERBS, TITLE_HEADS
from kg.rules import lexicon

PERSON_EPITHETS = lexicon("person_epithets")
_PAST_TITLE_WORDS = lexicon("past_title_modifiers")
CONTINUATION_CUES = lexicon("continuation_cues")
_NOT_THE_OWNER = lexicon("kin_nouns")
_RELATIVE_PRONOUNS = lexicon("relative_pronouns")
_LEADER_TITLES = lexicon("event_leader_titles")
LESSER_TITLE_WORDS = lexicon("lesser_title_words")
_PEOPLE_STATE_NOUNS = lexicon("people_state_nouns")


def _pronouns() -> frozenset[str]:
    """Every pronoun the resolver reads (lexicons person_pronouns, body_pronouns, plural_pronouns)."""
    return lexicon("person_pronouns") | lexicon("body_pronouns") | lexicon("plural_pronouns")


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through coordination and participial clauses."""
    seen = 0
    while verb is not None and seen < 6:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_PRONOUNS]
        if len(subjects) > 1 and _label_lead(subjects[0]):
            subjects = subjects[1:]  # "Update: the ministry opened an inquiry": the label is no subject
        if subjects:
            return subjects[0]
        outer = verb.head
        if (
            verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and verb.lemma_ in CONTINUATION_CUES
            and outer.dep_ == "ccomp" and outer.head != outer and outer.head.lemma_ in SPEECH_VERBS
        ):
            # "X told the crowd that Y 'had a crazy policy,' adding, '...'": the participle hung
            # on the reported clause goes on with the reporter's words, not the clause's subject
            verb = outer.head
            seen += 1
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "acl") and verb.head != verb:
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "distanced himself by saying ...", "flipped his choice on the spot, saying ...":
            # the gerund after a preposition has the subject of the verb the phrase modifies
            verb = verb.head.head
            seen += 1
            continue
        return None
    return None


def _lesser(form: str, text: str) -> bool:
    """'deputy special representative' for 'the special representative': the title told
    is held under another word (lexicon lesser_title_words), so it is another office."""
    i = form.find(text)
    return i > 0 and form[:i].split()[-1:] != [] and form[:i].split()[-1] in LESSER_TITLE_WORDS


def _label_lead(tok: Token) -> bool:
    """'Update:', 'Reminder:', 'Analysis:': a one-word label opening the sentence, which the
    parser takes for a second subject of the verb that follows."""
    return tok.i == tok.sent.start and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"


def _proper_head(root: Token) -> bool:
    """A proper noun, or a person's name the tagger read as a plural common noun (a surname
    in -s: 'Richards', 'Edwards')."""
    return root.pos_ == "PROPN" or (root.ent_type_ == "PERSON" and root.tag_ == "NNS")


def _bare_name(root: Token) -> Span | None:
    """The proper name a phrase's head closes ('Brent Bozell III', 'Sarandon'): the head
    and the title-case proper nouns compounded to it, or None. A surname in -s that the
    tagger took for a plural noun ('Richards said', 'Edwards told') is a name when the NER
    calls it a person's."""
    if not _proper_head(root) or not (root.is_title or root.is_upper):
        return None
    first = root
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head == root:
        prev = first.doc[first.i - 1]
        if prev.pos_ != "PROPN" or not prev.is_title:
            break
        first = prev
    return root.doc[first.i : root.i + 1]


def _titled_name(span: Span, name: Span) -> bool:
    """'UN Special Envoy Marta Lindqvist said', 'Deputy Mayor Tomas Varga said': a name of two
    or more title-case words that the NER left untyped, after a title word (TITLE_HEADS) of
    the same phrase, or making up the whole phrase, is a person's."""
    if len(name) == 2 and len(span) == 2 and all(t.is_title and t.is_alpha and not t.ent_type_ for t in name):
        # "Adel Nefzi said ...": a bare first name and surname as the whole subject
        return True
    return len(name) >= 2 and any(
        (t.lower_ in TITLE_HEADS or t.lemma_.lower() in TITLE_HEADS) and t.is_title for t in span if t.i < name.start
    )


def _common_head(root: Token) -> bool:
    """A common noun, or a party member's word the tagger calls a proper noun ('the
    Republican', 'the Ohio Democrat': singular, and an epithet)."""
    return root.pos_ == "NOUN" or (root.tag_ == "NNP" and root.lower_ in PERSON_EPITHETS)


def _epithet(root: Token) -> bool:
    """A head noun that describes a person named before: an epithet (lexicon person_epithets,
    'the billionaire businessman'), one coordinated with it ('the former secretary of state and
    current Democratic presidential nominee'), or a title held no more (lexicon
    past_title_modifiers: 'the former governor', 'the ousted president'). Not one with a
    relative clause or a participle of its own ('the lifelong Republican who wrote the
    speech', 'the businessman hired to run the port'): that picks out someone new."""
    if any(c.dep_ in ("relcl", "acl") for c in root.children):
        return False
    heads = [root, *root.conjuncts]
    if any(h.lemma_ in PERSON_EPITHETS or h.lower_ in PERSON_EPITHETS for h in heads):
        return True
    return (root.lemma_ in TITLE_HEADS or root.lower_ in TITLE_HEADS) and any(
        c.dep_ == "amod" and c.lower_ in _PAST_TITLE_WORDS for c in root.children
    )


def _kin_of(span: Span, found) -> set[str]:
    """The actors of ``found`` named only inside an apposition of kin on the phrase's head
    ('X, the nephew of King Hussein'): keys whose every mention in the phrase hangs under an
    appositive noun of lexicon kin_nouns."""
    doc, root = span.doc, span.root

    def under_kin(s: int, e: int) -> bool:
        words = doc.char_span(s, e, alignment_mode="expand")
        tok = words.root if words is not None else root
        while tok != root and tok.head != tok:
            if tok.dep_ == "appos" and tok.head == root and (tok.lemma_ in _NOT_THE_OWNER or tok.lower_ in _NOT_THE_OWNER):
                return True
            tok = tok.head
        return False

    keys = {k for _, _, k in found}
    return {key for key in keys if all(under_kin(s, e) for s, e, k in found if k == key)}


def _demonym_of_a_person(span: Span, found, table) -> bool:
    """'The Romanian hacker who revealed ...', 'a Syrian refugee said': the only names in the
    phrase are countries' adjectives on a noun for a person who is no office holder, body or
    people ('the Chinese ambassador', 'Estonian officials' read otherwise): an anonymous
    person, not the country speaking."""
    root = span.root
    if root.pos_ != "NOUN" or {root.lemma_, root.lower_} & (TITLE_HEADS | ORG_HEADS | GROUP_NOUNS | COMPANY_NOUNS | _PEOPLE_STATE_NOUNS):
        return False
    for s, e, key in found:
        if table.clusters[key].type != "country":
            return False
        word = span.doc.char_span(s, e, alignment_mode="expand")
        if word is None or not all(t.dep_ == "amod" and t.head == root and t.ent_type_ == "NORP" for t in word):
            return False
    return True


def _dateline(tok: Token) -> bool:
    """An upper-case place opening its sentence before a dash: 'WASHINGTON --', 'KYIV -'."""
    doc = tok.doc
    return (
        tok.is_upper
        and len(tok.text) > 2
        and tok.i == tok.left_edge.i
        and (tok.i == tok.sent.start or doc[tok.i - 1].is_space)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text in ("-", "--", "—", "–")
    )


def _right_end(tok: Token) -> int:
    """The last token of the phrase ``tok`` heads, without its relative clauses, also those
    of a name in apposition ("the group al-Shabaab, which is linked to al-Qaeda": not
    al-Qaeda)."""
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "punct" and c.i > tok.i and not any(a.dep_ == "appos" for a in tok.rights)):
            break
        right = _right_end(c) if c.dep_ == "appos" else c.right_edge.i
    return right


class Resolver:
    def __init__(self, table: ActorTable) -> None:
        self.table = table
        # (offset, speaker) of statements already known, from an earlier round or this one
        self.history: list[tuple[int, str]] = []
        self.current: tuple[int, int] | None = None  # the statement being attributed
        # the article's quotations: a name inside one is in a speaker's words, no subject of
        # the story's own sentences
        self.quotes: list[tuple[int, int]] = []

    def note_speaker(self, key: str, pos: int) -> None:
        self.history.append((pos, key))

    def _kind(self, key: str) -> str:
        return "person" if self.table.clusters[key].type == "person" else "body"

    def phrase(self, span: Span, *, before: int | None = None) -> str | None:
        """The actor a subject phrase stands for, or None."""
        table = self.table
        root = span.root
        low = root.lower_
        pos = before if before is not None else span.start_char
        if len(span) == 1 and low in _pronouns():
            reporter = self._reporting_subject(root)
            if reporter is not None:
                return reporter
            return self.pronoun(low, pos, span.sent.start_char, doc=span.doc)
        if root.tag_ == "NNS" and not table.mentions_in(span.start_char, span.end_char) and any(
            c.lower_ in ("two", "both") and c.i < root.i for c in root.children
        ):
            # "X and Y ... In a joint statement, the two agencies said": a joint statement,
            # credited to the first named, as with "they"
            return self._plural("they", pos, span.doc)
        # a named mention in the phrase: take the one at the phrase's head if any
        found = table.mentions_in(span.start_char, span.end_char)
        head_key = table.at(root.idx, root.idx + len(root.text))
        if head_key is not None:
            return self._surname_owner(head_key, pos) or head_key
        person = self._titled_stranger(root)
        if person is not None:
            return person
        name = _bare_name(root)
        if name is not None and len(name) == 1:
            # "Rojas stressed that ...", '"...," Sarandon, 69, told ...': a surname alone
            # (missed by the NER or left unlinked), of a person named before
            known = [
                c.key
                for c in principals(table, [
                    c for c in table.clusters.values()
                    if c.type == "person" and c.first <= pos and len(c.name.split()) > 1
                    and c.name.split()[-1] == root.text
                ])
            ]
            if len(known) == 1:
                return known[0]
            if known:
                # "Bill Clinton spoke with voters. ... Clinton said": of two people sharing
                # the surname, the one mentioned last
                return max(known, key=lambda k: max(s for s, _ in table.clusters[k].mentions if s <= pos))
        if name is not None and len(name) > 2 and not any(t.ent_type_ == "PERSON" for t in name):
            # (an untyped name after a title: its last two words, not a place or title word
            # the parser compounded to it, "Envoy on Congo Marta Lindqvist")
            name = name[-2:]
        if (
            name is not None
            and table.at(name.start_char, name.end_char) is None
            # (a titled name the NER took for a work's title, 'Rear Admiral X Y', is a name)
            and all(t.ent_type_ in ("", "PERSON") or (t.ent_type_ == "WORK_OF_ART" and _titled_name(span, name)) for t in name)
            and (any(t.ent_type_ == "PERSON" for t in name) or _titled_name(span, name))
            and not any(t.lower_ in TITLE_HEADS | ORG_HEADS | GROUP_NOUNS | COMPANY_NOUNS for t in name)
        ):
            # "Brent Bozell III, founder of ..., tells ...": a speaker's proper name the actor
            # table left out (and no tagger called a place or body) is a person of its own
            return table.person(name.text, name.start_char, name.end_char)
        indefinite = span[0].lower_ in lexicon("indefinite_determiners")
        if not indefinite and (root.lemma_ in TITLE_HEADS or root.lower_ in TITLE_HEADS):
            # "Its spokesman, Awa Diallo, said": the person named in apposition, not the
            # spokesman told before
            named = [
                k for c in root.children if c.dep_ == "appos"
                for k in [table.at(c.idx, c.idx + len(c.text))] if k is not None and table.clusters[k].type == "person"
            ]
            if named:
                return named[0]
            # "the Russian leader said": the person named before who holds that title of that
            # country, not the country the adjective names
            person = self._national_title(span, pos)
            if person is not None:
                return person
            # "the Kremlin spokesman": the person who holds that title here
            person = self.description(span, pos)
            if person is not None:
                return person
            person = self._named_next(span, pos)
            if person is not None:
                return person
        if found:
            kin = _kin_of(span, found)
            if kin and root.pos_ == "PROPN":
                # "Prince Tariq, the nephew of the late King Hussein, said": the relative the
                # apposition names does not speak; the name is read alone ('Tariq', a word of
                # the one person named so)
                found = [f for f in found if f[2] not in kin]
                if not found:
                    return table.resolve_person_name(root.text)
            named_people = [k for _, _, k in found if table.clusters[k].type == "person"]
            if root.pos_ == "NOUN" and (root.lemma_ in _NOT_THE_OWNER or root.lower_ in _NOT_THE_OWNER):
                # "Costa's brother said ...", "his wife said": the possessor is not the one who
                # speaks (a lawyer is read as the client, as PolNeAR marks it)
                owners = {table.at(c.idx, c.idx + len(c.text)) for c in root.children if c.dep_ == "poss"}
                if named_people and not [k for k in named_people if k not in owners]:
                    return None
                named_people = [k for k in named_people if k not in owners]
            if named_people:
                return named_people[0]
            if _demonym_of_a_person(span, found, table):
                return None
            # "a State Department spokesman" -> the department speaks
            return found[-1][2]
        for t in span:
            # "Estonian officials", "the Ukrainian side": a people's word stands for its state
            if t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound") and t.head.lemma_ in _PEOPLE_STATE_NOUNS:
                key = table.country_key(t.text)
                if key is not None:
                    return key
        out = self.description(span, pos)
        if out is None and span[0].lower_ == "the" and _common_head(root) and _epithet(root):
            # "the billionaire businessman says ...", "the Republican presidential candidate
            # said ...", "the former secretary of state said", "the Texas Republican said": an
            # epithet for a person named before, read like "he"
            return self.pronoun("he", pos, span.sent.start_char, doc=span.doc)
        return out

    def _national_title(self, span: Span, pos: int) -> str | None:
        """'the Russian leader', 'the Mexican foreign minister', "Turkey's president": a
        definite singular title with a country's adjective or name before it is the person
        named before ``pos`` who holds a role of that country with that title ('leader': any
        title of lexicon event_leader_titles); the last mentioned of them. None when no one
        does (the phrase then reads as before)."""
        root = span.root
        if root.tag_ != "NN" or span[0].lower_ not in ("the",) and not any(c.dep_ == "poss" for c in root.children):
            return None
        country = None
        for t in span[: root.i - span.start]:
            # (the tagger may take the adjective for a body: 'the Kazakh leader')
            if t.dep_ in ("amod", "compound", "poss") and (t.ent_type_ in ("NORP", "GPE") or t.is_title):
                country = self.table.country_key(t.text)
                if country is not None:
                    break
        if country is None:
            return None
        head = root.lemma_.lower()

        def fits(title: str) -> bool:
            words = title.lower().split()
            if _lesser(title.lower(), head):
                return False
            # (a leader's title opens with its office, after the country's name if any:
            # 'President X', 'Russian Prime Minister'; not 'embattled president of ...')
            while len(words) > 1 and self.table.country_key(words[0]) is not None:
                words = words[1:]
            return head in words or head == "leader" and (words[0] in _LEADER_TITLES or " ".join(words[:2]) in _LEADER_TITLES)

        return self.table.last_holder(country, pos, fits)

    def _named_next(self, span: Span, pos: int) -> str | None:
        """'The deputy head of the delegation said ... "...," Rear Admiral X told reporters.':
        a definite title no one named before holds, as the subject of a statement, is the
        person first named in the next sentence as a speaker (a statement of the first round
        of reading)."""
        if span[0].lower_ != "the" or span.root.pos_ != "NOUN":
            return None
        sent = span.sent
        if sent.end >= len(span.doc):
            return None
        nxt = span.doc[sent.end].sent
        for p, key in sorted(self.history):
            c = self.table.clusters[key]
            if nxt.start_char <= p < nxt.end_char + 2 and c.type == "person" and nxt.start_char <= c.first < nxt.end_char:
                return key
        return None

    def _surname_owner(self, key: str, pos: int) -> str | None:
        """A one-word actor the actor table kept apart from the people whose surname it is
        ('Bill Clinton', 'Hillary Clinton', then 'Clinton said'): the one of them mentioned
        last before ``pos``."""
        c = self.table.clusters[key]
        # (or a one-word body the NER made of the surname)
        if c.type not in ("person", "organization") or " " in c.name or c.wikidata:
            return None
        known = principals(self.table, [
            o for o in self.table.clusters.values()
            if o.type == "person" and o.key != key and len(o.name.split()) > 1
            and o.name.split()[-1] == c.name and any(s <= pos for s, _ in o.mentions)
        ])
        if not known:
            return None
        return max(known, key=lambda o: max(s for s, _ in o.mentions if s <= pos)).key

    def _titled_stranger(self, root: Token) -> str | None:
        """'Ana Costa, Portugal's foreign minister, said': a full name the NER missed (or took
        for a place), in apposition with a title, is a person; not the country of the title."""
        if root.pos_ != "PROPN":
            return None
        first = root
        while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head == root:
            first = first.doc[first.i - 1]
        name = root.doc[first.i : root.i + 1]
        # (a suffix in capitals counts: 'Brent Bozell III')
        if len(name) < 2 or not all((t.is_title or (t.is_upper and k)) and t.pos_ == "PROPN" for k, t in enumerate(name)):
            return None
        if self.table.mentions_in(name.start_char, name.end_char) or self.table.at(name.start_char, name.end_char):
            return None
        if not any(
            c.dep_ == "appos" and (c.lemma_ in TITLE_HEADS or c.lower_ in TITLE_HEADS) for c in root.children
        ):
            return None
        return self.table.person(name.text, name.start_char, name.end_char)

    def _reporting_subject(self, pron: Token) -> str | None:
        """'Granholm said she had spoken ...': a pronoun inside what someone reports is the
        reporter, when the reporter is named."""
        clause = pron.head
        for _ in range(3):
            if clause.dep_ == "ccomp" and clause.head.lemma_ in SPEECH_VERBS:
                subj = subject_of(clause.head)
                if subj is not None and subj.lower_ not in _pronouns():
                    key = self.phrase(subj.doc[subj.left_edge.i : subj.i + 1], before=subj.idx)
                    if key is not None and (self.table.clusters[key].type == "person") == (pron.lower_ in lexicon("person_pronouns")):
                        return key
                return None
            if clause.head == clause:
                return None
            clause = clause.head
        return None

    def description(self, span: Span, pos: int) -> str | None:
        """'the minister', 'the Kremlin spokesman', 'the bureau', 'the group'."""
        table = self.table
        root = span.root
        # the words up to the head: "the Kremlin's spokesman (on Tuesday)"
        text = strip_np(span.doc[span.start : root.i + 1].text).lower().replace("'s ", " ")
        words = set(text.split())
        if root.lemma_ in TITLE_HEADS or root.lower_ in TITLE_HEADS or words & TITLE_HEADS:
            # the holder of the title named most recently before: "President Putin addressed
            # the nation. The president said ..." is Putin even if another president came first
            best = None  # (whole title matches, last mention before pos, key)
            for c in table.clusters.values():
                if c.type != "person" or c.first > pos:
                    continue
                forms = [f for f in [a.lower() for a in c.aliases] + [r[0].lower() for r in c.roles] if not _lesser(f, text)]
                whole = any(text == f or text in f or f.endswith(" " + text) for f in forms)
                head = root.lemma_.lower()
                if whole or any(head in f.split() for f in forms):
                    last = max((s for s, _ in c.mentions if s <= pos), default=-1)
                    if best is None or (whole, last) > best[:2]:
                        best = (whole, last, c.key)
            if best:
                return best[2]
            # a title before the name it belongs to ("the Kremlin's spokesman ... Kremlin
            # spokesman Dmitry Peskov"): the first later holder of that title
            later = [
                (c.first, c.key)
                for c in table.clusters.values()
                if c.type == "person"
                and any(text in f.lower() or f.lower().endswith(text) for f in list(c.aliases) + [r[0] for r in c.roles])
            ]
            return min(later)[1] if later else None
        kinds = []
        if root.lower_ in GROUP_NOUNS or root.lemma_ in GROUP_NOUNS:
            kinds = ["group"]
        elif root.lemma_ in COMPANY_NOUNS:
            kinds = ["organization"]
        cands = []
        for c in table.clusters.values():
            if c.first > pos:
                continue
            forms = [c.name.lower(), *(a.lower() for a in c.aliases)]
            if any(root.lower_ in f.split() for f in forms) and c.type != "person":
                cands.append(c)
            elif kinds and c.type in kinds and (c.country is None or kinds == ["group"]) and not c.wikidata:
                cands.append(c)
        if not cands:
            return None
        return max(cands, key=lambda c: max(s for s, _ in c.mentions if s <= pos)).key

    def pronoun(
        self, word: str, pos: int, sent_start: int | None = None, *, doc=None
    ) -> str | None:
        want = "person" if word in lexicon("person_pronouns") else "body"
        if word in lexicon("plural_pronouns"):
            return self._plural(word, pos, doc)
        cur = self.current
        earlier = [
            (p, k)
            for p, k in self.history
            if p < pos and k in self.table.clusters and not (cur and cur[0] <= p <= cur[1])
        ]
        if earlier:
            p, k = max(earlier)
            if self._kind(k) == want:
                # the last speaker, unless someone else has been the subject of a sentence
                # since ("Mirzoyan briefed the envoys. '...,' he said")
                since = self._subject_since(p, pos, want, doc) if doc is not None else None
                return since if since is not None and since != k else k
        best = None
        for c in self.table.clusters.values():
            if (c.type == "person") != (want == "person"):
                continue
            # (not a name inside the quote being attributed: '"... Ginsburg ...," he wrote')
            prior = [s for s, _ in c.mentions if s < pos and not (cur and cur[0] <= s < cur[1])]
            if prior and (best is None or max(prior) > best[0]):
                best = (max(prior), c.key)
        return best[1] if best else None

    def _plural(self, word: str, pos: int, doc) -> str | None:
        """'Grassley and Leahy sent a letter. "...," they wrote': 'they' after a sentence whose
        subject is two or more named actors is a joint statement, credited to the first
        named (SCHEMA). Anything else plural stays unresolved."""
        if word != "they" or doc is None:
            return None
        here = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if here is None:
            return None
        sent = here.sent
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            subj = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
            if subj is None:
                continue
            conj = [c for c in subj.conjuncts]
            if not conj:
                return None  # a plural subject of another kind comes between
            keys = [self.table.at(t.idx, t.idx + len(t.text)) for t in [subj, *conj]]
            if all(keys) and len(set(keys)) > 1:
                return keys[0]
            return None
        return None

    def _subject_since(self, after: int, pos: int, want: str, doc) -> str | None:
        """The actor of the latest mention in (after, pos) that is a sentence's subject, outside
        quotations ('"... Mateen was radicalized here," said Benjamin. He argued ...': he is
        Benjamin)."""
        best = None
        for c in self.table.clusters.values():
            if self._kind(c.key) != want:
                continue
            for s, e in c.mentions:
                if any(qs <= s < qe for qs, qe in self.quotes):
                    continue
                if after < s < pos and (best is None or s > best[0]):
                    span = doc.char_span(s, e, alignment_mode="expand")
                    # the subject of a sentence's main verb, not of a clause someone reports
                    if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
                        best = (s, c.key)
        return best[1] if best else None

    def token(self, tok: Token) -> str | None:
        """Resolve the phrase a token heads (its subtree without relative clauses)."""
        doc = tok.doc
        if _dateline(tok):
            # "WASHINGTON -- President Obama, dedicating ..., said": the dateline is not the
            # subject; the name in apposition to it is
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            if appos is not None:
                return self.token(appos)
        left = tok.left_edge.i
        return self.phrase(doc[left : _right_end(tok) + 1], before=tok.idx)
