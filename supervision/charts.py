"""Accessible, server-rendered SVG charts for the supervisor workspace.

Pure functions: they take plain Python data (never querysets) and return a chart object whose ``kind``
tells the one include which drawing to use::

    {% include "supervision/includes/chart.html" with chart=chart %}

Pages that show a chart link ``supervision/charts.css``. No JavaScript and no inline styles: the SVG
uses presentation attributes (fill, stroke, stroke-dasharray) and classes from that file, so it keeps
working under a Content-Security-Policy without ``'unsafe-inline'``.

Every chart except the mini histogram renders as a ``<figure>``: the title as ``<figcaption>``, the
SVG (``role="img"``, labelled by its ``<title>`` and a one-sentence ``<desc>`` computed from the data)
and the same numbers in a real ``<table>`` inside ``<details>``. Lines differ by colour, dash pattern
and point marker, and carry direct labels at their ends besides a legend that shows the pattern.
Colours reach at least 3:1 against white; text in the SVG is at least 12 user units high.

All coordinates are in viewBox units; the SVG is 100 % wide and scales with the page. The charts are drawn
for a narrow box (``CHART_WIDTH`` units) so that one drawing serves every screen: on a phone, where a chart
is about 335 px wide, text of 14 units still renders at 11 px; ``charts.css`` caps a chart's width so that
the same text is about 17 px on a wide screen. Labels that do not fit side by side are turned (histogram
bins), shortened (line ends) or set above their bar (bar chart) rather than made smaller.
"""

from __future__ import annotations

import datetime
import itertools
import math
import textwrap
from dataclasses import dataclass, field
from typing import ClassVar

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FONT = 14  # tick labels, values and titles, in viewBox units; never below 12
CHART_WIDTH = 420  # every chart but the mini histogram; see the module's docstring
LINE_GAP = 16  # between wrapped lines of text
CHAR_W = 0.62  # generous average glyph width as a share of the font size (digits in DejaVu Sans: 0.64)

INK = "#1b2428"  # text: 15:1 on white
MUTED = "#4a5a60"  # axes and secondary text: 7.2:1 on white
GRID = "#d5dcdf"  # gridlines only (not needed to read a value, the table and labels carry them)
TRACK = "#e3f0f1"  # the empty part of a horizontal bar (decorative)
BAR = "#1d5c63"  # bars: 7.6:1 on white, 6.5:1 on the track

# One style per series: colour (all at least 5:1 on white), dash pattern and point marker, so two lines
# never differ by colour alone.
SERIES_COLOURS = ["#1d5c63", "#9a3f2b", "#4b3f8f", "#8a5a00", "#b0006d", "#1a4f8b"]
SERIES_DASHES = ["none", "10 5", "3 4", "14 4 3 4", "3 4 3 10", "14 4 3 4 3 4"]
# Marker outlines around (0, 0), about 11 units across.
SERIES_MARKERS = [
    "M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z",  # circle
    "M-4.5,-4.5h9v9h-9Z",  # square
    "M0,-6L5.5,4L-5.5,4Z",  # triangle
    "M0,-6.5L6,0L0,6.5L-6,0Z",  # diamond
    "M0,6L5.5,-4L-5.5,-4Z",  # triangle pointing down
    "M-2,-6h4v4h4v4h-4v4h-4v-4h-4v-4h4Z",  # plus
]

_ids = itertools.count(1)


def _new_id():
    """An id unique within the process, so several charts on one page never share ids."""
    return f"chart-{next(_ids)}"


# ---------------------------------------------------------------------------------------------------
# The objects the template renders
# ---------------------------------------------------------------------------------------------------


@dataclass
class TableRow:
    header: str
    cells: list[str]
    datetime: str = ""  # ISO date when the header is a date (rendered as <time datetime>)


@dataclass
class Table:
    caption: str
    headers: list[str]  # the first heads the column of row headers
    rows: list[TableRow]
    numeric_columns: int = 1000  # how many data columns, from the left, hold numbers (the rest: notes)


