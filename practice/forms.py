from django import forms
from django.utils.translation import gettext_lazy as _

from practice.models import Exercise


class UploadForm(forms.Form):
    recording = forms.FileField(
        label=_("Recording (video or audio file)"),
        help_text=_("Any common format: MP4, MOV, WebM, M4A, MP3, WAV, OGG."),
        widget=forms.ClearableFileInput(attrs={"accept": "video/*,audio/*"}),
    )


class CalibrationUploadForm(UploadForm):
    exercise = forms.ModelChoiceField(
        label=_("Exercise (its rubric is the one raters use)"), queryset=Exercise.objects.select_related("rubric")
    )
    title = forms.CharField(label=_("Title"), max_length=200)
