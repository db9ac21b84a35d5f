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
   the start of the headline below is a breadcrumb.  Up to two more section
   names or stamp lines may stand between a section name and the headline
   (``News`` / ``India News`` / headline), and a short label right over a
   much longer headline in its block (``Ukraine war latest``) is a section
   line too.  A block of short navigation labels (site name, sections, a
   topic such as ``Politics, Europe`` or ``Day 418``) over a longer headline
   alone in the next block is section, and a site's name over the headline
   (a known outlet or a brand the page repeats, :mod:`whosaid.clean.masthead`)
   is a breadcrumb; a title ``Headline | Site`` loses the site.  So is a
   run of three or more menu labels (``Markets`` / ``Economy`` / ``Tech``);
   a site's tagline over its masthead and a breadcrumb, and a topic over a
   page notice (``Winter fuel payment`` / ``This article is more than 2
   years old``), are section lines.  Site
   chrome (:mod:`whosaid.clean.chrome`: ``Example News Homepage``, ``Text
   Size``, ``3 min read``) and page furniture (:mod:`whosaid.clean.furniture`:
   players, ad slots, notices, captions closed by a credit) are leftovers
   anywhere.
   Then a byline-like line next to a timestamp (or under a bare ``By``) is a
   byline even below a standfirst, and ``Save`` next to a share widget is
   part of it; so is a credit-shaped line between the headline and the
   first sentence, or over a writer's title, or a short line between two
   stamps (where a briefing was held).  The lines ending a media
   widget's block (``Enlarge this image`` or ``video`` over them) are
   captions (``Go to video`` too), and so is a line over a bare photo credit
   (``Jane Doe/Example News``) in its block or the last line of a block under
   a picture's labelled credit (``Image: Jane Roe/EXA``); a short block
   with a sign-up or appeal line (a newsletter box, a membership appeal) is
   site footer, and so is a sign-up
   line's short pitch; ``By Jane Doe`` alone in a block is a byline and a
   headline in capitals alone in a block is a link; a block of two or more
   headlines between paragraphs (perhaps under a short heading) is a link
   block; an end mark glued to a paragraph (``... he said. Enditem``) is cut
   off it.
2. Short non-sentence lines in the same block right after a link marker ending
   in a colon (``Related:``) are link lines too, and linked headlines (also
   questions, or Headline Case with full stops) after a bare marker (``More
   on this:``); so are headline-like
   lines of
   the next block when the marker stands alone (``Read More:``, blank line,
   headline), and the lines of a ``list of N items`` ... ``end of list``
   widget.
3. Writers' notes ending the story (``Jane Roe covers politics for The
   Example Post.``) are credit.  Below the last real body paragraph, once a
   footer has been seen, short
   non-sentence lines (``Press TV News Roku``) and navigation lines are site
   footer.
4. Consecutive body lines of a block are one paragraph when the block looks
   hard-wrapped, else each line is a paragraph.

If no body is left, an auto-detected title goes back to the body; if there is
still none, a ``clean.no_body`` warning is added.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean import chrome, furniture, leftovers, masthead
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
# A navigation label over the headline has at most this many words; the
# headline under it at least this many, and this many times as many.
_NAV_MAX_WORDS = 4
_NAV_HEADLINE_MIN_WORDS = 6
_NAV_RATIO = 2
# A media widget's caption is at most this many lines (the rest of its block).
_MEDIA_CAPTION_MAX_LINES = 3
# A box of sign-up or appeal lines has at most this many lines of at most
# this many words.
_BOX_MAX_LINES = 6
_BOX_LINE_MAX_WORDS = 40
# A byline standing alone in a block of the body has at most this many words.
_LONE_BYLINE_MAX_WORDS = 8


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
    _mark_credit_runs(lines, labels)
    _mark_header_credits(lines, labels)
    _mark_media_captions(lines, labels)
    _mark_credited_captions(lines, labels)
    _mark_boxes(lines, labels)
    _mark_sign_up_pitches(lines, labels)
    _mark_lone_lines(lines, labels)
    _mark_headline_runs(lines, labels)
    _extend_link_blocks(lines, labels)
    _mark_teasers(lines, labels)
    _mark_author_bios(lines, labels)
    _mark_tail_footers(lines, labels)
    _mark_topic_tails(lines, labels)
    end_marks = _trim_end_marks(lines, labels)
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
    site_marks: list[Boilerplate] = []
    if found_title is not None:
        found_title, site_marks = _split_site_title(text, lines, found_title)
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
            sorted(
                [
                    *(
                        Boilerplate(start=ln.start, end=ln.end, text=ln.text, kind=lb)
                        for ln, lb in zip(lines, labels, strict=True)
                        if lb in bp.BOILERPLATE_KINDS
                    ),
                    *end_marks,
                    *site_marks,
                ],
                key=lambda item: item.start,
            )
        ),
        warnings=tuple(warnings),
    )


