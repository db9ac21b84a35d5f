"""A small bar chart of quotes per month, as inline SVG made on the server."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["timeline_svg"]

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
