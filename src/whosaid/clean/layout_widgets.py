"""Widget rules: captions under media widgets and credits, sign-up boxes.

The lines ending a media widget's block (``Enlarge this image``, ``video``)
and a line over a bare photo credit are captions; a short block with a
sign-up or appeal line, and a sign-up line's short pitch, are site footer.
"""

from __future__ import annotations

import re
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, furniture
from whosaid.clean.captions import is_credit_only
from whosaid.clean.layout_lines import BODY, CAPTION, QUOTE_MARK, Line, block_lines
from whosaid.clean.line_shape import ends_sentence, word_count

_MEDIA_CAPTION_MAX_LINES = 3


_BOX_MAX_LINES = 6
_BOX_LINE_MAX_WORDS = 40


def mark_media_captions(lines: list[Line], labels: list[str]) -> None:
    """Label the rest of a media widget's block as its caption.

    ``Enlarge this image`` or ``video`` over one to three lines that end the
    block: those lines describe the image or the video (``Leader says talks
    will go on``, ``Jane Doe reports from the capital.``), they are not story.
    A player quoting its clip's title (``Click to play video: 'X'``) over
    that title again: the title is its caption.
    """
    for i, line in enumerate(lines):
        title = furniture.quoted_clip_title(line.text)
        if (
            title is not None
            and i + 1 < len(lines)
            and labels[i + 1] == BODY
            and lines[i + 1].text == title
        ):
            labels[i + 1] = CAPTION  # the clip's title again under its player
            continue
        if not (chrome.is_media_widget(line.text) or furniture.opens_media(line.text)):
            continue
        rest = [j for j in block_lines(lines, i) if j > i]
        if not rest or len(rest) > _MEDIA_CAPTION_MAX_LINES:
            continue
        for j in rest:
            if labels[j] == BODY:
                labels[j] = CAPTION


def mark_named_captions(lines: list[Line], labels: list[str]) -> None:
    """Label a body line closed by a photographer's bare name as a caption
    (:func:`whosaid.clean.furniture.is_named_caption`), when it starts its
    block or the line above ends a sentence or is no body: inside a
    hard-wrapped paragraph a line may end "... on Monday. Prime Minister"."""
    for i, line in enumerate(lines):
        if labels[i] != BODY or not furniture.is_named_caption(line.text):
            continue
        if (
            i == 0
            or lines[i - 1].block != line.block
            or labels[i - 1] != BODY
            or ends_sentence(lines[i - 1].text)
        ):
            labels[i] = CAPTION


_CAPTION_UNDER_CREDIT_MAX_WORDS = 60


def mark_credited_captions(lines: list[Line], labels: list[str]) -> None:
    """Label a body line right above a bare photo credit as a caption.

    ``Leaders meet in the capital on Monday.`` over ``Jane Doe/Example
    News`` in one block: the credit says the line above is a caption; the
    credit line itself is a caption too.  A picture's labelled credit
    (``Image: Jane Roe/EXAMPLE``) over the last line of its block, or a bare
    credit opening a block of two lines (``Example Photo/Jane Roe`` over its
    caption), says that line is the caption.
    """
    for i in range(1, len(lines)):
        line = lines[i]
        if (
            line.block != lines[i - 1].block
            or labels[i] not in (BODY, CAPTION)
            or not is_credit_only(line.text)
        ):
            continue
        labels[i] = CAPTION
        if labels[i - 1] == BODY:
            labels[i - 1] = CAPTION
    for i in range(len(lines) - 1):
        j = i + 1
        if (
            (
                furniture.is_picture_label(lines[i].text)
                or _opens_two_line_block_with_credit(lines, i)
            )
            and labels[j] == BODY
            and lines[j].block == lines[i].block
            and block_lines(lines, i)[-1] == j
            and word_count(lines[j].text) <= _CAPTION_UNDER_CREDIT_MAX_WORDS
        ):
            labels[j] = CAPTION
            if labels[i] == BODY:  # the credit itself
                labels[i] = CAPTION


_PICTURE_WORD = re.compile(r"\b(?:photo|picture|image|pic)s?\b", re.IGNORECASE)


def _opens_two_line_block_with_credit(lines: list[Line], i: int) -> bool:
    """A bare photo credit naming a picture opening a block of two lines
    (``Example Photo/Jane Roe`` over its caption); a writer's credit over
    the first paragraph (``Jane Roe/Example``) is no picture's."""
    block = block_lines(lines, i)
    text = lines[i].text
    return (
        len(block) == 2
        and block[0] == i
        and is_credit_only(text)
        and _PICTURE_WORD.search(text) is not None
    )


