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
   anywhere, and so is a row of market figures (a ticker strip or a quote
   box, :mod:`whosaid.clean.figures`); a site's name in capitals ending in a
   full stop over such furniture is no title.
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
   line's short pitch; short lines under an ad label in a short block are
   the ad; ``By Jane Doe`` alone in a block is a byline and a
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
   non-sentence lines (``Press TV News Roku``), dated headlines of a news
   list (``06/24 Example shares fall, says report``) and navigation lines
   are site footer.
4. A learned screen (:mod:`whosaid.clean.line_model`, plain text only) asks
   a small logistic regression over each remaining body line's shape, place
   and neighbours whether it is page furniture no rule named (a caption
   without a credit, ``Have your say``, ``5 min 12 sec``); lines that may
   carry an attribution (quotation marks, speech verbs, transcript turns,
   hard-wrapped lines, list items) always stay body.
5. Consecutive body lines of a block are one paragraph when the block looks
   hard-wrapped, else each line is a paragraph.

If no body is left, an auto-detected title goes back to the body; if there is
still none, a ``clean.no_body`` warning is added.

:func:`analyze_layout` runs the passes; each lives in a module of its own,
over the :class:`~whosaid.clean.layout_lines.Line` records:

* :mod:`.layout_lines`: lines, blocks, labels, and the shared line tests
  (headline, plain line, navigation label);
* :mod:`.layout_labels`: pass 1's label of each line, with the header rules
  of :mod:`.layout_header` (section lines, mastheads, taglines) and
  :mod:`.layout_menus` (site names, menus, navigation blocks);
* :mod:`.layout_bylines`, :mod:`.layout_widgets`, :mod:`.layout_links`,
  :mod:`.layout_footers`: the rules over neighbouring lines (bylines;
  captions and sign-up boxes; link blocks; end marks, bios and footers);
* :func:`rule_layout` runs passes 1 to 3, :mod:`.line_model` pass 4.

The one-line recognisers they ask are in :mod:`whosaid.clean.boilerplate` and
the modules it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from whosaid.clean import boilerplate as bp
from whosaid.clean import masthead
from whosaid.clean.layout_bylines import (
    mark_credit_runs,
    mark_header_credits,
    mark_lone_lines,
    mark_widget_neighbours,
)
from whosaid.clean.layout_footers import (
    mark_author_bios,
    mark_tail_footers,
    mark_topic_tails,
    trim_end_marks,
)
from whosaid.clean.layout_header import page_section
from whosaid.clean.layout_labels import label_lines
from whosaid.clean.layout_lines import BODY, CAPTION, TITLE, Line, split_lines
from whosaid.clean.layout_links import (
    extend_link_blocks,
    mark_headline_runs,
    mark_teasers,
)
from whosaid.clean.layout_widgets import (
    mark_ad_boxes,
    mark_boxes,
    mark_credited_captions,
    mark_media_captions,
    mark_named_captions,
    mark_sign_up_pitches,
)
from whosaid.clean.line_model import mark_furniture_lines
from whosaid.clean.line_shape import ends_sentence
from whosaid.records import Boilerplate, CleanArticle, RawArticle, Span

__all__ = [
    "NO_BODY_WARNING",
    "Layout",
    "RuledLayout",
    "analyze_layout",
    "clean_text",
    "rule_layout",
]

NO_BODY_WARNING: Final = "clean.no_body: no article body paragraph was found"


