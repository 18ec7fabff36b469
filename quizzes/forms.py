import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from quizzes.questions import as_number

TIME_PATTERN = re.compile(r"^\s*(?:(\d+):)?(\d+(?:\.\d+)?)\s*$")
# The longest essay an answer (and so a draft) may hold, in characters.
ESSAY_MAX_LENGTH = 20000
# A moment typed into the time field ("1:23.5") is short; a draft of it longer than this is no draft.
MOMENT_MAX_LENGTH = 32
# No role-play clip runs for a day: a longer time is a slip (and one of 27 digits or more is more than a decimal
# of the answer's precision can hold).
MOMENT_MAX_SECONDS = 24 * 60 * 60


class MomentField(forms.CharField):
    """A moment in a clip, typed as seconds ("83.5") or minutes and seconds ("1:23.5")."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = TIME_PATTERN.match(value) if len(value) <= MOMENT_MAX_LENGTH else None
        if not match:
            raise ValidationError(_("Enter a time such as 1:23 or 83 (seconds)."), code="invalid")
        minutes, seconds = match.groups()
        try:
            total = Decimal(seconds) + 60 * Decimal(minutes or 0)
        except InvalidOperation as error:
            raise ValidationError(_("Enter a time such as 1:23 or 83 (seconds)."), code="invalid") from error
        if total >= MOMENT_MAX_SECONDS:
            raise ValidationError(_("Enter a time within the clip, such as 1:23 or 83 (seconds)."), code="max_value")
        return total.quantize(Decimal("0.01"))


# A short answer is a word or a phrase; a number as typed is shorter still.
SHORT_ANSWER_MAX_LENGTH = 255
NUMBER_MAX_LENGTH = 40
# The answers typed as text, and the longest draft of each.
TEXT_LIMITS = {
    "essay": ESSAY_MAX_LENGTH,
    "spot_moment": MOMENT_MAX_LENGTH,
    "short_answer": SHORT_ANSWER_MAX_LENGTH,
    "numerical": NUMBER_MAX_LENGTH,
}


class NumberField(forms.CharField):
    """A number as the trainee types it ("3.14", "3,14", "-2", "1e3"), kept as its decimal text."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        number = as_number(value) if len(value) <= NUMBER_MAX_LENGTH else None
        if number is None:
            raise ValidationError(_("Enter a number, such as 3.14."), code="invalid")
        return number


class MatchingWidget(forms.MultiWidget):
    def decompress(self, value):
        return list(value) if value else []


class MatchingField(forms.MultiValueField):
    """One choice per item of a matching question; an item left unchosen is simply not paired."""

    def __init__(self, pairs, matches, **kwargs):
        choices = [("", _("Choose…")), *((m, m) for m in matches)]
        fields = [forms.ChoiceField(choices=choices, required=False) for _pair in pairs]
        widget = MatchingWidget([forms.Select(choices=choices) for _pair in pairs])
        super().__init__(fields=fields, widget=widget, require_all_fields=False, **kwargs)
        self.pairs = pairs

    def compress(self, data_list):
        return [value or "" for value in data_list] if data_list else []


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
                widget=forms.Textarea(attrs={"rows": 10}),
                max_length=ESSAY_MAX_LENGTH,
                strip=True,
                error_messages=required,
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
        elif kind == "short_answer":
            self.fields["answer"] = forms.CharField(
                max_length=SHORT_ANSWER_MAX_LENGTH,
                strip=True,
                error_messages=required,
                widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            )
        elif kind == "numerical":
            self.fields["answer"] = NumberField(
                label=_("Your answer (a number)"),
                error_messages=required,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            )
        elif kind == "matching":
            self.fields["answer"] = MatchingField(snap["pairs"], snap["matches"], error_messages=required)
        self.initial.setdefault("position", slot.position)

    def clean_answer(self):
        value = self.cleaned_data.get("answer")
        if self.slot.snapshot["kind"] == "matching" and self.fields["answer"].required and not any(value or []):
            raise ValidationError(_("Please answer the question before moving on."), code="required")
        return value

    def matching_rows(self):
        """The items of a matching question with the name, id and chosen value of each one's select."""
        field = self["answer"]
        values = field.value() or []
        if not isinstance(values, list):
            values = field.field.widget.decompress(values)
        return [
            {
                "item": pair["item"],
                "name": f"{field.html_name}_{index}",
                "id": f"{field.auto_id}_{index}",
                "value": values[index] if index < len(values) else "",
            }
            for index, pair in enumerate(self.slot.snapshot["pairs"])
        ]

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
            "short_answer": lambda: {"text": value},
            "numerical": lambda: {"value": f"{value.normalize():f}"},
            "matching": lambda: {
                "matches": {
                    str(pair["id"]): chosen
                    for pair, chosen in zip(self.slot.snapshot["pairs"], value, strict=False)
                    if chosen
                }
            },
        }[kind]()


def clean_draft_value(slot, value):
    """The draft `value` for `slot` as stored (what the answer field holds, as strings); ValidationError if unfit.

    A draft may be unfinished (an empty field, half a time), but never of the wrong type, longer than the answer
    may be, carrying NUL or unencodable characters, or choosing an option the question does not offer.
    """
    kind = slot.snapshot["kind"]
    if value is None:
        return None
    if kind in TEXT_LIMITS:
        return _draft_text(value, TEXT_LIMITS[kind])
    if kind == "matching":
        matches = set(slot.snapshot["matches"]) | {""}
        if not isinstance(value, list) or len(value) > len(slot.snapshot["pairs"]):
            raise ValidationError(_("Send the chosen matches as a list."), code="invalid")
        if any(not isinstance(item, str) or item not in matches for item in value):
            raise ValidationError(_("This question offers no such option."), code="invalid_choice")
        return value
    choices = _choice_values(slot.snapshot)
    if kind == "mc_multiple":
        if not isinstance(value, list) or len(value) > len(choices):
            raise ValidationError(_("Send the ticked options as a list."), code="invalid")
        return sorted({_draft_choice(item, choices) for item in value}, key=choices.index)
    return _draft_choice(value, choices)


def _draft_text(value, limit):
    if not isinstance(value, str):
        raise ValidationError(_("Send the answer as text."), code="invalid")
    if len(value) > limit:
        raise ValidationError(
            _("A draft holds at most %(limit)s characters."), code="max_length", params={"limit": limit}
        )
    if "\x00" in value:
        raise ValidationError(_("The text holds a NUL character."), code="null_characters_not_allowed")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(_("The text holds characters that cannot be stored."), code="invalid") from error
    return value


def _choice_values(snap):
    kind = snap["kind"]
    if kind == "true_false":
        return ["true", "false"]
    if kind == "spot_name":
        return [str(t["id"]) for t in snap["technique_choices"]]
    return [str(o["id"]) for o in snap.get("options", [])]


def _draft_choice(value, choices):
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value) not in choices:
        raise ValidationError(_("This question offers no such option."), code="invalid_choice")
    return str(value)


def draft_payload(slot, value):
    """The answer payload a draft submits, as the question's form reads it; None if it would not be a valid answer."""
    data = {"position": slot.position, "sequence": 0, "answer": value}
    if slot.snapshot["kind"] == "matching" and isinstance(value, list):
        data.update({f"answer_{index}": item for index, item in enumerate(value)})
    form = AnswerForm(slot, data)
    return form.payload() if form.is_valid() else None
