"""What rooms above supervision add to the workspace, through Wagtail hooks: supervision asks, they answer.

- ``NAV_HOOK``: ``fn(request) -> [NavItem]``, links in the workspace's navigation after the marking queue.
- ``TRAINEE_SECTIONS_HOOK``: ``fn(request, trainee) -> [Section]``, sections of a trainee's page; each section's
  rows are a sheet of the trainee's export (CSV and XLSX) too.
- ``MATRIX_COLUMNS_HOOK``: ``fn() -> [MatrixColumn]``, columns of the cohort matrix after its own, on the page and
  in its exports.

Each function is called once per page, so it must cost a fixed number of queries whatever the data; a matrix
column's ``values`` is called once per page of trainees (once per chunk in an export) and must cost one query.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wagtail import hooks

NAV_HOOK = "supervision_nav_items"
TRAINEE_SECTIONS_HOOK = "supervision_trainee_sections"
MATRIX_COLUMNS_HOOK = "supervision_matrix_columns"


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool = False
    count: str = ""  # e.g. "2 responses waiting"


@dataclass
class Section:
    key: str
    heading: str
    html: str  # rendered by the room that owns it (escaped there)
    sheet_title: str = ""
    rows: Iterable[list] = field(default_factory=list)  # header row first


@dataclass(frozen=True)
class MatrixColumn:
    key: str
    heading: str
    # (trainee ids, cutoff datetime or None) -> {trainee id: text}; one query, counting only what happened by then
    values: Callable[[list, object], dict]
    empty: str = ""  # the text for a trainee the column has nothing for


def nav_items(request):
    return [item for items in hooks.get_hooks(NAV_HOOK) for item in items(request)]


def trainee_sections(request, trainee):
    return [section for sections in hooks.get_hooks(TRAINEE_SECTIONS_HOOK) for section in sections(request, trainee)]


def matrix_columns():
    return [column for columns in hooks.get_hooks(MATRIX_COLUMNS_HOOK) for column in columns()]
