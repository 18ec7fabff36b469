from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from techniques.choices import TechniqueKind, TechniqueTrack


class Technique(index.Indexed, models.Model):
    """A named technique, patient state or skill that role-play moments are tagged with.

    Edited as a snippet (see ``techniques/wagtail_hooks.py``). Its page in the glossary is the
    glossary's business (``courses``), which sits above this room.
    """

    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        validators=[RegexValidator(r"^[A-Z][A-Z0-9-]*$", _("Use capital letters, digits and hyphens, e.g. MBT-SRE."))],
        help_text=_("A short stable tag, e.g. MBT-SRE or DBT-CHAIN."),
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=40, unique=True, help_text=_("Used in the glossary's address."))
    track = models.CharField(_("track"), max_length=10, choices=TechniqueTrack.choices)
    kind = models.CharField(
        _("kind"), max_length=20, choices=TechniqueKind.choices, default=TechniqueKind.THERAPIST_MOVE
    )
    definition = models.CharField(_("one-line definition"), max_length=220)
    explanation = RichTextField(_("explanation"), blank=True, features=["bold", "italic", "ol", "ul", "link"])

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("slug")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("track"), FieldPanel("kind")]),
        FieldPanel("definition"),
        FieldPanel("explanation"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.SearchField("definition"),
        index.SearchField("explanation"),
        index.FilterField("track"),
        index.FilterField("kind"),
    ]

    class Meta:
        db_table = "courses_technique"  # the table predates this room
        ordering = ["name"]
        verbose_name = _("technique")
        verbose_name_plural = _("techniques")

    def __str__(self):
        return f"{self.name} ({self.code})"


class TechniqueMoment(models.Model):
    """Where a technique is shown: one annotated moment of a role-play video on a live module.

    Derived data, rebuilt from the module's body whenever the module is published,
    unpublished or deleted, so the glossary answers "where is X shown?" in one query.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="technique_moments")
    technique = models.ForeignKey(Technique, on_delete=models.CASCADE, related_name="moments")
    clip_id = models.CharField(max_length=80)
    clip_title = models.CharField(max_length=255)
    seconds = models.DecimalField(max_digits=8, decimal_places=2)
    note = models.CharField(max_length=255, blank=True)

    class Meta:
        db_table = "courses_techniquemoment"
        ordering = ["page__path", "clip_id", "seconds"]

    def __str__(self):
        return f"{self.technique.code} at {self.seconds}s in {self.clip_title}"
