"""The public readers of the package's knowledge tables."""

from __future__ import annotations

import gc

from whosaid.actors.tables import cell, data_text, gc_paused, read_tsv


def test_read_tsv_skips_comments_and_blank_lines() -> None:
    rows = read_tsv("# a note\ncountry\tstart\n\nIRL\t2020-06-27\n")
    assert rows == [{"country": "IRL", "start": "2020-06-27"}]


def test_cell_strips_and_reads_empty_as_none() -> None:
    row = {"a": " x ", "b": "  "}
    assert (cell(row, "a"), cell(row, "b"), cell(row, "c")) == ("x", None, None)


def test_data_text_reads_a_shipped_table_and_an_absent_one_as_empty() -> None:
    assert "country\tstart\tend\tparties" in data_text("governing.tsv")
    assert data_text("no-such-table.tsv") == ""


def test_gc_paused_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner one leaves it off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # off before: still off
    finally:
        gc.enable()
