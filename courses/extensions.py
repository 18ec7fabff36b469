"""What rooms above courses add to a module page, through a Wagtail hook: courses asks, they answer.

``MODULE_PANELS_HOOK``: ``fn(request, module) -> [ModulePanel]``, called once per module page (after the
trainee's progress), so it must cost a fixed number of queries whatever the data. A module page shown to an
anonymous visitor is stored by the page cache (``courses.page_cache``) and served to everyone: a panel for an
anonymous visitor shows only what is public.
"""

from dataclasses import dataclass

from wagtail import hooks

MODULE_PANELS_HOOK = "courses_module_panels"


@dataclass(frozen=True)
class ModulePanel:
    key: str
    html: str  # rendered by the room that owns it (escaped there)


def module_panels(request, module):
    return [panel for panels in hooks.get_hooks(MODULE_PANELS_HOOK) for panel in panels(request, module)]
