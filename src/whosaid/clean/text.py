"""Layout analysis of plain text: title, body paragraphs, captions, leftovers.

The text is never changed: every span indexes it as given.  The analysis runs
over lines (blank lines separate blocks) in four passes:

1. Each line gets a label.  Position-independent leftovers (share widgets,
   link blocks, footers, credits, advertising, skip links, end marks, lines
   that are only a date or a publishing stamp) and captions are recognised
   anywhere; breadcrumbs, bylines and the title only above the body.  The
   title is the first headline-like line above the body: 2 to 30 words, not
   ending like a sentence (a first line in Headline Case that ends with a
   single period is accepted too).  The first other line starts the body.
   A short section name (``Middle East``) right above the headline is a
   section line, and so is a section name with topic names (``News | Israel
   attacks on Lebanon``) over a longer headline; a breadcrumb that ends with
   the start of the headline below is a breadcrumb.
   Then a byline-like line next to a timestamp (or under a bare ``By``) is a
   byline even below a standfirst, and ``Save`` next to a share widget is
   part of it.
2. Short non-sentence lines in the same block right after a link marker ending
   in a colon (``Related:``) are link lines too; so are headline-like lines of
   the next block when the marker stands alone (``Read More:``, blank line,
   headline), and the lines of a ``list of N items`` ... ``end of list``
   widget.
3. Below the last real body paragraph, once a footer has been seen, short
   non-sentence lines (``Press TV News Roku``) and navigation lines are site
   footer.
4. Consecutive body lines of a block are one paragraph when the block looks
   hard-wrapped, else each line is a paragraph.

If no body is left, an auto-detected title goes back to the body; if there is
still none, a ``clean.no_body`` warning is added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.records import Boilerplate, CleanArticle, RawArticle, Span

_BODY: Final = "body"
_TITLE: Final = "title"
_CAPTION: Final = "caption"

NO_BODY_WARNING: Final = "clean.no_body: no article body paragraph was found"

# Same line breaks as str.splitlines(), so "lines" mean what Python means.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BULLET = re.compile(r"^[•·\-*►▶▸»–—]\s")

_TITLE_MIN_WORDS = 2
_TITLE_MAX_WORDS = 30
_TITLE_MAX_CHARS = 250
# A period-ended first line is a title only if it is short and in Headline
# Case: this share of its long words (4+ letters) capitalised, and at least
# this many of them.  Lead sentences are sentence case, so they stay body.
_PERIOD_TITLE_MAX_WORDS = 20
_HEADLINE_CASE_SHARE = 0.7
_HEADLINE_CASE_MIN_WORDS = 3
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
# Tail lines this short (in words) that do not end a sentence are footer once
# a footer has been seen below the last body paragraph.
_TAIL_MAX_WORDS = 8
# A link marker this short heads a list of links even without a colon.
_MARKER_MAX_WORDS = 3
# A headline in the block under a bare link marker has at most this many
# words and no quote marks (quoted speech is body).
_LINK_HEADLINE_MAX_WORDS = 20
_QUOTE_MARK = re.compile(r"[\"“”«»]")
# A body line is a wrapped line (of a hard-wrapped paragraph) when it does not
# end a sentence and is at least this long, absolutely and relative to the
# longest line of its run; a run is wrapped when half its lines are.
_WRAP_MIN_CHARS = 30
_WRAP_MIN_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    block: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """The layout of a text: which spans are title, body, captions, leftovers."""

    title: Span | None
    section: tuple[str, ...]
    body: tuple[Span, ...]
    captions: tuple[Span, ...]
    boilerplate: tuple[Boilerplate, ...]
    warnings: tuple[str, ...]


def clean_text(raw: RawArticle, text: str) -> CleanArticle:
    """Clean a plain-text article: ``text`` is kept unchanged and annotated.

    Args:
        raw: The article as read (for id, path, url and date).
        text: Its text.

    Returns:
        The clean article; every span indexes ``text``.
    """
    layout = analyze_layout(text)
    return CleanArticle(
        id=raw.id,
        path=raw.path,
        url=raw.url,
        date=raw.date,
        text=text,
        title=layout.title,
        section=layout.section,
        body=layout.body,
        captions=layout.captions,
        boilerplate=layout.boilerplate,
        warnings=layout.warnings,
    )


def analyze_layout(
    text: str,
    *,
    start: int = 0,
    title: Span | None = None,
    find_title: bool = True,
    join_wrapped: bool = True,
) -> Layout:
    """Find the title, body paragraphs, captions and leftovers of ``text``.

    Args:
        text: The whole text; all offsets index it.
        start: Analyse only ``text[start:]`` (what precedes it is the title).
        title: A title already known (e.g. from HTML metadata); returned as is.
        find_title: Look for a title line when ``title`` is None.
        join_wrapped: Join hard-wrapped lines into one paragraph; off for text
            that has one paragraph per line.

    Returns:
        The layout; spans are stripped of surrounding whitespace.
    """
    lines = _split_lines(text, start)
    labels = _label_lines(lines, find_title=find_title and title is None)
    section = _section(lines, labels)
    _mark_widget_neighbours(lines, labels)
    _extend_link_blocks(lines, labels)
    _mark_tail_footers(lines, labels)
    warnings: list[str] = []
    if _BODY not in labels:
        # A lone headline-like line is the article, not its title.
        labels = [_BODY if label == _TITLE else label for label in labels]
        if _BODY not in labels:
            warnings.append(NO_BODY_WARNING)
    found_title = next(
        (Span.of(text, ln.start, ln.end) for ln, lb in zip(lines, labels, strict=True)
         if lb == _TITLE),
        None,
    )  # fmt: skip
    return Layout(
        title=title if title is not None else found_title,
        section=section,
        body=tuple(_paragraphs(text, lines, labels, join_wrapped=join_wrapped)),
        captions=tuple(
            Span.of(text, ln.start, ln.end)
            for ln, lb in zip(lines, labels, strict=True)
            if lb == _CAPTION
        ),
        boilerplate=tuple(
            Boilerplate(start=ln.start, end=ln.end, text=ln.text, kind=lb)
            for ln, lb in zip(lines, labels, strict=True)
            if lb in bp.BOILERPLATE_KINDS
        ),
        warnings=tuple(warnings),
    )


def _split_lines(text: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    position = start
    ends = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text, start)]
    ends.append((len(text), len(text)))
    previous_blank = False
    for line_end, next_start in ends:
        raw_line = text[position:line_end]
        stripped = raw_line.strip()
        if stripped:
            if previous_blank and lines:
                block += 1
            line_start = position + len(raw_line) - len(raw_line.lstrip())
            lines.append(_Line(line_start, line_start + len(stripped), stripped, block))
            previous_blank = False
        else:
            previous_blank = True
        position = next_start
    return lines


def _label_lines(lines: list[_Line], *, find_title: bool) -> list[str]:
    labels: list[str] = []
    in_header = True
    seen_content = False
    for i, line in enumerate(lines):
        title_wanted = find_title and _TITLE not in labels
        if in_header and title_wanted and not seen_content:
            if _is_section_line(lines, i):
                labels.append(bp.SECTION)
                continue
            if _titled_breadcrumb(lines, i) is not None:
                labels.append(bp.BREADCRUMB)
                continue
        label = _label_line(
            line.text,
            in_header=in_header,
            title_wanted=title_wanted,
            first_content=not seen_content,
        )
        if label in (_BODY, _TITLE, _CAPTION):
            seen_content = True
        if label == _BODY:
            in_header = False
        labels.append(label)
    return labels


def _label_line(
    text: str, *, in_header: bool, title_wanted: bool, first_content: bool
) -> str:
    kind = bp.boilerplate_kind(text)
    if kind is not None:
        return kind
    if bp.is_timestamp(text) or bp.is_bare_by(text):
        return bp.BYLINE  # a date line says nothing of the story anywhere
    if in_header:
        if bp.parse_breadcrumb(text) is not None:
            return bp.BREADCRUMB
        if bp.is_header_line(text):
            return bp.BYLINE
    if bp.is_caption(text):
        return _CAPTION
    if in_header and title_wanted and _is_headline(text, first_content=first_content):
        return _TITLE
    return _BODY


def _is_section_line(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a bare section name over the headline.

    It must look like a section name (``Middle East``, ``Business``) or two
    joined by a separator (``World | Africa``), and the next line must be a
    headline that is not itself a leftover or a caption.  A section name
    followed by topic names (``News | Israel attacks on Lebanon``, ``CNN —
    Politics``) must also be shorter than that headline.
    """
    text = lines[i].text
    if i + 1 >= len(lines):
        return False
    following = lines[i + 1].text
    if not (bp.is_section_name(text) or bp.section_pair(text) is not None) and (
        bp.section_path(text) is None or bp.word_count(following) <= bp.word_count(text)
    ):
        return False
    return (
        not bp.is_timestamp(following)
        and bp.boilerplate_kind(following) is None
        and bp.parse_breadcrumb(following) is None
        and not bp.is_header_line(following)
        and not bp.is_caption(following)
        and not bp.is_section_name(following)
        and _is_headline(following, first_content=True)
    )


