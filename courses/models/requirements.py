from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleRequirements(models.Model):
    """What completing a live module asks besides reading it: its uploaded role-play clips and placed quizzes.

    Derived data, rebuilt from the module's body whenever the module is published or unpublished
    (``courses.signal_handlers``) and deleted with it, so that the dashboard and other lists of many modules
    read what each module asks without loading every body. The body stays the one record; this index follows it.
    """

    module = models.OneToOneField(
        "courses.ModulePage",
        verbose_name=_("module"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="requirements_index",
    )
    clips = models.JSONField(
        _("uploaded clips"), default=list, help_text=_("[clip id, media id, title] of each, in body order.")
    )
    quizzes = models.JSONField(_("placed quizzes"), default=list, help_text=_("Quiz ids, in body order."))

    class Meta:
        verbose_name = _("module requirements")
        verbose_name_plural = _("module requirements")

    def __str__(self):
        return f"Requirements of {self.module_id}"
