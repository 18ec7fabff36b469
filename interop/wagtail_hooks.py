from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from interop import admin_views
from interop.viewsets import PlatformViewSet
from learning.extensions import DASHBOARD_SECTIONS_HOOK, DashboardSection
from learning.journey import certificates_of


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_administrator(request.user)


@hooks.register("register_admin_viewset")
def register_platform_viewset():
    return PlatformViewSet("lti_platforms")


@hooks.register("register_admin_urls")
def register_outbox_url():
    return [
        path("interop/outbox/", admin_views.outbox_status, name="interop_outbox"),
        path("interop/register/", admin_views.dynamic_registration, name="interop_register"),
    ]


@hooks.register("register_settings_menu_item")
def register_outbox_menu_item():
    return AdministratorsMenuItem(_("Outbox (LMS, LRS)"), reverse("interop_outbox"), icon_name="mail", order=900)


@hooks.register(DASHBOARD_SECTIONS_HOOK)
def dashboard_badges(request):
    certificates = certificates_of(request.user) if request.user.is_authenticated else []
    if not certificates:
        return []
    html = render_to_string("interop/includes/badges_section.html", {"certificates": certificates}, request=request)
    return [DashboardSection("badges", _("Your Open Badges"), html)]
