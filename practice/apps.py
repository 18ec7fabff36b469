from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = _("Practice studio")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtailmedia.models import get_media_model

        from practice import checks  # noqa: F401 (registers the check)
        from practice import signal_handlers as handlers
        from practice.models import Exercise

        pre_save.connect(handlers.read_media_duration, sender=get_media_model(), dispatch_uid="practice_media_duration")
        pre_save.connect(handlers.remember_rule, sender=Exercise, dispatch_uid="practice_exercise_rule_before")
        post_save.connect(handlers.recompute_after_rule_change, sender=Exercise, dispatch_uid="practice_exercise_rule")
        post_delete.connect(handlers.recompute_after_delete, sender=Exercise, dispatch_uid="practice_exercise_deleted")
        post_save.connect(handlers.purge_pages, sender=Exercise, dispatch_uid="practice_exercise_saved_pages")
        post_delete.connect(handlers.purge_pages, sender=Exercise, dispatch_uid="practice_exercise_deleted_pages")
