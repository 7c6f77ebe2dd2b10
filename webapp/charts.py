"""Charts as plain SVG markup (no JavaScript), with text labels so no value is shown by colour alone."""
from __future__ import annotations

import zlib
from collections.abc import Sequence

from markupsafe import Markup, escape


def bar_chart(
    labels: Sequence[str], values: Sequence[float | None], *, title: str, unit: str = "",
    max_value: float | None = None, width: int = 640, bar_height: int = 22,
) -> Markup:
    """A horizontal bar chart: one labelled bar per value, the value written at the bar's end."""
    top = max_value or max([v or 0 for v in values] + [1])
    label_w, gap = 120, 6
    plot_w = width - label_w - 60
    height = len(values) * (bar_height + gap) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="t-{zlib.crc32(title.encode())}">'
        f'<title id="t-{zlib.crc32(title.encode())}">{escape(title)}</title>'
    ]
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        y = 5 + i * (bar_height + gap)
        w = 0 if v is None else max(1.0, plot_w * v / top) if v else 0
        text = "–" if v is None else f"{v:g}{unit}"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" '
            f'font-size="13" fill="#1a1a1a">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="#1f5fa8"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_height * 0.7:.1f}" font-size="13" '
            f'fill="#1a1a1a">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(labels: Sequence[str], values: Sequence[int], *, title: str, width: int = 640,
                 height: int = 220) -> Markup:
    """A vertical column chart (the score distribution), counts written above the columns."""
    top = max(list(values) + [1])
    n = len(values)
    left, bottom = 10, 40
    col_w = (width - 2 * left) / n
    plot_h = height - bottom - 20
    tid = f"t-{zlib.crc32(title.encode())}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="{tid}"><title id="{tid}">{escape(title)}</title>'
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" stroke="#1a1a1a"/>'
    ]
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        h = plot_h * v / top
        x = left + i * col_w
        y = height - bottom - h
        parts.append(
            f'<rect x="{x + 4:.1f}" y="{y:.1f}" width="{col_w - 8:.1f}" height="{h:.1f}" fill="#1f5fa8"/>'
            f'<text x="{x + col_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="13" '
            f'fill="#1a1a1a">{v}</text>'
            f'<text x="{x + col_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" font-size="11" '
            f'fill="#1a1a1a">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