@dataclass
class Text:
    x: float
    y: float
    text: str
    anchor: str = "middle"
    rotate: float = 0  # degrees, about (x, y); negative turns the text anticlockwise


@dataclass
class Tick:
    label: str
    pos: float  # y for a value axis, x for a category or time axis
    lines: list[Text] = field(default_factory=list)


@dataclass
class Plot:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self):
        return self.left + self.width

    @property
    def bottom(self):
        return self.top + self.height

    @property
    def tick_end(self):
        """Where the short tick marks below the X axis end."""
        return self.bottom + 5


@dataclass(kw_only=True)
class Chart:
    kind: str  # "line", "histogram", "bar" or "mini_histogram"
    id: str
    title: str
    desc: str  # one plain-language sentence, the SVG's <desc>
    empty: bool  # nothing to draw: the include shows "No data yet"
    table: Table | None = None  # the numbers behind the chart, or None
    width: float = 560  # viewBox
    height: float = 300

    # The palette, for the templates.
    ink: ClassVar[str] = INK
    muted: ClassVar[str] = MUTED
    grid: ClassVar[str] = GRID
    track: ClassVar[str] = TRACK
    bar_colour: ClassVar[str] = BAR
    font_size: ClassVar[int] = FONT

    @property
    def title_id(self):
        return f"{self.id}-title"

    @property
    def desc_id(self):
        return f"{self.id}-desc"

    @property
    def view_box(self):
        return f"0 0 {_n(self.width)} {_n(self.height)}"


@dataclass
class LinePoint:
    x: float
    y: float
    date: datetime.date
    value: float
    title: str  # tooltip, e.g. "Autumn MBT, 20 Nov 2026: 62 %"
    marked: bool = True  # drawn with a marker (long series are thinned)


@dataclass
class LineSeries:
    label: str
    colour: str
    dasharray: str  # "none" for a solid line
    marker: str  # SVG path around (0, 0)
    points: list[LinePoint]
    path: str  # polyline points, "" when fewer than two points
    end_label: Text | None = None  # direct label at the line's end (truncated; the table has it whole)

    @property
    def marked_points(self):
        return [p for p in self.points if p.marked]


@dataclass(kw_only=True)
class LineChart(Chart):
    plot: Plot
    series: list[LineSeries]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    y_label: Text | None = None
    x_label: Text | None = None
    y_top: float = 100
    unit: str = "%"


@dataclass
class HistogramBar:
    label: str
    count: float
    x: float
    y: float
    width: float
    height: float
    title: str
    count_text: Text | None  # None for an empty bin
    tick: Tick


@dataclass(kw_only=True)
class Histogram(Chart):
    plot: Plot
    bars: list[HistogramBar]
    y_ticks: list[Tick]
    y_label: Text | None = None
    x_label: Text | None = None


@dataclass
class HorizontalBar:
    label: str  # in full
    label_lines: list[Text]  # wrapped and, if need be, truncated
    value: float
    note: str
    x: float
    y: float
    width: float
    height: float
    track_width: float
    value_text: Text
    title: str

    @property
    def axis_top(self):
        """The value axis is drawn beside each bar, so that it never crosses the label above the bar."""
        return round(self.y - 3, 1)

    @property
    def axis_bottom(self):
        return round(self.y + self.height + 3, 1)


@dataclass(kw_only=True)
class BarChart(Chart):
    bars: list[HorizontalBar]
    axis_x: float
    unit: str = "%"
    max_value: float = 100


@dataclass
class MiniBar:
    x: float
    y: float
    width: float
    height: float


@dataclass(kw_only=True)
class MiniHistogram(Chart):
    bars: list[MiniBar]
    baseline_y: float

    @property
    def aria_label(self):
        return self.desc


# ---------------------------------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------------------------------


def _n(value):
    """A coordinate for SVG: at most one decimal, never a locale's separator."""
    text = f"{round(float(value), 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _number(value):
    """A value for people to read: whole numbers without decimals, others with at most one."""
    value = round(float(value), 1)
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}"


