from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from learning import admin_views, journey
from learning.viewsets import LearningViewSetGroup
from quizzes.access import ACCESS_POLICY_HOOK


class ImportTraineesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import_trainees(request.user)


class LearningMenu(LearningViewSetGroup):
    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            ImportTraineesMenuItem(
                _("Import trainees"), reverse("learning_import_trainees"), icon_name="upload", order=900
            ),
        ]


register_snippet(LearningMenu)


@hooks.register("register_admin_urls")
def register_import_trainees_url():
    return [path("learning/import-trainees/", admin_views.import_trainees, name="learning_import_trainees")]


# Quizzes ask who may take a quiz through their access hook (they cannot import learning).
hooks.register(ACCESS_POLICY_HOOK, journey.quiz_access)
