"""The shared lexicon: stage-specific sets are built from one base set and
keep each stage's exact words."""

from __future__ import annotations

import csv
from importlib import resources

from whosaid.entities import lexicon


def test_actor_pronouns_are_the_speaker_classes_less_hers_us_our() -> None:
    assert {
        "he",
        "she",
        "it",
        "they",
        "him",
        "her",
        "them",
        "his",
        "its",
        "their",
        "we",
    } == lexicon.ACTOR_PRONOUNS
    assert lexicon.ACTOR_PRONOUNS < lexicon.ALL_PRONOUNS


def test_media_markers_extend_the_media_name_words() -> None:
    assert lexicon.MEDIA_NAME_WORDS < lexicon.MEDIA_MARKERS
    assert "zeitung" in lexicon.MEDIA_MARKERS
    assert "zeitung" not in lexicon.MEDIA_NAME_WORDS


def test_singular_person_nouns_include_every_role_noun() -> None:
    assert lexicon.ROLE_NOUNS < lexicon.SINGULAR_PERSON_NOUNS
    assert {"source", "witness", "insider"} < lexicon.SINGULAR_PERSON_NOUNS


def test_word_lists_load_lower_cased_without_comments() -> None:
    for words in (lexicon.ROLE_NOUNS, lexicon.ORG_NOUNS, lexicon.DOC_NOUNS):
        assert words
        assert all(w == w.lower() and not w.startswith("#") for w in words)
    assert "spokesman" in lexicon.ROLE_NOUNS
    assert "ministry" in lexicon.ORG_NOUNS
    assert "statement" in lexicon.DOC_NOUNS


def _sector_patterns() -> set[str]:
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", "sectors.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["pattern"].lower() for row in reader}


def test_a_role_or_org_noun_is_listed_once() -> None:
    patterns = _sector_patterns()
    assert patterns >= lexicon.SHARED_ROLE_NOUNS
    assert patterns >= lexicon.SHARED_ORG_NOUNS
    assert not lexicon.SPEAKER_ONLY_ROLE_NOUNS & patterns
    assert not lexicon.SPEAKER_ONLY_ORG_NOUNS & patterns
    assert not lexicon.ROLE_NOUNS & lexicon.ORG_NOUNS
    assert {"spokesman", "minister", "ambassador"} <= lexicon.SHARED_ROLE_NOUNS
    assert {"ministry", "army", "newspaper"} <= lexicon.SHARED_ORG_NOUNS