def _titled_breadcrumb(lines: list[_Line], i: int) -> tuple[str, ...] | None:
    """The sections of ``lines[i]`` when it is a breadcrumb ending with the
    headline on the next line (``News / India News / Parliament session ...``).
    """
    if i + 1 >= len(lines) or not _is_headline(lines[i + 1].text, first_content=True):
        return None
    return bp.titled_breadcrumb(lines[i].text, lines[i + 1].text)


def _is_headline(text: str, *, first_content: bool) -> bool:
    words = bp.word_count(text)
    if (
        not _TITLE_MIN_WORDS <= words <= _TITLE_MAX_WORDS
        or len(text) > _TITLE_MAX_CHARS
    ):
        return False
    if not bp.ends_sentence(text) and not text.endswith((":", ";", ",")):
        return True
    # PolNeAR-style titles: "Ben Carson Defends Himself Against Claims."
    if not first_content or words > _PERIOD_TITLE_MAX_WORDS:
        return False
    if not text.endswith(".") or text.endswith("..") or ". " in text:
        return False
    long_words = _LONG_WORD.findall(text)
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return (
        capitalised >= _HEADLINE_CASE_MIN_WORDS
        and capitalised >= _HEADLINE_CASE_SHARE * len(long_words)
    )


def _section(lines: list[_Line], labels: list[str]) -> tuple[str, ...]:
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == bp.SECTION:
            path = bp.section_path(line.text)
            return bp.breadcrumb_section(path) if path else (line.text,)
        if label == bp.BREADCRUMB:
            segments = bp.parse_breadcrumb(line.text) or _titled_breadcrumb(lines, i)
            if segments is not None:
                return bp.breadcrumb_section(segments)
    return ()


