from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from privacy import admin_views


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_administrator(request.user)


class PersonalDataMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return admin_views.is_administrator(request.user)


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("privacy/people/", admin_views.people, name="privacy_people"),
        path("privacy/people/<id:pk>/", admin_views.person, name="privacy_person"),
        path("privacy/people/<id:pk>/export/", admin_views.export, name="privacy_export"),
        path("privacy/erase/<id:pk>/", admin_views.erase, name="privacy_erase"),
        path("privacy/retention/", admin_views.retention_report, name="privacy_retention"),
        path("privacy/register/", admin_views.register, name="privacy_register"),
    ]


@hooks.register("register_admin_menu_item")
def register_privacy_menu():
    menu = Menu(
        items=[
            AdministratorsMenuItem(
                _("Export or erase a person"), reverse("privacy_people"), icon_name="user", order=100
            ),
            AdministratorsMenuItem(_("Retention"), reverse("privacy_retention"), icon_name="time", order=200),
            AdministratorsMenuItem(_("Register"), reverse("privacy_register"), icon_name="list-ul", order=300),
        ]
    )
    return PersonalDataMenuItem(_("Personal data"), menu, icon_name="lock", name="personal-data", order=9000)
