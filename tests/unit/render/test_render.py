"""Tests for whosaid.render: the table, JSON and JSON Lines formats."""

from __future__ import annotations

import dataclasses
import json

import pytest
from rich.cells import cell_len
from tests.factories import (
    make_actor,
    make_article,
    make_attribution,
    make_speaker,
    span,
)

from whosaid.records import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Attribution,
    ErrorInfo,
    Event,
    Span,
)
from whosaid.render import (
    DEFAULT_WIDTH,
    actors_table,
    article_label,
    article_to_json,
    code_label,
    confidence_label,
    cue_label,
    events_table,
    kind_label,
    quote_label,
    render_article_table,
    render_json,
    render_jsonl,
    render_table,
    resolved_label,
    speaker_label,
    table_lines,
)

TEXT = (
    "Talks stall\n\n"
    "“We will not sign,” Foreign Minister Anna Berg said, “not this year.”\n\n"
    "She added that the talks\nwould resume. Ålesund’s mayor agreed."
)


def attribution(
    *,
    source: tuple[Span, ...] = (),
    cue: tuple[Span, ...] = (),
    content: tuple[Span, ...] = (),
    name: str | None = None,
    code: str | None = None,
) -> Attribution:
    speaker = None
    if name is not None or source:
        speaker = make_speaker(
            name,
            mention=source[0] if source else None,
            actor_id="abc123:actor0" if code else None,
            code=code,
        )
    return make_attribution(source=source, cue=cue, content=content, speaker=speaker)


def article(
    attributions: tuple[Attribution, ...] = (),
    *,
    text: str = TEXT,
    title: Span | None = None,
    path: str | None = "news/a.txt",
    error: ErrorInfo | None = None,
    actors: tuple[Actor, ...] = (),
) -> Article:
    return make_article(
        text,
        id="abc123",
        path=path,
        title=title,
        section=("World",),
        attributions=attributions,
        error=error,
        whosaid_version="0.1.0",
        actors=actors,
    )


def actor(
    n: int,
    name: str,
    *,
    type: str = "person",
    code: str | None = None,
    roles: tuple[str, ...] = (),
    mentions: tuple[Span, ...] = (),
) -> Actor:
    return make_actor(
        id=f"abc123:actor{n}",
        name=name,
        type=type,
        code=code,
        roles=roles,
        mentions=mentions,
    )


BERG = attribution(
    source=(span(TEXT, "Foreign Minister Anna Berg"),),
    cue=(span(TEXT, "said"),),
    content=(span(TEXT, "“We will not sign,”"), span(TEXT, "“not this year.”")),
    name="Anna Berg",
    code="NORGOV",
)
SHE = attribution(
    source=(span(TEXT, "She"),),
    cue=(span(TEXT, "added"),),
    content=(span(TEXT, "that the talks\nwould resume"),),
)
ACTORS = (
    actor(
        0,
        "Anna Berg",
        code="NORGOV",
        roles=("Foreign Minister",),
        mentions=(span(TEXT, "Anna Berg"), span(TEXT, "She")),
    ),
    actor(1, "Ålesund", type="place", code="NOR", mentions=(span(TEXT, "Ålesund"),)),
    actor(2, "Ålesund’s mayor", code=None, roles=("mayor",)),
)


# --- cells -------------------------------------------------------------------


def test_speaker_is_the_resolved_name() -> None:
    assert speaker_label(BERG) == "Anna Berg"


def test_a_joint_source_names_every_speaker() -> None:
    assert BERG.speaker is not None
    other = dataclasses.replace(BERG.speaker, name="Lars Holm")
    joint = dataclasses.replace(BERG, co_speakers=(other,))
    assert speaker_label(joint) == "Anna Berg + Lars Holm"


def test_code_is_the_speaker_actor_code_else_a_dash() -> None:
    assert code_label(BERG) == "NORGOV"
    assert code_label(SHE) == "—"
    assert code_label(attribution()) == "—"


def test_speaker_falls_back_to_source_text() -> None:
    assert speaker_label(SHE) == "She"


def test_speaker_without_source_is_a_dash() -> None:
    assert speaker_label(attribution(cue=(span(TEXT, "said"),))) == "—"


def test_quote_joins_fragments_and_collapses_whitespace() -> None:
    assert quote_label(BERG) == "“We will not sign,” … “not this year.”"
    assert quote_label(SHE) == "that the talks would resume"
    assert cue_label(BERG) == "said"


def test_control_characters_do_not_reach_the_terminal() -> None:
    text = "said \x1b[31mred\x07 text"
    a = attribution(cue=(Span.of(text, 0, 4),), content=(Span.of(text, 5, len(text)),))
    assert quote_label(a) == "[31mred text"


def test_article_label_prefers_title_then_path_then_id() -> None:
    title = span(TEXT, "Talks stall")
    assert article_label(article(title=title)) == "Talks stall  [news/a.txt]"
    assert article_label(article()) == "news/a.txt"
    assert article_label(article(path=None)) == "abc123"


# --- table ---------------------------------------------------------------------

