"""Link rules: lists of links to other stories inside the page.

Short lines and headlines under a ``Related:``-style marker (in its block or,
for a bare marker, the next block), the lines of a ``list of N items`` widget,
a block of two or more headlines between paragraphs, and a story kind with a
bar (``Opinion | ...``) after the first paragraph are link blocks.
"""

from __future__ import annotations

import re

from whosaid.clean import boilerplate as bp
from whosaid.clean.layout_lines import (
    BODY,
    BULLET,
    HEADLINE_CASE_MIN_WORDS,
    HEADLINE_CASE_SHARE,
    LONG_WORD,
    QUOTE_MARK,
    Line,
    block_lines,
)
from whosaid.clean.line_shape import SHORT_LINE_WORDS, ends_sentence, word_count
from whosaid.clean.link_markers import (
    is_bare_link_marker,
    is_list_widget,
    is_topic_marker,
)

# A link marker this short heads a list of links even without a colon.
_MARKER_MAX_WORDS = 3


# A headline in the block under a bare link marker has at most this many
# words and no quote marks (quoted speech is body).
_LINK_HEADLINE_MAX_WORDS = 20


_RUN_MIN_LINES = 2
_RUN_LINE_MIN_WORDS = 4


def mark_headline_runs(lines: list[Line], labels: list[str]) -> None:
    """Label a block of headlines between body paragraphs as a link block.

    ``Leader says talks will go on`` / ``Port reopens, says operator``: two
    or more lines in a block of their own (perhaps under a short heading such
    as ``In other news``), each a headline (four to twenty words, no sentence
    end, no quote marks, no bullet), after the first body paragraph.  A
    paragraph ends with a sentence, even a hard-wrapped one; a subheading
    stands alone; a list after a colon belongs to its sentence.
    """
    first_body = next((i for i, lb in enumerate(labels) if lb == BODY), None)
    if first_body is None:
        return
    done: set[int] = set()
    for i in range(first_body + 1, len(lines)):
        if lines[i].block in done or lines[i].block == lines[first_body].block:
            continue
        done.add(lines[i].block)
        block = block_lines(lines, i)
        # An unknown heading may head the run: "In other news", "Trending".
        heading = block[0] if _is_run_heading(lines[block[0]].text) else None
        run = [j for j in block if j != heading]
        if (
            len(run) < _RUN_MIN_LINES
            or labels[block[0]] != BODY
            # "Its demands were:" over the list: the list is the sentence's.
            or lines[block[0] - 1].text.endswith(":")
        ):
            continue
        if all(
            labels[j] == BODY
            and word_count(lines[j].text) >= _RUN_LINE_MIN_WORDS
            and BULLET.match(lines[j].text) is None
            and _is_link_headline(lines[j].text)
            for j in run
        ):
            for j in block:
                labels[j] = bp.LINK_BLOCK


def _is_run_heading(text: str) -> bool:
    """A short heading over a run of headlines: at most three words, no
    sentence end, no quote marks."""
    return (
        word_count(text) <= _MARKER_MAX_WORDS
        and not ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and QUOTE_MARK.search(text) is None
    )


def extend_link_blocks(lines: list[Line], labels: list[str]) -> None:
    """Label the link list under a ``Related:``-style marker as link block.

    Three shapes: short non-sentence lines in the marker's own block; when a
    bare marker ends its block, the headline-like lines of the next block
    (``Read More:``, blank line, headline); and everything inside a list
    widget (``list of 3 items`` ... ``end of list``) of one block.
    """
    for i, line in enumerate(lines):
        if labels[i] != bp.LINK_BLOCK:
            continue
        if is_list_widget(line.text) == "open":
            _mark_list_widget(lines, labels, i)
            continue
        # Only a bare marker ("Related:", "Related Coverage") heads a list.
        bare = is_bare_link_marker(line.text)
        if not (
            line.text.endswith(":")
            or word_count(line.text) <= _MARKER_MAX_WORDS
            or is_topic_marker(line.text)
            or bare
        ):
            continue
        # "Related stories" and "More on this:" head linked headlines, longer
        # than link labels ("Related: Example" is a label).
        bare_heading = bare or (
            not line.text.endswith(":") and word_count(line.text) <= _MARKER_MAX_WORDS
        )
        j = i + 1
        while (
            j < len(lines)
            and lines[j].block == line.block
            and labels[j] == BODY
            and (
                _is_link_line(lines[j].text)
                or (
                    bare_heading
                    and (
                        _is_link_headline(lines[j].text)
                        or _is_titled_link(lines[j].text)
                    )
                )
            )
        ):
            labels[j] = bp.LINK_BLOCK
            j += 1
        if j == i + 1 and j < len(lines) and lines[j].block == line.block + 1:
            # "Read More:" alone in its block: the headline(s) under it.
            block = lines[j].block
            while (
                j < len(lines)
                and lines[j].block == block
                and labels[j] == BODY
                and _is_link_headline(lines[j].text)
            ):
                labels[j] = bp.LINK_BLOCK
                j += 1