def _split_site_title(
    text: str, lines: list[_Line], title: Span
) -> tuple[Span, list[Boilerplate]]:
    """The title without the site's name at one end (``Floods hit the north
    | Example Times``), and that name as a breadcrumb."""
    others = [line.text for line in lines if line.start != title.start]
    found = masthead.split_site_title(title.text, others)
    if found is None:
        return title, []
    start, end = title.start + found[0], title.start + found[1]
    site = (title.start, start) if found[0] > 0 else (end, title.end)
    headline = Span.of(text, start, end)
    site_text = text[site[0] : site[1]].strip(" |–—-")
    site_start = text.index(site_text, site[0], site[1])
    mark = Boilerplate(
        start=site_start,
        end=site_start + len(site_text),
        text=site_text,
        kind=bp.BREADCRUMB,
    )
    return headline, [mark]


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
            if (
                _is_section_line(lines, i)
                or _is_nav_over_headline(lines, i)
                or _is_masthead(lines, i)
                or _is_tagline(lines, i)
                or _is_nav_block(lines, i)
            ):
                labels.append(bp.SECTION)
                continue
            if (i == 0 and _is_wordmark(line.text)) or _is_site_line(lines, i):
                labels.append(bp.BREADCRUMB)
                continue
            if _titled_breadcrumb(lines, i) is not None or _is_menu_run(lines, i):
                labels.append(bp.BREADCRUMB)
                continue
            if _is_label_over_notice(lines, i):
                labels.append(bp.SECTION)
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
    kind = (
        bp.boilerplate_kind(text)
        or leftovers.leftover_kind(text)
        or furniture.furniture_kind(text)
    )
    if kind is not None:
        return kind
    if (
        bp.is_timestamp(text)
        or bp.is_stamp_line(text)
        or leftovers.is_dated_byline(text)
        or bp.is_print_note(text)
        or bp.is_bare_by(text)
        or chrome.is_reading_time(text)
        or furniture.is_labelled_stamp(text)
    ):
        return bp.BYLINE  # a date line says nothing of the story anywhere
    if in_header:
        if bp.parse_breadcrumb(text) is not None:
            return bp.BREADCRUMB
        if bp.is_header_line(text):
            return bp.BYLINE
    if (
        bp.is_caption(text)
        or leftovers.is_credited_caption(text)
        or furniture.is_furniture_caption(text)
    ):
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
    following_at = _headline_below(lines, i)
    if following_at is None:
        return False
    following = lines[following_at].text
    if bp.boilerplate_kind(text) is not None:  # "Example News Homepage"
        return False
    capitals = bp.is_capitals_section(text)
    if capitals and not any(ch.islower() for ch in following):
        return False  # a headline in capitals, then its second line
    if not (
        capitals
        or bp.is_section_name(text)
        or _is_dated_section(text)
        or bp.section_pair(text) is not None
        or bp.section_list(text) is not None
    ) and (
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


# Section names and stamp lines that may stand between a section name and
# the headline: "News" / "India News" / headline, "Politics" / "Published
# February 3, 2025" / headline.
_SECTION_CHAIN_MAX = 2


_DATED_SECTION = re.compile(r"^(.+?)\s+(?:19|20)\d{2}$")


def _is_dated_section(text: str) -> bool:
    """A section name with its year: ``Elections 2024``, ``World Cup 2026``."""
    m = _DATED_SECTION.match(text)
    return m is not None and bp.is_section_name(m.group(1))


def _headline_below(lines: list[_Line], i: int) -> int | None:
    """The index of the line that would be the headline under a section
    name at ``lines[i]``: the next line, past at most two more section
    names or stamp lines."""
    j = i + 1
    while j < len(lines) and j - i <= _SECTION_CHAIN_MAX:
        text = lines[j].text
        if not (
            bp.is_section_name(text)
            or _is_dated_section(text)
            or bp.is_timestamp(text)
            or chrome.is_reading_time(text)
        ):
            return j
        j += 1
    return j if j < len(lines) else None


def _is_nav_over_headline(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a short navigation label right over a
    much longer headline in its block (``World news latest`` over the
    headline): a headline is never followed by a longer one without a break.
    """
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    text, following = lines[i].text, lines[i + 1].text
    words, following_words = bp.word_count(text), bp.word_count(following)
    return (
        words <= _NAV_MAX_WORDS
        and following_words >= max(_NAV_HEADLINE_MIN_WORDS, _NAV_RATIO * words)
        and _is_headline(text, first_content=True)
        and not bp.ends_sentence(text)
        and bp.boilerplate_kind(text) is None
        and _is_headline(following, first_content=False)
        and bp.boilerplate_kind(following) is None
        and bp.section_path(following) is None
        and not bp.is_caption(following)
    )


# A masthead line (a site's slogan) over the section line: at most this many
# words, over a headline at least _NAV_HEADLINE_MIN_WORDS and _NAV_RATIO times
# as long.
_MASTHEAD_MAX_WORDS = 5


def _is_masthead(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a site's slogan or name right over a
    section line (``Democracy Dies in Darkness`` / ``Politics`` / headline)
    or a breadcrumb over the headline (``Example`` / ``Markets | Business |
    Economy`` / headline): a headline is never followed by a section name
    and a longer headline.
    """
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    text = lines[i].text
    words = bp.word_count(text)
    if (
        words > _MASTHEAD_MAX_WORDS
        or bp.ends_sentence(text)
        or bp.boilerplate_kind(text) is not None
        or not (
            _is_section_line(lines, i + 1) or _is_breadcrumb_over_headline(lines, i + 1)
        )
    ):
        return False
    headline_at = _headline_below(lines, i + 1)
    if headline_at is None:
        return False
    headline_words = bp.word_count(lines[headline_at].text)
    return headline_words >= max(_NAV_HEADLINE_MIN_WORDS, _NAV_RATIO * words)


def _is_breadcrumb_over_headline(lines: list[_Line], i: int) -> bool:
    """A breadcrumb (``Markets | Business | Economy``) right over a headline."""
    return (
        i + 1 < len(lines)
        and bp.parse_breadcrumb(lines[i].text) is not None
        and _is_headline(lines[i + 1].text, first_content=True)
        and _is_plain_line(lines[i + 1].text)
    )


# A site's tagline over its name has at most this many words.
_TAGLINE_MAX_WORDS = 12


def _is_tagline(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a site's tagline right over its
    masthead (``News and analysis for professionals`` / ``Example`` /
    ``Markets | Business``, then the headline): a headline is never
    followed in its block by a site's name over a section line.
    """
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and lines[i + 1].block == lines[i].block
        and bp.word_count(text) <= _TAGLINE_MAX_WORDS
        and not bp.ends_sentence(text)
        and _QUOTE_MARK.search(text) is None
        and bp.boilerplate_kind(text) is None
        and _is_masthead(lines, i + 1)
    )


# A page's navigation block (site name, sections, topic) over the headline:
# at least two lines of at most this many words, over a headline alone in its
# block with more words than any of them (and at least _NAV_HEADLINE_MIN_WORDS).
_NAV_BLOCK_LINE_MAX_WORDS = 8


def _is_nav_block(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` belongs to a block of navigation labels
    over the headline's own block (``Example News`` / ``Politics, Europe``,
    blank line, headline): the site name, the sections and a topic line
    (``Israel-Hamas war``, ``Day 418``) stand in one block of short lines, and
    the headline, longer than each of them, stands alone in the next block.
    A headline is never followed in its block by shorter labels and then by
    a longer headline alone.
    """
    block = _block_lines(lines, i)
    if len(block) < 2:
        return False
    after = block[-1] + 1
    if after >= len(lines) or (
        after + 1 < len(lines) and lines[after + 1].block == lines[after].block
    ):
        return False
    headline = lines[after].text
    headline_words = bp.word_count(headline)
    longest = max(_label_words(lines[j].text) for j in block)
    if (
        longest > _NAV_BLOCK_LINE_MAX_WORDS
        or headline_words < max(_NAV_HEADLINE_MIN_WORDS, longest + 1)
        or not _is_headline(headline, first_content=False)
        or not _is_plain_line(headline)
    ):
        return False
    return all(_is_nav_label(lines[j].text) for j in block)


def _label_words(text: str) -> int:
    """Words of a label, without lone dashes and bars (``Site - Tagline``)."""
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def _is_plain_line(text: str) -> bool:
    """A line that no leftover or caption rule claims."""
    return (
        bp.boilerplate_kind(text) is None
        and not bp.is_timestamp(text)
        and not bp.is_stamp_line(text)
        and not bp.is_header_line(text)
        and not bp.is_caption(text)
        and bp.parse_breadcrumb(text) is None
    )


def _is_nav_label(text: str) -> bool:
    """A short label of a navigation block: no sentence, no quote, no byline
    or stamp (``Strike ends`` / ``By Jane Doe`` is a headline and its byline)."""
    return (
        not bp.ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and _QUOTE_MARK.search(text) is None
        and not bp.is_timestamp(text)
        and not bp.is_stamp_line(text)
        and not bp.is_header_line(text)
        and not bp.is_bare_by(text)
        and not furniture.is_page_notice(text)
    )


# Lines below a site's name in which to look for the longer headline; a
# menu label of one or two words in between ("Subscribe", "Sign In",
# "Business") does not count, up to this many of them.
_SITE_HEADLINE_WINDOW = 4
_SITE_MENU_LABELS_MAX = 6
_MENU_LABEL_MAX_WORDS = 2
# "Example Times - News of the North": a site name and its tagline.
_SITE_TAGLINE = re.compile(r"\s+[|–—-]\s+")


def _is_site_line(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is the site's name over the headline: a
    known outlet or a brand the page names again (:mod:`whosaid.clean.masthead`),
    with a longer headline within the next lines (before any sentence; short
    menu labels in between do not count).
    ``Example Times`` over ``Floods force thousands from their homes`` is the
    masthead; a short headline the page never repeats stays the title.
    """
    text = lines[i].text
    if bp.boilerplate_kind(text) is not None or not all(
        masthead.is_name_shaped(part) for part in _SITE_TAGLINE.split(text)
    ):
        return False
    words = _label_words(text)
    counted = 0
    last = i + 1 + _SITE_HEADLINE_WINDOW + _SITE_MENU_LABELS_MAX
    for j in range(i + 1, min(len(lines), last)):
        if counted >= _SITE_HEADLINE_WINDOW:
            return False
        following = lines[j].text
        if bp.ends_sentence(following) and not bp.is_caption(following):
            return False
        if (
            bp.word_count(following) >= max(_NAV_HEADLINE_MIN_WORDS, words + 1)
            and _is_headline(following, first_content=False)
            and _is_plain_line(following)
        ):
            break
        if bp.word_count(following) > _MENU_LABEL_MAX_WORDS or not _is_nav_label(
            following
        ):
            counted += 1
    else:
        return False
    return masthead.is_site_name(
        text, [line.text for k, line in enumerate(lines) if k != i]
    )


# A site's menu over the headline: at least this many lines in a row in one
# block, each a label of at most this many words.
_MENU_MIN_LINES = 3
_MENU_LABEL_WORDS = 3


def _is_menu_run(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is one of a run of menu labels over the
    headline (``Markets`` / ``Economy`` / ``Real Estate`` / ``Watch Live``):
    three or more capitalised labels of at most three words, one a line in
    one block; a headline is never one of three such lines in a row.
    """
    if not _is_menu_label(lines[i].text):
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(lines)
            and lines[j].block == lines[i].block
            and _is_menu_label(lines[j].text)
        ):
            run += 1
            j += step
    return run >= _MENU_MIN_LINES


def _is_menu_label(text: str) -> bool:
    return (
        _label_words(text) <= _MENU_LABEL_WORDS
        and text[:1].isupper()
        and _is_nav_label(text)
        and _is_plain_line(text)
    )


def _is_label_over_notice(lines: list[_Line], i: int) -> bool:
    """Return whether ``lines[i]`` is a topic label over a page notice over
    the headline (``Winter fuel payment`` / ``This article is more than 2
    years old``, then the headline): a short label, the notice right under
    it in its block, and a headline at least twice as long after it.
    """
    j = i + 1
    if (
        j + 1 >= len(lines)
        or lines[j].block != lines[i].block
        or not furniture.is_page_notice(lines[j].text)
    ):
        return False
    text, headline = lines[i].text, lines[j + 1].text
    words = _label_words(text)
    return (
        words <= _NAV_MAX_WORDS
        and _is_nav_label(text)
        and _is_plain_line(text)
        and bp.word_count(headline) >= max(_NAV_HEADLINE_MIN_WORDS, _NAV_RATIO * words)
        and _is_headline(headline, first_content=True)
        and _is_plain_line(headline)
    )


def _is_wordmark(text: str) -> bool:
    """A site's name as its logo, alone on the page's first line: one word
    in lower case (``examplenews.``, ``newsdaily``); a word is no headline
    and no paragraph."""
    return bp.word_count(text) == 1 and text[0].islower() and text.rstrip(".").isalpha()


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
    """The section of the first breadcrumb or run of section lines.

    Of section lines one over the other (``News`` / ``India News``, ``Site``
    / ``Congress``) the last, next to the headline, is the narrowest.
    """
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == bp.SECTION:
            while i + 1 < len(labels) and labels[i + 1] == bp.SECTION:
                i += 1
            under = _breadcrumb_under(lines, labels, i)
            if under is not None:  # "Example" / "Markets | Business"
                return bp.breadcrumb_section(under)
            text = lines[i].text
            path = bp.section_path(text) or bp.section_list(text)
            slashed = tuple(part.strip() for part in text.split(" / "))
            if (
                path is None
                and len(slashed) > 1
                and all(map(bp.is_section_name, slashed))
            ):
                path = slashed  # "World / Asia" in a navigation block
            if path is None and bp.is_capitals_section(text):
                path = tuple(bp.parse_breadcrumb(text) or text.split(" / "))
            return bp.breadcrumb_section(path) if path else (text,)
        if label == bp.BREADCRUMB:
            segments = bp.parse_breadcrumb(line.text) or _titled_breadcrumb(lines, i)
            if segments is not None:
                return bp.breadcrumb_section(segments)
    return ()


def _breadcrumb_under(
    lines: list[_Line], labels: list[str], i: int
) -> tuple[str, ...] | None:
    """The segments of a breadcrumb right under a run of section lines."""
    if i + 1 >= len(lines) or labels[i + 1] != bp.BREADCRUMB:
        return None
    return bp.parse_breadcrumb(lines[i + 1].text)


def _mark_widget_neighbours(lines: list[_Line], labels: list[str]) -> None:
    """Label body lines that only make sense next to a widget line.

    A byline-like line right above or below a timestamp (or a dateline and
    stamp line, ``PARIS - Updated - May 2, 2024``), or under a bare ``By``,
    is a byline: a headline's standfirst ends the header, so the byline under
    it (``Staff Writer in Baku`` over ``Fri 22 Nov 2024 18.05 GMT``) was
    taken for body.  So is a bare stamp word next to a timestamp (``Edited``).
    A line of sharing words without a sharing trigger (``Save``) right under
    or over a share widget is part of it.
    """
    for i, line in enumerate(lines):
        if labels[i] != _BODY:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        stamped = any(
            labels[j] == bp.BYLINE
            and (bp.is_timestamp(lines[j].text) or bp.is_stamp_line(lines[j].text))
            for j in neighbours
        )
        if (
            (
                _is_credit(line.text)
                and (stamped or (i > 0 and bp.is_bare_by(lines[i - 1].text)))
            )
            or (stamped and bp.is_stamp_word(line.text))
            or _is_between_stamps(lines, labels, i)
        ):
            labels[i] = bp.BYLINE
        elif bp.is_share(line.text, trigger=False) and any(
            labels[j] == bp.SHARE for j in neighbours
        ):
            labels[i] = bp.SHARE


# A place line between two stamps has at most this many words.
_STAMPED_PLACE_MAX_WORDS = 8


def _is_between_stamps(lines: list[_Line], labels: list[str], i: int) -> bool:
    """A short line that ends no sentence between two stamp lines
    (``January 28, 2025`` / ``Example Press Briefing Room`` / ``1:03 P.M.
    EST``): where the words were spoken, part of the byline."""
    if not 0 < i < len(lines) - 1:
        return False
    text = lines[i].text
    return (
        bp.word_count(text) <= _STAMPED_PLACE_MAX_WORDS
        and not bp.ends_sentence(text)
        and _QUOTE_MARK.search(text) is None
        and all(
            labels[j] == bp.BYLINE
            and (bp.is_timestamp(lines[j].text) or bp.is_stamp_line(lines[j].text))
            for j in (i - 1, i + 1)
        )
    )


def _is_credit(text: str) -> bool:
    """A credit line: names and perhaps an outlet, or an outlet's staff
    (:func:`whosaid.clean.leftovers.is_staff_credit`)."""
    return bp.is_credit_line(text) or leftovers.is_staff_credit(text)


_PLACE_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w.'’-]*$")
"""A dateline's place alone on its line: one word in title case (``Ottawa``,
``Brasília``; not an agency in capitals such as ``EXAMPLEWIRE``)."""


def _mark_credit_runs(lines: list[_Line], labels: list[str]) -> None:
    """Label a run of credit lines in a byline's block as byline.

    ``Jane Doe`` / ``EXAMPLEWIRE`` / ``Paris`` / ``January 28, 2025``: the
    author, the agency and the dateline's place each stand on a line of
    their own; the line next to the timestamp is found by
    :func:`_mark_widget_neighbours`, the others only through it.  A credit
    line (:func:`whosaid.clean.boilerplate.is_credit_line`) joins when a
    byline line of the same block stands next to it, or beyond a dateline's
    place (:data:`_PLACE_LINE`), which itself stays in the body:
    it says where the story happens, as an inline dateline ("PARIS --")
    does.
    """
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if (
                labels[i] == _BODY
                and (_byline_beyond(lines, labels, i, -1)
                     or _byline_beyond(lines, labels, i, 1))
                and _PLACE_LINE.match(line.text) is None
                and _is_credit(line.text)
            ):  # fmt: skip
                labels[i] = bp.BYLINE
                changed = True


def _mark_header_credits(lines: list[_Line], labels: list[str]) -> None:
    """Label credit lines between the headline and the story as byline.

    ``Megan Darrow`` over ``Example News Online Producer``, ``Jane Roe and
    John Doe`` / ``Seoul and Singapore`` under the share buttons: names on
    lines of their own (:func:`_is_credit`) below the headline and above the
    first paragraph that ends a sentence are the writers and where they
    write from, even with no timestamp next to them.  A dateline's place
    alone (:data:`_PLACE_LINE`) stays in the body, as in
    :func:`_mark_credit_runs`.
    """
    title = next((i for i, lb in enumerate(labels) if lb == _TITLE), None)
    if title is None:
        return
    for i in range(title + 1, len(lines)):
        text = lines[i].text
        if labels[i] != _BODY:
            continue
        if bp.ends_sentence(text):
            return
        if _PLACE_LINE.match(text) is None and _is_credit(text):
            labels[i] = bp.BYLINE


def _byline_beyond(lines: list[_Line], labels: list[str], i: int, step: int) -> bool:
    """A byline or credit line next to ``lines[i]`` in its block, past
    dateline places."""
    j = i + step
    while (
        0 <= j < len(lines)
        and lines[j].block == lines[i].block
        and labels[j] == _BODY
        and _PLACE_LINE.match(lines[j].text) is not None
    ):
        j += step
    return (
        0 <= j < len(lines)
        and lines[j].block == lines[i].block
        and labels[j] in _BYLINE_KINDS
    )


_BYLINE_KINDS = frozenset({bp.BYLINE, bp.CREDIT})
"""A byline's block: the byline, or a credit such as the writer's title
(``Jane Roe`` over ``Political correspondent @JaneRoe``)."""


def _block_lines(lines: list[_Line], i: int) -> list[int]:
    """The indexes of the lines in the block of ``lines[i]``."""
    block = lines[i].block
    first = i
    while first > 0 and lines[first - 1].block == block:
        first -= 1
    last = i
    while last + 1 < len(lines) and lines[last + 1].block == block:
        last += 1
    return list(range(first, last + 1))


def _mark_media_captions(lines: list[_Line], labels: list[str]) -> None:
    """Label the rest of a media widget's block as its caption.

    ``Enlarge this image`` or ``video`` over one to three lines that end the
    block: those lines describe the image or the video (``Leader says talks
    will go on``, ``Jane Doe reports from the capital.``), they are not story.
    """
    for i, line in enumerate(lines):
        if not (chrome.is_media_widget(line.text) or furniture.opens_media(line.text)):
            continue
        rest = [j for j in _block_lines(lines, i) if j > i]
        if not rest or len(rest) > _MEDIA_CAPTION_MAX_LINES:
            continue
        for j in rest:
            if labels[j] == _BODY:
                labels[j] = _CAPTION


_CAPTION_UNDER_CREDIT_MAX_WORDS = 60


def _mark_credited_captions(lines: list[_Line], labels: list[str]) -> None:
    """Label a body line right above a bare photo credit as a caption.

    ``Leaders meet in the capital on Monday.`` over ``Jane Doe/Example
    News`` in one block: the credit says the line above is a caption; the
    credit line itself is a caption too.  A picture's labelled credit
    (``Image: Jane Roe/EXAMPLE``) over the last line of its block says that
    line is the caption.
    """
    for i in range(1, len(lines)):
        line = lines[i]
        if (
            line.block != lines[i - 1].block
            or labels[i] not in (_BODY, _CAPTION)
            or not bp.is_credit_only(line.text)
        ):
            continue
        labels[i] = _CAPTION
        if labels[i - 1] == _BODY:
            labels[i - 1] = _CAPTION
    for i in range(len(lines) - 1):
        j = i + 1
        if (
            furniture.is_picture_label(lines[i].text)
            and labels[j] == _BODY
            and lines[j].block == lines[i].block
            and _block_lines(lines, i)[-1] == j
            and bp.word_count(lines[j].text) <= _CAPTION_UNDER_CREDIT_MAX_WORDS
        ):
            labels[j] = _CAPTION


def _mark_boxes(lines: list[_Line], labels: list[str]) -> None:
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
            bp.word_count(lines[j].text) > _BOX_LINE_MAX_WORDS
            or _QUOTE_MARK.search(lines[j].text) is not None
            for j in block
        ):
            continue
        for j in block:
            if labels[j] in (_BODY, _CAPTION):
                labels[j] = bp.SITE_FOOTER


_SIGN_UP = re.compile(
    r"\b(?:newsletters?|sign\s+up|subscribe|join\s+our)\b", re.IGNORECASE
)
_PITCH_MAX_WORDS: Final = 16
_PITCH_REACH: Final = 2


def _mark_sign_up_pitches(lines: list[_Line], labels: list[str]) -> None:
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
                and labels[j] == _BODY
                and bp.word_count(lines[j].text) <= _PITCH_MAX_WORDS
                and not bp.ends_sentence(lines[j].text)
            ):
                labels[j] = bp.SITE_FOOTER
                j += step


def _box_lines(lines: list[_Line], labels: list[str], i: int) -> list[int]:
    """The lines of line ``i``'s block up to the leftovers already found
    around it: ``Support Independent Journalism`` and the outlet's line
    under it end where a ``Tags`` list begins in the same block."""
    block = _block_lines(lines, i)
    k = block.index(i)
    lo, hi = k, k
    while lo > 0 and labels[block[lo - 1]] not in bp.BOILERPLATE_KINDS:
        lo -= 1
    while hi + 1 < len(block) and labels[block[hi + 1]] not in bp.BOILERPLATE_KINDS:
        hi += 1
    return block[lo : hi + 1]


def _mark_lone_lines(lines: list[_Line], labels: list[str]) -> None:
    """Label a leftover line that stands alone in a block of the body.

    ``By Jane Doe Example News`` alone is a byline; a headline in capitals
    (``LEADER SAYS TALKS WILL GO ON``) between paragraphs in normal case is
    a link to another story.
    """
    sizes = Counter(line.block for line in lines)
    for i, line in enumerate(lines):
        if labels[i] != _BODY or sizes[line.block] != 1:
            continue
        if _is_lone_byline(line.text):
            labels[i] = bp.BYLINE
        elif chrome.is_capitals_headline(line.text) and not any(
            chrome.is_capitals_headline(lines[j].text)
            for j in (i - 1, i + 1)
            if 0 <= j < len(lines)
        ):
            labels[i] = bp.LINK_BLOCK


# A run of linked headlines without a marker: at least this many lines of
# this many words or more.
_RUN_MIN_LINES = 2
_RUN_LINE_MIN_WORDS = 4


def _mark_headline_runs(lines: list[_Line], labels: list[str]) -> None:
    """Label a block of headlines between body paragraphs as a link block.

    ``Leader says talks will go on`` / ``Port reopens, says operator``: two
    or more lines in a block of their own (perhaps under a short heading such
    as ``In other news``), each a headline (four to twenty words, no sentence
    end, no quote marks, no bullet), after the first body paragraph.  A
    paragraph ends with a sentence, even a hard-wrapped one; a subheading
    stands alone; a list after a colon belongs to its sentence.
    """
    first_body = next((i for i, lb in enumerate(labels) if lb == _BODY), None)
    if first_body is None:
        return
    done: set[int] = set()
    for i in range(first_body + 1, len(lines)):
        if lines[i].block in done or lines[i].block == lines[first_body].block:
            continue
        done.add(lines[i].block)
        block = _block_lines(lines, i)
        # An unknown heading may head the run: "In other news", "Trending".
        heading = block[0] if _is_run_heading(lines[block[0]].text) else None
        run = [j for j in block if j != heading]
        if (
            len(run) < _RUN_MIN_LINES
            or labels[block[0]] != _BODY
            # "Its demands were:" over the list: the list is the sentence's.
            or lines[block[0] - 1].text.endswith(":")
        ):
            continue
        if all(
            labels[j] == _BODY
            and bp.word_count(lines[j].text) >= _RUN_LINE_MIN_WORDS
            and _BULLET.match(lines[j].text) is None
            and _is_link_headline(lines[j].text)
            for j in run
        ):
            for j in block:
                labels[j] = bp.LINK_BLOCK


def _is_run_heading(text: str) -> bool:
    """A short heading over a run of headlines: at most three words, no
    sentence end, no quote marks."""
    return (
        bp.word_count(text) <= _MARKER_MAX_WORDS
        and not bp.ends_sentence(text)
        and not text.endswith((":", ";", ","))
        and _QUOTE_MARK.search(text) is None
    )


def _is_lone_byline(text: str) -> bool:
    """``By`` and a capitalised name: ``By Jane Doe Example News``."""
    return (
        bp.word_count(text) <= _LONE_BYLINE_MAX_WORDS
        and text[:3].lower() == "by "
        and text[3:4].isupper()
        and bp.is_header_line(text)
    )


def _trim_end_marks(lines: list[_Line], labels: list[str]) -> list[Boilerplate]:
    """Cut an end mark glued to a body line (``... he said. Enditem``) off it.

    The line is shortened in ``lines``; the mark is returned as site footer.
    """
    marks: list[Boilerplate] = []
    for i, line in enumerate(lines):
        if labels[i] != _BODY:
            continue
        at = chrome.trailing_end_mark(line.text)
        if at is None:
            continue
        kept = line.text[:at].rstrip()
        lines[i] = _Line(line.start, line.start + len(kept), kept, line.block)
        marks.append(
            Boilerplate(
                start=line.start + at,
                end=line.end,
                text=line.text[at:],
                kind=bp.SITE_FOOTER,
            )
        )
    return marks


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
        bare = bp.is_bare_link_marker(line.text)
        if not (
            line.text.endswith(":")
            or bp.word_count(line.text) <= _MARKER_MAX_WORDS
            or bp.is_topic_marker(line.text)
            or bare
        ):
            continue
        # "Related stories" and "More on this:" head linked headlines, longer
        # than link labels ("Related: Example" is a label).
        bare_heading = bare or (
            not line.text.endswith(":")
            and bp.word_count(line.text) <= _MARKER_MAX_WORDS
        )
        j = i + 1
        while (
            j < len(lines)
            and lines[j].block == line.block
            and labels[j] == _BODY
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
                and labels[j] == _BODY
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


def _mark_teasers(lines: list[_Line], labels: list[str]) -> None:
    """Label as link block a body line that opens with a story kind and a
    bar (:data:`_TEASER`) after the first body paragraph (at the top, "Opinion
    | ..." may be the page's own title) and reads as a headline."""
    seen_body = False
    for i, line in enumerate(lines):
        if labels[i] != _BODY:
            continue
        if seen_body and _TEASER.match(line.text) and _ends_like_headline(line.text):
            labels[i] = bp.LINK_BLOCK
        seen_body = True


def _is_link_line(text: str) -> bool:
    return _BULLET.match(text) is not None or (
        bp.word_count(text) <= bp.SHORT_LINE_WORDS and _ends_like_headline(text)
    )


def _is_link_headline(text: str) -> bool:
    """A linked headline: short, not a sentence (a question may be one: ``Who
    are the rebels?``), no quote marks, no colon end."""
    if _BULLET.match(text) is not None:
        return True
    return (
        bp.word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and _ends_like_headline(text)
        and not text.endswith((":", ";", ","))
        and _QUOTE_MARK.search(text) is None
    )


def _is_titled_link(text: str) -> bool:
    """A linked headline in Headline Case, even with full stops (``Tolls Are
    Coming. Here's What to Know.``): no quote marks, at most
    :data:`_LINK_HEADLINE_MAX_WORDS` words, and most long words capitalised
    (a sentence is in sentence case)."""
    long_words = _LONG_WORD.findall(text)
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return (
        bp.word_count(text) <= _LINK_HEADLINE_MAX_WORDS
        and _QUOTE_MARK.search(text) is None
        and len(long_words) >= _HEADLINE_CASE_MIN_WORDS
        and capitalised >= _HEADLINE_CASE_SHARE * len(long_words)
    )


def _ends_like_headline(text: str) -> bool:
    """No sentence end, or a question mark (headlines ask questions)."""
    return not bp.ends_sentence(text) or text.endswith("?")


def _mark_list_widget(lines: list[_Line], labels: list[str], start: int) -> None:
    """Label the lines of a ``list of N items`` widget up to ``end of list``."""
    for j in range(start + 1, len(lines)):
        if lines[j].block != lines[start].block:
            return
        if labels[j] == _BODY:
            labels[j] = bp.LINK_BLOCK
        if bp.is_list_widget(lines[j].text) == "close":
            return


def _mark_author_bios(lines: list[_Line], labels: list[str]) -> None:
    """Label the writers' notes ending the story as credit.

    ``Jane Roe covers technology policy for The Example Post.`` / ``John
    Doe is a technology reporter.`` (:func:`whosaid.clean.furniture.is_author_bio`):
    only the last body lines, so a story about a reporter keeps its lines.
    """
    bios: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if labels[i] != _BODY:
            continue
        if not furniture.is_author_bio(lines[i].text):
            # a story above them: a text of bios alone keeps its lines
            for j in bios:
                labels[j] = bp.CREDIT
            return
        bios.append(i)


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
            or leftovers.is_wire_credit(text)
            or (
                seen_footer
                and bp.word_count(text) <= _TAIL_MAX_WORDS
                and not bp.ends_sentence(text)
            )
        ):
            labels[i] = bp.SITE_FOOTER
            seen_footer = True
    # a box's heading right over its footer line ("Example Business Today"
    # over "Sign up to receive ...")
    for i in range(len(lines) - 2, last_body, -1):
        text = lines[i].text
        if (
            labels[i] == _BODY
            and labels[i + 1] in bp.BOILERPLATE_KINDS
            and lines[i + 1].block == lines[i].block
            and bp.word_count(text) <= _TAIL_MAX_WORDS
            and not bp.ends_sentence(text)
        ):
            labels[i] = bp.SITE_FOOTER


_TOPIC_HEADING = re.compile(
    r"^(?:tags?|topics?|tagged\s+with|filed\s+under|keywords?|related\s+topics)"
    r"\s*:?$",
    re.IGNORECASE,
)
_TOPIC_TAIL_MAX_WORDS = 25
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells)\b")


def _mark_topic_tails(lines: list[_Line], labels: list[str]) -> None:
    """Label what follows a topic list's heading at the page's end as site
    footer.

    ``Topics :`` over the topic names, then perhaps a reader box (``Your
    Opinion`` / ``Share your experiences ... We're here to listen.``): no
    story goes on below the topic list.  Only when every body line below
    the heading is short (at most :data:`_TOPIC_TAIL_MAX_WORDS` words) and
    quotes or reports no one.
    """
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        if labels[i] == _BODY:
            if (
                bp.word_count(text) > _TOPIC_TAIL_MAX_WORDS
                or _QUOTE_MARK.search(text) is not None
                or _SPEECH_WORD.search(text) is not None
            ):
                return
        elif _TOPIC_HEADING.match(text) is not None:
            for j in range(i + 1, len(lines)):
                if labels[j] == _BODY:
                    labels[j] = bp.SITE_FOOTER
            return


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
