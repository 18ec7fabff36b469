from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo seed (``seed_demo``): users, curriculum, quizzes and journeys built on every other room."""

    name = "demo"
    verbose_name = _("Demo")