def mark_boxes(lines: list[Line], labels: list[str]) -> None:
    """Label a short block with a sign-up or appeal line as site footer.

    A newsletter box (``Daily briefing``, its pitch, ``Email address``,
    ``Subscribe``, the consent line) or a membership appeal (``Note from the
    author:``, a thank-you, ``Become a member today.``) is one block of a few
    lines: when one of them is a sign-up or appeal line, the whole block is
    (up to a leftover already labelled in it, such as a ``Tags`` marker).
    """
    done: set[int] = set()
    for i, line in enumerate(lines):
        if line.block in done or not (
            chrome.is_signup(line.text) or chrome.is_appeal(line.text)
        ):
            continue
        done.add(line.block)
        block = _box_lines(lines, labels, i)
        if len(block) > _BOX_MAX_LINES or any(
            word_count(lines[j].text) > _BOX_LINE_MAX_WORDS
            or QUOTE_MARK.search(lines[j].text) is not None
            for j in block
        ):
            continue
        for j in block:
            if labels[j] in (BODY, CAPTION):
                labels[j] = bp.SITE_FOOTER


_AD_BOX_MAX_LINES = 3
_AD_LINE_MAX_WORDS = 12


def mark_ad_boxes(lines: list[Line], labels: list[str]) -> None:
    """Label the ad under an ad slot's label in a short block as advertising.

    ``Related Advertising Links`` / ``Get a free credit report in minutes``:
    a block of at most three lines holding an advertising label, whose other
    lines are short (at most twelve words), end no sentence and quote no
    one, is the ad; a paragraph under a label keeps its lines.
    """
    done: set[int] = set()
    for i, line in enumerate(lines):
        if labels[i] != bp.ADVERTISEMENT or line.block in done:
            continue
        done.add(line.block)
        block = block_lines(lines, i)
        rest = [j for j in block if labels[j] == BODY]
        if len(block) > _AD_BOX_MAX_LINES or not rest:
            continue
        if all(
            word_count(lines[j].text) <= _AD_LINE_MAX_WORDS
            and not ends_sentence(lines[j].text)
            and QUOTE_MARK.search(lines[j].text) is None
            for j in rest
        ):
            for j in rest:
                labels[j] = bp.ADVERTISEMENT


_SIGN_UP = re.compile(
    r"\b(?:newsletters?|sign\s+up|subscribe|join\s+our)\b", re.IGNORECASE
)
_PITCH_MAX_WORDS: Final = 16
_PITCH_REACH: Final = 2


def mark_sign_up_pitches(lines: list[Line], labels: list[str]) -> None:
    """Label the pitch of a sign-up box as site footer.

    ``Sign up for our Example newsletter`` / ``Get the latest news and
    analysis from the region``, ``Newsletter`` / ``Every weekday, the best of
    our journalism`` / ``Sign up``: up to two short lines that end no
    sentence, in the block of a site-footer line that offers a newsletter,
    a subscription or a forum to join, right above or below it.
    """
    for i, line in enumerate(lines):
        if labels[i] != bp.SITE_FOOTER or _SIGN_UP.search(line.text) is None:
            continue
        for step in (1, -1):
            j = i + step
            while (
                abs(j - i) <= _PITCH_REACH
                and 0 <= j < len(lines)
                and lines[j].block == line.block
                and labels[j] == BODY
                and word_count(lines[j].text) <= _PITCH_MAX_WORDS
                and not ends_sentence(lines[j].text)
            ):
                labels[j] = bp.SITE_FOOTER
                j += step


def _box_lines(lines: list[Line], labels: list[str], i: int) -> list[int]:
    """The lines of line ``i``'s block up to the leftovers already found
    around it: ``Support Independent Journalism`` and the outlet's line
    under it end where a ``Tags`` list begins in the same block."""
    block = block_lines(lines, i)
    k = block.index(i)
    lo, hi = k, k
    while lo > 0 and labels[block[lo - 1]] not in bp.BOILERPLATE_KINDS:
        lo -= 1
    while hi + 1 < len(block) and labels[block[hi + 1]] not in bp.BOILERPLATE_KINDS:
        hi += 1
    return block[lo : hi + 1]