# A body line is a wrapped line (of a hard-wrapped paragraph) when it does not
# end a sentence and is at least this long, absolutely and relative to the
# longest line of its run; a run is wrapped when half its lines are.
_WRAP_MIN_CHARS = 30
_WRAP_MIN_SHARE = 0.6


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
    screen_lines: bool = True,
) -> Layout:
    """Find the title, body paragraphs, captions and leftovers of ``text``.

    Args:
        text: The whole text; all offsets index it.
        start: Analyse only ``text[start:]`` (what precedes it is the title).
        title: A title already known (e.g. from HTML metadata); returned as is.
        find_title: Look for a title line when ``title`` is None.
        join_wrapped: Join hard-wrapped lines into one paragraph; off for text
            that has one paragraph per line.
        screen_lines: After the rules, ask the learned line model
            (:mod:`whosaid.clean.line_model`) which body lines are page
            furniture; off for text that trafilatura already extracted.

    Returns:
        The layout; spans are stripped of surrounding whitespace.
    """
    ruled = rule_layout(text, start=start, find_title=find_title and title is None)
    lines, labels = ruled.lines, ruled.labels
    if screen_lines:
        mark_furniture_lines(lines, labels)
    warnings: list[str] = []
    if BODY not in labels:
        # A lone headline-like line is the article, not its title.
        labels = [BODY if label == TITLE else label for label in labels]
        if BODY not in labels:
            warnings.append(NO_BODY_WARNING)
    found_title = next(
        (Span.of(text, ln.start, ln.end) for ln, lb in zip(lines, labels, strict=True)
         if lb == TITLE),
        None,
    )  # fmt: skip
    site_marks: list[Boilerplate] = []
    if found_title is not None:
        found_title, site_marks = _split_site_title(text, lines, found_title)
    return Layout(
        title=title if title is not None else found_title,
        section=ruled.section,
        body=tuple(_paragraphs(text, lines, labels, join_wrapped=join_wrapped)),
        captions=tuple(
            Span.of(text, ln.start, ln.end)
            for ln, lb in zip(lines, labels, strict=True)
            if lb == CAPTION
        ),
        boilerplate=tuple(
            sorted(
                [
                    *(
                        Boilerplate(start=ln.start, end=ln.end, text=ln.text, kind=lb)
                        for ln, lb in zip(lines, labels, strict=True)
                        if lb in bp.BOILERPLATE_KINDS
                    ),
                    *ruled.end_marks,
                    *site_marks,
                ],
                key=lambda item: item.start,
            )
        ),
        warnings=tuple(warnings),
    )


@dataclass(frozen=True, slots=True)
class RuledLayout:
    """The lines of a text with the labels the layout rules gave them."""

    lines: list[Line]
    labels: list[str]
    section: tuple[str, ...]
    end_marks: list[Boilerplate]


def rule_layout(text: str, *, start: int = 0, find_title: bool = True) -> RuledLayout:
    """Run the rule passes (1 to 3 of the module docstring) over ``text[start:]``.

    The learned line model is trained on, and applied to, what they leave.
    """
    lines = split_lines(text, start)
    labels = label_lines(lines, find_title=find_title)
    section = page_section(lines, labels)
    mark_widget_neighbours(lines, labels)
    mark_credit_runs(lines, labels)
    mark_header_credits(lines, labels)
    mark_media_captions(lines, labels)
    mark_credited_captions(lines, labels)
    mark_named_captions(lines, labels)
    mark_boxes(lines, labels)
    mark_ad_boxes(lines, labels)
    mark_sign_up_pitches(lines, labels)
    mark_lone_lines(lines, labels)
    mark_headline_runs(lines, labels)
    extend_link_blocks(lines, labels)
    mark_teasers(lines, labels)
    mark_author_bios(lines, labels)
    mark_tail_footers(lines, labels)
    mark_topic_tails(lines, labels)
    end_marks = trim_end_marks(lines, labels)
    return RuledLayout(lines=lines, labels=labels, section=section, end_marks=end_marks)


def _split_site_title(
    text: str, lines: list[Line], title: Span
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


def _paragraphs(
    text: str, lines: list[Line], labels: list[str], *, join_wrapped: bool
) -> list[Span]:
    runs: list[list[Line]] = []
    previous = -2
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label != BODY:
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


def _looks_wrapped(run: list[Line]) -> bool:
    if len(run) < 2:
        return False
    longest = max(len(line.text) for line in run)
    inner = run[:-1]
    wrapped = sum(
        1
        for line in inner
        if not ends_sentence(line.text)
        and len(line.text) >= max(_WRAP_MIN_CHARS, _WRAP_MIN_SHARE * longest)
    )
    return 2 * wrapped >= len(inner)
