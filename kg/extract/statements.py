"""Statements: direct quotes and reported speech, each with its speaker resolved to an actor.

Direct quotes are found from the quotation marks (after cleaning, every kind of quote mark
is a straight one), paired within a paragraph; a quote with no closing mark runs to the end
of its paragraph. A quote's speaker comes from the nearest speech verb outside the quote in
the same sentence ("…," he said / X said: "…" / X called it "…"); a further quote in the
same paragraph with no verb of its own continues the previous speaker; the two halves of a
split quote ("A," he said, "B.") are two statements of one speaker, each a stretch of the
article. A quote after a colon that ends words with no speech verb ('X put it bluntly: "…"',
'X on the talks: "…"') is said by the subject of those words. Short phrases in quotes (fewer than four
words: scare quotes such as "very specific") are not statements of their own.

Reported speech is a speech verb with a clausal complement ("said that …", "stressed …",
"pointed out that …") or an "according to X" phrase; when the reported clause wraps a real
quote, the quote is the statement and the clause is not repeated. A message or report that
speaks ("the ministry's statement said", "a report by X concluded") is its author's; a refused
cue ("declined to say whether") and the subject of a passive cue ("was asked whether") give
no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.components import rule_labels_at
from kg.extract.lexicon import TITLE_HEADS
from kg.rules import lexicon
from kg.extract.references import Resolver, subject_of

MIN_QUOTE_WORDS = 4
CLAUSE_ONLY = lexicon("clause_only_speech_verbs")
SAID_OBJECTS = lexicon("said_objects")
STATEMENT_NOUNS = lexicon("statement_nouns")
REPORT_NOUNS = lexicon("report_nouns")
REFUSAL_VERBS = lexicon("refusal_verbs")
MESSAGE_VERBS = lexicon("message_verbs")
NAMING_VERBS = lexicon("naming_verbs")
AS_NAMING_VERBS = lexicon("as_naming_verbs")
COMMISSIVE_VERBS = lexicon("commissive_speech_verbs")
OBJECT_SPEECH_VERBS = lexicon("object_speech_verbs")
TITLE_SMALL_WORDS = lexicon("headline_function_words")
_RELATIVE_PRONOUNS = lexicon("relative_pronouns")
_NAMING_PREPS = lexicon("naming_verb_preps")
MIN_OBJECT_CLAUSE_WORDS = 8
# A quotation mark, or two apostrophes standing for one; of three apostrophes that close a
# quote ending in a nested one (''... say, 'why?''' she said), the mark is the last two.
_QUOTE_MARK = re.compile(r"\"|''(?!'(?!\w))")
# a transcript's line: the speaker's name in capitals (a word or up to three), a colon, words
_TRANSCRIPT_LINE = re.compile(r"^[\"']?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):[ \t]+(?=\S)", re.M)
MIN_TRANSCRIPT_TURNS = 2


def is_cue(token: Token, label: str) -> bool:
    """Whether a speech cue of kind ``label`` opens at ``token``: a match of the statements
    patterns (data/rules/statements.json, run by the kg_rule_spans component into
    ``doc.spans["kg_statements"]``) with that label, starting at the token. The labels:
    speech_verb, report_verb (a speech verb that reports, not an appeal or a claim),
    opening_said ('Said Ellis: ...'), phrasal_cue ('pointed out', 'made clear'),
    expressed_noun ('concern' of 'expressed concern'), according_to, quote_introducer,
    appeal_object ('urged X to'), appeal_on ('called on X to')."""
    return label in rule_labels_at(token.doc, "statements").get(token.i, ())


@dataclass
class RawStatement:
    speaker: str
    start: int  # cleaned offsets of the statement text
    end: int
    text: str
    direct: bool
    cue: str | None
    cue_token: int | None  # token index of the cue verb
    hidden: bool = False  # a reported clause wrapping a quote: read for claims, not a statement


def find_quotes(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inner spans of quotations, paired per paragraph."""
    quotes = []
    pos = 0
    for para in text.split("\n"):
        # a quotation mark, or two apostrophes standing for one (''as some papers print it'')
        found = [(m.start() + pos, len(m.group())) for m in _QUOTE_MARK.finditer(para)]
        # apostrophe-free guard: a mark glued between letters is not a quote
        found = [
            (i, n)
            for i, n in found
            if not (0 < i < len(text) - n and text[i - 1].isalnum() and text[i + n].isalnum())
        ]
        marks = [i for i, _ in found]
        width = dict(found)
        pairs = list(zip(marks[::2], marks[1::2]))
        if len(marks) % 2:
            pairs.append((marks[-1], pos + len(para)))
        for a, b in pairs:
            s, e = a + width[a], b
            if any(hs <= s < he for hs, he in skip):
                continue
            if e - s > 1:
                quotes.append((s, e))
        pos += len(para) + 1
    return quotes


def _unquote(text: str) -> str:
    return text.replace("''", "").replace('"', "")


def _words(text: str) -> int:
    return len(text.split())


def _trim(text: str, s: int, e: int, tail: str = " ,;:", head: str = " ") -> tuple[int, int]:
    """The span ``s:e`` without the characters of ``tail`` at its end and of ``head`` at its start."""
    while e > s and text[e - 1] in tail:
        e -= 1
    while s < e and text[s] in head:
        s += 1
    return s, e


def _inside(i: int, spans) -> bool:
    return any(s <= i < e for s, e in spans)


def _subject(verb: Token) -> Token | None:
    subj = subject_of(verb)
    if subj is not None:
        return _author(subj) or _earlier_author(subj) or subj
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        # "Mayor Ilse Brandt, who said she would appeal, ...": the relative pronoun speaks for
        # the noun the clause hangs on
        return verb.head
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        # "went out of his way to say that ...", "took the opportunity to warn that ...": an
        # infinitive on a noun of the verb's phrase has that verb's subject (not an
        # impersonal 'it': "it is time to say")
        owner = head.head if head.dep_ in ("dobj", "pobj") else None
        while owner is not None and owner.dep_ == "prep" and owner.head != owner and owner.pos_ == "ADP":
            owner = owner.head  # 'went out of his way to say': up the chain of prepositions
        if owner is not None and owner.pos_ in ("VERB", "AUX"):
            subj = subject_of(owner)
            if subj is not None and subj.lower_ != "it":
                return _author(subj) or subj
    if verb.dep_ == "acl" and head.lemma_.lower() in STATEMENT_NOUNS and head.dep_ in ("dobj", "pobj"):
        # "Prigozhin released audio messages claiming that ...", "issued a statement saying
        # ...": the words of a message that the subject of the verb put out
        owner = head.head if head.dep_ == "dobj" else head.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return subject_of(owner)
    if verb.dep_ == "acl" and verb.i == head.i + 1 and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        # "Lukashenko's press service announced that ...": the parser made the sentence a
        # noun with a participle; the noun is the subject
        if any(c.dep_ == "ccomp" for c in verb.children):
            return head
    return None


