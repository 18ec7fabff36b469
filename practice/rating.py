"""Rating a submission: the form built from its rubric, saving a draft, publishing once.

Each rater has one rating per submission (a database constraint), so two raters never touch each
other's work. Saving locks the rater's rating row; a published rating is never changed again, so a
replayed publish (a double click, a resent form) changes nothing and says so.
"""

import enum
from decimal import Decimal, InvalidOperation

from django import forms
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practice import access
from practice.completion import record_exercise_progress
from practice.models import Comment, ItemScore, Rating, RatingKind
from techniques.models import Technique

NOT_APPLICABLE = "na"


class Outcome(enum.Enum):
    SAVED = "saved"
    PUBLISHED = "published"
    ALREADY_PUBLISHED = "already_published"


def waiting_for(user):
    """The user's trainees' ready submissions they have not published a rating of, oldest first."""
    rated = Rating.objects.filter(submission=OuterRef("pk"), rater=user, published_at__isnull=False)
    return (
        access.ratable_submissions(user)
        .filter(calibration=False)
        .exclude(Exists(rated))
        .select_related("trainee", "exercise__rubric")
        .order_by("submitted_at", "pk")
    )


def kind_for(rater, submission):
    if rater.pk == submission.trainee_id and not submission.calibration:
        return RatingKind.SELF
    if submission.calibration and rater.is_superuser:
        return RatingKind.REFERENCE
    return RatingKind.OBSERVER


def rating_of(rater, submission):
    """The rater's rating of the submission (unsaved if they have not started one)."""
    rating = Rating.objects.filter(submission=submission, rater=rater).first()
    return rating or Rating(submission=submission, rater=rater, kind=kind_for(rater, submission))


def field_name(item):
    return f"item-{item.pk}"


class RatingForm(forms.Form):
    """One choice per rubric item (its points, and "not applicable" where allowed), the overall rating, feedback."""

    feedback = forms.CharField(
        label=gettext_lazy("Overall feedback"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )

    def __init__(self, rubric, items, *args, rating=None, **kwargs):
        self.rubric, self.items = rubric, items
        initial = {}
        if rating is not None and rating.pk:
            for score in rating.scores.all():
                initial[f"item-{score.item_id}"] = NOT_APPLICABLE if score.not_applicable else str(score.score)
            initial["overall"] = "" if rating.overall is None else str(rating.overall)
            initial["feedback"] = rating.feedback
        super().__init__(*args, initial=initial, **kwargs)
        for item in items:
            choices = [(str(value), label) for value, label, _anchor in item.points()]
            if item.allows_not_applicable:
                choices.append((NOT_APPLICABLE, _("Not applicable")))
            self.fields[field_name(item)] = forms.ChoiceField(
                label=item.text, choices=choices, required=False, widget=forms.RadioSelect
            )
        self.fields["overall"] = forms.ChoiceField(
            label=rubric.overall_label,
            choices=[(str(point), str(point)) for point, _anchor in rubric.overall_points()],
            required=False,
            widget=forms.RadioSelect,
        )

    def scores(self):
        """{item: (score or None, not_applicable)} from the cleaned data."""
        found = {}
        for item in self.items:
            value = self.cleaned_data.get(field_name(item)) or ""
            if value == NOT_APPLICABLE:
                found[item] = (None, True)
            elif value:
                score = int(value)
                if not item.accepts(score):
                    raise forms.ValidationError(
                        _("%(item)s: %(score)d is not on the scale.") % {"item": item, "score": score}
                    )
                found[item] = (score, False)
            else:
                found[item] = (None, False)
        return found

    def check_complete(self):
        """Errors on every item left unrated, for publishing."""
        for item in self.items:
            if not self.cleaned_data.get(field_name(item)):
                self.add_error(field_name(item), _("Rate this item before publishing (or mark it not applicable)."))
        if not self.cleaned_data.get("overall"):
            self.add_error("overall", _("Give the overall rating before publishing."))
        return not self.errors


def _locked_rating(rater, submission):
    """The rater's rating, created if need be (two first saves at once make one) and locked until commit."""
    Rating.objects.get_or_create(submission=submission, rater=rater, defaults={"kind": kind_for(rater, submission)})
    return Rating.objects.select_for_update().get(submission=submission, rater=rater)


def save(rater, submission, form, publish):
    """Save the rater's rating as a draft, or publish it. Returns (Outcome, rating)."""
    with transaction.atomic():
        rating = _locked_rating(rater, submission)
        if rating.is_published:
            return Outcome.ALREADY_PUBLISHED, rating
        scores = form.scores()
        overall = form.cleaned_data.get("overall")
        rating.overall = int(overall) if overall else None
        rating.feedback = form.cleaned_data.get("feedback", "")
        if publish:
            rating.published_at = timezone.now()
        rating.save()
        ItemScore.objects.filter(rating=rating).delete()
        ItemScore.objects.bulk_create(
            ItemScore(rating=rating, item=item, score=score, not_applicable=na)
            for item, (score, na) in scores.items()
            if score is not None or na
        )
    if publish and rating.kind == RatingKind.OBSERVER:
        record_exercise_progress(submission)  # a rating high enough may complete the exercise's module
    return (Outcome.PUBLISHED if publish else Outcome.SAVED), rating


class CommentForm(forms.Form):
    seconds = forms.CharField(label=gettext_lazy("At (seconds or minutes:seconds)"), max_length=12)
    text = forms.CharField(label=gettext_lazy("Comment"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    technique = forms.ModelChoiceField(
        label=gettext_lazy("Technique (optional)"), queryset=Technique.objects.order_by("name"), required=False
    )

    def __init__(self, *args, duration=None, **kwargs):
        self.duration = duration
        super().__init__(*args, **kwargs)

    def clean_seconds(self):
        raw = self.cleaned_data["seconds"].strip()
        try:
            if ":" in raw:
                minutes, seconds = raw.split(":", 1)
                value = Decimal(int(minutes) * 60) + Decimal(seconds)
            else:
                value = Decimal(raw)
        except (ValueError, InvalidOperation):
            raise forms.ValidationError(
                _("Write the moment as seconds (e.g. 65) or minutes:seconds (e.g. 1:05).")
            ) from None
        if not value.is_finite() or value < 0:
            raise forms.ValidationError(_("The moment cannot be before the start of the recording."))
        if self.duration is not None and value > Decimal(str(self.duration)) + 1:
            raise forms.ValidationError(
                _("The recording is only %(seconds)d seconds long.") % {"seconds": round(self.duration)}
            )
        return value.quantize(Decimal("0.1"))


def add_comment(rater, submission, form):
    """Add a moment comment to the rater's draft (a draft is started if need be); None once published."""
    with transaction.atomic():
        rating = _locked_rating(rater, submission)
        if rating.is_published:
            return None
        return Comment.objects.create(
            rating=rating,
            seconds=form.cleaned_data["seconds"],
            text=form.cleaned_data["text"],
            technique=form.cleaned_data["technique"],
        )


def delete_comment(rater, submission, comment_id):
    return Comment.objects.filter(
        pk=comment_id, rating__submission=submission, rating__rater=rater, rating__published_at__isnull=True
    ).delete()[0]
