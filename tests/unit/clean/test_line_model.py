"""Tests for whosaid.clean.line_model: the learned furniture screen."""

from __future__ import annotations

import pytest

from whosaid.clean import analyze_layout, clean_article
from whosaid.clean.html import clean_html
from whosaid.clean.layout_lines import BODY, TITLE, split_lines
from whosaid.clean.line_model import (
    LineModel,
    attribution_shaped,
    block_bounds,
    furniture_probability,
    line_features,
    load_line_model,
    mark_furniture_lines,
)
from whosaid.records import RawArticle

# A toy model: a line with a "|" separator is furniture, nothing else is.
SEPARATOR_MODEL = LineModel(
    bias=-5.0, weights={"sep:|": 10.0}, threshold=0.6, sentence_threshold=0.9
)


def _shaped(text: str, i: int) -> bool:
    lines = split_lines(text, 0)
    return attribution_shaped(lines, [BODY] * len(lines), i)


def _marked(text: str, model: LineModel = SEPARATOR_MODEL) -> list[str]:
    """The labels of ``text``'s lines after the screen: the first line is the
    title, the others body."""
    lines = split_lines(text, 0)
    labels = [TITLE] + [BODY] * (len(lines) - 1)
    mark_furniture_lines(lines, labels, model=model)
    return labels[1:]


def _body(text: str) -> list[str]:
    article = clean_article(RawArticle(id="m", text=text))
    return [span.text for span in article.body]


def test_line_model_marks_the_lines_the_model_calls_furniture() -> None:
    text = "Title\n\nThe council met.\n\nPrint | E-mail | Share\n\nIt voted for it.\n"
    assert _marked(text) == [BODY, "site_footer", BODY]


def test_line_model_never_leaves_a_page_without_body() -> None:
    assert _marked("Title\n\nPrint | E-mail\n\nShare | Save\n") == [BODY, BODY]


def test_line_model_keeps_the_headline_block_of_a_page_without_title() -> None:
    lines = split_lines("Print | E-mail\nThe council met.\n\nShare | Save\n", 0)
    labels = [BODY] * len(lines)
    mark_furniture_lines(lines, labels, model=SEPARATOR_MODEL)
    assert labels == [BODY, BODY, "site_footer"]


@pytest.mark.parametrize(
    "text",
    [
        'Minister | "We will not back down"',  # a quotation mark
        "Minister says | talks reached an impasse",  # a speech verb
        "McCarthy: 'The hard part is behind us' | live",  # a quotation in single marks
        "-One poll shows the senator 16 points ahead [Example]",  # an evidence verb
    ],
)
def test_line_model_keeps_attribution_shaped_lines(text: str) -> None:
    assert _marked(f"Title\n\nThe council met on Monday.\n\n{text}\n") == [BODY, BODY]


def test_line_model_transcript_label_over_its_words_is_attribution_shaped() -> None:
    text = "Pete Buttigieg, U.S. Secretary of Transportation:\nWe are looking at it.\n"
    assert _shaped(text, 0)


def test_line_model_turn_opening_a_sentence_is_attribution_shaped() -> None:
    assert _shaped("TOTENBERG: Thank you, Ari.\n", 0)
    assert not _shaped("Comments: 212\n", 0)


def test_line_model_hard_wrapped_line_is_attribution_shaped() -> None:
    text = (
        "The finance minister announced on Monday that the government would not\n"
        "change its spending plans, despite pressure from coalition partners\n"
    )
    assert _shaped(text, 1)


def test_line_model_list_under_a_colon_is_attribution_shaped() -> None:
    text = "Their demands were:\nHigher wages for all\nShorter shifts for drivers\n"
    assert _shaped(text, 2)
    assert not _shaped("The strike ended.\nHigher wages for all\n", 1)


def test_line_model_features_describe_shape_place_and_neighbours() -> None:
    lines = split_lines("E-mail to a friend | Share\n\nThe council met on Monday.\n", 0)
    labels = [BODY, BODY]
    features = line_features(lines, labels, 0, block_bounds(lines))
    assert {"sep:|", "end:letter", "block:alone", "next:end:sentence"} <= set(features)
    assert {"tok:mail", "tok:friend", "tok:share"} <= set(features)


def test_line_model_probability_is_the_logistic_of_the_summed_weights() -> None:
    assert furniture_probability(["sep:|"], SEPARATOR_MODEL) == pytest.approx(
        1 / (1 + 2.718281828459045**-5)
    )
    assert furniture_probability(["unknown"], SEPARATOR_MODEL) < 0.01


def test_line_model_shipped_thresholds_are_sane() -> None:
    model = load_line_model()
    assert 0.5 < model.threshold < 1
    assert model.threshold <= model.sentence_threshold < 1


def test_line_model_removes_sharing_furniture_from_a_plain_page() -> None:
    body = _body(
        "Council backs the new budget\n\n"
        "E-mail to a friend | Mixx it | Share\n\n"
        "The council approved the budget on Monday after a long debate.\n\n"
        "Opposition members called the plan reckless and said they would appeal.\n"
    )
    assert body == [
        "The council approved the budget on Monday after a long debate.",
        "Opposition members called the plan reckless and said they would appeal.",
    ]


def test_line_model_keeps_body_sentences_and_attributing_standfirsts() -> None:
    body = _body(
        "Council backs the new budget\n\n"
        "Finance chief says the plan will protect schools\n\n"
        "The council approved the budget on Monday after a long debate.\n\n"
        "The vote was 31 to 12.\n"
    )
    assert body == [
        "Finance chief says the plan will protect schools",
        "The council approved the budget on Monday after a long debate.",
        "The vote was 31 to 12.",
    ]


def test_line_model_is_off_for_html(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the learned screen ran on HTML")

    monkeypatch.setattr("whosaid.clean.text.mark_furniture_lines", fail)
    html = (
        "<html><head><title>Council backs budget</title></head><body><article>"
        "<h1>Council backs budget</h1>"
        "<p>The council approved the budget on Monday after a long debate.</p>"
        "<p>Opposition members called the plan reckless and said they would appeal.</p>"
        "</article></body></html>"
    )
    article = clean_html(RawArticle(id="h", html=html), html)
    assert article.body
    with pytest.raises(AssertionError):
        analyze_layout("Title here\n\nThe council met on Monday.\n")