# A link to another story under its kind: "Opinion | The day the Knesset
# voted ...", "Subscribers only | How the government lost its majority".
_TEASER = re.compile(
    r"^(?:opinion|analysis|explainer|editorial|commentary|podcast|exclusive|premium|"
    r"subscribers?\s+only|subscriber\s+exclusive|members?\s+only)\s*\|\s*\S",
    re.IGNORECASE,
)


def mark_teasers(lines: list[Line], labels: list[str]) -> None:
    """Label as link block a body line that opens with a story kind and a
    bar (:data:`_TEASER`) after the first body paragraph (at the top, "Opinion
    | ..." may be the page's own title) and reads as a headline."""
    seen_body = False
    for i, line in enumerate(lines):
        if labels[i] != BODY:
            continue
        if seen_body and _TEASER.match(line.text) and _ends_like_headline(line.text):
            labels[i] = bp.LINK_BLOCK
        seen_body = True


def _is_link_line(text: str) -> bool:
    return (
        BULLET.match(text) is not None
        or (word_count(text) <= SHORT_LINE_WORDS and _ends_like_headline(text))
        or _is_quoted_headline(text)
    )


# A headline opening with a quotation and a colon: "'It's a revolution':
# Voters say they want change".
_QUOTED_HEADLINE = re.compile(r"^['‘\"“][^'’\"”]{3,120}['’\"”]\s*:\s+\S")


def _is_quoted_headline(text: str) -> bool:
    """A linked headline that opens with a quotation and a colon and ends
    no sentence (``'It's a revolution': Voters say they want change``)."""
    return (
        word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and _ends_like_headline(text)
        and _QUOTED_HEADLINE.match(text) is not None
    )


def _is_link_headline(text: str) -> bool:
    """A linked headline: short, not a sentence (a question may be one: ``Who
    are the rebels?``), no quote marks, no colon end."""
    if BULLET.match(text) is not None:
        return True
    return (
        word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and _ends_like_headline(text)
        and not text.endswith((":", ";", ","))
        and QUOTE_MARK.search(text) is None
    )


def _is_titled_link(text: str) -> bool:
    """A linked headline in Headline Case, even with full stops (``Tolls Are
    Coming. Here's What to Know.``): no quote marks, at most
    :data:`_LINK_HEADLINE_MAX_WORDS` words, and most long words capitalised
    (a sentence is in sentence case)."""
    long_words = LONG_WORD.findall(text)
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return (
        word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and QUOTE_MARK.search(text) is None
        and len(long_words) >= HEADLINE_CASE_MIN_WORDS
        and capitalised >= HEADLINE_CASE_SHARE * len(long_words)
    )


def _ends_like_headline(text: str) -> bool:
    """No sentence end, or a question mark (headlines ask questions)."""
    return not ends_sentence(text) or text.endswith("?")


def _mark_list_widget(lines: list[Line], labels: list[str], start: int) -> None:
    """Label the lines of a ``list of N items`` widget up to ``end of list``."""
    for j in range(start + 1, len(lines)):
        if lines[j].block != lines[start].block:
            return
        if labels[j] == BODY:
            labels[j] = bp.LINK_BLOCK
        if is_list_widget(lines[j].text) == "close":
            return