def _mark_widget_neighbours(lines: list[_Line], labels: list[str]) -> None:
    """Label body lines that only make sense next to a widget line.

    A byline-like line right above or below a timestamp, or under a bare
    ``By``, is a byline: a headline's standfirst ends the header, so the
    byline under it (``Staff Writer in Baku`` over ``Fri 22 Nov 2024 18.05
    GMT``) was taken for body.
    A line of sharing words without a sharing trigger (``Save``) right under
    or over a share widget is part of it.
    """
    for i, line in enumerate(lines):
        if labels[i] != _BODY:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if bp.is_credit_line(line.text) and (
            any(
                labels[j] == bp.BYLINE and bp.is_timestamp(lines[j].text)
                for j in neighbours
            )
            or (i > 0 and bp.is_bare_by(lines[i - 1].text))
        ):
            labels[i] = bp.BYLINE
        elif bp.is_share(line.text, trigger=False) and any(
            labels[j] == bp.SHARE for j in neighbours
        ):
            labels[i] = bp.SHARE


def _extend_link_blocks(lines: list[_Line], labels: list[str]) -> None:
    """Label the link list under a ``Related:``-style marker as link block.

    Three shapes: short non-sentence lines in the marker's own block; when a
    bare marker ends its block, the headline-like lines of the next block
    (``Read More:``, blank line, headline); and everything inside a list
    widget (``list of 3 items`` ... ``end of list``) of one block.
    """
    for i, line in enumerate(lines):
        if labels[i] != bp.LINK_BLOCK:
            continue
        if bp.is_list_widget(line.text) == "open":
            _mark_list_widget(lines, labels, i)
            continue
        # Only a bare marker ("Related:", "Related Coverage") heads a list.
        if not (
            line.text.endswith(":")
            or bp.word_count(line.text) <= _MARKER_MAX_WORDS
            or bp.is_topic_marker(line.text)
        ):
            continue
        j = i + 1
        while (
            j < len(lines)
            and lines[j].block == line.block
            and labels[j] == _BODY
            and _is_link_line(lines[j].text)
        ):
            labels[j] = bp.LINK_BLOCK
            j += 1
        if j == i + 1 and j < len(lines) and lines[j].block == line.block + 1:
            # "Read More:" alone in its block: the headline(s) under it.
            block = lines[j].block
            while (
                j < len(lines)
                and lines[j].block == block
                and labels[j] == _BODY
                and _is_link_headline(lines[j].text)
            ):
                labels[j] = bp.LINK_BLOCK
                j += 1