def _author(subj: Token) -> Token | None:
    """The author of a message that is the subject of a speech verb (lexicons statement_nouns,
    report_nouns):
    'the ministry's statement said', 'a White House statement said', 'a statement from the
    ministry said', 'a report by the institute concluded', 'a report published on Monday by
    the institute noted', 'a Quinnipiac University poll found'; else None."""
    if subj.lemma_.lower() not in STATEMENT_NOUNS | REPORT_NOUNS:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    name = next((c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if name is not None:
        # 'a Quinnipiac University poll', 'a White House statement': the name before the noun
        return name
    preps = [c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    # (not the one who got hold of it: 'a memo seen by the Herald', lexicon message_access_verbs)
    preps += [
        a for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in lexicon("message_access_verbs")
        for a in c.children if a.dep_ == "agent"
    ]
    for p in preps:
        obj = next((o for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.lemma_.lower() not in STATEMENT_NOUNS:
            return obj
    return None


def _earlier_author(subj: Token) -> Token | None:
    """'A report released by the House committee faulted ... The report said that ...': a
    definite report or message with no author of its own ('the report', 'the memo', lexicons
    report_nouns, statement_nouns, determiners lexicon definite_message_determiners) is the one
    last mentioned before it with the same noun; its author (named in that mention) speaks. A
    mention of a new one with no author ('a separate report') in between, or none, gives None."""
    if subj.tag_ != "NN" or subj.lemma_.lower() not in STATEMENT_NOUNS | REPORT_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in lexicon("definite_message_determiners") for c in subj.children):
        return None
    lemma = subj.lemma_.lower()
    for t in reversed(subj.doc[: subj.i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        author = _author(t)
        if author is None and t.dep_ == "dobj" and t.head.lemma_.lower() in lexicon("message_publish_verbs"):
            # 'the committee published a report detailing ...': the subject of the publishing
            author = subject_of(t.head)
        if author is not None and author.pos_ == "PRON":
            return None  # 'its report', 'our report': whose is the pronoun's business, not ours
        if author is not None:
            return author
        if not any(c.dep_ == "det" and c.lower_ in lexicon("definite_message_determiners") for c in t.children):
            return None  # 'a separate report ...': another one, with no author
    return None


def _name_before(verb: Token) -> Token | None:
    """'After the deputy secretary ..., Sergei Demedyuk, said that ...': a verb the parser
    left without a subject, right after a person's name (set off by commas or not)."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    # (or right before it: "when asked about Trump, President Barack Obama said ...", the
    # name hung on the phrase before)
    if i >= verb.sent.start and verb.doc[i].ent_type_ == "PERSON" and verb.doc[i].pos_ == "PROPN":
        return verb.doc[i]
    # "..., Vassily Nebenzia, Moscow's envoy to the United Nations, insisted that ...": the
    # name whose apposition ends right before the verb (the parser hung the name elsewhere)
    if i >= verb.sent.start and verb.doc[i + 1].text == "," and verb.doc[i + 1].i < verb.i:
        tok, appos = verb.doc[i], False
        while tok.head != tok and tok.head.i < verb.i and tok.i >= verb.sent.start:
            appos = appos or tok.dep_ == "appos"
            tok = tok.head
            if appos and tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or _titled(tok)):
                return tok
    return None


def _with_subject(verb: Token) -> Token | None:
    """'The debate ended with Reed saying that ...': the subject of a participle in an absolute
    'with' phrase, which the parser took for the object of 'with' (giving the participle the
    sentence's subject, 'the debate', or none)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return noun


def _titled(name: Token) -> bool:
    """A name with a title in apposition: 'Ana Costa, Portugal's minister of the sea'."""
    return any(c.dep_ == "appos" and (c.lemma_ in TITLE_HEADS or c.lower_ in TITLE_HEADS) for c in name.children)


def _opening_said(t: Token) -> bool:
    """'Said Ellis: "..."': 'said' opening its sentence before the speaker's name (which the
    tagger often reads as part of the name)."""
    doc = t.doc
    return is_cue(t, "opening_said") and t.head.i in (t.i, t.i + 1)


def _cue_verbs(doc: Doc, sent: Span, quotes) -> list[Token]:
    out = []
    for t in sent:
        if _opening_said(t) and not _inside(t.idx, quotes):
            out.append(t)
            continue
        if _inside(t.idx, quotes):
            continue
        if is_cue(t, "according_to") and _according_source(t) is not None:
            # 'According to Brandt, "..."': the phrase credits the quote as a verb would
            out.append(t)
            continue
        if t.pos_ not in ("VERB", "AUX") or _impersonal(t):
            continue
        if is_cue(t, "speech_verb") or is_cue(t, "phrasal_cue"):
            out.append(t)
    return out


def direct_quotes(doc: Doc, quotes, resolver: Resolver) -> list[RawStatement]:
    text = doc.text
    out: list[RawStatement] = []
    prev: tuple[int, str, int | None] | None = None  # (paragraph start, speaker, verb)
    open_end: tuple[int, str] | None = None
    for qs, qe in quotes:
        s, e = _trim(text, qs, qe)
        if not any(ch.isalnum() for ch in text[s:e]):
            continue  # '"  ," he said': nothing was quoted
        if _title(text[s:e]):
            continue  # 'on CNN's "State of the Union,"': the name of a work or a show
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        para_start = text.rfind("\n", 0, qs) + 1
        # (not the last sentence of the paragraph before, unless it ends in a colon that
        # introduces this quote: 'X said:' then the quote as a paragraph of its own)
        floor = qs - 2 if text[:para_start].rstrip().endswith(":") else max(qs - 2, para_start)
        sents = [x for x in doc.sents if x.end_char > floor and x.start_char < qe + 2]
        verbs = [v for st in sents for v in _cue_verbs(doc, st, quotes)]
        # the sentence after a quote that ends its own sentence: '"…." he said.'
        if not verbs and sents:
            nxt = sents[-1].end
            if nxt < len(doc):
                following = doc[nxt].sent
                if not text[qe : following.start_char].strip("\"' "):  # only the closing mark between
                    verbs = [
                        v for v in _cue_verbs(doc, following, quotes)
                        if _opens_with_cue(v, following) and not is_cue(v, "according_to")
                    ]
        # a short quote ending a sentence of its own counts ('he said, "No way."'); one
        # embedded in the sentence's syntax is a scare quote ('called him a "loser."')
        long_enough = _words(text[s:e]) >= MIN_QUOTE_WORDS or (
            text[qe - 1 : qe] in ".,?!" and not _embedded(text, qs)
        )
        resolver.current = (qs, qe)
        speaker = None
        verb = None
        if verbs:
            verb = min(verbs, key=lambda v: min(abs(v.idx - qe), abs(v.idx - qs)))
            if not long_enough and _naming(span, verb):
                # 'calling the reports "an informational provocation"': what the speaker
                # called something is said in their words, however short
                long_enough = True
            if is_cue(verb, "according_to"):
                subj = _according_source(verb)
            else:
                # 'X said the union had called the strike and said, "..."': the second cue,
                # hung inside the first one's clause, is the first one's speaker's
                subj = _subject(_report_conj_owner(verb) or verb)
            if subj is not None and _inside(subj.idx, quotes):
                # '"... Full panic mode," said Leslie Wimes': the parser gave the verb two
                # subjects, the quote's last words and the name after it
                subj = next(
                    (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i and not _inside(c.idx, quotes)),
                    None,
                ) or _name_read_as_object(verb, qe) or subj
            if subj is not None and not _inside(subj.idx, quotes):
                speaker = resolver.token(subj)
            elif _opening_said(verb):
                # 'Said Ellis: "..."': the cue before its speaker, opening the sentence
                speaker = resolver.token(verb.doc[verb.i + 1])
            elif subj is None and _name_before(verb) is not None:
                # 'In a statement to the Observer, her adviser, Jake Sullivan, said: "..."'
                speaker = resolver.token(_name_before(verb))
            elif verb.idx >= qe:
                # '"...," Brent Bozell III, founder of ..., tells ...': the parser hung the
                # name on the quote; the speaker is the phrase between the quote and the cue
                between = _phrase_after_quote(doc, qe, verb)
                if between is not None:
                    speaker = resolver.phrase(between, before=between.start_char)
        if speaker is None and not verbs and sents and long_enough and (prev is None or prev[0] != para_start):
            speaker = _introduced_by(doc, sents[0], para_start, quotes, resolver)
        if speaker is None and not verbs and long_enough:
            # 'Costa put it bluntly: "..."', 'Her answer: "..."': a quote introduced by a
            # colon, after words with no speech verb; the speaker is the lead's subject
            lead = _colon_lead(doc, qs, quotes)
            if lead is not None:
                speaker = resolver.token(lead)
        if speaker is None and not verbs and open_end is not None and long_enough and qs - 1 == para_start:
            # a quote running over paragraphs leaves the first one unclosed and opens the next
            # with a new mark: the same speaker goes on
            if text[open_end[0] : qs - 1].strip() == "" and out and out[-1].end == open_end[0]:
                # one quote in one pair of marks (SCHEMA): the open one takes this paragraph in
                last = out[-1]
                last.end, last.text = e, last.text.rstrip() + " " + text[s:e]
                open_end = (qe, last.speaker) if qe >= len(text) or text[qe] == "\n" else None
                prev = (para_start, last.speaker, None)
                continue
        if speaker is None and prev is not None and prev[0] == para_start and long_enough:
            speaker, verb = prev[1], None
        if speaker is None and not verbs and long_enough and qs - 1 == para_start and _whole_paragraph(text, qe):
            # a paragraph that is a quote with no cue, after a paragraph whose last statement
            # is X's ('..., X told the forum.' / '"...," X said.' then '"..."'): X goes on
            # (the paragraph is the quote, closed: a stray mark opening a paragraph is none)
            speaker = _previous_paragraph_speaker(text, para_start, resolver)
        if speaker is None or not long_enough:
            continue
        # each half of a split quote ("A," he said, "B.") is its own statement, so that
        # every quote's text stays a stretch of the article
        cue = ("say" if _opening_said(verb) else "according to" if is_cue(verb, "according_to") else verb.lemma_) if verb is not None else None
        out.append(RawStatement(speaker, s, e, text[s:e], True, cue, verb.i if verb is not None else None))
        resolver.note_speaker(speaker, s)
        resolver.current = None
        prev = (para_start, speaker, verb.i if verb is not None else None)
        # a quote left open at its paragraph's end: (that end, speaker)
        open_end = (qe, speaker) if qe >= len(text) or text[qe] == "\n" else None
    return out


def block_quotes(doc: Doc, quotes, resolver: Resolver, skip=()) -> list[RawStatement]:
    """'Limbaugh added:' or 'In a post, Ellis wrote:' closing its paragraph, then a paragraph
    with no quotation mark: a block quote, whose marks the page drew as an indent and the text
    lost. The paragraph is the subject's words (direct); the cue has nothing after it but the
    colon (not 'said that ...:', 'listed the following:')."""
    text = doc.text
    out: list[RawStatement] = []
    for colon in doc:
        if colon.text != ":" or _inside(colon.idx, quotes) or _inside(colon.idx, skip):
            continue
        line_end = text.find("\n", colon.idx)
        if line_end < 0 or text[colon.idx + 1 : line_end].strip():
            continue
        verb = doc[colon.i - 1] if colon.i > 0 else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or not (is_cue(verb, "report_verb") or is_cue(verb, "quote_introducer")):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue
        block = _next_paragraph(text, line_end)
        if block is None or _inside(block[0], skip) or any(block[0] <= qs < block[1] for qs, _ in quotes):
            continue
        s, e = block
        if _words(text[s:e]) < MIN_QUOTE_WORDS or text[e - 1] not in ".?!":
            continue  # a heading or a list item, not a paragraph of speech
        subj = _subject(verb)
        speaker = resolver.token(subj) if subj is not None and subj.dep_ != "nsubjpass" else None
        if speaker is None:
            continue
        out.append(RawStatement(speaker, s, e, text[s:e], True, verb.lemma_, verb.i))
        resolver.note_speaker(speaker, s)
    return out


def _next_paragraph(text: str, line_end: int) -> tuple[int, int] | None:
    """(start, end) of the first paragraph with words after the line ending at ``line_end``,
    its blanks trimmed; None at the end of the text."""
    s = line_end
    while s < len(text) and text[s].isspace():
        s += 1
    if s >= len(text):
        return None
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def transcript_turns(text: str, resolver: Resolver, skip=()) -> list[RawStatement]:
    """'PENCE: Well, look, ...' then 'WALLACE: Do you ...': the lines of an interview's
    transcript, each opened by its speaker's name in capitals and a colon, are that speaker's
    words, direct (a line opening with a quotation mark as well: transcripts are often quoted
    whole). Read only where two or more lines open so, and only for a name that is a person's:
    one the article names (by surname or whole), or a new one given whole ('JAKE TAPPER');
    'UPDATE:' or 'WASHINGTON:' name no one."""
    turns = [m for m in _TRANSCRIPT_LINE.finditer(text) if not _inside(m.start(), skip)]
    if len(turns) < MIN_TRANSCRIPT_TURNS:
        return []
    out = []
    for m in turns:
        speaker = _transcript_speaker(resolver.table, m.group(1), m.start(1), m.end(1))
        end = text.find("\n", m.end())
        s, e = _trim(text, m.end(), len(text) if end < 0 else end, tail=" \"'", head=" \"'")
        if speaker is None or _words(text[s:e]) < 2:
            continue
        out.append(RawStatement(speaker, s, e, text[s:e], True, "transcript", None))
        resolver.note_speaker(speaker, s)
    return out


def _transcript_speaker(table, label: str, start: int, end: int) -> str | None:
    """The person a transcript's capitalised name stands for: the one of the article whose
    name or surname it is (the last named before it, when two share the surname), else a new
    person when the label gives a name whole (two words or more)."""
    low = label.lower()
    people = [
        c for c in table.clusters.values()
        if c.type == "person" and c.mentions and (c.name.lower() == low or c.name.split()[-1].lower() == low)
    ]
    before = [c for c in people if c.first <= start]
    if before:
        return max(before, key=lambda c: max(s for s, _ in c.mentions if s <= start)).key
    if len(people) == 1:
        return people[0].key
    if " " in label:
        return table.person(label.title(), start, end)
    return None


def _whole_paragraph(text: str, qe: int) -> bool:
    """The quote ending at ``qe`` is closed and ends its paragraph."""
    end = text.find("\n", qe)
    return text[qe : qe + 1] in ('"', "'") and not text[qe + 1 : end if end >= 0 else len(text)].strip(" .,;\"'")


def _previous_paragraph_speaker(text: str, para_start: int, resolver: Resolver) -> str | None:
    """The speaker of the last statement of the paragraph right before ``para_start`` (the
    statements found so far, and those of the first round), or None."""
    end = para_start - 1
    while end > 0 and text[end - 1] in " \n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end <= start:
        return None
    said = [(pos, key) for pos, key in resolver.history if start <= pos < end]
    return max(said)[1] if said else None


def _colon_lead(doc: Doc, qs: int, quotes) -> Token | None:
    """'Costa put it bluntly: "..."', 'Varga dismissed the offer: "..."', 'Her reply: "..."',
    'Costa on the talks: "..."': the words before a colon that opens a quote, in the same
    paragraph, name who speaks: the subject of their verb, else the owner of their noun
    ('her reply'), else the name they open with. None when the lead names no one."""
    text = doc.text
    i = qs - 1
    while i >= 0 and text[i] in " \"'":
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None or colon[0].text != ":":
        return None
    colon = colon[0]
    para_start = text.rfind("\n", 0, i) + 1
    start = colon.sent.start
    while start < colon.i and (doc[start].idx < para_start or doc[start].is_space):
        start += 1
    lead = doc[start : colon.i]
    if not lead or _inside(lead.start_char, quotes) or any(_inside(t.idx, quotes) for t in lead):
        return None
    roots = [t for t in lead if t.head.i < lead.start or t.head.i >= lead.end or t.head == t]
    if not roots:
        return None
    root = roots[0]
    if root.pos_ in ("VERB", "AUX"):
        subj = _subject(root)
        return subj if subj is not None and subj.i >= lead.start else None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if root.pos_ == "NOUN" and poss is not None:
        return poss
    if root.pos_ == "PROPN" and root.left_edge.i == lead.start:
        return root
    return None


def _name_read_as_object(verb: Token, qe: int) -> Token | None:
    """'"...," added Brandt, referring to ...': the name after a cue that follows the quote
    at once, which the parser took for the cue's object."""
    doc = verb.doc
    between = doc.text[qe : verb.idx].strip(" ,\"'")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if between or obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != verb.i + 1:
        return None
    return obj


def _naming(quote: Span, verb: Token) -> bool:
    """The quote is what a naming verb (lexicon naming_verbs: 'call') calls
    its object: 'called the talks "a farce"', 'calling it "a provocation"'."""
    if verb.lemma_ not in NAMING_VERBS or any(c.dep_ == "prep" and c.lower_ in _NAMING_PREPS for c in verb.children):
        return False
    obj = [c for c in verb.children if c.dep_ == "dobj" and not (quote.start <= c.i < quote.end)]
    root = quote.root
    chain = [root.head, root.head.head]
    return bool(obj) and root.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr", "appos", "npadvmod", "dep") and any(
        a.i == verb.i for a in chain
    )


def _title(quote: str) -> bool:
    """A quote in title case ('State of the Union', 'Guardians of the Galaxy'): two or more
    capitalised words, the rest small words (lexicon headline_function_words), no sentence inside."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", quote)
    if any(ch in quote.rstrip(" .,!?") for ch in ".!?") and not re.search(r"\b[A-Z]\.", quote):
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 2 and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) and len(words) <= 8


def _embedded(text: str, qs: int) -> bool:
    """The quote opening at ``qs`` follows a word of its sentence directly ('a "loser."'),
    not a comma, colon, dash or the start of a sentence."""
    i = qs - 1
    while i >= 0 and text[i] in " '\"":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] in "$%")


def _opens_with_cue(verb: Token, sent: Span) -> bool:
    """'"... Trump!" US Senator Jeff Sessions said as ...': a sentence right after a quote
    that opens with its cue ('he said', 'said Smith') or with the cue's subject."""
    if verb.i - sent.start < 4:
        return True
    subj = _subject(verb)
    return subj is not None and subj.head == verb and subj.left_edge.i == sent.start and verb.i - sent.start <= 10


def _phrase_after_quote(doc: Doc, qe: int, verb: Token) -> Span | None:
    """The words from a closing quotation mark to the first comma or the cue verb, when
    they are a name or a noun phrase: '"...," NAME, 69, told', '"...," the senator said'."""
    i = verb.i
    while i > 0 and doc[i - 1].idx >= qe:
        i -= 1
    while i < verb.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    j = i
    while j < verb.i and doc[j].text not in (",", "(", "--", "—") and not doc[j].is_space:
        j += 1
    span = doc[i:j]
    if not 0 < len(span) <= 6 or span[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP") for t in span):
        return None
    return span


def _introduced_by(doc: Doc, sent: Span, para_start: int, quotes, resolver: Resolver) -> str | None:
    """'Ellis spoke to reporters. "The budget will ..."': a quote with no cue of its own, right
    after a sentence of the same paragraph whose main verb introduces speech (lexicon
    quote_introducers), is said by that sentence's subject."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if before.start_char < para_start or _inside(before.start_char, quotes):
        return None
    root = before.root
    if not is_cue(root, "quote_introducer"):
        return None
    subj = _subject(root)
    if subj is None or _inside(subj.idx, quotes):
        return None
    return resolver.token(subj)


def _clause_span(head: Token, quotes, cut: Token | None = None) -> list[tuple[int, int]]:
    """Character spans of a complement clause, split at coordinated 'and that' clauses;
    ``cut`` is a parenthetical cue ("..., X said, ...") whose words are not the clause's."""
    parts = [head] + [c for c in head.conjuncts if any(m.dep_ == "mark" for m in c.children)]
    cut_ids = {t.i for t in cut.subtree} if cut is not None else set()
    for c in head.conjuncts:
        if c not in parts and is_cue(c, "report_verb") and c.i > head.i and any(x.dep_ == "nsubj" for x in c.children):
            # "X, he said, had taken ..., but he added that ...": the next report is its own
            cut_ids |= {t.i for t in c.subtree}
            cut_ids |= {t.i for t in c.lefts if t.dep_ == "cc"}
    inside = {x.i for x in head.subtree}
    for x in head.subtree:
        owner = _report_conj_owner(x) if x.i > head.i else None
        if owner is not None and owner.i not in inside:
            # "says the response was ... and says he introduced ...": the second report is
            # its own statement (one of a report nested in the clause stays in the clause:
            # "said the ministry requested ... and indicated ...")
            cut_ids |= {t.i for t in x.subtree}
            cut_ids |= {t.i for t in x.lefts if t.dep_ == "cc"}
    spans = []
    for k, h in enumerate(parts):
        tokens = [t for t in h.subtree if t.i not in cut_ids]
        if k == 0:
            excluded = {t.i for p in parts[1:] for t in p.subtree}
            tokens = [t for t in tokens if t.i not in excluded]
        while tokens and (
            (tokens[0].dep_ == "mark" and (tokens[0].head == h or tokens[0].lower_ == "that")) or tokens[0].is_punct or tokens[0].lower_ in lexicon("clause_lead_conjunctions")
            or (tokens[0].lower_ == "that" and tokens[0].dep_ == "dobj" and tokens[0].head.i == h.i)
            or (tokens[0].lower_ == "that" and tokens[0].dep_ in ("nsubj", "nsubjpass", "advmod") and tokens[0].head.i == h.i and _that_read_as_subject(h))
        ):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc") and tokens[-1].text != '"':
            tokens = tokens[:-1]
        if len(tokens) < 3:
            continue
        s = tokens[0].idx
        last = tokens[-1]
        e = last.idx + len(last.text)
        spans.append((s, e))
    doc = head.doc
    if len(spans) > 1 and not any(spans[0][0] <= doc[i].idx < spans[-1][1] for i in cut_ids):
        # "said he met Trump and that the two broached ...": one reporting verb, one
        # statement (SCHEMA), its clause running over the coordinated that-clauses
        return [(spans[0][0], spans[-1][1])]
    return spans


def _report_conj_owner(verb: Token) -> Token | None:
    """'He says the response was to break them up and says he introduced a bill': a report
    verb with no subject, coordinated inside the clause that a report verb of the same form
    governs, is a second report of that verb's speaker (returns that verb), else None."""
    naming = (verb.lemma_ in NAMING_VERBS or is_cue(verb, "speech_verb")) and any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "conj" or not (is_cue(verb, "report_verb") or naming) or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not naming and not any(c.dep_ == "ccomp" for c in verb.children):
        # ('said X had ... and called the plan "a farce"', 'said the strikes had killed
        # civilians and vowed a response': a speech verb with an object is the speaker's too)
        return None
    a = verb.head
    for _ in range(6):
        if is_cue(a, "report_verb") and a.tag_ == verb.tag_ and any(c.dep_ == "nsubj" for c in a.children):
            # "X said the ministry requested that ... and indicated that ...": the nearest
            # report with a subject of its own above it is the one it goes on
            return a
        if a.dep_ == "ccomp" and is_cue(a.head, "report_verb") and a.head.tag_ == verb.tag_:
            return a.head
        if a.head == a:
            return None
        a = a.head
    return None


def _stray_that_clause(verb: Token) -> Token | None:
    """'said in a statement that the budget would ...', 'told reporters on Monday that ...':
    the that-clause the parser hung on a noun of the verb's phrase instead of the verb."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod")]
    # (a phrase after the verb: not 'In answer to his claims that ..., X stressed ...')
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.i > verb.i for o in p.children if o.dep_ == "pobj"]
    for n in nouns:
        for c in n.subtree:
            if c.dep_ in ("acl", "relcl", "ccomp") and c.i > n.i and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children
            ) and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in _RELATIVE_PRONOUNS for x in c.children):
                return c
            if c.dep_ == "relcl" and c.head == n and (_that_read_as_object(c) or _that_read_as_subject(c)):
                return c
    return None


def _that_read_as_object(clause: Token) -> bool:
    """'announced in an audio message that the columns were turning back': the parser took
    'that' for the object of a relative clause on the noun; it opens a reported clause when
    the clause has a subject of its own, no other object, and a verb that does not take a
    message for object ('the message that he posted' is a relative clause)."""
    that = next((x for x in clause.children if x.lower_ == "that" and x.dep_ == "dobj"), None)
    if that is None or that.i != clause.head.i + 1 or clause.lemma_ in MESSAGE_VERBS:
        return False
    if any(x.dep_ == "dobj" and x.i != that.i for x in clause.children):
        return False
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.i > that.i for x in clause.children)


def _that_read_as_subject(clause: Token) -> bool:
    """'reminded all parties that attacks on homes are prohibited', 'said at the time that its
    work went on': the parser took 'that' for the subject (or an adverb) of a relative clause
    on the noun before; a subject of the clause after it shows 'that' opens a reported clause."""
    that = next((x for x in clause.children if x.lower_ == "that" and x.dep_ in ("nsubj", "nsubjpass", "advmod")), None)
    if that is None or that.i != clause.head.right_edge.i + 1 and that.i != clause.head.i + 1:
        return False
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.i > that.i for x in clause.children)


def _gerund_clause(verb: Token) -> Token | None:
    """'said legalizing it could put thousands to work': a clause whose subject is a gerund,
    which the parser read as the verb's complement (xcomp) with a clause of its own."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if x is None or not any(c.dep_ == "ccomp" and c.i > x.i for c in x.children):
        return None
    return x


def _clause_read_as_adverbial(verb: Token) -> Token | None:
    """'said after the convention he would not accept ...': a clause with a subject of its
    own and no conjunction, after a phrase, that the parser hung on the verb as an adverbial
    clause (advcl); 'said, adding ...' or 'said when he ...' are not."""
    if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.tag_ in ("VBG", "VBN"):
            continue
        if any(x.dep_ == "mark" or x.tag_ in ("WRB", "WDT") for x in c.children if x.i < c.i):
            return None
        if any(x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i for x in c.children):
            return c
    return None


def _object_for_clause(verb: Token) -> Token | None:
    """The object of a clause-only speech verb that opens a long stretch running to the end
    of the sentence: the head of a reported clause the parser misread, or None."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in SAID_OBJECTS or obj.lower_ in SAID_OBJECTS:
        return None
    if obj.left_edge.i != verb.i + 1 or obj.right_edge.i < verb.sent.end - 3:
        return None
    words = [t for t in verb.doc[obj.left_edge.i : obj.right_edge.i + 1] if not t.is_punct]
    return obj if len(words) >= MIN_OBJECT_CLAUSE_WORDS else None


def _said_after_clause(verb: Token) -> bool:
    """'The mill is still open, said its owner, Tomas Varga.': a cue with its subject after
    it, after a comma, that the parser coordinated with the clause it reports (conj); the
    clause is the sentence less the cue."""
    return (
        verb.dep_ == "conj"
        and verb.i > verb.sent.start
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj", "cc") or (c.dep_ == "nsubj" and c.i < verb.i) for c in verb.children)
    )


def _cue_after_clause(verb: Token) -> bool:
    """'The plan will fail, he told reporters.': a cue with its own subject right after a
    comma, ending the sentence, that the parser coordinated (conj) with the clause before
    the comma; 'said X' after the comma is _said_after_clause."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.i > verb.i or any(c.dep_ in ("ccomp", "cc", "xcomp") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return False
    if any(not doc[i].is_space for i in range(subj.right_edge.i + 1, verb.i)):
        return False
    end = verb.sent.end - 1
    while end > verb.i and doc[end].is_punct:
        end -= 1
    return verb.right_edge.i >= end and end - verb.i <= 3


def _set_off(verb: Token) -> bool:
    """A cue set off by commas: ', X said,' inside a sentence or ', X said.' at its end."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    while left < verb.i and doc[left].is_punct:
        left += 1
    while right > verb.i and doc[right].is_punct:
        right -= 1
    k = left - 1
    while k > verb.sent.start and doc[k].text in ('"', "''", "``"):
        k -= 1  # 'Despite his "brash manner," X wrote, ...': the comma inside the quote
    before = doc[k].text if left > verb.sent.start else ""
    after = doc[right + 1].text if right + 1 < verb.sent.end else ""
    return before == "," and after in (",", ".", "")


MIN_LEAD_WORDS = 3


def _partial_quote(s: int, e: int, quotes, text: str) -> bool:
    """A clause that quotes only part of what it reports: 'said Trump's "latest meltdown is
    unhinged"': words of the clause's own before the quote opens. The clause is the
    statement, the quote folded in."""
    inner = [(qs, qe) for qs, qe in quotes if qs >= s - 1 and qe <= e + 1]
    if not inner:
        return False
    lead = text[s : max(s, inner[0][0] - 1)].rstrip(" '\"")
    # 'If ..., "we will be forced ..."': a quote after a comma or colon is a quote of its own
    # 'said Trump is "not smart enough to win"': a quote glued to the clause's own words
    # is part of it however few they are
    if _words(lead) >= 1 and _embedded(text, inner[0][0] - 1):
        return True
    # 'said "it gets me mad" every time he thinks about ...': the clause goes on after the
    # quote closes
    tail = text[min(e, inner[-1][1] + 1) : e].strip(" '\".,;:")
    if _words(tail) >= MIN_LEAD_WORDS and not tail.startswith(("and ", "but ")):
        return True
    return _words(lead) >= MIN_LEAD_WORDS and not lead.endswith((",", ":"))


def _has_long_quote(s: int, e: int, quotes, text: str) -> bool:
    return any(
        qs >= s - 1 and qe <= e + 1 and _words(text[qs:qe]) >= MIN_QUOTE_WORDS for qs, qe in quotes
    )


def _clean_reported(text: str, s: int, e: int) -> tuple[int, int]:
    """A reported clause without the punctuation and quotation marks around it."""
    return _trim(text, s, e, tail=' ,;:."\'', head=' ,"\'')


def reported_speech(doc: Doc, quotes, resolver: Resolver, skip=()) -> list[RawStatement]:
    text = doc.text
    out: list[RawStatement] = []
    resolver.current = None
    for t in doc:
        if _inside(t.idx, quotes) or _inside(t.idx, skip):
            continue
        comp = None
        cue_word = None
        cut = None
        if t.pos_ == "VERB":
            span = _naming_span(t) or _commissive_span(t) or _object_said(t)
            owner = _report_conj_owner(t)
            if span is not None and is_cue(t, "speech_verb") and any(qs <= span[2] + 2 and span[1] <= qe + 1 for qs, qe in quotes):
                # 'calling the reports "an informational provocation"': a name that is a quote
                # whole, after a speech verb, is the quote's statement (direct_quotes)
                span = None
            if span is not None and owner is None and _nested(t):
                # "X noted that Riyadh had promised to buy ...": words X reports, not a
                # statement of the one X speaks of
                span = None
            if span is not None and not _not_said(t):
                # "calling the plan a disaster", "dismissed the remarks as campaign talk",
                # "vowed to block the bill": what the speaker called something, or committed
                # to, in a phrase, not a clause
                subj = _subject(owner or t) or _name_before(t)
                passive = subj is not None and subj.dep_ == "nsubjpass" and subj.head == t
                speaker = resolver.token(subj) if subj is not None and not passive and not _inside(subj.idx, quotes) else None
                s, e = _clean_reported(text, *span[:2])
                if speaker is not None and _words(text[s:e]) >= 3 and not any(qs <= s and e <= qe for qs, qe in quotes):
                    # (a quote that the phrase only opens runs to its closing mark)
                    e = max([e] + [qe for qs, qe in quotes if s <= qs < e < qe <= t.sent.end_char])
                    words = span[3] if len(span) > 3 else text[s:e]
                    out.append(RawStatement(speaker, s, e, _unquote(words).strip(' ,;:."'), False, t.lemma_, t.i))
                    resolver.note_speaker(speaker, s)
                continue
        if t.pos_ in ("VERB", "AUX") and is_cue(t, "report_verb"):
            comp = next((c for c in t.children if c.dep_ == "ccomp"), None) or _stray_that_clause(t)
            cue_word = t.lemma_
            if comp is None and t.lemma_ in CLAUSE_ONLY and _object_for_clause(t) is not None:
                # "says the movement that's sweeping the country appeals to ...": a clause
                # the parser read as an object; the rest of the sentence is what is said
                comp = _object_for_clause(t)
            if comp is None and t.lemma_ in CLAUSE_ONLY:
                comp = _gerund_clause(t) or _clause_read_as_adverbial(t)
            head = t.head
            if t.dep_ == "parataxis" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                # "The difference now, he told me, is that ...": the cue hung on the subject
                head = head.head
            if comp is None and (t.dep_ == "parataxis" or _said_after_clause(t)) and head.pos_ in ("VERB", "AUX") and _set_off(t):
                # "The quotas, Costa said, were unacceptable": the cue set off inside (or
                # after) the clause it reports; the clause is the sentence less the cue
                comp, cut = head, t
            if comp is None and _cue_after_clause(t):
                # "People should show evidence, he told reporters.": the cue after a comma
                # at the sentence's end, which the parser coordinated with the clause
                comp, cut = t.head, t
            gap = _gapped_relative(t) if comp is None or t.dep_ == "relcl" else None
            if gap is not None:
                # "a move the army said made any settlement harder": what is said is the
                # noun the relative clause hangs on with the clause after the cue
                subj = _subject(t)
                speaker = resolver.token(subj) if subj is not None and not _inside(subj.idx, quotes) else None
                noun, last = t.head, gap.right_edge
                while last.is_punct and last.i > gap.i:
                    last = doc[last.i - 1]
                s, e = noun.left_edge.idx, last.idx + len(last.text)
                words = text[noun.left_edge.idx : noun.idx + len(noun.text)] + " " + text[gap.left_edge.idx : e]
                if speaker is not None and not _has_long_quote(s, e, quotes, text):
                    out.append(RawStatement(speaker, s, e, _unquote(words), False, t.lemma_, t.i))
                    resolver.note_speaker(speaker, s)
                continue
            if comp is None and _as_cue(t):
                # "As Costa said, the quotas were unacceptable", "..., as Costa noted": the cue
                # in a clause of manner on the clause it reports, which is the sentence less it
                comp, cut = t.head, t
        elif is_cue(t, "expressed_noun"):
            comp = next((c for c in t.children if c.dep_ in ("acl", "ccomp")), None)
            cue_word = f"{t.head.lemma_} {t.lower_}"
            if comp is not None:
                t = t.head
        elif (is_cue(t, "appeal_object") or is_cue(t, "appeal_on")) and (t.pos_ == "VERB" or t.dep_ == "ROOT"):
            # (a ROOT "calls" is a verb the tagger took for a noun)
            span = _appeal(t)  # "calls on international partners to give a clear assessment"
            if span is not None:
                subj = _subject(t) or _name_before(t)
                speaker = resolver.token(subj) if subj is not None and not _inside(subj.idx, quotes) else None
                s, e = _clean_reported(text, *span)
                if speaker is not None and e - s >= 8 and not _has_long_quote(s, e, quotes, text):
                    how = "" if is_cue(t, "appeal_object") else " for" if doc[t.i + 1].lower_ == "for" else " on"
                    out.append(RawStatement(speaker, s, e, _unquote(text[s:e]), False, t.lemma_ + how, t.i))
                    resolver.note_speaker(speaker, s)
            continue
        if comp is None or _not_said(t):
            continue
        owner = _report_conj_owner(t)
        subj = _with_subject(t) or _subject(owner if owner is not None else t) or _name_before(t)
        if subj is None or _inside(subj.idx, quotes):
            continue
        if subj.dep_ == "nsubjpass" and subj.head == t:
            # "Haldane was asked whether ...", "the envoys were told that ...": the subject of
            # a passive cue is who was spoken to, not who spoke
            continue
        speaker = resolver.token(subj)
        if speaker is None:
            continue
        spans = _clause_span(comp, quotes, cut)
        more = _clause_continued(t, comp) if cut is None and spans else None
        if more is not None:
            # "said the city needs ferries, but that she would not raise taxes": one report
            last = more.right_edge
            while last.is_punct and last.i > more.i:
                last = doc[last.i - 1]
            spans[-1] = (spans[-1][0], max(spans[-1][1], last.idx + len(last.text)))
        for s, e in spans:
            s, e = _clean_reported(text, s, e)
            # a clause inside a quotation belongs to the quote, not to reported speech
            if e - s < 8 or any(qs <= s and e <= qe for qs, qe in quotes):
                continue
            # a quote that opens in the clause and closes later in the sentence, before the
            # cue, the parser having cut the clause short ('A fine "would help ... - or
            # worse, a crime," she wrote'), is the clause's all the same
            e = max([e] + [qe for qs, qe in quotes if s < qs <= e < qe <= t.sent.end_char and (t.idx < s or qe <= t.idx)])
            partial = _partial_quote(s, e, quotes, text)
            hidden = _has_long_quote(s, e, quotes, text) and not partial
            if partial:
                # the clause takes the quote whole, so that the quote is not said twice
                e = max([e] + [qe for qs, qe in quotes if s <= qs <= e and qe <= e + 2])
            words = text[s:e]
            if partial:
                # the span covers the closing mark (the quote lies inside it), the words not
                words = text[slice(*_clean_reported(text, s, e))]
            if cut is not None and s < cut.left_edge.idx < e:
                # the clause's words without the cue's: "The quotas, Costa said, were ..."
                cut_ids = {x.i for x in cut.subtree}
                span = doc.char_span(s, e, alignment_mode="expand")
                kept = []
                for x in span if span is not None else ():
                    if x.i in cut_ids:
                        if kept and not kept[-1].endswith(" "):
                            kept.append(" ")
                        continue
                    kept.append(x.text_with_ws)
                words = "".join(kept) or words
                words = re.sub(r"\s+,", ",", re.sub(r",(\s*,)+", ",", words)).strip().strip(' ,;:."')
            out.append(RawStatement(speaker, s, e, _unquote(words), False, cue_word, t.i, hidden))
            resolver.note_speaker(speaker, s)
    out.extend(_according_to(doc, quotes, resolver, skip))
    return out


def _naming_span(verb: Token) -> tuple | None:
    """'called the plan a disaster', 'calling its fishermen "pirates" and thieves' (a naming
    verb, lexicon naming_verbs, with an object and what it is called), 'dismissed the
    remarks as campaign talk', 'described the vote as a sham' (lexicon as_naming_verbs, an
    object and 'as'), 'an encounter that X called a threat' (the noun a relative clause
    hangs on): (start, end) of the object through the name, the start of the name's words
    (and the words said, when they are not one stretch); else None. Not an object that is
    someone else's claim ('dismissed the allegation as a fabrication' is a denial). Not 'called on
    X to', 'called for', 'called him', a verb with a clause of its own."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    prt = next((c for c in kids if c.dep_ == "prt"), None)
    if prt is not None:
        lemma = f"{lemma} {prt.lower_}"  # 'played down the remarks as ...'
    if any(c.dep_ in ("ccomp", "nsubjpass", "auxpass") for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    noun = None
    if lemma in NAMING_VERBS and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
        c.dep_ in ("dobj", "mark") and c.lower_ in _RELATIVE_PRONOUNS and c.i < verb.i for c in kids
    ) and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS for c in kids):
        # 'an encounter that Georgetown called a threat': the noun the relative clause hangs
        # on is what is called
        noun = obj = verb.head
    if obj is None or obj.i > verb.i + 8 or obj.lemma_.lower() in lexicon("claim_hearsay_nouns"):
        # ('dismissed the allegation as a fabrication' denies a claim: claims.py reads it)
        return None
    as_ = None
    if lemma in NAMING_VERBS:
        if any(c.dep_ == "prep" and c.lower_ in _NAMING_PREPS for c in kids):
            return None
        name = next((c for c in kids if c.dep_ in ("oprd", "xcomp", "attr", "dobj" if noun is not None else "oprd") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        if name is None and any(c.dep_ == "nmod" and c.i < obj.i for c in obj.children):
            # 'calling its fishermen "pirates"': the parser took the name for the object and
            # the object for a modifier of it
            name = obj
        if name is None:
            return None
    elif lemma in AS_NAMING_VERBS:
        as_ = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        as_ = as_ or next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        # (a noun phrase: 'described the Turks as ingratiating themselves' is a manner)
        if as_ is None or not any(c.dep_ == "pobj" for c in as_.children):
            return None
        name = as_
    else:
        return None
    last = name.right_edge
    if as_ is None:
        for c in kids:
            # 'called a threat to its economy': a phrase of the name the parser hung on the verb
            if c.dep_ == "prep" and c.i == last.i + 1:
                last = c.right_edge
    while last.is_punct and last.i > name.i:
        last = verb.doc[last.i - 1]
    first = obj.left_edge
    words = next((c for c in name.children if c.dep_ == "pobj"), name) if name is as_ else name
    if noun is not None:
        # the noun's words and the name's: 'an encounter' + 'a threat to its economy'
        said = verb.doc.text[first.idx : noun.idx + len(noun.text)] + " " + verb.doc.text[words.left_edge.idx : last.idx + len(last.text)]
        return first.idx, last.idx + len(last.text), words.left_edge.idx, said
    return first.idx, last.idx + len(last.text), words.left_edge.idx


def _object_said(verb: Token) -> tuple[int, int, int] | None:
    """'stressed bipartisan support for the alliance', 'cited reports of smuggling', 'warned
    the council against new levies', 'admitted to defrauding the port': a verb whose object is what is said (lexicon object_speech_verbs), with no clause
    of its own; (start, end) of the object (with its 'against' or 'of' phrase after 'warn',
    or the phrase after 'to'), and its start again; else None. Not 'told reporters', 'stressed
    this', an object that is an actor alone."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_SPEECH_VERBS or any(c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and lemma == "admit":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
        obj = next((c for c in to.children if c.dep_ in ("pcomp", "pobj")), None) if to is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "VERB") or obj.lower_ in SAID_OBJECTS or obj.lemma_.lower() in SAID_OBJECTS:
        return None
    first, last = obj.left_edge, obj.right_edge
    if lemma == "warn":
        against = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ in ("against", "of") and c.i > obj.i), None)
        if against is None:
            return None
        last = against.right_edge
    while last.is_punct and last.i > obj.i:
        last = verb.doc[last.i - 1]
    if last.i - first.i < 2:
        return None
    return first.idx, last.idx + len(last.text), first.idx


def _nested(verb: Token) -> bool:
    """The verb lies in a clause that a speech verb reports ('X said that Y had promised to
    ...')."""
    a = verb
    for _ in range(8):
        if a.head == a:
            return False
        if a.dep_ == "ccomp" and is_cue(a.head, "speech_verb"):
            return True
        a = a.head
    return False


def _commissive_span(verb: Token) -> tuple[int, int, int] | None:
    """'vowed to block the nomination', 'threatened to cut off the money': a verb of
    committing in words (lexicon commissive_speech_verbs) with an infinitive and no clause
    or object of its own; (start, end) of the infinitive, 'to' included (and its start
    again); else None."""
    if verb.lemma_.lower() not in COMMISSIVE_VERBS:
        return None
    if any(c.dep_ in ("ccomp", "dobj", "dative", "nsubjpass") for c in verb.children):
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")), None)
    to = next((c for c in x.children if c.dep_ == "aux" and c.tag_ == "TO"), None) if x is not None else None
    if to is None or to.i != verb.i + 1 and not all(verb.doc[k].pos_ == "ADV" for k in range(verb.i + 1, to.i)):
        return None
    last = x.right_edge
    for c in verb.children:
        # '... to cut off the money unless the council pays': the condition the parser hung
        # on the verb is part of what is threatened
        if c.dep_ == "advcl" and c.i > last.i and any(m.dep_ == "mark" for m in c.children) and c.left_edge.i == last.i + 1:
            last = c.right_edge
    while last.is_punct and last.i > x.i:
        last = verb.doc[last.i - 1]
    return to.idx, last.idx + len(last.text), to.idx


def _not_said(verb: Token) -> bool:
    """'declined to say whether ...', 'refused to say which ...': the complement of a verb of
    refusal (lexicon refusal_verbs) reports nothing said. (A negated cue, 'did not say which
    side ...', stays a statement: PolNeAR marks it so.)"""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in REFUSAL_VERBS) or _impersonal(verb)


def _impersonal(verb: Token) -> bool:
    """'it is fair to say that ...', 'it is unrealistic to think that ...': an infinitive
    after an impersonal 'it is' and an adjective has no one who says it (extraposition)."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp", "advcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and head.lemma_ == "be"
        and any(c.dep_ == "acomp" for c in head.children)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    )


def _gapped_relative(verb: Token) -> Token | None:
    """'a move the army said made any settlement harder', 'the drones that the ministry said
    came from abroad': a cue in a relative clause on a noun, whose reported clause has that
    noun for its missing subject; the clause's verb (which the parser hangs on the cue with
    no subject, or on the noun right after the cue), or None."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE_PRONOUNS or subj.i > verb.i:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    nxt = doc[verb.i + 1]
    if nxt.pos_ not in ("VERB", "AUX") or nxt.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "MD"):
        return None
    if nxt.head == verb and nxt.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children):
        return nxt
    if nxt.head == verb.head and nxt.dep_ in ("acl", "relcl") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children):
        return nxt
    return None


def _as_cue(verb: Token) -> bool:
    """'As Costa said, ...', '..., as Costa noted on Monday': a report verb opening a clause
    with 'as' that hangs on the main verb (advcl), with a subject of its own ('failed, as
    predicted' has no speaker; 'as analysts have said' no actor) and nothing reported of its own (no clause, no object: 'as
    he said goodbye' is no report)."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.left_edge.lower_ != "as":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ == "NNS":
        # 'failed, as predicted': no speaker of its own; 'as many analysts have said': an
        # anonymous collective (SCHEMA.md), no actor
        return False
    # set off by a comma at an end of the sentence whose main clause it reports: 'As X
    # said, ...' or '..., as X said.' ('rode the crowd as he replied' is a time, and an
    # as-clause inside a phrase reports the phrase, not the sentence)
    doc, sent = verb.doc, verb.sent
    left, right = verb.left_edge.i, verb.right_edge.i
    while right > verb.i and doc[right].is_punct:
        right -= 1
    if verb.head != sent.root:
        return False
    opening = left == sent.start and right + 1 < sent.end and doc[right + 1].text == ","
    closing = left > sent.start and doc[left - 1].text == "," and all(doc[k].is_punct for k in range(right + 1, sent.end))
    return opening or closing


def _clause_continued(verb: Token, comp: Token) -> Token | None:
    """A second part of the reported clause that the parser coordinated with the cue instead:
    'said the city needs ferries, but that she would not raise taxes' (a that-clause), or
    'said the ferries would run, but the bridge would close' (a clause with a subject of its
    own after ', but', which goes on with what is said). Not a cue of its own ('but she
    added ...'), not a verb phrase of the speaker's own ('said ..., and left')."""
    for c in verb.children:
        if c.dep_ != "conj" or c.i <= comp.right_edge.i or c.pos_ not in ("VERB", "AUX"):
            continue
        cc = [x for x in list(verb.children) + list(c.children) if x.dep_ == "cc" and comp.right_edge.i < x.i < c.i]
        if not cc or any(rule_labels_at(c.doc, "statements").get(x.i) for x in c.subtree):
            return None
        if any(x.dep_ == "mark" and x.lower_ == "that" and x.i < c.i for x in c.children):
            return c
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i < c.i), None)
        if subj is not None and cc[0].lower_ == "but" and verb.doc[cc[0].i - 1].text == ",":
            return c
        return None
    return None


def _appeal(verb: Token) -> tuple[int, int] | None:
    """'urged Peru to withdraw', 'calls on partners to give ...': (start, end) of what is
    asked, the addressee through the end of the infinitive ('called for all parties to
    withdraw' likewise); None for 'urged restraint' or 'called for calm'."""
    if is_cue(verb, "appeal_object"):
        who = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon("appeal_on_preps")), None)
        who = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        what = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1), None)
        if who is None and what is not None and any(c.dep_ == "pobj" for c in what.children):
            # "calls for all parties to lay down arms": who is asked what, as with "call on"
            first = next(c for c in what.children if c.dep_ == "pobj").left_edge
            end = what.right_edge
            todo = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > end.i), None)
            if todo is not None and any(a.lower_ == "to" for a in todo.children):
                end = todo.right_edge
            elif not any(x.lower_ == "to" and x.dep_ == "aux" for x in what.subtree):
                return None
            return first.idx, end.idx + len(end.text)
    if who is None:
        return None
    todo = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > who.i), None)
    todo = todo or next((c for c in who.children if c.dep_ in ("acl", "xcomp") and c.i > who.i), None)
    if todo is None or not any(a.lower_ == "to" for a in todo.children):
        return None
    end = todo.right_edge
    for more in todo.head.children:
        # "urged X to A, to B and to C": the next infinitive the parser hung on the verb,
        # after a comma or 'and', is asked as well
        if more.i <= end.i or more.dep_ not in ("xcomp", "conj") or not any(a.lower_ == "to" for a in more.children):
            continue
        gap = verb.doc[end.i + 1 : more.left_edge.i]
        if not all(x.is_punct or x.dep_ == "cc" for x in gap):
            break
        end = more.right_edge
    return who.left_edge.idx, end.idx + len(end.text)


