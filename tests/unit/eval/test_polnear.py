"""Tests for the PolNeAR BRAT reader."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from whosaid.eval.polnear import (
    GoldAttribution,
    annotators_by_document,
    load_split,
    parse_ann,
    read_text,
    to_attributions,
)

TEXT = 'The Post reported that "taxes will rise," officials said on Monday.\n'
#       0123456789012345678901234567890123456789012345678901234567890123456789
# "The Post"=0-8, "reported"=9-17, content "that ... rise,\"" = 18-41,
# "officials"=42-51, "said"=52-56.


def test_parse_simple_relation() -> None:
    ann = (
        "T1\tSource 0 8\tThe Post\n"
        "T2\tCue 9 17\treported\n"
        'T3\tContent 18 41\tthat "taxes will rise,"\n'
        "T4\tAttribution 9 17\treported\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    assert parse_ann(ann) == (
        GoldAttribution(source=((0, 8),), cue=((9, 17),), content=((18, 41),)),
    )


def test_parse_discontinuous_and_content2_sorted() -> None:
    ann = (
        "T1\tContent 30 40;10 20\tb a\n"
        "T2\tCue 22 26\tsaid\n"
        "T3\tContent2 50 60\tc\n"
        "T4\tSource 0 5\tHe\n"
        "T5\tAttribution 22 26\tsaid\n"
        "E1\tAttribution:T5 Content:T1 Cue:T2 Source:T4 Content2:T3\n"
    )
    (attr,) = parse_ann(ann)
    assert attr.content == ((10, 20), (30, 40), (50, 60))
    assert attr.cue == ((22, 26),)
    assert attr.source == ((0, 5),)


def test_parse_no_source_relation() -> None:
    ann = (
        "T1\tContent 0 10\tx\n"
        "T2\tCue 11 15\ty\n"
        "T3\tAttribution-no-source 11 15\ty\n"
        "E1\tAttribution-no-source:T3 Content:T1 Cue:T2\n"
    )
    (attr,) = parse_ann(ann)
    assert attr.source == ()
    assert attr.cue == ((11, 15),)
    assert attr.content == ((0, 10),)


def test_relation_without_content_is_dropped() -> None:
    ann = "T1\tAttribution-no-source 0 4\tsaid\nE1\tAttribution-no-source:T1 \n"
    assert parse_ann(ann) == ()


def test_discuss_and_notes_ignored() -> None:
    ann = (
        "T1\tDiscuss 0 3\tThe\n"
        "#1\tAnnotatorNotes T1\tnote\n"
        "T2\tContent 0 3\tThe\n"
        "T3\tCue 4 8\tPost\n"
        "T4\tAttribution 4 8\tPost\n"
        "E1\tAttribution:T4 Content:T2 Cue:T3\n"
    )
    (attr,) = parse_ann(ann)
    assert attr.content == ((0, 3),)


def test_multiline_surface_text_is_not_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ann = (
        "T1\tContent 0 5;7 12\tfirst\n"
        "second line of surface text\n"
        "T2\tCue 13 17\tsaid\n"
        "T3\tAttribution 13 17\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Cue:T2\n"
    )
    with caplog.at_level(logging.WARNING, logger="whosaid.eval.polnear"):
        (attr,) = parse_ann(ann)
    assert attr.content == ((0, 5), (7, 12))
    assert not caplog.records


def test_malformed_lines_skipped_with_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ann = (
        "T1\tSource zero 8\tThe Post\n"  # bad offsets
        "T2\tCue 9 17\treported\n"
        "T3\tContent 18 41\tthat\n"
        "T4\tAttribution 9 17\treported\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"  # T1 unknown
        "E2\tAttribution:T4 Content:T3 Cue:T2\n"
        "E3\tAttribution:T4 Content-T3\n"  # bad argument
    )
    with caplog.at_level(logging.WARNING, logger="whosaid.eval.polnear"):
        attrs = parse_ann(ann)
    assert attrs == (GoldAttribution(source=(), cue=((9, 17),), content=((18, 41),)),)
    assert len(caplog.records) == 3


def _write_corpus(root: Path) -> None:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    # CRLF on disk: offsets count the \r, so newline="" must be used.
    (root / "dev" / "text" / "a_doc.txt").write_bytes(
        b"Title\r\nHe said it\xe2\x80\x99s fine.\r\n"
    )
    (root / "dev" / "text" / "b.txt").write_text("No annotations.", encoding="utf-8")
    (root / "dev" / "attributions" / "a_doc_zz.ann").write_text(
        "T1\tSource 7 9\tHe\nT2\tCue 10 14\tsaid\nT3\tContent 15 25\tit’s fine\n"
        "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (root / "dev" / "attributions" / "a_doc_aa.ann").write_text(
        "T1\tSource 7 9\tHe\nT2\tCue 10 14\tsaid\nT3\tContent 15 24\tit’s fine\n"
        "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )


def test_load_split_first_annotator_and_offsets(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    assert annotators_by_document(tmp_path, "dev") == {
        "a_doc": ["aa", "zz"],
        "b": [],
    }
    docs = load_split(tmp_path, "dev")
    assert [d.name for d in docs] == ["a_doc"]
    (doc,) = docs
    assert doc.annotator == "aa"
    assert "\r\n" in doc.text
    (attr,) = doc.attributions
    assert doc.text[7:9] == "He"
    assert [doc.text[s:e] for s, e in attr.content] == ["it’s fine"]


def test_load_split_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_split(tmp_path, "dev")


def test_to_attributions_roundtrip() -> None:
    gold = (
        GoldAttribution(source=((0, 8),), cue=((9, 17),), content=((23, 40),)),
        GoldAttribution(source=(), cue=((52, 56),), content=((18, 41),)),
    )
    recs = to_attributions(gold, TEXT)
    assert [r.id for r in recs] == ["gold-1", "gold-2"]
    assert recs[0].source[0].text == "The Post"
    assert recs[0].kind == "indirect"
    assert recs[1].source == ()
    assert all(TEXT[s.start : s.end] == s.text for r in recs for s in r.content)


@pytest.mark.data
def test_real_dev_offsets_match_surface_text(polnear_dir: Path) -> None:
    docs = load_split(polnear_dir, "dev")
    assert len(docs) > 50
    n_attr = sum(len(d.attributions) for d in docs)
    assert n_attr > 1000
    for doc in docs:
        assert doc.text == read_text(polnear_dir / "dev" / "text" / f"{doc.name}.txt")
        for attr in doc.attributions:
            for spans in (attr.source, attr.cue, attr.content):
                for s, e in spans:
                    assert 0 <= s < e <= len(doc.text)
