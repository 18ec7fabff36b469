"""What rooms above learning add to the trainee's dashboard, through a Wagtail hook: learning asks, they answer.

``DASHBOARD_SECTIONS_HOOK``: ``fn(request) -> [DashboardSection]``, called once per dashboard, so a fixed number
of queries whatever the data. (Module completion has its own hook: ``learning.completion.COMPLETION_PARTS_HOOK``.)
"""

from dataclasses import dataclass

from wagtail import hooks

DASHBOARD_SECTIONS_HOOK = "learning_dashboard_sections"


@dataclass(frozen=True)
class DashboardSection:
    key: str
    heading: str
    html: str  # rendered by the room that owns it (escaped there)


def dashboard_sections(request):
    return [section for sections in hooks.get_hooks(DASHBOARD_SECTIONS_HOOK) for section in sections(request)]
