"""whosaid's pipeline swaps the model's attribute ruler for its fast one, with
the same output.

The model-only tests check the swap; the data test compares the two rulers
token by token on every PolNeAR dev text and the seed (the full check, train
included, is ``scripts/check_tagpos.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from whosaid.nlp import load_spacy
from whosaid.nlp.attributes import FAST_NAME, STOCK_NAME
from whosaid.nlp.tagcheck import compare_with_stock

pytestmark = pytest.mark.model


def test_whosaid_runs_the_fast_ruler_where_the_model_has_its_own() -> None:
    names = load_spacy().pipe_names
    bare = load_spacy(bare=True).pipe_names
    assert FAST_NAME in names and STOCK_NAME not in names
    # In the same place: after the same component (the parser).
    assert names[names.index(FAST_NAME) - 1] == bare[bare.index(STOCK_NAME) - 1]
    assert STOCK_NAME in bare and FAST_NAME not in bare  # the shipped model


def test_both_rulers_agree_on_a_made_up_article() -> None:
    text = (
        "WASHINGTON (Reuters) - It's not over, y'all, she said.\n\n"
        '"We\'re gonna win," Sen. Ann Lee told reporters on Tuesday; there was '
        "nothing they could do, and it did n't matter who'd asked.\n"
        "  \n Those were the days.   \n"
    )
    result = compare_with_stock([("made-up", text)])
    assert result.tokens > 40
    assert result.differing == 0, result.examples


@pytest.mark.data
@pytest.mark.slow
def test_both_rulers_agree_on_polnear_dev_and_the_seed(
    polnear_dir: Path, seed_paths: tuple[Path, Path]
) -> None:
    paths = [*sorted((polnear_dir / "dev" / "text").glob("*.txt")), seed_paths[0]]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    result = compare_with_stock(texts)
    assert result.docs == len(paths) > 1
    assert result.differing == 0, result.examples
