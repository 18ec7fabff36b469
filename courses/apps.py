from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.urls import register_converter

        from courses.converters import IdConverter
        from courses.signal_handlers import register_signal_handlers

        register_signal_handlers()
        # Before any URLs are read: every room's URLs may name ids as <id:...>.
        register_converter(IdConverter, "id")
