"""Property-based tests: the quotation scanner and the pipeline on any input."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import whosaid
from whosaid.attribution.quotes import ALL_MARKS, find_quotes
from whosaid.records import Article

# Letters, digits, spaces, newlines, every quote mark, and the pieces that
# make marks ambiguous (apostrophes, elided decades, possessives, inches).
_SOUP_PIECES = [
    *sorted(ALL_MARKS),
    *"aZ9 .,:;(-",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "don't",
    "Beijing’s",
    "students’ ",
    "the '90s",
    '5" ',
    "he said",
    "“We will,” ",
]
quote_soup = st.lists(st.sampled_from(_SOUP_PIECES), max_size=80).map("".join)
any_text = st.text(max_size=300)
texts = st.one_of(any_text, quote_soup)


# --- find_quotes -------------------------------------------------------------


@given(texts)
def test_properties_find_quotes_spans_in_range(text: str) -> None:
    quotes, _ = find_quotes(text)
    assert all(0 <= q.start < q.end <= len(text) for q in quotes)


@given(texts)
def test_properties_find_quotes_quotations_start_with_a_mark_or_word(
    text: str,
) -> None:
    quotes, _ = find_quotes(text)
    assert all(
        text[q.start] in ALL_MARKS or not text[q.start].isspace() for q in quotes
    )


@given(texts)
def test_properties_find_quotes_double_quotations_never_overlap(text: str) -> None:
    doubles = [q for q in find_quotes(text)[0] if q.double]
    assert all(a.end <= b.start for a, b in itertools.pairwise(doubles))


@given(texts)
def test_properties_find_quotes_single_quotations_never_overlap(text: str) -> None:
    singles = [q for q in find_quotes(text)[0] if not q.double]
    assert all(a.end <= b.start for a, b in itertools.pairwise(singles))


@given(texts)
def test_properties_find_quotes_sorted(text: str) -> None:
    quotes, _ = find_quotes(text)
    assert quotes == sorted(quotes, key=lambda q: (q.start, -q.end))


@given(texts)
def test_properties_find_quotes_stay_in_paragraph(text: str) -> None:
    quotes, _ = find_quotes(text)
    assert all("\n" not in text[q.start : q.end] for q in quotes)


@given(texts)
def test_properties_find_quotes_closed_quotations_end_with_a_mark(text: str) -> None:
    quotes, _ = find_quotes(text)
    assert all(text[q.end - 1] in ALL_MARKS for q in quotes if q.closed)


@given(texts)
def test_properties_find_quotes_warnings_are_coded(text: str) -> None:
    _, warnings = find_quotes(text)
    assert all(w.startswith("quote.unbalanced: ") for w in warnings)


# --- whosaid.process ---------------------------------------------------------

_PIPELINE_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_NEWS_PIECES = [
    *_SOUP_PIECES,
    "Mr. Smith ",
    "said ",
    "told reporters ",
    "according to the ministry, ",
    "Taxes will rise. ",
    "she added",
    "The Prime Minister ",
    "Russia's foreign ministry ",
    "the UN envoy ",
    "Moscow ",
    "in Paris ",
    "(KCNA) ",
    "[Kim Jong-un] ",
    "Georgia ",
    "the bloc ",
    ", who heads the agency, ",
    "President Barack Obama ",
    "Obama ",
    "LONDON (AP) — ",
    "which ",
    "I ",
    "they ",
]
news_soup = st.lists(st.sampled_from(_NEWS_PIECES), max_size=60).map("".join)


def _spans(article: Article) -> Iterator[tuple[int, int, str]]:
    if article.title is not None:
        yield article.title.start, article.title.end, article.title.text
    for s in (*article.body, *article.captions):
        yield s.start, s.end, s.text
    for b in article.boilerplate:
        yield b.start, b.end, b.text
    for a in article.attributions:
        for s in (*a.source, *a.cue, *a.content):
            yield s.start, s.end, s.text
        if a.speaker is not None and a.speaker.mention is not None:
            m = a.speaker.mention
            yield m.start, m.end, m.text
    for actor in article.actors:
        for m in actor.mentions:
            yield m.start, m.end, m.text


@pytest.mark.model
@_PIPELINE_SETTINGS
@given(st.one_of(any_text, quote_soup, news_soup))
def test_properties_process_spans_index_the_text(text: str) -> None:
    article = whosaid.process(text)
    assert all(article.text[s:e] == t for s, e, t in _spans(article))


@pytest.mark.model
@_PIPELINE_SETTINGS
@given(st.one_of(any_text, quote_soup, news_soup))
def test_properties_process_error_has_code(text: str) -> None:
    article = whosaid.process(text)
    assert article.error is None or article.error.code


@pytest.mark.model
@_PIPELINE_SETTINGS
@given(news_soup)
def test_properties_speakers_link_to_listed_actors(text: str) -> None:
    article = whosaid.process(text)
    ids = {actor.id: actor for actor in article.actors}
    for a in article.attributions:
        if a.speaker is not None and a.speaker.actor_id is not None:
            actor = ids[a.speaker.actor_id]
            assert a.speaker.code == actor.code
            assert actor.type != "place"


@pytest.mark.model
@_PIPELINE_SETTINGS
@given(news_soup)
def test_properties_speaker_is_its_actor(text: str) -> None:
    """The actor named by ``speaker.actor_id`` has a mention overlapping
    ``speaker.mention``, and the speaker carries the actor's name, or the
    name the text gives it where that stays (``text_name``: a body named
    only by its own words, party members, a described group)."""
    from whosaid.actors.speaker_phrases import text_name

    article = whosaid.process(text)
    ids = {actor.id: actor for actor in article.actors}
    for a in article.attributions:
        sp = a.speaker
        if sp is None or sp.actor_id is None:
            continue
        actor = ids[sp.actor_id]
        assert sp.name in (actor.name, text_name(sp, actor))
        if sp.mention is not None:
            assert any(
                m.start < sp.mention.end and sp.mention.start < m.end
                for m in actor.mentions
            )


@pytest.mark.model
@_PIPELINE_SETTINGS
@given(news_soup)
def test_properties_speaker_names_are_never_function_words(text: str) -> None:
    from whosaid.actors.speaker_name_words import is_function_phrase

    article = whosaid.process(text)
    for a in article.attributions:
        if a.speaker is not None and a.speaker.name is not None:
            assert not is_function_phrase(a.speaker.name), a.speaker