def format_value(value, unit=""):
    """``62`` and ``"%"`` make ``"62 %"``; without a unit just ``"62"``."""
    return f"{_number(value)} {unit}" if unit else _number(value)


def _as_float(value):
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def _text_width(text, size=FONT):
    return len(text) * size * CHAR_W


def _truncate(text, chars):
    text = " ".join(str(text).split())
    if len(text) <= chars:
        return text
    return text[: max(1, chars - 1)].rstrip() + "…"


def _wrap(text, chars, max_lines=2):
    """Up to ``max_lines`` lines of at most ``chars`` characters; the last ends in "…" if text was cut."""
    text = " ".join(str(text).split())
    lines = textwrap.wrap(text, max(1, chars)) or [""]
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], _truncate(rest, chars)]
    return lines


def _nice_step(raw, steps=(1, 2, 2.5, 5, 10)):
    if raw <= 0:
        return 1
    power = 10 ** math.floor(math.log10(raw))
    for multiple in steps:
        if raw <= multiple * power * (1 + 1e-9):
            return multiple * power
    return 10 * power


def _value_ticks(top, steps=(1, 2, 2.5, 5, 10), count=4):
    """Round values from 0 up to ``top``, about ``count`` steps apart."""
    step = _nice_step(top / count, steps)
    return [k * step for k in range(int(top / step * (1 + 1e-9)) + 1)]


def _join(parts):
    return "; ".join(parts)


# ---------------------------------------------------------------------------------------------------
# Line chart
# ---------------------------------------------------------------------------------------------------

LINE_WIDTH, LINE_HEIGHT = CHART_WIDTH, 300
MAX_MARKERS = 40
END_LABEL_CHARS = 15  # a line's direct label; the legend and the table name it in full


def _date_ticks(start, end, max_ticks):
    """A few round dates between start and end: days, Mondays, or first days of months."""
    span = (end - start).days
    if span <= 0:
        return [(start, "day")]

    def days(step):
        return [start + datetime.timedelta(days=k) for k in range(0, span + 1, step)]

    def mondays(step):
        first = start + datetime.timedelta(days=(7 - start.weekday()) % 7)
        return [d for d in (first + datetime.timedelta(days=k) for k in range(0, span + 1, step)) if d <= end]

    def months(step):
        found = []
        year, month = start.year, start.month
        if start.day != 1:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        while (day := datetime.date(year, month, 1)) <= end:
            if (month - 1) % step == 0:
                found.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def years(step):
        first = start.year if (start.month, start.day) == (1, 1) else start.year + 1
        return [datetime.date(year, 1, 1) for year in range(first, end.year + 1) if year % step == 0]

    candidates = [
        *((days(s), "day") for s in (1, 2, 3)),
        *((mondays(s), "day") for s in (7, 14)),
        *((months(s), "month") for s in (1, 2, 3, 6)),
        *((years(s), "year") for s in (1, 2, 5, 10, 20, 50, 100)),
    ]
    for ticks, unit in candidates:
        if len(ticks) <= max_ticks:
            if len(ticks) >= 2:
                return [(d, unit) for d in ticks]
            break
    # Too few round dates in between: the first and the last day.
    return [(start, "full"), (end, "full")]


def _date_tick_label(day, unit, first, crosses_year):
    if unit == "year":
        return date_format(day, "Y")
    if unit == "full":
        return date_format(day, "SHORT_DATE_FORMAT")
    if unit == "month":
        if crosses_year and (first or day.month == 1):
            return date_format(day, "M Y")
        return date_format(day, "M")
    return date_format(day, "j M")


