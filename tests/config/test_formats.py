"""One date format across the site, the locale's: templates and code name Django's formats, never spell one out."""

import re
from datetime import datetime
from pathlib import Path

from django.template import Context, Template
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2]
NAMED = {"DATE_FORMAT", "SHORT_DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT", "TIME_FORMAT"}
MACHINE = {"c", "r", "U"}  # ISO 8601, RFC 5322 and epoch seconds, for machines (datetime attributes, feeds)
DATE_FILTER = re.compile(r'\|date:"([^"]*)"')


def test_templates_use_only_the_named_formats():
    spelled_out = []
    for path in ROOT.glob("*/templates/**/*.html"):
        if ".venv" in path.parts:
            continue
        for fmt in DATE_FILTER.findall(path.read_text()):
            if fmt not in NAMED | MACHINE:
                spelled_out.append(f"{path.relative_to(ROOT)}: {fmt}")
    assert spelled_out == []


def test_the_short_date_and_time_reads_as_the_rest_of_the_site():
    when = timezone.make_aware(datetime(2026, 12, 1, 16, 53))
    rendered = Template('{{ when|date:"SHORT_DATETIME_FORMAT" }} · {{ when|date:"DATE_FORMAT" }}').render(
        Context({"when": when})
    )
    assert rendered == "1 Dec 2026, 16:53 · 1 December 2026"
