"""A descriptor before a body's name is no part of it."""

from __future__ import annotations

import pytest

from whosaid.entities.name_spans import descriptor_length, strip_descriptor


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Business group Ibec", 2),
        ("Chipmaker Veltron", 1),
        ("Rights group Amnesty International", 2),
        ("Regulator Ofcom", 1),
        ("lender HSBC", 1),
        # names that open or end with a body noun keep it
        ("Police Scotland", 0),
        ("Bank Indonesia", 0),
        ("Carlyle Group Inc", 0),
        ("Group of Seven", 0),
        ("Islamic State group", 0),
        ("Foreign Ministry", 0),
        ("Chipmaker", 0),
    ],
)
def test_descriptor_length(name: str, cut: int) -> None:
    assert descriptor_length(name.split()) == cut


def test_strip_descriptor_offsets() -> None:
    text = "Business group Ibec said"
    start, end = strip_descriptor(text, 0, 19)
    assert text[start:end] == "Ibec"
    assert strip_descriptor(text, 15, 19) == (15, 19)
