"""A story's coverage timeline as an inline SVG stacked bar chart: articles per day by outlet.

One bar per day from the story's first to its last day, one coloured segment (a "mark") per
outlet that published on that day, so there is one mark per data point (day, outlet, count).
The geometry is computed here; ``templates/report.html.j2`` writes it out as SVG.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

# Okabe–Ito and Tableau colours: distinguishable with the common colour vision deficiencies.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
    "#D55E00", "#F0E442", "#000000", "#8C564B", "#7F7F7F",
)  # fmt: skip
WIDTH, HEIGHT = 400, 160  # a phone's width: the labels stay legible when it scales down
LEFT, RIGHT, TOP, BOTTOM = 28, 8, 10, 24  # margins for the axis labels
MAX_BAR_WIDTH = 40


@dataclass
class Mark:
    """One data point: ``count`` articles of ``outlet`` on ``day``, as a rectangle."""

    day: date
    outlet: str
    count: int
    x: float
    y: float
    width: float
    height: float
    color: str


@dataclass
class Timeline:
    """The chart of one story: its marks, axis labels and legend."""

    marks: list[Mark] = field(default_factory=list)
    day_labels: list[tuple[float, str]] = field(default_factory=list)  # (x, "09-05")
    top_count: int = 0
    legend: list[tuple[str, str]] = field(default_factory=list)  # (outlet, colour)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def outlet_colors(outlets: list[str]) -> dict[str, str]:
    """A colour per outlet, in the order given (colours repeat after ten outlets)."""
    return {outlet: PALETTE[n % len(PALETTE)] for n, outlet in enumerate(outlets)}


def every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def label_every(days: int) -> int:
    """Label every n-th day so that at most about eight labels fit."""
    return max(1, -(-days // 8))


def timeline(counts: dict[tuple[date, str], int]) -> Timeline:
    """The chart of ``counts`` (articles per (day, outlet)); outlets stack by first day."""
    if not counts:
        return Timeline()
    days = every_day(min(d for d, _ in counts), max(d for d, _ in counts))
    outlets = sorted({o for _, o in counts}, key=lambda o: (min(d for d, p in counts if p == o), o))
    colors = outlet_colors(outlets)
    totals = {day: sum(n for (d, _), n in counts.items() if d == day) for day in days}
    top_count = max(totals.values())
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_width / len(days)
    bar = min(slot * 0.8, MAX_BAR_WIDTH)
    chart = Timeline(top_count=top_count, legend=list(colors.items()))
    for index, day in enumerate(days):
        x = LEFT + index * slot + (slot - bar) / 2
        base = HEIGHT - BOTTOM
        for outlet in outlets:
            count = counts.get((day, outlet), 0)
            if not count:
                continue
            height = plot_height * count / top_count
            base -= height
            chart.marks.append(Mark(day, outlet, count, x, base, bar, height, colors[outlet]))
        if index % label_every(len(days)) == 0:
            chart.day_labels.append((x + bar / 2, day.strftime("%m-%d")))
    return chart
