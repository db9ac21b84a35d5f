"""The actors package imports its public names on first use (PEP 562)."""

import subprocess
import sys

import pytest


def test_loading_knowledge_does_not_import_the_actors_stage() -> None:
    code = (
        "import sys, whosaid.actors.knowledge, whosaid.actors.people;"
        "print('whosaid.actors.extract' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_public_names_are_the_defining_modules_objects() -> None:
    import whosaid.actors as actors
    from whosaid.actors import extract, knowledge

    assert actors.extract_actors is extract.extract_actors
    assert actors.cameo_code is extract.cameo_code
    assert actors.load_knowledge is knowledge.load_knowledge
    assert actors.Knowledge is knowledge.Knowledge
    assert actors.read_user_actors is knowledge.read_user_actors
    assert set(actors.__all__) <= set(dir(actors))


def test_an_unknown_name_is_an_attribute_error() -> None:
    import whosaid.actors as actors

    with pytest.raises(AttributeError):
        _ = actors.no_such_name  # type: ignore[attr-defined]
