from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = _("Practice studio")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtailmedia.models import get_media_model

        from practice import checks  # noqa: F401 (registers the check)
        from practice.signal_handlers import read_media_duration

        pre_save.connect(read_media_duration, sender=get_media_model(), dispatch_uid="practice_media_duration")
