import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

TIME_PATTERN = re.compile(r"^\s*(?:(\d+):)?(\d+(?:\.\d+)?)\s*$")


class MomentField(forms.CharField):
    """A moment in a clip, typed as seconds ("83.5") or minutes and seconds ("1:23.5")."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = TIME_PATTERN.match(value)
        if not match:
            raise ValidationError(_("Enter a time such as 1:23 or 83 (seconds)."), code="invalid")
        minutes, seconds = match.groups()
        try:
            total = Decimal(seconds) + 60 * Decimal(minutes or 0)
        except InvalidOperation as error:
            raise ValidationError(_("Enter a time such as 1:23 or 83 (seconds)."), code="invalid") from error
        return total.quantize(Decimal("0.01"))


class AnswerForm(forms.Form):
    """The answer to one question of an attempt, built from the question's frozen snapshot.

    Choices carry only option ids and texts, never whether an option is right.
    """

    position = forms.IntegerField(widget=forms.HiddenInput)
    sequence = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, slot, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.slot = slot
        snap = slot.snapshot
        kind = snap["kind"]
        required = {"required": _("Please answer the question before moving on.")}
        if kind == "mc_single":
            self.fields["answer"] = forms.TypedChoiceField(
                choices=[(o["id"], o["text"]) for o in snap["options"]],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages=required,
            )
        elif kind == "mc_multiple":
            self.fields["answer"] = forms.TypedMultipleChoiceField(
                choices=[(o["id"], o["text"]) for o in snap["options"]],
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
                error_messages=required,
            )
        elif kind == "true_false":
            self.fields["answer"] = forms.TypedChoiceField(
                choices=[("true", _("True")), ("false", _("False"))],
                coerce=lambda value: value == "true",
                widget=forms.RadioSelect,
                error_messages=required,
            )
        elif kind == "essay":
            self.fields["answer"] = forms.CharField(
                widget=forms.Textarea(attrs={"rows": 10}), max_length=20000, strip=True, error_messages=required
            )
        elif kind == "spot_name":
            self.fields["answer"] = forms.TypedChoiceField(
                choices=[(t["id"], t["name"]) for t in snap["technique_choices"]],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages=required,
            )
        elif kind == "spot_moment":
            self.fields["answer"] = MomentField(
                label=_("Time in the clip"),
                help_text=_("Pause the video at the moment and press “Use the video's current time”, or type it."),
                error_messages=required,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            )
        self.initial.setdefault("position", slot.position)

    def payload(self):
        value = self.cleaned_data["answer"]
        kind = self.slot.snapshot["kind"]
        return {
            "mc_single": lambda: {"option": value},
            "mc_multiple": lambda: {"options": sorted(value)},
            "true_false": lambda: {"value": value},
            "essay": lambda: {"text": value},
            "spot_name": lambda: {"technique": value},
            "spot_moment": lambda: {"time": str(value)},
        }[kind]()
