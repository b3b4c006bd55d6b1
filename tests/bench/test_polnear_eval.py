"""The PolNeAR bench's scoring on hand-made spans (no PolNeAR data needed)."""

from __future__ import annotations

import pytest

from bench import polnear_eval as pe

TEXT = 'Mayor Lena Ortiz said the bridge would reopen in May. "We are ready," Ortiz said, "and the buses run."'
ANN = (
    "T1\tSource 0 16\tMayor Lena Ortiz\n"
    "T2\tCue 17 21\tsaid\n"
    "T3\tContent 22 52\tthe bridge would reopen in May\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T4\tContent 55 68;83 101\tWe are ready, | and the buses run.\n"
    "T5\tSource 70 75\tOrtiz\n"
    "T6\tCue 76 80\tsaid\n"
    "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n"
)


def _art():
    return pe.Article("x", TEXT, None, pe.parse_ann(ANN))


def test_parse_ann_reads_discontinuous_content():
    gold = pe.parse_ann(ANN)
    assert len(gold) == 2
    assert gold[1].spans == [(55, 68), (83, 101)]
    assert gold[0].source_text == "Mayor Lena Ortiz" and gold[0].cue == "said"


def test_tokens_and_match_are_one_to_one():
    g = [pe.tokens(TEXT, [(22, 52)])]
    p = [pe.tokens(TEXT, [(22, 52)]), pe.tokens(TEXT, [(26, 52)])]
    pairs = pe.match(g, p)
    assert pairs == [(0, 0, 6)]  # the exact span wins; the other stays unmatched


def test_soft_precision_recall():
    g = [frozenset({1, 2, 3, 4})]
    p = [frozenset({3, 4}), frozenset({9})]
    pairs = pe.match(g, p)
    prec, rec, f = pe.prf(pairs, g, p, 1, 2)
    assert prec == pytest.approx((2 / 2) / 2)
    assert rec == pytest.approx(2 / 4)
    assert f == pytest.approx(0.5)


def _pred(s, e, speaker="ortiz", mentions=((6, 16), (70, 75))):
    return pe.Pred(s, e, speaker, ("Lena Ortiz",), mentions, True)


def test_split_quote_halves_count_as_one_prediction():
    tallies = {v: pe.Tally() for v in ("all", "speech", "named")}
    misses = {"missed": [], "speaker": [], "spurious": []}
    preds = [pe.Pred(22, 52, "ortiz", ("Lena Ortiz",), ((6, 16),)), _pred(55, 68), _pred(83, 101)]
    pe.score_article(_art(), preds, frozenset({"say"}), tallies, misses)
    t = tallies["all"]
    assert (t.n_gold, t.n_pred, t.matched) == (2, 2, 2)
    assert t.p_sum == pytest.approx(2.0) and t.r_sum == pytest.approx(2.0)
    assert (t.named, t.named_ok) == (2, 2)
    assert not misses["spurious"] and not misses["missed"]


def test_wrong_speaker_is_counted():
    tallies = {v: pe.Tally() for v in ("all", "speech", "named")}
    misses = {"missed": [], "speaker": [], "spurious": []}
    preds = [pe.Pred(22, 52, "kane", ("Tom Kane",), ((200, 208),))]
    pe.score_article(_art(), preds, frozenset({"say"}), tallies, misses)
    assert tallies["all"].named == 1 and tallies["all"].named_ok == 0
    assert len(misses["speaker"]) == 1 and len(misses["missed"]) == 1


def test_named_sources_and_speech_cues():
    assert pe.is_named("Ortiz", TEXT)
    assert not pe.is_named("He", "He said it. he left.")
    assert not pe.is_named("Officials", "Officials said so; officials agree.")
    g = pe.Gold([(0, 1)], None, "", "has warned")
    assert pe.speech_cue(g, frozenset({"warn"}))
    assert not pe.speech_cue(pe.Gold([(0, 1)], None, "", "believes"), frozenset({"say"}))
    assert pe.speech_cue(pe.Gold([(0, 1)], None, "", "according to"), frozenset())


def test_test_split_is_refused(tmp_path, capsys):
    assert pe.main([str(tmp_path), "--split", "test"]) == 2
    assert "held out" in capsys.readouterr().err


def test_misses_of_one_view_only():
    # nothing predicted: both attributions are missed in the view of all, none in a view
    # whose cues they do not have
    for view, cues, missed in (("all", frozenset({"say"}), 2), ("speech", frozenset({"warn"}), 0)):
        tallies = {v: pe.Tally() for v in ("all", "speech", "named")}
        misses = {"missed": [], "speaker": [], "spurious": []}
        pe.score_article(_art(), [], cues, tallies, misses, view)
        assert len(misses["missed"]) == missed, view
