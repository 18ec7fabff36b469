from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from accounts.backup import FILE_ROOTS_HOOK
from courses.extensions import MODULE_PANELS_HOOK, ModulePanel
from learning.completion import COMPLETION_PARTS_HOOK
from learning.extensions import DASHBOARD_SECTIONS_HOOK, DashboardSection
from practice import access, conf, module_panel, progress
from practice.completion import exercise_parts
from practice.rating import waiting_for
from practice.viewsets import PracticeViewSetGroup
from supervision.extensions import MATRIX_COLUMNS_HOOK, NAV_HOOK, TRAINEE_SECTIONS_HOOK, MatrixColumn, NavItem, Section
from supervision.scope import can_supervise

register_snippet(PracticeViewSetGroup)
hooks.register(COMPLETION_PARTS_HOOK, exercise_parts)


@hooks.register(FILE_ROOTS_HOOK)
def recordings_for_backup():
    """The private recordings are backed up and restored beside the media (manage.py backup, restore)."""
    return {"recordings": conf.storage_root()}


@hooks.register(NAV_HOOK)
def workspace_links(request):
    """The rating queue (with how many responses wait) and calibration, in the supervision workspace."""
    if not can_supervise(request.user):
        return []
    waiting = waiting_for(request.user).count()
    count = ngettext("%(count)d response waiting", "%(count)d responses waiting", waiting) % {"count": waiting}
    return [
        NavItem(_("Rating queue"), reverse("practice:queue"), count=count),
        NavItem(_("Calibration"), reverse("practice:calibration")),
    ]


@hooks.register(TRAINEE_SECTIONS_HOOK)
def trainee_practice(request, trainee):
    found = progress.summary(trainee)
    html = progress.render_summary(request, found, for_trainee=False)
    return [Section("practice", _("Practice studio"), html, _("Practice"), progress.export_rows(found))]


@hooks.register(MATRIX_COLUMNS_HOOK)
def matrix_practice():
    return [MatrixColumn("practice", _("Practice"), progress.matrix_values, empty=_("none submitted"))]


@hooks.register(DASHBOARD_SECTIONS_HOOK)
def dashboard_practice(request):
    if not access.can_practise(request.user):
        return []
    found = progress.summary(request.user)
    return [DashboardSection("practice", _("Your practice"), progress.render_summary(request, found, for_trainee=True))]


@hooks.register(MODULE_PANELS_HOOK)
def module_practice(request, module):
    """The module's optional exercises, with the trainee's state of each, below their progress in it."""
    found = module_panel.optional_exercises(request.user, module)
    if not found:
        return []
    return [ModulePanel("practice", module_panel.render_panel(request, found))]
