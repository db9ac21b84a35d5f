"""What a full name's words say about the lone names that may stand for it
(:mod:`whosaid.entities.name_parts`)."""

from __future__ import annotations

from whosaid.entities.name_parts import bare_family_name, fathers_name, nickname_inside


def test_name_parts_a_glued_article_comes_off_the_family_name() -> None:
    assert bare_family_name("al-Jubeir") == "jubeir"
    assert bare_family_name("el-Sisi") == "sisi"
    assert bare_family_name("Jubeir") is None
    assert bare_family_name("al-X") is None


def test_name_parts_a_word_after_bin_is_a_fathers_name() -> None:
    words = ["mohammed", "bin", "salman"]
    assert fathers_name(words, 2)
    assert not fathers_name(words, 0)
    assert not fathers_name(["adel", "al-jubeir"], 1)


def test_name_parts_a_quoted_nickname_inside_a_name() -> None:
    assert nickname_inside('Joko "Jokowi" Widodo') == ("Joko Widodo", "Jokowi")
    assert nickname_inside("Rodrigo “Digong” Duterte") == ("Rodrigo Duterte", "Digong")
    assert nickname_inside("Joko Widodo") is None
    assert nickname_inside('Christie "New') is None
