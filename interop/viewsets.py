"""The LMS registrations in the Wagtail admin, for site administrators (no role holds their permissions)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, Panel
from wagtail.admin.viewsets.model import ModelViewSet

from interop import keys
from interop.models import Platform


class ToolUrlsPanel(Panel):
    """Our side of the registration, to paste into the platform: key set, login initiation and launch URLs."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "interop/admin/tool_urls.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            absolute = self.request.build_absolute_uri
            context["urls"] = [
                (_("Public keyset URL (JWKS)"), absolute(reverse("interop:jwks"))),
                (_("Initiate login URL"), absolute(reverse("interop:login"))),
                (_("Redirection URI and target link URI (launch)"), absolute(reverse("interop:launch"))),
                (_("Deep linking URL"), absolute(reverse("interop:launch"))),
                (_("Dynamic registration URL"), absolute(reverse("interop:register"))),
            ]
            context["keys"] = list(keys.published())
            return context


class PlatformViewSet(ModelViewSet):
    model = Platform
    icon = "link"
    menu_label = _("LMS platforms (LTI)")
    add_to_admin_menu = True
    menu_order = 8500
    list_display = ["name", "issuer", "client_id", "active"]
    search_fields = ["name", "issuer", "client_id"]
    search_backend_name = None
    inspect_view_enabled = True
    panels = [
        ToolUrlsPanel(heading=_("This tool, for the platform's registration form")),
        FieldPanel("name"),
        FieldPanel("issuer"),
        FieldRowPanel([FieldPanel("client_id"), FieldPanel("active")]),
        FieldPanel("deployment_ids"),
        FieldPanel("key_set_url"),
        FieldPanel("auth_login_url"),
        FieldPanel("auth_token_url"),
        FieldPanel("auth_audience"),
    ]
