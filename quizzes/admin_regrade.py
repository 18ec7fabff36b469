"""Regrading a quiz in the admin: the dry run (GET, reading only), then "Regrade" (POST, confirmed), audited.

Who regrades: site administrators. The list names trainees and their results, which editors do not see; an
editor fixes the key, an administrator regrades.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from quizzes import regrading
from quizzes.models import Quiz, Regrade


class ApplyForm(forms.Form):
    plan = forms.CharField(widget=forms.HiddenInput, max_length=64)
    confirm = forms.BooleanField(
        label=_("I have checked the changes listed and want to apply them to the trainees' results"),
        error_messages={"required": _("Tick the box to confirm that the changes listed should be applied.")},
    )


@require_http_methods(["GET", "POST"])
def regrade_quiz(request, pk):
    if not request.user.is_superuser:
        raise PermissionDenied
    quiz = get_object_or_404(Quiz, pk=pk)
    changes = regrading.plan(quiz)
    fingerprint = regrading.fingerprint(changes)
    form = ApplyForm(request.POST or None, initial={"plan": fingerprint})
    stale = False
    if request.method == "POST" and form.is_valid():
        try:
            regrade = regrading.apply(quiz, request.user, form.cleaned_data["plan"])
        except regrading.PlanChanged:
            stale = True
            form = ApplyForm(initial={"plan": fingerprint})
        else:
            return redirect(f"{request.path}?regrade={regrade.pk}")
    shown = _shown_regrade(request, quiz)
    context = {
        "quiz": quiz,
        "changes": [c for c in changes if c.result_changes],
        "key_only": sum(1 for c in changes if not c.result_changes),
        "form": form,
        "stale": stale,
        "history": quiz.regrades.select_related("performed_by")[:20],
        "shown": shown,
        "shown_changes": shown.changes.select_related("attempt__user") if shown else [],
    }
    return TemplateResponse(request, "quizzes/admin/regrade.html", context, status=409 if stale else 200)


def _shown_regrade(request, quiz):
    raw = request.GET.get("regrade", "")
    if not raw.isdigit() or len(raw) > 18:
        return None
    return Regrade.objects.filter(quiz=quiz, pk=int(raw)).select_related("performed_by").first()
