"""Ratings of a submission on its exercise's rubric: one per rater, drafted, then published once."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from practice.models.rubrics import RubricItem
from practice.models.submissions import Submission


class RatingKind(models.TextChoices):
    OBSERVER = "observer", _("Observer")
    SELF = "self", _("Self-rating")
    REFERENCE = "reference", _("Reference (calibration)")


class Rating(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="ratings")
    rater = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_ratings")
    kind = models.CharField(_("kind"), max_length=20, choices=RatingKind.choices, default=RatingKind.OBSERVER)
    overall = models.SmallIntegerField(_("overall rating"), null=True, blank=True)
    feedback = models.TextField(_("overall feedback"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["published_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "rater"], name="one_rating_per_rater"),
            models.UniqueConstraint(
                fields=["submission"], condition=models.Q(kind="reference"), name="one_reference_rating"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.submission} by {self.rater}"

    @property
    def is_published(self):
        return self.published_at is not None


class ItemScore(models.Model):
    rating = models.ForeignKey(Rating, on_delete=models.CASCADE, related_name="scores")
    item = models.ForeignKey(RubricItem, on_delete=models.CASCADE, related_name="+")
    score = models.SmallIntegerField(_("score"), null=True, blank=True)
    not_applicable = models.BooleanField(_("not applicable"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rating", "item"], name="one_score_per_item"),
            models.CheckConstraint(
                condition=~(models.Q(not_applicable=True) & models.Q(score__isnull=False)),
                name="score_or_not_applicable",
            ),
        ]

    def __str__(self):
        return f"{self.item}: {'n/a' if self.not_applicable else self.score}"


class Comment(models.Model):
    """A comment on one moment of the recording, optionally naming the technique it is about."""

    rating = models.ForeignKey(Rating, on_delete=models.CASCADE, related_name="comments")
    seconds = models.DecimalField(_("at (seconds)"), max_digits=7, decimal_places=1)
    text = models.CharField(_("comment"), max_length=1000)
    technique = models.ForeignKey(
        "techniques.Technique", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["seconds", "pk"]
        constraints = [models.CheckConstraint(condition=models.Q(seconds__gte=0), name="comment_seconds_not_negative")]

    def __str__(self):
        return f"{self.seconds} s: {self.text[:40]}"
