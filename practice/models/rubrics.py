"""Rubrics: domains and items, each item on an ordinal scale with anchors or rated present/absent."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from techniques.choices import TechniqueTrack

ANCHOR_LINE = re.compile(r"^\s*(-?\d+)\s*[=:]\s*(.+?)\s*$")


class ScaleKind(models.TextChoices):
    ORDINAL = "ordinal", _("Ordinal scale (e.g. 1–7)")
    PRESENT_ABSENT = "present_absent", _("Present or absent")


def parse_anchors(text, low, high):
    """{point: description} from lines like "1 = not present"; a ValidationError names each bad line."""
    anchors, errors = {}, []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = ANCHOR_LINE.match(line)
        if not match:
            errors.append(_("Line %(n)d: write a point and its description, e.g. “1 = not present”.") % {"n": number})
            continue
        point = int(match.group(1))
        if not low <= point <= high:
            errors.append(
                _("Line %(n)d: %(point)d is outside the scale (%(low)d–%(high)d).")
                % {"n": number, "point": point, "low": low, "high": high}
            )
        elif point in anchors:
            errors.append(_("Line %(n)d: point %(point)d has an anchor already.") % {"n": number, "point": point})
        else:
            anchors[point] = match.group(2)
    if errors:
        raise ValidationError(errors)
    return dict(sorted(anchors.items()))


class Rubric(ClusterableModel):
    """A training rubric supervisors rate recordings with, authored by editors."""

    title = models.CharField(_("title"), max_length=200, unique=True)
    track = models.CharField(_("track"), max_length=10, choices=TechniqueTrack.choices)
    description = models.TextField(
        _("description"),
        help_text=_(
            "What the rubric is for. Say plainly whether it is a training rubric or a validated instrument "
            "your institute holds a licence for."
        ),
    )
    overall_label = models.CharField(_("overall rating"), max_length=200, default=_("Overall quality of the response"))
    overall_min = models.SmallIntegerField(_("overall scale from"), default=1)
    overall_max = models.SmallIntegerField(_("overall scale to"), default=7)
    overall_anchors = models.TextField(
        _("overall anchors"), blank=True, help_text=_("One per line, e.g. “1 = very poor”, “7 = excellent”.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("track"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("overall_label"),
                FieldRowPanel([FieldPanel("overall_min"), FieldPanel("overall_max")]),
                FieldPanel("overall_anchors"),
            ],
            heading=_("Overall rating"),
        ),
        InlinePanel("items", heading=_("Items"), label=_("Item"), min_num=1),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(overall_max__gt=models.F("overall_min")), name="rubric_overall_scale"
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.overall_min is not None and self.overall_max is not None:
            if self.overall_max <= self.overall_min:
                raise ValidationError({"overall_max": _("The scale must end above where it starts.")})
            try:
                parse_anchors(self.overall_anchors, self.overall_min, self.overall_max)
            except ValidationError as error:
                raise ValidationError({"overall_anchors": error.messages}) from None

    def overall_points(self):
        anchors = parse_anchors(self.overall_anchors, self.overall_min, self.overall_max)
        return [(point, anchors.get(point, "")) for point in range(self.overall_min, self.overall_max + 1)]

    def domains(self):
        """[(domain, [items])] in the items' order, a domain where its first item is."""
        grouped = {}
        for item in self.items.all():
            grouped.setdefault(item.domain, []).append(item)
        return list(grouped.items())


class RubricItem(Orderable):
    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="items")
    domain = models.CharField(_("domain"), max_length=120, help_text=_("Items of one domain are shown together."))
    text = models.CharField(_("item"), max_length=300)
    guidance = models.TextField(_("guidance for raters"), blank=True)
    kind = models.CharField(_("scale"), max_length=20, choices=ScaleKind.choices, default=ScaleKind.ORDINAL)
    scale_min = models.SmallIntegerField(_("from"), default=1, validators=[MinValueValidator(0), MaxValueValidator(10)])
    scale_max = models.SmallIntegerField(_("to"), default=7, validators=[MinValueValidator(1), MaxValueValidator(10)])
    anchors = models.TextField(
        _("anchors"),
        blank=True,
        help_text=_("Ordinal scales: descriptions at chosen points, one per line, e.g. “1 = absent”, “4 = adequate”."),
    )
    allows_not_applicable = models.BooleanField(_("may be rated “not applicable”"), default=False)

    panels = [
        FieldPanel("domain"),
        FieldPanel("text"),
        FieldPanel("guidance"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("scale_min"), FieldPanel("scale_max")]),
        FieldPanel("anchors"),
        FieldPanel("allows_not_applicable"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rubric item")

    def __str__(self):
        return self.text

    @property
    def is_ordinal(self):
        return self.kind == ScaleKind.ORDINAL

    def clean(self):
        if self.is_ordinal:
            if self.scale_min is not None and self.scale_max is not None:
                if self.scale_max <= self.scale_min:
                    raise ValidationError({"scale_max": _("The scale must end above where it starts.")})
                try:
                    parse_anchors(self.anchors, self.scale_min, self.scale_max)
                except ValidationError as error:
                    raise ValidationError({"anchors": error.messages}) from None
        elif self.anchors.strip():
            raise ValidationError({"anchors": _("A present-or-absent item has no anchors; leave this empty.")})

    def points(self):
        """[(value, label, anchor)] a rater may choose, not-applicable aside."""
        if not self.is_ordinal:
            return [(1, _("Present"), ""), (0, _("Absent"), "")]
        anchors = parse_anchors(self.anchors, self.scale_min, self.scale_max)
        return [(p, str(p), anchors.get(p, "")) for p in range(self.scale_min, self.scale_max + 1)]

    def accepts(self, score):
        """Whether `score` (an int) is a point of this item's scale."""
        if self.is_ordinal:
            return self.scale_min <= score <= self.scale_max
        return score in (0, 1)
