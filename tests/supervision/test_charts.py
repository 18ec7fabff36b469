"""The supervisor workspace's SVG charts: what a reader (sighted, screen-reader or keyboard) gets."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string

from supervision.charts import bar_chart, histogram, line_chart, mini_histogram, score_bins

INCLUDE = "supervision/includes/chart.html"


def render(chart):
    return render_to_string(INCLUDE, {"chart": chart})


def soup(chart):
    return BeautifulSoup(render(chart), "html.parser")


def translate_of(element):
    x, y = re.fullmatch(r"translate\(([-\d.]+) ([-\d.]+)\)", element["transform"]).groups()
    return float(x), float(y)


def plot_area(page):
    rect = page.select_one("rect.chart__plot-area")
    top, height = float(rect["y"]), float(rect["height"])
    return top, top + height


def contrast_on_white(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def day(month, number):
    return datetime.date(2026, month, number)


COHORTS = [
    ("Autumn MBT", [(day(9, 7), 0), (day(10, 1), 25), (day(11, 20), 62)]),
    ("Autumn DBT", [(day(9, 14), 10), (day(11, 20), 40)]),
]


@pytest.fixture
def cohorts():
    return line_chart("Completion over time per cohort", COHORTS, y_label="Modules completed", x_label="Date")


def all_charts():
    return [
        line_chart("Completion", COHORTS),
        histogram("Scores", score_bins([95, 100, 42, 88])),
        bar_chart("Coverage", [("Validation", 40), ("Chain analysis", 80, "8 of 10")]),
        mini_histogram(score_bins([95, 100, 42])),
    ]


# --- Line chart -----------------------------------------------------------------------------------


def test_line_chart_is_a_figure_with_caption_title_and_summary_naming_the_numbers(cohorts):
    page = soup(cohorts)
    figure = page.find("figure")
    assert figure.find("figcaption").get_text(strip=True) == "Completion over time per cohort"
    svg = figure.find("svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title", id=title_id).get_text() == "Completion over time per cohort"
    assert svg.find("desc", id=desc_id).get_text() == (
        "Autumn MBT reached 62 % on 20 Nov 2026; Autumn DBT reached 40 %."
    )
    assert svg["width"] == "100%"
    assert svg["viewbox"].startswith("0 0 ")


def test_line_chart_table_has_a_row_per_date_a_column_per_series_and_every_value(cohorts):
    page = soup(cohorts)
    details = page.find("details")
    assert details.find("summary").get_text().startswith("The numbers behind this chart")
    table = details.find("table")
    assert table.find("caption").get_text() == "Completion over time per cohort"
    assert [th.get_text() for th in table.select("thead th")] == ["Date", "Autumn MBT", "Autumn DBT"]
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    rows = [
        [row.find("th").get_text(), *(td.get_text() for td in row.find_all("td"))] for row in table.select("tbody tr")
    ]
    assert rows == [
        ["7 Sep 2026", "0 %", ""],
        ["14 Sep 2026", "", "10 %"],
        ["1 Oct 2026", "25 %", ""],
        ["20 Nov 2026", "62 %", "40 %"],
    ]
    assert all(row.find("th")["scope"] == "row" for row in table.select("tbody tr"))
    assert table.select_one("tbody time")["datetime"] == "2026-09-07"


def test_a_point_at_50_percent_sits_at_the_vertical_middle_of_the_plot_and_on_the_50_percent_gridline():
    page = soup(line_chart("Half way", [("Cohort", [(day(9, 1), 0), (day(9, 8), 50), (day(9, 15), 100)])]))
    top, bottom = plot_area(page)
    points = [translate_of(g) for g in page.select("g.chart__point")]
    assert [y for _x, y in points] == pytest.approx([bottom, (top + bottom) / 2, top], abs=0.1)
    gridline_at_50 = next(
        float(text["y"]) - 5 for text in page.select("text.chart__tick-label--y") if text.get_text() == "50 %"
    )
    assert points[1][1] == pytest.approx(gridline_at_50, abs=0.1)
    # The middle date is drawn half way across.
    assert points[1][0] == pytest.approx((points[0][0] + points[2][0]) / 2, abs=0.1)
    line = page.select_one("polyline.chart__line")["points"].split()
    assert [float(pair.split(",")[1]) for pair in line] == pytest.approx([y for _x, y in points], abs=0.1)


def test_the_y_axis_has_gridlines_at_round_values():
    page = soup(line_chart("Grid", [("Cohort", [(day(9, 1), 10), (day(9, 8), 20)])]))
    assert [t.get_text() for t in page.select("text.chart__tick-label--y")] == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    assert len(page.select("g.chart__grid line")) == 5


def test_x_axis_shows_a_few_dates_like_7_sep():
    page = soup(line_chart("Weeks", [("Cohort", [(day(9, 7), 5), (day(9, 28), 50)])]))
    labels = [t.get_text() for t in page.select("text.chart__tick-label--x")]
    assert 2 <= len(labels) <= 6
    assert labels[0] == "7 Sep"
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", label) for label in labels)

    page = soup(line_chart("Months", [("Cohort", [(day(9, 7), 5), (datetime.date(2027, 2, 20), 80)])]))
    labels = [t.get_text() for t in page.select("text.chart__tick-label--x")]
    assert 2 <= len(labels) <= 6
    assert "Jan 2027" in labels


def test_two_series_differ_by_dash_pattern_and_marker_not_colour_alone(cohorts):
    page = soup(cohorts)
    lines = page.select("polyline.chart__line")
    assert len(lines) == 2
    assert lines[0]["stroke-dasharray"] != lines[1]["stroke-dasharray"]
    series = page.select("g.chart__series")
    markers = [s.select_one("path.chart__marker")["d"] for s in series]
    assert markers[0] != markers[1]
    # Direct labels at the line ends, and a legend that shows each pattern.
    assert [t.get_text() for t in page.select("text.chart__end-label")] == ["Autumn MBT", "Autumn DBT"]
    legend = page.select("ul.chart__legend li")
    assert [li.get_text(strip=True) for li in legend] == ["Autumn MBT", "Autumn DBT"]
    assert [li.find("line")["stroke-dasharray"] for li in legend] == [line["stroke-dasharray"] for line in lines]


def test_points_have_tooltips_with_series_date_and_value(cohorts):
    titles = [t.get_text() for t in soup(cohorts).select("g.chart__point title")]
    assert "Autumn MBT, 20 Nov 2026: 62 %" in titles


def test_line_chart_copes_with_a_single_point():
    chart = line_chart("One visit", [("Cohort", [(day(9, 7), 40)])])
    page = soup(chart)
    assert "No data yet" not in page.get_text()
    assert page.find("svg", role="img")
    assert not page.select("polyline")
    ((x, _y),) = [translate_of(g) for g in page.select("g.chart__point")]
    rect = page.select_one("rect.chart__plot-area")
    assert x == pytest.approx(float(rect["x"]) + float(rect["width"]) / 2, abs=0.1)
    assert "nan" not in render(chart).lower()
    assert page.find("desc").get_text() == "Cohort reached 40 % on 7 Sep 2026."


def test_y_max_of_zero_counts_as_one():
    page = soup(line_chart("Fractions", [("Cohort", [(day(9, 7), 0), (day(9, 8), 0.5)])], y_max=0, y_unit=""))
    top, bottom = plot_area(page)
    assert translate_of(page.select("g.chart__point")[1])[1] == pytest.approx((top + bottom) / 2, abs=0.1)


def test_values_above_y_max_raise_the_axis_instead_of_leaving_the_plot():
    page = soup(line_chart("Hours", [("Cohort", [(day(9, 7), 10), (day(9, 8), 130)])], y_max=100, y_unit="h"))
    top, _bottom = plot_area(page)
    assert all(y >= top - 0.1 for _x, y in (translate_of(g) for g in page.select("g.chart__point")))
    assert page.select("text.chart__tick-label--y")[-1].get_text() == "150 h"


def test_series_without_points_is_named_in_the_summary():
    page = soup(line_chart("Cohorts", [("Autumn MBT", [(day(9, 7), 20)]), ("Spring DBT", [])]))
    assert page.find("desc").get_text() == "Autumn MBT reached 20 % on 7 Sep 2026; Spring DBT has no data yet."


# --- Histogram ------------------------------------------------------------------------------------


def test_score_bins_puts_100_in_the_last_bin_and_9_99_in_the_first():
    bins = score_bins([100, 9.99, 10, 0, 55, 89.9, 90])
    assert len(bins) == 10
    assert bins[0] == ("0–9 %", 2)
    assert bins[1] == ("10–19 %", 1)
    assert bins[5] == ("50–59 %", 1)
    assert bins[8] == ("80–89 %", 1)
    assert bins[-1] == ("90–100 %", 2)
    assert sum(count for _label, count in bins) == 7


def test_score_bins_skip_missing_scores_and_keep_out_of_range_ones_at_the_ends():
    bins = score_bins([None, -5, 120])
    assert bins[0][1] == 1
    assert bins[-1][1] == 1
    assert sum(count for _label, count in score_bins([])) == 0
    assert [label for label, _count in score_bins([], width=25)] == ["0–24 %", "25–49 %", "50–74 %", "75–100 %"]


def test_histogram_writes_each_non_zero_count_above_its_bar_and_tabulates_every_bin():
    bins = score_bins([95, 100, 92, 88, 55, 5])
    page = soup(histogram("Score distribution: Validation", bins, x_label="Score"))
    assert page.find("figcaption").get_text() == "Score distribution: Validation"
    assert page.find("desc").get_text() == "Trainees: 1 in 0–9 %, 1 in 50–59 %, 1 in 80–89 %, 3 in 90–100 % (6 in all)."
    bars = page.select("rect.chart__bar")
    values = page.select("text.chart__value")
    assert [v.get_text() for v in values] == ["1", "1", "1", "3"]
    assert len(bars) == 4
    for bar, value in zip(bars, values, strict=True):
        assert float(value["y"]) < float(bar["y"])  # above the bar
        assert float(bar["x"]) < float(value["x"]) < float(bar["x"]) + float(bar["width"])
    heights = [float(bar["height"]) for bar in bars]
    assert heights[3] == pytest.approx(3 * heights[0], abs=0.2)
    rows = [(row.th.get_text(), row.td.get_text()) for row in page.select("tbody tr")]
    assert rows == [(label, str(count)) for label, count in bins]
    assert [th.get_text() for th in page.select("thead th")] == ["Score", "Trainees"]
    # The shared unit moves to the axis title, so the ten ranges fit under their bars.
    assert page.select("text.chart__tick-label--x")[-1].get_text() == "90–100"
    assert "Score (%)" in [t.get_text() for t in page.select("text.chart__axis-label")]


def test_histogram_y_axis_counts_whole_trainees():
    page = soup(histogram("One", [("Pass", 1), ("Fail", 0)]))
    assert [t.get_text() for t in page.select("text.chart__tick-label--y")] == ["0", "1"]


# --- Horizontal bar chart -------------------------------------------------------------------------


def test_bar_widths_are_proportional_and_values_sit_at_the_bar_ends():
    page = soup(bar_chart("Cross-training coverage", [("Validation", 25), ("Chain analysis", 75), ("All", 100)]))
    bars = page.select("rect.chart__bar")
    tracks = page.select("rect.chart__track")
    widths = [float(bar["width"]) for bar in bars]
    assert widths[1] == pytest.approx(3 * widths[0], abs=0.2)
    assert widths[2] == pytest.approx(float(tracks[2]["width"]), abs=0.1)
    values = page.select("text.chart__value")
    assert [v.get_text() for v in values] == ["25 %", "75 %", "100 %"]
    for bar, value in zip(bars, values, strict=True):
        assert float(value["x"]) == pytest.approx(float(bar["x"]) + float(bar["width"]) + 6, abs=0.2)
    assert page.find("desc").get_text() == "Validation: 25 %; Chain analysis: 75 %; All: 100 %."


def test_long_bar_labels_are_shortened_in_the_drawing_but_whole_in_the_tooltip_and_table():
    long_title = "Dialectical behaviour therapy skills for the mentalization-based therapist, part two"
    page = soup(bar_chart("Coverage", [(long_title, 62, "8 of 13 trainees"), ("Validation", 10)]))
    drawn = " ".join(t.get_text() for t in page.select("text.chart__bar-label"))
    assert long_title not in drawn
    assert drawn.startswith("Dialectical behaviour")
    assert "…" in drawn
    assert page.select_one("g.chart__row title").get_text() == f"{long_title}: 62 % (8 of 13 trainees)"
    rows = [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in page.select("tbody tr")]
    assert rows == [[long_title, "62 %", "8 of 13 trainees"], ["Validation", "10 %", ""]]
    assert [th.get_text() for th in page.select("thead th")] == ["Module", "Value", "Note"]


def test_bar_chart_with_many_bars_summarises_highest_and_lowest():
    bars = [(f"Module {n}", n * 10) for n in range(1, 8)]
    desc = soup(bar_chart("Coverage", bars)).find("desc").get_text()
    assert desc == "Highest: Module 7 (70 %); lowest: Module 1 (10 %); 7 in all."


def test_bar_chart_max_value_of_zero_counts_as_one():
    page = soup(bar_chart("Shares", [("A", 0.5), ("B", 1)], unit="", max_value=0))
    widths = [float(bar["width"]) for bar in page.select("rect.chart__bar")]
    assert widths[1] == pytest.approx(2 * widths[0], abs=0.2)


# --- Mini histogram -------------------------------------------------------------------------------


def test_mini_histogram_is_a_small_named_image_without_table():
    page = soup(mini_histogram(score_bins([95, 100, 92, 42])))
    svg = page.find("svg")
    assert svg["role"] == "img"
    assert svg["aria-label"] == "Scores: 1 trainee 40–49 %, 3 trainees 90–100 %"
    assert svg["viewbox"] == "0 0 120 32"
    assert not page.find("table")
    assert not page.find("figure")
    heights = [float(bar["height"]) for bar in page.select("rect.chart__bar")]
    assert heights[1] == pytest.approx(3 * heights[0], abs=0.2)


# --- Every chart ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chart",
    [
        line_chart("Completion", []),
        line_chart("Completion", [("Autumn MBT", [])]),
        line_chart("Completion", [("Autumn MBT", [(day(9, 7), 0), (day(9, 14), 0)])]),
        histogram("Scores", []),
        histogram("Scores", score_bins([])),
        bar_chart("Coverage", []),
        bar_chart("Coverage", [("Validation", 0), ("Chain analysis", 0)]),
        mini_histogram([]),
        mini_histogram(score_bins([])),
    ],
    ids=lambda chart: f"{chart.kind}",
)
def test_empty_data_says_no_data_yet_instead_of_drawing(chart):
    page = soup(chart)
    assert "No data yet" in page.get_text()
    assert not page.find("svg")
    if chart.kind != "mini_histogram":
        assert page.find("figcaption").get_text() in ("Completion", "Scores", "Coverage")


def test_an_all_zero_bar_chart_still_lists_its_modules_in_the_table():
    page = soup(bar_chart("Coverage", [("Validation", 0), ("Chain analysis", 0)]))
    assert [row.th.get_text() for row in page.select("tbody tr")] == ["Validation", "Chain analysis"]


def test_labels_are_escaped_everywhere():
    evil = "<script>alert('x')</script>"
    charts = [
        line_chart(evil, [(evil, [(day(9, 7), 10), (day(9, 8), 20)])], y_label=evil, x_label=evil),
        histogram(evil, [(evil, 3), ("ok", 1)], x_label=evil, y_label=evil),
        bar_chart(evil, [(evil, 50, evil)]),
        mini_histogram([(evil, 2)], label=evil),
        line_chart(evil, []),
    ]
    for chart in charts:
        html = render(chart)
        assert "<script" not in html
        assert "&lt;script&gt;" in html


def test_no_inline_styles_scripts_or_small_text():
    for chart in all_charts():
        html = render(chart)
        page = BeautifulSoup(html, "html.parser")
        assert not page.find_all(style=True)
        assert not page.find_all(["style", "script"])
        assert not re.search(r"\bon[a-z]+=", html)
        assert all(float(element["font-size"]) >= 12 for element in page.find_all(attrs={"font-size": True}))


def test_colours_of_lines_bars_and_markers_reach_3_to_1_on_white():
    for chart in all_charts():
        page = soup(chart)
        for element in page.select(".chart__line, .chart__bar, .chart__marker, .chart__axis, text"):
            colour = element.get("stroke") if element.name in ("polyline", "line") else element.get("fill")
            if colour and colour.startswith("#"):
                assert contrast_on_white(colour) >= 3, (chart.kind, element)


def test_many_series_all_look_different():
    series = [(f"Cohort {n}", [(day(9, 1), n), (day(9, 30), 10 * n)]) for n in range(1, 7)]
    lines = soup(line_chart("Six cohorts", series)).select("polyline.chart__line")
    assert len({line["stroke-dasharray"] for line in lines}) == 6
    assert len({line["stroke"] for line in lines}) == 6


def test_two_charts_on_one_page_never_share_ids():
    first, second = line_chart("A", COHORTS), line_chart("A", COHORTS)
    ids = [element["id"] for page in (soup(first), soup(second)) for element in page.find_all(id=True)]
    assert len(ids) == len(set(ids))
