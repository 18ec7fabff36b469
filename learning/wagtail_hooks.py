from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from learning import admin_views, journey
from learning.viewsets import LearningViewSetGroup
from quizzes.access import ACCESS_POLICY_HOOK, QuizAccess


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


@hooks.register(ACCESS_POLICY_HOOK)
def quiz_follows_its_module(user, quiz):
    """A quiz placed in live modules opens with one of them: enrolment in its course, earlier modules done in order.

    Quizzes ask this through their access hook (they cannot import learning); a quiz placed nowhere is not ours.
    """
    modules = [placement.module for placement in quiz.placements.select_related("module").filter(module__live=True)]
    if not modules:
        return None
    reasons = []
    for module in modules:
        course = module.course
        if course is None:
            continue
        if journey.enrolment_in(user, course) is None:
            reasons.append(_("Enrol in “%(course)s” to take this quiz.") % {"course": course.title})
        elif journey.must_come_first(user, module, course):
            reasons.append(
                _("Complete the earlier modules of “%(course)s” first: this quiz belongs to “%(module)s”.")
                % {"course": course.title, "module": module.title}
            )
        else:
            return QuizAccess(True)
    return QuizAccess(False, reasons[0]) if reasons else None
