from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InteropConfig(AppConfig):
    name = "interop"
    verbose_name = _("LMS and record stores")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from interop import checks, signal_handlers  # noqa: F401
