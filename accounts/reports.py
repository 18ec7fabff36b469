"""The security log in the admin (Reports → Security log): site administrators only, filtered and paginated."""

import ipaddress

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from accounts.models import SecurityEvent

# What each event is called in the report; an event logged under another name shows its name.
EVENT_LABELS = {
    "login_failed": _("Failed login"),
    "lockout": _("Sign-in locked"),
    "refused": _("Refused (trainee data)"),
    "mfa_failed": _("Wrong second-factor code"),
    "mfa_verified": _("Second factor verified"),
    "mfa_set_up": _("Second factor set up"),
    "mfa_removed": _("Second factor turned off"),
    "mfa_recovery_codes_made": _("New recovery codes"),
    "reauthentication_failed": _("Re-authentication failed"),
    "idle_timeout": _("Signed out when idle"),
    "other_sessions_signed_out": _("Other sessions signed out"),
}


def event_choices(request=None):
    names = SecurityEvent.objects.order_by("event").values_list("event", flat=True).distinct()
    return [(name, EVENT_LABELS.get(name, name)) for name in names]


class SecurityEventFilterSet(WagtailFilterSet):
    event = django_filters.ChoiceFilter(label=_("Event"), choices=event_choices)
    time = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    username = django_filters.CharFilter(label=_("Username"), method="filter_username")
    address = django_filters.CharFilter(label=_("Client address"), method="filter_address")

    class Meta:
        model = SecurityEvent
        fields = ["event", "time", "username", "address"]

    def filter_username(self, queryset, name, value):
        return queryset.filter(Q(username__iexact=value) | Q(user__username__iexact=value))

    def filter_address(self, queryset, name, value):
        # Text that is no address finds nothing (PostgreSQL would refuse to compare it with an address).
        try:
            return queryset.filter(address=str(ipaddress.ip_address(value.strip())))
        except ValueError:
            return queryset.none()


class EventColumn(Column):
    def get_value(self, instance):
        return EVENT_LABELS.get(instance.event, instance.event)


class PersonColumn(Column):
    def get_value(self, instance):
        user = getattr(instance, self.name)
        return user.get_username() if user is not None else ""


class SecurityLogReportView(ReportView):
    page_title = _("Security log")
    header_icon = "lock"
    model = SecurityEvent
    filterset_class = SecurityEventFilterSet
    index_url_name = "accounts_security_log"
    index_results_url_name = "accounts_security_log_results"
    paginate_by = 50
    columns = [
        DateColumn("time", label=_("Time")),
        EventColumn("event", label=_("Event")),
        PersonColumn("user", label=_("Account")),
        Column("username", label=_("Username tried")),
        Column("address", label=_("Client address")),
        PersonColumn("actor", label=_("By")),
        Column("message", label=_("Message")),
    ]

    def dispatch(self, request, *args, **kwargs):
        # The log says who failed to sign in from where and who was refused what: administrators only.
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return SecurityEvent.objects.select_related("user", "actor").order_by("-time", "-pk")