COLUMNS = ["speaker", "resolved", "code", "kind", "conf", "cue", "quote"]


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(" | ")]


def test_table_has_header_and_one_row_per_attribution() -> None:
    out = render_article_table(
        article((BERG, SHE), title=span(TEXT, "Talks stall")), width=120
    )
    lines = out.splitlines()
    assert lines[0] == "Talks stall  [news/a.txt]"
    assert cells(lines[1]) == COLUMNS
    assert set(lines[2].strip()) == {"-", "+"}
    assert cells(lines[3]) == [
        "Anna Berg",
        "name",
        "NORGOV",
        "direct",
        "0.90",
        "said",
        "“We will not sign,” … “not this year.”",
    ]
    assert lines[3].startswith("  Anna Berg | name")
    assert cells(lines[4]) == [
        "She",
        "unresolved",
        "—",
        "direct",
        "0.90",
        "added",
        "that the talks would resume",
    ]
    assert len(lines) == 5  # no actors, no actors section


def test_resolved_and_confidence_labels() -> None:
    assert resolved_label(BERG) == "name"
    assert resolved_label(attribution(cue=(span(TEXT, "said"),))) == "none"
    assert confidence_label(BERG) == "0.90"
    assert kind_label(SHE) == "direct"


def test_table_columns_line_up() -> None:
    lines = render_article_table(article((BERG, SHE)), width=100).splitlines()
    bars = {line.index("|") for line in lines[1:] if "|" in line}
    assert len(bars) == 1
    assert lines[2].index("+") in bars


LONG_TEXT = "“" + " ".join(["word"] * 200) + ",” Berg said."
LONG = attribution(
    source=(span(LONG_TEXT, "Berg"),),
    cue=(span(LONG_TEXT, "said"),),
    content=(Span.of(LONG_TEXT, 0, LONG_TEXT.index(" Berg")),),
)


@pytest.mark.parametrize("width", [60, 80, DEFAULT_WIDTH, 140])
def test_table_rows_fit_the_width(width: int) -> None:
    out = render_article_table(article((LONG,), text=LONG_TEXT), width=width)
    rows = out.splitlines()[3:]
    assert len(rows) == 1  # the quote is shortened to one line
    for line in out.splitlines():
        assert cell_len(line) <= width
    assert rows[0].endswith("…")
    # The speaker keeps its room: the quote gives way.
    assert cells(rows[0])[0] == "Berg"


def test_wide_shows_the_whole_quote() -> None:
    out = render_article_table(article((LONG,), text=LONG_TEXT), width=80, wide=True)
    rows = out.splitlines()[3:]
    assert len(rows) > 1
    quote = " ".join(line.split(" | ")[-1].strip() for line in rows)
    assert quote == LONG_TEXT[: LONG_TEXT.index(" Berg")]
    for line in out.splitlines():
        assert cell_len(line) <= 80


def test_wide_characters_count_twice() -> None:
    text = "外交部发言人表示" * 30 + "，他说。"
    wide = attribution(
        cue=(span(text, "说"),), content=(Span.of(text, 0, len(text) - 4),)
    )
    out = render_article_table(article((wide,), text=text), width=60)
    for line in out.splitlines():
        assert cell_len(line) <= 60


def test_table_lists_actors_that_are_not_places() -> None:
    out = render_article_table(article((BERG, SHE), actors=ACTORS), width=120)
    lines = out.splitlines()
    assert lines[5] == "  Actors"
    assert cells(lines[6]) == ["code", "name", "type", "roles", "mentions"]
    assert set(lines[7].strip()) == {"-", "+"}
    assert cells(lines[8]) == [
        "NORGOV",
        "Anna Berg",
        "person",
        "Foreign Minister",
        "2",
    ]
    assert cells(lines[9]) == ["—", "Ålesund’s mayor", "person", "mayor", "0"]
    assert len(lines) == 10
    assert "NOR " not in out.split("Actors")[1]  # the place is left out
    bars = {line.index("|") for line in lines[6:] if "|" in line}
    assert len(bars) == 1


def test_actors_are_shown_without_attributions() -> None:
    lines = render_article_table(article(actors=ACTORS[:1])).splitlines()
    assert lines[1:3] == ["  (no attributions)", "  Actors"]
    assert cells(lines[-1])[0] == "NORGOV"


def test_only_places_means_no_actors_section() -> None:
    out = render_article_table(article(actors=ACTORS[1:2]))
    assert out == "news/a.txt\n  (no attributions)"
    assert actors_table(ACTORS[1:2]) is None


@pytest.mark.parametrize("width", [60, 80, DEFAULT_WIDTH])
def test_actor_rows_fit_the_width(width: int) -> None:
    many_roles = actor(
        0, "Anna Berg", code="NORGOV", roles=tuple(f"role {i}" for i in range(40))
    )
    out = render_article_table(article((BERG,), actors=(many_roles,)), width=width)
    for line in out.splitlines():
        assert cell_len(line) <= width
    assert cells(out.splitlines()[-1])[3].endswith("…")


