"""Shared fixtures of the attribution rule tests."""

from __future__ import annotations

from typing import Any

import pytest
import spacy


@pytest.fixture(scope="module")
def vocab() -> Any:
    """A blank English vocabulary for hand-parsed Docs (no model)."""
    return spacy.blank("en").vocab
