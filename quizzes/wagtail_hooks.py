from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet

from quizzes import admin_preview, admin_regrade, admin_views
from quizzes.models import Question, Quiz, TraineeQuizOverride
from quizzes.overrides import refresh_open_attempts
from quizzes.viewsets import QuizzesViewSetGroup


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class QuizzesMenu(QuizzesViewSetGroup):
    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            PermissionMenuItem(
                _("Import questions"),
                reverse("quizzes_import"),
                icon_name="upload",
                order=900,
                permission="quizzes.add_question",
            ),
            PermissionMenuItem(
                _("Export questions"),
                reverse("quizzes_export"),
                icon_name="download",
                order=901,
                permission="quizzes.change_question",
            ),
        ]


register_snippet(QuizzesMenu)


@hooks.register("register_admin_urls")
def register_import_export_urls():
    return [
        path("quizzes/import/", admin_views.import_questions, name="quizzes_import"),
        path("quizzes/import/<int:pk>/", admin_views.import_progress, name="quizzes_import_progress"),
        path("quizzes/import/<int:pk>/status/", admin_views.import_status, name="quizzes_import_status"),
        path("quizzes/export/", admin_views.export_questions, name="quizzes_export"),
        path("quizzes/make-draft/", admin_views.make_drafts, name="quizzes_make_draft"),
        path("quizzes/preview/quiz/<int:pk>/", admin_preview.preview_quiz, name="quizzes_preview_quiz"),
        path("quizzes/regrade/<int:pk>/", admin_regrade.regrade_quiz, name="quizzes_regrade"),
        path("quizzes/preview/question/<int:pk>/", admin_preview.preview_question, name="quizzes_preview_question"),
        path(
            "quizzes/preview/question/<int:pk>/captions/",
            admin_preview.preview_captions,
            name="quizzes_preview_captions",
        ),
    ]


@hooks.register("before_delete_snippet")
def keep_quizzes_with_attempts(request, instances):
    """A quiz with attempts is not deleted (singly or in bulk): the page says what holds it and offers a draft."""
    quiz_ids = [instance.pk for instance in instances if isinstance(instance, Quiz)]
    if not quiz_ids:
        return None
    held = list(
        Quiz.objects.filter(pk__in=quiz_ids).annotate(attempt_count=Count("attempts")).filter(attempt_count__gt=0)
    )
    if not held:
        return None
    return TemplateResponse(request, "quizzes/admin/held_quizzes.html", {"held": held}, status=409)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def override_reaches_open_attempts(request, instance):
    """Extra time or other dates given to a trainee during an attempt apply to that attempt at once."""
    if isinstance(instance, TraineeQuizOverride):
        refresh_open_attempts(instance.quiz, [instance.user_id])


@hooks.register("after_delete_snippet")
def removed_override_leaves_open_attempts(request, instances):
    for instance in instances:
        if isinstance(instance, TraineeQuizOverride):
            refresh_open_attempts(instance.quiz, [instance.user_id])


@hooks.register("register_snippet_listing_buttons")
def preview_buttons(snippet, user, next_url=None):
    """A "Preview" beside each quiz and question in the admin's lists (nothing a preview does is recorded), and
    for administrators a "Regrade" beside each quiz."""
    if isinstance(snippet, Quiz) and user.has_perm("quizzes.change_quiz"):
        url = reverse("quizzes_preview_quiz", args=[snippet.pk])
    elif isinstance(snippet, Question) and user.has_perm("quizzes.change_question"):
        url = reverse("quizzes_preview_question", args=[snippet.pk])
    else:
        return []
    buttons = [ListingButton(_("Preview"), url, icon_name="view", priority=5, attrs={"target": "_blank"})]
    if isinstance(snippet, Quiz) and user.is_superuser:
        buttons.append(ListingButton(_("Regrade"), reverse("quizzes_regrade", args=[snippet.pk]), priority=6))
    return buttons