def _according_to(doc: Doc, quotes, resolver: Resolver, skip) -> list[RawStatement]:
    text = doc.text
    out = []
    for t in doc:
        if _inside(t.idx, skip):
            continue
        if not is_cue(t, "according_to"):
            continue
        pobj = _according_source(t)
        if pobj is None:
            continue
        source = _author(pobj) or _earlier_author(pobj) or pobj
        speaker = resolver.token(source)
        if speaker is None:
            continue
        sent = t.sent
        last = pobj.right_edge
        comma = next((x for x in doc[pobj.i : last.i + 1] if x.text == "," and x.i > pobj.i), None)
        if comma is not None and any(
            c.dep_ == "appos" and c.i > comma.i and c.right_edge.i >= sent.end - 2 for c in pobj.children
        ):
            # "According to host Rush Limbaugh, the move reeks of ...": the parser hung the
            # rest of the sentence on the name as an apposition; the phrase ends at the comma
            last = doc[comma.i - 1]
        while last.is_punct and last.i > pobj.i:
            last = doc[last.i - 1]
        phrase_end = last.idx + len(last.text)
        while phrase_end < sent.end_char and text[phrase_end] == ")" and "(" in text[pobj.idx : phrase_end]:
            # "According to the Ministry of Health (MoH), ...": the abbreviation closes the phrase
            phrase_end += 1
        nxt = last.i + 1
        if nxt + 1 < sent.end and doc[nxt].text == "," and doc[nxt + 1].lower_ in lexicon("indefinite_articles"):
            # "According to Pierre Dupont, a radio host in Brest, the ...": an apposition the
            # parser did not hang on the name runs to the next comma
            close = next((x for x in doc[nxt + 2 : sent.end] if x.text == ","), None)
            # (a clause of its own is no apposition: "According to X, a fighter flew ...")
            if close is not None and not any(x.pos_ in ("VERB", "AUX") for x in doc[nxt + 1 : close.i]):
                phrase_end = close.idx
        before = (sent.start_char, t.idx)
        after = (phrase_end, sent.end_char)
        s, e = max((before, after), key=lambda x: x[1] - x[0])
        s, e = _clean_reported(text, s, e)
        # drop a leading connective: "At the same time, according to ..."
        if e - s < 12:
            continue
        partial = _partial_quote(s, e, quotes, text)
        if _has_long_quote(s, e, quotes, text) and (not partial or _cue_between(doc, s, e, quotes)):
            # the quote is the statement ('According to X, "..."'), or a speaker's own
            # ('"...," Brandt said, according to the Herald')
            continue
        words = _unquote(text[s:e])
        if partial:
            # "According to X, the city is now "the busiest port ..."": the clause takes the
            # quote whole, as a reported clause does
            e = max([e] + [qe for qs, qe in quotes if s <= qs <= e and qe <= e + 2])
        out.append(RawStatement(speaker, s, e, words, False, "according to", t.i))
    return out


def _cue_between(doc: Doc, s: int, e: int, quotes) -> bool:
    """A speech verb outside the quotes between offsets ``s`` and ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and any(
        x.pos_ in ("VERB", "AUX") and is_cue(x, "speech_verb") and not _inside(x.idx, quotes) for x in span
    )


def _according_source(t: Token) -> Token | None:
    """The source an 'according to' phrase opening at ``t`` names (the object of 'to')."""
    if t.i + 1 >= len(t.doc):
        return None
    return next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)


def pull_quotes(text: str, pqs, table, resolver: Resolver) -> list[RawStatement]:
    """A quote set apart from the text with a credit line under it."""
    out = []
    for pq in pqs:
        name = text[pq.name_start : pq.name_end]
        key = table.at(pq.name_start, pq.name_end) or table.resolve_person_name(name.split()[-1])
        if key is None:
            key = table.person(name, pq.name_start, pq.name_end)
        if pq.title_start is not None:
            table.clusters[key].add_alias(text[pq.title_start : pq.title_end])
        out.append(
            RawStatement(key, pq.quote_start, pq.quote_end, text[pq.quote_start : pq.quote_end], True, "pull-quote", None)
        )
    return out
