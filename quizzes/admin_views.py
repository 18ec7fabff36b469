"""Question import and export (GIFT and CSV) in the Wagtail admin."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.core.validators import ProhibitNullCharactersValidator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import REPLACE, SKIP, BadImport, as_data, save_new_questions
from quizzes.models import Category, Question, QuestionImport, Quiz
from quizzes.tasks import import_questions as import_task

FORMATS = {"gift": gift, "csv": csv_format}
MAX_UPLOAD = 2 * 1024 * 1024
# A file with more questions than this is written by a background task, with a progress page: saving a question
# takes a dozen queries, and 3,000 of them would run past the application server's timeout.
BACKGROUND_FROM = 100


class PastedQuestions(forms.CharField):
    """Pasted questions are checked line by line by the import, a NUL byte included, so the lines can be named."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]


class ImportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=[("gift", _("Moodle GIFT")), ("csv", _("CSV"))])
    file = forms.FileField(label=_("File"), required=False, help_text=_("A .txt (GIFT) or .csv file, UTF-8."))
    text = PastedQuestions(label=_("Or paste the text"), required=False, widget=forms.Textarea(attrs={"rows": 10}))
    quiz = forms.ModelChoiceField(
        label=_("Also add the questions to this quiz"), queryset=Quiz.objects.order_by("title"), required=False
    )
    duplicates = forms.ChoiceField(
        label=_("Questions already in the bank"),
        choices=[
            (SKIP, _("Skip them")),
            (REPLACE, _("Replace them with the file's version (quizzes keep them; attempts keep what they showed)")),
        ],
        initial=SKIP,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("The same text and answers in the same category count as the same question."),
    )
    partial = forms.BooleanField(
        label=_("Import the valid questions and list the rest"),
        required=False,
        help_text=_("Otherwise nothing is imported unless every question in the file is valid."),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > MAX_UPLOAD:
                raise forms.ValidationError(_("The file is larger than 2 MB."))
            try:
                cleaned["content"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        elif cleaned.get("text", "").strip():
            cleaned["content"] = cleaned["text"]
        else:
            raise forms.ValidationError(_("Choose a file or paste the questions."))
        return cleaned


class ExportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=[("gift", _("Moodle GIFT")), ("csv", _("CSV"))])
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all(), required=False)
    quiz = forms.ModelChoiceField(label=_("Quiz"), queryset=Quiz.objects.order_by("title"), required=False)


@permission_required("quizzes.add_question", raise_exception=True)
def import_questions(request):
    errors, left_out = [], []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        module = FORMATS[form.cleaned_data["format"]]
        try:
            parsed = module.parse(form.cleaned_data["content"])
        except BadImport as error:
            if not (form.cleaned_data.get("partial") and error.valid):
                return TemplateResponse(request, "quizzes/admin/import.html", {"form": form, "errors": error.errors})
            parsed, left_out = error.valid, error.errors
        duplicates = form.cleaned_data.get("duplicates") or SKIP
        if len(parsed) > BACKGROUND_FROM:
            job = QuestionImport.objects.create(
                created_by=request.user,
                format=form.cleaned_data["format"],
                quiz=form.cleaned_data["quiz"],
                duplicates=duplicates,
                questions=[as_data(item) for item in parsed],
                left_out=[list(entry) for entry in left_out],
                total=len(parsed),
            )
            import_task.enqueue(job.pk)
            return redirect(job.get_absolute_url())
        result = save_new_questions(parsed, quiz=form.cleaned_data["quiz"], duplicates=duplicates)
        messages.success(request, _import_summary(result))
        if left_out:
            # The questions left out stay on the page, line by line, so the editor can fix and import them.
            return TemplateResponse(request, "quizzes/admin/import.html", {"form": ImportForm(), "left_out": left_out})
        return redirect("wagtailsnippets_quizzes_question:list")
    return TemplateResponse(request, "quizzes/admin/import.html", {"form": form, "errors": errors})


def _import_summary(result):
    return _counts_summary(len(result.created), len(result.replaced), len(result.skipped))


def _counts_summary(created, replaced, skipped):
    parts = [ngettext("Imported %(count)d question.", "Imported %(count)d questions.", created) % {"count": created}]
    if replaced:
        parts.append(
            ngettext("%(count)d already in the bank, replaced.", "%(count)d already in the bank, replaced.", replaced)
            % {"count": replaced}
        )
    if skipped:
        parts.append(
            ngettext("%(count)d already in the bank, skipped.", "%(count)d already in the bank, skipped.", skipped)
            % {"count": skipped}
        )
    return " ".join(parts)


def _own_import(request, pk):
    """An import is seen by the editor who started it (and by administrators)."""
    imports = QuestionImport.objects.all()
    if not request.user.is_superuser:
        imports = imports.filter(created_by=request.user)
    return get_object_or_404(imports.defer("questions"), pk=pk)


@permission_required("quizzes.add_question", raise_exception=True)
def import_progress(request, pk):
    """How far a background import is: a progress bar the page's script updates, then what was imported."""
    job = _own_import(request, pk)
    summary = _counts_summary(job.created, job.replaced, job.skipped)
    return TemplateResponse(request, "quizzes/admin/import_progress.html", {"job": job, "summary": summary})


@permission_required("quizzes.add_question", raise_exception=True)
def import_status(request, pk):
    """The progress page's poll: how many of how many, and whether it has finished."""
    job = _own_import(request, pk)
    return JsonResponse(
        {
            "status": job.status,
            "status_display": job.get_status_display(),
            "done": job.done,
            "total": job.total,
            "finished": job.finished,
        }
    )


@permission_required("quizzes.change_question", raise_exception=True)
def export_questions(request):
    form = ExportForm(request.GET or None)
    if request.GET and form.is_valid():
        questions = Question.objects.select_related("category__parent").prefetch_related("options")
        if form.cleaned_data["category"]:
            questions = questions.filter(category_id__in=form.cleaned_data["category"].descendant_ids())
        if form.cleaned_data["quiz"]:
            questions = questions.filter(quiz_links__quiz=form.cleaned_data["quiz"])
        fmt = form.cleaned_data["format"]
        body = FORMATS[fmt].export(questions.order_by("category__name", "pk"))
        content_type = "text/csv; charset=utf-8" if fmt == "csv" else "text/plain; charset=utf-8"
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="questions.{"csv" if fmt == "csv" else "gift.txt"}"'
        return response
    return TemplateResponse(request, "quizzes/admin/export.html", {"form": form})


@require_POST
@permission_required("quizzes.change_quiz", raise_exception=True)
def make_drafts(request):
    """Turn the chosen quizzes into drafts (what the refused delete offers): hidden from trainees, results kept."""
    ids = [int(value) for value in request.POST.getlist("id") if value.isdigit()]
    count = Quiz.objects.filter(pk__in=ids).update(draft=True)
    message = ngettext(
        "%(count)d quiz is now a draft; its attempts are kept.",
        "%(count)d quizzes are now drafts; their attempts are kept.",
        count,
    )
    messages.success(request, message % {"count": count})
    return redirect("wagtailsnippets_quizzes_quiz:list")
