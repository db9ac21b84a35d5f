"""Events are not attributions: the cue filter on whole sentences."""

from __future__ import annotations

import pytest

import whosaid

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Helen Marsh was later named high commissioner for the Pacific islands.\n",
        "The House committee concluded its third public hearing of the week.\n",
        "The new envoy is expected to take up the post in July, officials",
        "The deal sparked a wave of protests by fishing crews in the north.\n",
        'The dam, which was dubbed the "Renaissance" project, cost $4 billion.\n',
        "The central bank kept its rate at 5.75 percent, as expected by analysts.\n",
        "Prosecutors charged two men over the warehouse fire in January.\n",
        "Panel concludes third public hearing on election\n\nIt met on Monday.\n",
        "Court names new chief judge for the northern district\n\nShe starts soon.\n",
        "Senate passes budget deal after late-night vote\n\nIt passed 51 to 49.\n",
        "The council approved the new budget on Tuesday.\n",
        "Lawmakers adopted the text by a show of hands.\n",
    ],
)
def test_events_are_not_attributions(text: str) -> None:
    article = whosaid.process(text)
    assert [a.cue[0].text for a in article.attributions] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The study concluded that voters in the region had moved left.\n",
            "concluded",
        ),
        ("Most economists expect that inflation will fall next year.\n", "expect"),
        ("Interior Minister Anna Nowak said the border would stay open.\n", "said"),
    ],
)
def test_communication_and_cognition_stay(text: str, cue: str) -> None:
    article = whosaid.process(text)
    assert cue in [a.cue[0].text for a in article.attributions]


def test_an_event_verb_with_a_clausal_content_stays() -> None:
    text = "The parliament passed a resolution saying the war must end.\n"
    contents = [c.text for a in whosaid.process(text).attributions for c in a.content]
    assert contents == ["the war must end"]


@pytest.mark.parametrize("dateline", ["(CNN)", "Oslo(CNN)"])
def test_glued_dateline_is_not_part_of_the_source(dateline: str) -> None:
    text = (
        f"Budget row\n\n{dateline}Finance Minister Alan Brooks said taxes would "
        "be cut.\n"
    )
    [attribution] = whosaid.process(text).attributions
    assert [s.text for s in attribution.source] == ["Finance Minister Alan Brooks"]
    assert attribution.speaker is not None
    assert attribution.speaker.name == "Alan Brooks"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Hearing\n\nHe did not believe anything illegal was discussed on the "
            "call, Morrison testified.\n",
            "Morrison",
            "He did not believe anything illegal was discussed on the call",
        ),
        (
            "Hearing\n\nThe ambassador made clear that aid depended on the "
            "investigations, said another witness, former adviser Fiona Hill.\n",
            "another witness, former adviser Fiona Hill",
            "The ambassador made clear that aid depended on the investigations",
        ),
    ],
)
def test_outer_attribution_closes_the_sentence(
    text: str, source: str, content: str
) -> None:
    attributions = whosaid.process(text).attributions
    found = [
        ([s.text for s in a.source], [c.text for c in a.content]) for a in attributions
    ]
    assert ([source], [content]) in found
    # the outer cue is never inside another attribution's content
    for a in attributions:
        assert all("testified" not in c.text for c in a.content)


def test_joint_source_is_one_attribution_with_every_name() -> None:
    text = (
        "Debate\n\nBoris Johnson and Jeremy Corbyn said on Tuesday that the "
        "health service needed more money.\n"
    )
    [attribution] = whosaid.process(text).attributions
    assert [s.text for s in attribution.source] == ["Boris Johnson and Jeremy Corbyn"]
    assert attribution.speaker is not None
    assert attribution.speaker.name == "Boris Johnson"
    assert [c.name for c in attribution.co_speakers] == ["Jeremy Corbyn"]
    assert all(c.actor_id is not None for c in attribution.co_speakers)


@pytest.mark.parametrize("floating", ["both", "each", "all"])
def test_a_floating_quantifier_is_neither_cue_nor_source(floating: str) -> None:
    # "X and Y both said ...": the parser hangs "both" from the subject, so as
    # the first cue token it passed for the cue's head and the cue was lost.
    text = (
        "Port talks\n\nHarbour master Ines Vik and union leader Pal Strand "
        f"{floating} said on Monday that the strike would end soon.\n"
    )
    [attribution] = whosaid.process(text).attributions
    assert attribution.cue[0].text.startswith("said")
    assert [s.text for s in attribution.source] == [
        "Harbour master Ines Vik and union leader Pal Strand"
    ]