def test_table_shows_an_error_instead_of_rows() -> None:
    failed = article(error=ErrorInfo(code="input.empty", message="the file is empty"))
    assert render_article_table(failed) == (
        "news/a.txt\n  error: input.empty: the file is empty"
    )


def test_table_says_when_there_is_nothing() -> None:
    assert render_article_table(article()) == "news/a.txt\n  (no attributions)"


def test_render_table_separates_articles_with_a_blank_line() -> None:
    out = render_table([article(), article(path="b.txt")])
    assert out == "news/a.txt\n  (no attributions)\n\nb.txt\n  (no attributions)\n"
    assert render_table([]) == ""


def test_markup_in_cells_is_text() -> None:
    text = "[bold]Berg[/bold] said [red]no[/red]."
    a = attribution(
        source=(span(text, "[bold]Berg[/bold]"),),
        cue=(span(text, "said"),),
        content=(span(text, "[red]no[/red]"),),
    )
    out = render_article_table(article((a,), text=text), width=120)
    assert "[bold]Berg[/bold]" in out
    assert "[red]no[/red]" in out


# --- JSON ------------------------------------------------------------------------


def test_article_to_json_is_one_line_of_the_record_dict() -> None:
    a = article((BERG,))
    out = article_to_json(a)
    assert "\n" not in out
    assert json.loads(out) == json.loads(json.dumps(a.to_dict()))
    # Non-ASCII text is written as is, not as \u escapes.
    assert "“We will not sign,”" in out
    assert "Ålesund" in out


def test_json_carries_actors_and_speaker_codes() -> None:
    data = json.loads(article_to_json(article((BERG,), actors=ACTORS)))
    assert [a["code"] for a in data["actors"]] == ["NORGOV", "NOR", None]
    assert data["actors"][0]["mentions"][1]["text"] == "She"
    speaker = data["attributions"][0]["speaker"]
    assert (speaker["actor_id"], speaker["code"]) == ("abc123:actor0", "NORGOV")


def test_render_json_is_an_array() -> None:
    out = render_json([article((BERG,)), article(path="b.txt")])
    data = json.loads(out)
    assert [d["path"] for d in data] == ["news/a.txt", "b.txt"]
    assert data[0]["attributions"][0]["speaker"]["name"] == "Anna Berg"
    assert json.loads(render_json([])) == []


def test_render_jsonl_is_one_object_per_line() -> None:
    failed = article(error=ErrorInfo(code="input.empty", message="empty"))
    lines = render_jsonl([article((BERG, SHE)), failed]).splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert len(first["attributions"]) == 2
    assert first["schema_version"] == SCHEMA_VERSION == 4
    assert first["attributions"][0]["speaker"]["code"] == "NORGOV"
    assert first["actors"] == []
    assert second["error"] == {"code": "input.empty", "message": "empty"}


# --- events -------------------------------------------------------------------

EVENT_TEXT = "Norway accused Iceland of overfishing. Norway did not threaten Iceland."


def _event(code: str, *, negated: bool = False, evidence: str = "accused") -> Event:
    return Event(
        id=f"a:event{code}",
        source="a:actor0",
        target="a:actor1",
        code=code,
        root=code[:2],
        goldstein=-2.0,
        quad_class=3,
        evidence=(span(EVENT_TEXT, evidence),),
        attribution_id=None,
        negated=negated,
        modality=None,
        date=None,
        method="test",
    )


def _event_article(*events: Event) -> Article:
    actors = (
        make_actor(id="a:actor0", name="Norway", type="state", code="NOR"),
        make_actor(id="a:actor1", name="Iceland", type="state", code="ISL"),
    )
    return make_article(EVENT_TEXT, actors=actors, events=events, path="e.txt")


def test_events_table_lists_code_name_sides_and_score() -> None:
    table = events_table(_event_article(_event("112")).events, _event_article().actors)
    assert table is not None
    lines = table_lines(table, 120)
    assert cells(lines[0]) == ["code", "event", "source", "target", "score", "evidence"]
    row = ["112", "Accuse", "NOR Norway", "ISL Iceland", "-2.0", "accused"]
    assert cells(lines[2]) == row


def test_events_table_leaves_out_negated_events_and_is_none_without_events() -> None:
    negated = _event("138", negated=True, evidence="threaten")
    assert events_table((negated,), _event_article().actors) is None
    assert events_table((), ()) is None


def test_article_table_has_an_events_section_after_the_actors() -> None:
    out = render_article_table(_event_article(_event("112")), width=120)
    lines = out.splitlines()
    assert "  Actors" in lines
    at = lines.index("  Events")
    assert at > lines.index("  Actors")
    assert cells(lines[at + 3])[:4] == ["112", "Accuse", "NOR Norway", "ISL Iceland"]


def test_event_side_without_actor_is_a_dash() -> None:
    event = _event("112")
    lonely = dataclasses.replace(event, target=None)
    table = events_table((lonely,), _event_article().actors)
    assert table is not None
    assert cells(table_lines(table, 120)[2])[3] == "—"
