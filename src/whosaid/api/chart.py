"""Small bar charts as inline SVG made on the server: quotes per month, dyads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from whosaid.api.data import DyadPoint

__all__ = ["dyad_svg", "timeline_svg"]

WIDTH = 640
HEIGHT = 170
_LEFT = 34
_RIGHT = 8
_TOP = 12
_BOTTOM = 30


def timeline_svg(
    timeline: Sequence[tuple[str, int]], *, label: str = "quotes"
) -> Markup:
    """Bars of ``(YYYY-MM, count)`` pairs; an empty chart says there is no date.

    Each bar has a ``<title>`` (shown on hover) with its month and count.
    """
    if not timeline:
        return Markup('<p class="ws-muted">No dated quotes to chart.</p>')
    peak = max(count for _, count in timeline) or 1
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HEIGHT - _TOP - _BOTTOM
    step = plot_w / len(timeline)
    bar_w = max(step * 0.8, 1.0)
    every = max(1, round(len(timeline) / 8))
    parts = [
        f'<svg class="ws-chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(label.capitalize())} per month</title>",
        f'<line class="ws-axis" x1="{_LEFT}" y1="{_TOP + plot_h}" '
        f'x2="{WIDTH - _RIGHT}" y2="{_TOP + plot_h}"/>',
        f'<text class="ws-tick" x="{_LEFT - 4}" y="{_TOP + 4}" '
        f'text-anchor="end">{peak}</text>',
        f'<text class="ws-tick" x="{_LEFT - 4}" y="{_TOP + plot_h}" '
        'text-anchor="end">0</text>',
    ]
    for i, (month, count) in enumerate(timeline):
        h = plot_h * count / peak
        x = _LEFT + i * step + (step - bar_w) / 2
        y = _TOP + plot_h - h
        parts.append(
            f'<rect class="ws-bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
            f'height="{h:.1f}" data-month="{escape(month)}" data-count="{count}">'
            f"<title>{escape(month)}: {count} {escape(label)}</title></rect>"
        )
        if i % every == 0 or i == len(timeline) - 1:
            parts.append(
                f'<text class="ws-tick" x="{_LEFT + i * step + step / 2:.1f}" '
                f'y="{HEIGHT - 10}" text-anchor="middle">{escape(month)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def dyad_svg(points: Sequence[DyadPoint], *, label: str = "") -> Markup:
    """Cooperation above the axis, conflict below, one pair of bars per period.

    Bars count events (quad classes 1-2 up, 3-4 down); each bar's ``<title>``
    gives the period, both counts and the Goldstein sum and mean.
    """
    if not points:
        return Markup('<p class="ws-muted">No dated events to chart.</p>')
    peak = max(max(p.cooperation, p.conflict) for p in points) or 1
    plot_w = WIDTH - _LEFT - _RIGHT
    half = (HEIGHT - _TOP - _BOTTOM) / 2
    axis_y = _TOP + half
    step = plot_w / len(points)
    bar_w = max(step * 0.8, 1.0)
    every = max(1, round(len(points) / 8))
    caption = f"Cooperation and conflict per period{': ' + label if label else ''}"
    parts = [
        f'<svg class="ws-chart ws-dyad-chart" role="img" viewBox="0 0 {WIDTH} '
        f'{HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(caption)}</title>",
        f'<line class="ws-axis" x1="{_LEFT}" y1="{axis_y:.1f}" '
        f'x2="{WIDTH - _RIGHT}" y2="{axis_y:.1f}"/>',
        f'<text class="ws-tick" x="{_LEFT - 4}" y="{_TOP + 4}" '
        f'text-anchor="end">+{peak}</text>',
        f'<text class="ws-tick" x="{_LEFT - 4}" y="{_TOP + 2 * half}" '
        f'text-anchor="end">-{peak}</text>',
    ]
    for i, p in enumerate(points):
        x = _LEFT + i * step + (step - bar_w) / 2
        hint = escape(
            f"{p.period}: {p.cooperation} cooperation, {p.conflict} conflict; "
            f"Goldstein sum {p.goldstein_sum:+.1f}, mean {p.goldstein_mean:+.2f}"
        )
        up = half * p.cooperation / peak
        down = half * p.conflict / peak
        data = f'data-period="{escape(p.period)}"'
        parts.append(
            f'<rect class="ws-bar ws-coop" x="{x:.1f}" y="{axis_y - up:.1f}" '
            f'width="{bar_w:.1f}" height="{up:.1f}" {data} '
            f'data-count="{p.cooperation}"><title>{hint}</title></rect>'
        )
        parts.append(
            f'<rect class="ws-bar ws-conflict" x="{x:.1f}" y="{axis_y:.1f}" '
            f'width="{bar_w:.1f}" height="{down:.1f}" {data} '
            f'data-count="{p.conflict}"><title>{hint}</title></rect>'
        )
        if i % every == 0 or i == len(points) - 1:
            parts.append(
                f'<text class="ws-tick" x="{_LEFT + i * step + step / 2:.1f}" '
                f'y="{HEIGHT - 10}" text-anchor="middle">{escape(p.period)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
