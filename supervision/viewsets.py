from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.admin_scope import ManagedSnippetChooserViewSet
from supervision.models import Supervision
from supervision.scope import can_supervise


class SupervisionViewSet(SnippetViewSet):
    """Trainees assigned to a supervisor one by one; whole cohorts are assigned on the cohort itself."""

    model = Supervision
    icon = "user"
    menu_label = _("Individual supervision")
    list_display = ["supervisor", "trainee", "since"]
    search_backend_name = None
    # Who supervises whom is for site administrators only: the chooser too.
    chooser_viewset_class = ManagedSnippetChooserViewSet


class SupervisionReportsMenuItem(MenuItem):
    """A way from the admin to the supervision workspace, for those who may use it (administrators)."""

    def is_shown(self, request):
        return can_supervise(request.user)


class SupervisionViewSetGroup(SnippetViewSetGroup):
    """Who supervises whom one by one, and the way to the workspace's reports."""

    items = (SupervisionViewSet,)
    menu_icon = "table"
    menu_label = _("Supervision")
    menu_name = "supervision"
    menu_order = 850

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            SupervisionReportsMenuItem(
                _("Supervision reports"), reverse("supervision:overview"), icon_name="table", order=900
            ),
        ]
