from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TechniquesConfig(AppConfig):
    name = "techniques"
    verbose_name = _("Techniques")