def _is_link_line(text: str) -> bool:
    return _BULLET.match(text) is not None or (
        bp.word_count(text) <= bp.SHORT_LINE_WORDS and not bp.ends_sentence(text)
    )


def _is_link_headline(text: str) -> bool:
    """A linked headline: short, not a sentence, no quote marks, no colon end."""
    if _BULLET.match(text) is not None:
        return True
    return (
        bp.word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and not bp.ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and _QUOTE_MARK.search(text) is None
    )


def _mark_list_widget(lines: list[_Line], labels: list[str], start: int) -> None:
    """Label the lines of a ``list of N items`` widget up to ``end of list``."""
    for j in range(start + 1, len(lines)):
        if lines[j].block != lines[start].block:
            return
        if labels[j] == _BODY:
            labels[j] = bp.LINK_BLOCK
        if bp.is_list_widget(lines[j].text) == "close":
            return


def _mark_tail_footers(lines: list[_Line], labels: list[str]) -> None:
    """Label the short leftovers below the last body paragraph as site footer."""
    last_body = -1
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == _BODY and (
            bp.ends_sentence(line.text)
            or bp.word_count(line.text) >= bp.SHORT_LINE_WORDS
        ):
            last_body = i
    if last_body < 0:
        return
    seen_footer = False
    for i in range(last_body + 1, len(lines)):
        text = lines[i].text
        if labels[i] in bp.BOILERPLATE_KINDS:
            seen_footer = True
        elif labels[i] == _BODY and (
            bp.parse_breadcrumb(text) is not None
            or (
                seen_footer
                and bp.word_count(text) <= _TAIL_MAX_WORDS
                and not bp.ends_sentence(text)
            )
        ):
            labels[i] = bp.SITE_FOOTER
            seen_footer = True


def _paragraphs(
    text: str, lines: list[_Line], labels: list[str], *, join_wrapped: bool
) -> list[Span]:
    runs: list[list[_Line]] = []
    previous = -2
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label != _BODY:
            continue
        if runs and previous == i - 1 and runs[-1][-1].block == line.block:
            runs[-1].append(line)
        else:
            runs.append([line])
        previous = i
    spans: list[Span] = []
    for run in runs:
        if join_wrapped and _looks_wrapped(run):
            spans.append(Span.of(text, run[0].start, run[-1].end))
        else:
            spans.extend(Span.of(text, line.start, line.end) for line in run)
    return spans


def _looks_wrapped(run: list[_Line]) -> bool:
    if len(run) < 2:
        return False
    longest = max(len(line.text) for line in run)
    inner = run[:-1]
    wrapped = sum(
        1
        for line in inner
        if not bp.ends_sentence(line.text)
        and len(line.text) >= max(_WRAP_MIN_CHARS, _WRAP_MIN_SHARE * longest)
    )
    return 2 * wrapped >= len(inner)