def _spread(positions, gap, low, high):
    """Move label positions apart (keeping their order) so that neighbours are at least ``gap`` apart."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [positions[i] for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    overflow = placed[-1] - high if placed else 0
    if overflow > 0:
        placed[-1] -= overflow
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - gap)
    placed = [max(low, p) for p in placed]
    result = [0.0] * len(positions)
    for slot, i in enumerate(order):
        result[i] = placed[slot]
    return result


def line_chart(title, series, *, y_label="", x_label="", y_max=100, y_unit="%"):
    """Values over time, one line per series.

    ``series`` is a list of ``(label, points)``; ``points`` a list of ``(date, number)``. Series may have
    different dates. The Y axis runs from 0 to ``y_max`` (raised if a value is higher; 0 counts as 1).
    """
    title = str(title)
    cleaned = []
    for label, points in series or []:
        by_date = {}
        for day, value in points or []:
            number = _as_float(value)
            if day is not None and number is not None:
                by_date[_as_date(day)] = number
        cleaned.append((str(label), sorted(by_date.items())))

    all_values = [v for _label, pts in cleaned for _d, v in pts]
    dates = sorted({d for _label, pts in cleaned for d, _v in pts})
    unit = str(y_unit or "")
    date_header = str(x_label) if x_label else _("Date")
    table = None
    if dates:
        rows = []
        for day in dates:
            cells = []
            for _label, pts in cleaned:
                value = dict(pts).get(day)
                cells.append("" if value is None else format_value(value, unit))
            rows.append(TableRow(date_format(day, "SHORT_DATE_FORMAT"), cells, day.isoformat()))
        table = Table(title, [date_header, *(label for label, _pts in cleaned)], rows)

    if not all_values or not any(all_values):
        return LineChart(
            kind="line",
            id=_new_id(),
            title=title,
            desc=_("No data yet."),
            empty=True,
            table=table,
            plot=Plot(0, 0, 0, 0),
            series=[],
            y_ticks=[],
            x_ticks=[],
            unit=unit,
        )

    top = float(y_max) if _as_float(y_max) and float(y_max) > 0 else 1.0
    highest = max(all_values)
    if highest > top:
        step = _nice_step(highest / 4)
        top = math.ceil(highest / step - 1e-9) * step

    tick_values = _value_ticks(top)
    tick_labels = [format_value(v, unit) for v in tick_values]
    end_texts = [_truncate(label, END_LABEL_CHARS) for label, _pts in cleaned]

    margin_left = max(36, math.ceil(max(_text_width(t) for t in tick_labels)) + 14)
    margin_right = min(150, max(24, math.ceil(max(_text_width(t) for t in end_texts)) + 24))
    margin_top = 40 if y_label else 20
    margin_bottom = 34 + (24 if x_label else 0)
    plot = Plot(
        margin_left,
        margin_top,
        LINE_WIDTH - margin_left - margin_right,
        LINE_HEIGHT - margin_top - margin_bottom,
    )

    def y_of(value):
        return plot.bottom - min(max(value, 0.0), top) / top * plot.height

    start, end = dates[0], dates[-1]
    span = (end - start).days

    def x_of(day):
        if span == 0:
            return plot.left + plot.width / 2
        return plot.left + (day - start).days / span * plot.width

    y_ticks = [
        Tick(label, round(y_of(v), 1), [Text(plot.left - 8, round(y_of(v), 1) + 5, label, "end")])
        for v, label in zip(tick_values, tick_labels, strict=True)
    ]
    crosses_year = start.year != end.year

    def date_ticks(max_ticks):
        found = []
        for i, (day, tick_unit) in enumerate(_date_ticks(start, end, max_ticks)):
            label = _date_tick_label(day, tick_unit, i == 0, crosses_year)
            found.append((label, round(x_of(day), 1)))
        return found

    def legible(ticks):
        """Neighbouring labels (centred on their ticks) at least a space apart."""
        return all(
            x2 - x1 >= (_text_width(a) + _text_width(b)) / 2 + FONT for (a, x1), (b, x2) in itertools.pairwise(ticks)
        )

    # As many round dates as stand side by side: short month names fit closer than "12 Oct" or "Jan 2027".
    for max_ticks in range(max(2, int(plot.width // 40)), 1, -1):
        ticks = date_ticks(max_ticks)
        if legible(ticks):
            break
    x_ticks = [Tick(label, x, [Text(x, plot.bottom + 20, label)]) for label, x in ticks]

    drawn = []
    for index, (label, pts) in enumerate(cleaned):
        style = (index + index // len(SERIES_DASHES)) % len(SERIES_DASHES)
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        every = max(1, math.ceil(len(pts) / MAX_MARKERS))
        points = [
            LinePoint(
                round(x_of(day), 1),
                round(y_of(value), 1),
                day,
                value,
                f"{label}, {date_format(day, 'SHORT_DATE_FORMAT')}: {format_value(value, unit)}",
                marked=(i % every == 0 or i == len(pts) - 1),
            )
            for i, (day, value) in enumerate(pts)
        ]
        path = " ".join(f"{_n(p.x)},{_n(p.y)}" for p in points) if len(points) > 1 else ""
        drawn.append(LineSeries(label, colour, SERIES_DASHES[style], SERIES_MARKERS[style], points, path))

    with_points = [s for s in drawn if s.points]
    label_ys = _spread([s.points[-1].y + 5 for s in with_points], FONT + 3, plot.top + 5, plot.bottom + 5)
    for s, y in zip(with_points, label_ys, strict=True):
        s.end_label = Text(plot.right + 10, round(y, 1), _truncate(s.label, END_LABEL_CHARS), "start")

    return LineChart(
        kind="line",
        id=_new_id(),
        title=title,
        desc=_line_desc(cleaned, unit),
        empty=False,
        table=table,
        width=LINE_WIDTH,
        height=LINE_HEIGHT,
        plot=plot,
        series=drawn,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        y_label=Text(0, 16, str(y_label), "start") if y_label else None,
        x_label=Text(plot.left + plot.width / 2, LINE_HEIGHT - 8, str(x_label)) if x_label else None,
        y_top=top,
        unit=unit,
    )


def _line_desc(cleaned, unit):
    parts = []
    previous_date = None
    for label, pts in cleaned:
        if not pts:
            parts.append(_("%(label)s has no data yet") % {"label": label})
            continue
        day, value = pts[-1]
        if day == previous_date:
            parts.append(_("%(label)s reached %(value)s") % {"label": label, "value": format_value(value, unit)})
        else:
            parts.append(
                _("%(label)s reached %(value)s on %(date)s")
                % {"label": label, "value": format_value(value, unit), "date": date_format(day, "SHORT_DATE_FORMAT")}
            )
        previous_date = day
    return _join(parts) + "."


# ---------------------------------------------------------------------------------------------------
# Histogram
# ---------------------------------------------------------------------------------------------------

HIST_WIDTH, HIST_HEIGHT = CHART_WIDTH, 300
TURNED = -45  # degrees: bin labels too wide to stand side by side are turned
TURNED_CHARS = 12  # a turned bin label is cut to this; the table has it whole
SIN45 = math.sqrt(0.5)


def _common_unit(labels):
    """``["0–9 %", "90–100 %"]`` → ``(["0–9", "90–100"], "%")``; labels without one shared unit → no change."""
    parts = [label.rsplit(" ", 1) for label in labels]
    if len(parts) >= 2 and all(len(p) == 2 for p in parts):
        units = {p[1] for p in parts}
        if len(units) == 1 and len(next(iter(units))) <= 3:
            return [p[0] for p in parts], units.pop()
    return labels, ""


def score_bins(percents, width=10):
    """Count scores of 0..100 into bins of ``width`` points: ``[("0–9 %", n), …, ("90–100 %", n)]``.

    A bin holds its lower bound up to (not including) the next bin's: 9.99 is in "0–9 %". 100 falls in
    the last bin. Values below 0 or above 100 count in the first or last bin; None is skipped.
    """
    width = max(1, int(width))
    count = math.ceil(100 / width)
    counts = [0] * count
    for value in percents or []:
        number = _as_float(value)
        if number is None:
            continue
        counts[min(count - 1, max(0, int(number // width)))] += 1
    bins = []
    for i, n in enumerate(counts):
        low = i * width
        high = 100 if i == count - 1 else low + width - 1
        bins.append((f"{low}–{high} %", n))
    return bins


def histogram(title, bins, *, x_label="", y_label=None):
    """Vertical bars, one per bin, with the count above each non-empty bar.

    ``bins`` is a list of ``(label, count)``, e.g. from :func:`score_bins`.
    """
    title = str(title)
    if y_label is None:
        y_label = _("Trainees")
    cleaned = [(str(label), max(0.0, _as_float(count) or 0.0)) for label, count in bins or []]
    total = sum(count for _label, count in cleaned)
    x_header = str(x_label) if x_label else _("Range")
    y_header = str(y_label) if y_label else _("Count")

    if not cleaned or total == 0:
        return Histogram(
            kind="histogram",
            id=_new_id(),
            title=title,
            desc=_("No data yet."),
            empty=True,
            plot=Plot(0, 0, 0, 0),
            bars=[],
            y_ticks=[],
        )

    table = Table(title, [x_header, y_header], [TableRow(label, [_number(count)]) for label, count in cleaned])

    highest = max(count for _label, count in cleaned)
    # Whole numbers of trainees, with a gridline at or above the highest bar.
    step = max(1, _nice_step(highest / 4, (1, 2, 5, 10)))
    top = math.ceil(highest / step - 1e-9) * step
    tick_values = [k * step for k in range(round(top / step) + 1)]
    tick_labels = [_number(v) for v in tick_values]

    # "0–9 %" … "90–100 %" read as "0–9" … "90–100" under an axis titled "Score (%)": narrower ticks.
    tick_texts, unit = _common_unit([label for label, _count in cleaned])
    axis_title = f"{x_header} ({unit})" if unit else str(x_label)

    margin_left = max(32, math.ceil(max(_text_width(t) for t in tick_labels)) + 14)
    margin_right = 12
    slot = (HIST_WIDTH - margin_left - margin_right) / len(cleaned)
    # Bin labels stand under their bars, on up to two lines, if every word fits a bar's slot. Otherwise they
    # are turned by 45° (and, with very many bins, only every so many is written, always the last).
    chars = max(1, int((slot - 4) / (FONT * CHAR_W)))
    wrapped = [
        textwrap.wrap(" ".join(text.split()), chars, break_long_words=False, break_on_hyphens=False) or [""]
        for text in tick_texts
    ]
    turned = any(len(lines) > 2 or any(_text_width(line) > slot - 4 for line in lines) for lines in wrapped)
    if turned:
        wrapped = [[_truncate(text, TURNED_CHARS)] for text in tick_texts]
        reach = max(_text_width(lines[0]) for lines in wrapped) * SIN45  # how far a turned label reaches down and left
        # The first label must not reach out of the drawing on the left.
        margin_left = max(margin_left, math.ceil(reach + FONT - slot / 2))
        slot = (HIST_WIDTH - margin_left - margin_right) / len(cleaned)
        every = max(1, math.ceil(FONT / (slot * SIN45)))  # turned labels one line apart at least
        wrapped = [lines if (len(wrapped) - 1 - i) % every == 0 else [] for i, lines in enumerate(wrapped)]
        margin_bottom = math.ceil(20 + reach) + (26 if axis_title else 4)
    else:
        margin_bottom = 24 + LINE_GAP * (max(len(lines) for lines in wrapped) - 1) + (26 if axis_title else 4)
    margin_top = 40
    plot = Plot(
        margin_left, margin_top, HIST_WIDTH - margin_left - margin_right, HIST_HEIGHT - margin_top - margin_bottom
    )

    def y_of(value):
        return plot.bottom - value / top * plot.height

    y_ticks = [
        Tick(label, round(y_of(v), 1), [Text(plot.left - 8, round(y_of(v), 1) + 5, label, "end")])
        for v, label in zip(tick_values, tick_labels, strict=True)
    ]
    bar_width = slot * 0.8
    bars = []
    for i, ((label, count), text_lines) in enumerate(zip(cleaned, wrapped, strict=True)):
        centre = round(plot.left + slot * (i + 0.5), 1)
        height = round(count / top * plot.height, 1)
        y = round(plot.bottom - height, 1)
        if turned:
            # Anchored at its end, just below the axis: the label runs up to the bar from the lower left.
            lines = [Text(round(centre + 4, 1), plot.bottom + 14, line, "end", TURNED) for line in text_lines]
        else:
            lines = [Text(centre, plot.bottom + 20 + LINE_GAP * k, line) for k, line in enumerate(text_lines)]
        tick = Tick(label, centre, lines)
        bars.append(
            HistogramBar(
                label=label,
                count=count,
                x=round(centre - bar_width / 2, 1),
                y=y,
                width=round(bar_width, 1),
                height=height,
                title=_("%(label)s: %(count)s") % {"label": label, "count": _number(count)},
                count_text=Text(centre, y - 6, _number(count)) if count else None,
                tick=tick,
            )
        )

    listed = ", ".join(
        _("%(count)s in %(label)s") % {"count": _number(count), "label": label} for label, count in cleaned if count
    )
    desc = _("%(what)s: %(listed)s (%(total)s in all).") % {"what": y_header, "listed": listed, "total": _number(total)}

    return Histogram(
        kind="histogram",
        id=_new_id(),
        title=title,
        desc=desc,
        empty=False,
        table=table,
        width=HIST_WIDTH,
        height=HIST_HEIGHT,
        plot=plot,
        bars=bars,
        y_ticks=y_ticks,
        y_label=Text(0, 16, str(y_label), "start") if y_label else None,
        x_label=Text(plot.left + plot.width / 2, HIST_HEIGHT - 8, axis_title) if axis_title else None,
    )


# ---------------------------------------------------------------------------------------------------
# Horizontal bar chart
# ---------------------------------------------------------------------------------------------------

BAR_WIDTH = CHART_WIDTH
BAR_LABEL_CHARS = 40  # per line of a bar's label, which stands above the bar; two lines at most
BAR_X = 2  # where the bars (and their labels) start
BAR_RIGHT = 60  # room for the value after a full bar
BAR_HEIGHT = 20


def bar_chart(title, bars, *, unit="%", max_value=100, label_header=None, value_header=None, note_header=None):
    """Horizontal bars: ``bars`` is a list of ``(label, value)`` or ``(label, value, note)``.

    Each label stands above its bar, so that bars and labels both have the drawing's whole width. Long
    labels wrap onto two lines and are cut with "…"; the full label is in the bar's tooltip and in
    the table. ``label_header``/``value_header``/``note_header`` head the table's columns.
    """
    title = str(title)
    unit = str(unit or "")
    cleaned = []
    for bar in bars or []:
        label, value, *rest = bar
        note = str(rest[0]) if rest and rest[0] not in (None, "") else ""
        cleaned.append((str(label), _as_float(value) or 0.0, note))
    has_notes = any(note for _l, _v, note in cleaned)
    headers = [
        str(label_header) if label_header else _("Module"),
        str(value_header) if value_header else _("Value"),
    ]
    if has_notes:
        headers.append(str(note_header) if note_header else _("Note"))
    table = None
    if cleaned:
        table = Table(
            title,
            headers,
            [
                TableRow(label, [format_value(value, unit), *([note] if has_notes else [])])
                for label, value, note in cleaned
            ],
            numeric_columns=1,
        )

    top = float(max_value) if _as_float(max_value) and float(max_value) > 0 else 1.0
    if not cleaned or not any(value for _label, value, _note in cleaned):
        return BarChart(
            kind="bar",
            id=_new_id(),
            title=title,
            desc=_("No data yet."),
            empty=True,
            table=table,
            bars=[],
            axis_x=BAR_X,
            unit=unit,
            max_value=top,
        )

    track = BAR_WIDTH - BAR_X - BAR_RIGHT
    y = 4.0
    drawn = []
    for label, value, note in cleaned:
        lines = _wrap(label, BAR_LABEL_CHARS)
        first_baseline = y + FONT
        bar_top = first_baseline + LINE_GAP * (len(lines) - 1) + 8
        centre = bar_top + BAR_HEIGHT / 2
        row = bar_top + BAR_HEIGHT + 12 - y
        width = round(min(max(value, 0.0), top) / top * track, 1)
        shown = format_value(value, unit)
        tooltip = f"{label}: {shown}" + (f" ({note})" if note else "")
        drawn.append(
            HorizontalBar(
                label=label,
                label_lines=[
                    Text(BAR_X, round(first_baseline + LINE_GAP * k, 1), line, "start") for k, line in enumerate(lines)
                ],
                value=value,
                note=note,
                x=BAR_X,
                y=round(centre - BAR_HEIGHT / 2, 1),
                width=width,
                height=BAR_HEIGHT,
                track_width=track,
                value_text=Text(round(BAR_X + width + 6, 1), round(centre + 5, 1), shown, "start"),
                title=tooltip,
            )
        )
        y += row

    return BarChart(
        kind="bar",
        id=_new_id(),
        title=title,
        desc=_bar_desc(cleaned, unit),
        empty=False,
        table=table,
        width=BAR_WIDTH,
        height=round(y, 1),
        bars=drawn,
        axis_x=BAR_X,
        unit=unit,
        max_value=top,
    )


def _bar_desc(cleaned, unit):
    if len(cleaned) <= 5:
        return _join(f"{label}: {format_value(value, unit)}" for label, value, _note in cleaned) + "."
    highest = max(cleaned, key=lambda bar: bar[1])
    lowest = min(cleaned, key=lambda bar: bar[1])
    return _("Highest: %(high)s (%(high_value)s); lowest: %(low)s (%(low_value)s); %(count)s in all.") % {
        "high": highest[0],
        "high_value": format_value(highest[1], unit),
        "low": lowest[0],
        "low_value": format_value(lowest[1], unit),
        "count": len(cleaned),
    }


# ---------------------------------------------------------------------------------------------------
# Mini histogram, for a table cell
# ---------------------------------------------------------------------------------------------------

MINI_WIDTH, MINI_HEIGHT = 120, 32


def mini_histogram(bins, *, label=None):
    """A small histogram (120 × 32) without axes or table, named by an aria-label that lists the counts.

    ``bins`` as for :func:`histogram`; counts are of trainees.
    """
    if label is None:
        label = _("Scores")
    cleaned = [(str(bin_label), max(0.0, _as_float(count) or 0.0)) for bin_label, count in bins or []]
    total = sum(count for _label, count in cleaned)
    if not cleaned or total == 0:
        return MiniHistogram(
            kind="mini_histogram",
            id=_new_id(),
            title=str(label),
            desc=_("%(label)s: no data yet") % {"label": label},
            empty=True,
            width=MINI_WIDTH,
            height=MINI_HEIGHT,
            bars=[],
            baseline_y=MINI_HEIGHT - 1,
        )
    highest = max(count for _label, count in cleaned)
    slot = MINI_WIDTH / len(cleaned)
    gap = 2 if slot >= 6 else 0.5
    baseline = MINI_HEIGHT - 1.5
    bars = []
    for i, (_label, count) in enumerate(cleaned):
        if not count:
            continue
        height = max(3.0, count / highest * (baseline - 1))
        bars.append(
            MiniBar(
                round(i * slot + gap / 2, 1),
                round(baseline - height, 1),
                round(slot - gap, 1),
                round(height, 1),
            )
        )
    listed = ", ".join(
        ngettext("%(count)s trainee %(label)s", "%(count)s trainees %(label)s", int(count))
        % {"count": _number(count), "label": bin_label}
        for bin_label, count in cleaned
        if count
    )
    return MiniHistogram(
        kind="mini_histogram",
        id=_new_id(),
        title=str(label),
        desc=f"{label}: {listed}",
        empty=False,
        width=MINI_WIDTH,
        height=MINI_HEIGHT,
        bars=bars,
        baseline_y=baseline,
    )
