"""The rules data (data/rules/*.json) follows its documented format and is read by name."""

from __future__ import annotations

import json

import pytest

from kg import rules
from kg.extract import lexicon as lex
from kg.extract.components import rule_spans, span_key
from kg.extract.nlp import load_model


def test_every_rules_file_loads_and_names_are_unique():
    names = rules.all_names()
    assert "speech_verbs" in names["lexicons"]
    assert "event_nouns" in names["tables"]
    for name in names["lexicons"]:
        assert rules.lexicon(name), name
    for name in names["tables"]:
        assert rules.table(name), name


def test_every_file_has_version_and_documented_entries():
    for path in sorted(rules.rules_dir().glob("*.json")):
        data = json.loads(path.read_text())
        assert data["version"] == rules.FORMAT_VERSION, path.name
        for kind in ("lexicons", "tables"):
            for name, body in (data.get(kind) or {}).items():
                assert body.get("doc"), f"{path.name}: {name} has no doc"


def test_unknown_name_is_an_error():
    with pytest.raises(rules.RulesError, match="no lexicon 'no_such_list'"):
        rules.lexicon("no_such_list")


def test_lexicon_module_reads_the_data():
    assert "say" in lex.SPEECH_VERBS
    assert "urge" in lex.SPEECH_VERBS and "urge" not in lex.REPORT_VERBS
    assert lex.EVENT_NOUNS["summit"] == "meeting"
    with pytest.raises(AttributeError):
        lex.NO_SUCH_LIST  # noqa: B018


def _all_patterns():
    for path in sorted(rules.rules_dir().glob("*.json")):
        for item in rules.patterns(path.stem):
            yield pytest.param(path.stem, item, id=f"{path.stem}:{item['id']}")


@pytest.mark.slow
@pytest.mark.parametrize(("stem", "item"), list(_all_patterns()) or [pytest.param(None, None, marks=pytest.mark.skip(reason="no patterns in data/rules yet"))])
def test_every_pattern_matches_its_test_sentence(stem, item, extractor):
    """Each pattern carries a sentence it must match, found by the pipeline's kg_rule_spans
    component where the rules read it: a change of data is tested like code."""

    assert item.get("test"), f"{stem}.json pattern {item['id']} has no test sentence"
    doc = extractor.nlp(item["test"])
    found = [(s.id_, s.label_) for s in doc.spans[span_key(stem)]]
    assert (item["id"], item.get("label", "")) in found, (
        f"{stem}.json pattern {item['id']} does not match {item['test']!r} (found {found})"
    )


@pytest.mark.slow
def test_rule_spans_without_the_component(extractor):
    """A document parsed by a bare model gets the same span group on demand."""

    nlp = load_model()
    assert "kg_rule_spans" not in nlp.pipe_names
    text = "The Defence Ministry said rebels were behind the shelling and called it a smear campaign."
    bare_doc, piped_doc = nlp(text), extractor.nlp(text)
    bare = [(s.start, s.end, s.id_) for s in rule_spans(bare_doc, "claims")]
    piped = [(s.start, s.end, s.id_) for s in piped_doc.spans["kg_claims"]]
    assert bare == piped
    assert {i for _, _, i in bare} >= {"was-behind", "smear-campaign"}
