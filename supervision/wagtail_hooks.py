from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from supervision.scope import can_supervise


class SupervisionMenuItem(MenuItem):
    """A way from the admin to the supervision workspace, for those who may use it (administrators)."""

    def is_shown(self, request):
        return can_supervise(request.user)


@hooks.register("register_admin_menu_item")
def register_supervision_menu_item():
    return SupervisionMenuItem(_("Supervision reports"), reverse("supervision:overview"), icon_name="table", order=850)
