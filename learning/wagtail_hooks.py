from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from learning import admin_views, journey, quiz_overrides
from learning.models import CohortQuizOverride
from learning.viewsets import LearningViewSetGroup
from quizzes.access import ACCESS_POLICY_HOOK
from quizzes.overrides import LATEST_CLOSE_HOOK, OVERRIDE_HOOK


class ImportTraineesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import_trainees(request.user)


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


class LearningMenu(LearningViewSetGroup):
    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            ImportTraineesMenuItem(
                _("Import trainees"), reverse("learning_import_trainees"), icon_name="upload", order=900
            ),
            ImportTraineesMenuItem(_("Invitations"), reverse("learning_invitations"), icon_name="mail", order=905),
            AdministratorsMenuItem(
                _("Certificates"), reverse("learning_certificates"), icon_name="doc-full", order=910
            ),
        ]


register_snippet(LearningMenu)


@hooks.register("register_admin_urls")
def register_import_trainees_url():
    return [
        path("learning/import-trainees/", admin_views.import_trainees, name="learning_import_trainees"),
        path("learning/invitations/", admin_views.invitations, name="learning_invitations"),
        path("learning/certificates/", admin_views.certificates, name="learning_certificates"),
        path(
            "learning/certificates/<id:pk>/revoke/",
            admin_views.revoke_certificate,
            name="learning_revoke_certificate",
        ),
    ]


# Quizzes ask who may take a quiz through their access hook (they cannot import learning).
hooks.register(ACCESS_POLICY_HOOK, journey.quiz_access)

# Cohorts' quiz overrides, asked by the quizzes through their hooks.
hooks.register(OVERRIDE_HOOK, quiz_overrides.cohort_override)
hooks.register(LATEST_CLOSE_HOOK, quiz_overrides.latest_close)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def cohort_override_reaches_open_attempts(request, instance):
    if isinstance(instance, CohortQuizOverride):
        quiz_overrides.refresh_cohort(instance)


@hooks.register("after_delete_snippet")
def removed_cohort_override_leaves_open_attempts(request, instances):
    for instance in instances:
        if isinstance(instance, CohortQuizOverride):
            quiz_overrides.refresh_cohort(instance)
