from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.reports import SecurityLogReportView


class SecurityLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_security_log_menu_item():
    return SecurityLogMenuItem(
        _("Security log"), reverse("accounts_security_log"), name="security-log", icon_name="lock", order=1300
    )


@hooks.register("register_admin_urls")
def register_security_log_urls():
    return [
        path("reports/security-log/", SecurityLogReportView.as_view(), name="accounts_security_log"),
        path(
            "reports/security-log/results/",
            SecurityLogReportView.as_view(results_only=True),
            name="accounts_security_log_results",
        ),
    ]
