"""A possessor's defence, lawyers, team or board is a body of its own, not
the possessor (hand-built parses and a model parse)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.speakers.groups import possessor_team
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import RESOLVED_UNRESOLVED

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    spaces = [words[k + 1] not in {"'s", "'"} for k in range(len(words) - 1)]
    spaces.append(False)
    return Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)


def test_a_persons_defense_is_named_by_the_phrase() -> None:
    doc = _doc(
        ["Bolsonaro", "'s", "defense", "said", "so"],
        [2, 0, 3, 3, 3],
        ["poss", "case", "nsubj", "ROOT", "advmod"],
        ["NNP", "POS", "NN", "VBD", "RB"],
    )
    ix, ds = build_index(doc, (), ())
    result = possessor_team(ix, ds, doc[2])
    assert result is not None and result.entity is not None
    assert result.entity.name == "Bolsonaro's defense"
    assert result.resolved_by == RESOLVED_UNRESOLVED
    assert result.mention == (doc[2].idx, doc[2].idx + len("defense"))


def test_the_article_is_left_out_and_other_heads_are_none() -> None:
    doc = _doc(
        ["The", "bank", "'s", "board", "said", "so"],
        [1, 3, 1, 4, 4, 4],
        ["det", "poss", "case", "nsubj", "ROOT", "advmod"],
        ["DT", "NN", "POS", "NN", "VBD", "RB"],
    )
    ix, ds = build_index(doc, (), ())
    result = possessor_team(ix, ds, doc[3])
    assert result is not None and result.entity is not None
    assert result.entity.name == "bank's board"
    assert possessor_team(ix, ds, doc[1]) is None  # "bank" is no team
    doc = _doc(
        ["His", "lawyers", "said", "so"],
        [1, 2, 2, 2],
        ["poss", "nsubj", "ROOT", "advmod"],
        ["PRP$", "NNS", "VBD", "RB"],
    )
    ix, ds = build_index(doc, (), ())
    assert possessor_team(ix, ds, doc[1]) is None  # a pronoun of nobody named


@pytest.mark.model
def test_model_parse() -> None:
    import whosaid

    text = "Bolsonaro's defense said the sentence was disproportionate and unjust."
    article = whosaid.process(text)
    names = [a.speaker.name for a in article.attributions if a.speaker]
    assert names == ["Bolsonaro's defense"]


def test_a_groups_office_is_the_phrase_a_persons_is_not() -> None:
    doc = _doc(
        ["the", "prosecutors", "'", "office", "said", "so"],
        [1, 3, 1, 4, 4, 4],
        ["det", "poss", "case", "nsubj", "ROOT", "advmod"],
        ["DT", "NNS", "POS", "NN", "VBD", "RB"],
    )
    ix, ds = build_index(doc, (), ())
    result = possessor_team(ix, ds, doc[3])
    assert result is not None and result.entity is not None
    assert result.entity.name == "prosecutors' office"
    doc = _doc(
        ["Ruto", "'s", "office", "said", "so"],
        [2, 0, 3, 3, 3],
        ["poss", "case", "nsubj", "ROOT", "advmod"],
        ["NNP", "POS", "NN", "VBD", "RB"],
    )
    ix, ds = build_index(doc, (), ())
    assert possessor_team(ix, ds, doc[2]) is None  # the person's own


@pytest.mark.model
def test_a_pronouns_campaign_is_its_persons_campaign() -> None:
    import whosaid

    text = "Bernie Sanders spoke in Iowa. His campaign said the crowd was large."
    article = whosaid.process(text)
    names = [a.speaker.name for a in article.attributions if a.speaker]
    assert names == ["Bernie Sanders's campaign"]
