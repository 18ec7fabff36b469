from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.admin_scope import ManagedSnippetChooserViewSet
from learning.models import Cohort, CrossTrainingGoal


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = ["name", "starts_on", "ends_on"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["-starts_on", "name"]
    # Who is in which cohort, and who supervises it, is for site administrators only: the chooser too.
    chooser_viewset_class = ManagedSnippetChooserViewSet


class CrossTrainingGoalViewSet(SnippetViewSet):
    """Editors choose here which modules count toward "a look beyond the own nose" for each home modality."""

    model = CrossTrainingGoal
    icon = "resubmit"
    menu_label = _("Cross-training goals")
    list_display = ["title", "home_modality"]
    search_backend_name = None


class LearningViewSetGroup(SnippetViewSetGroup):
    items = (CohortViewSet, CrossTrainingGoalViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Learning")
    menu_name = "learning"
