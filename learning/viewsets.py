from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.admin_scope import ManagedSnippetChooserViewSet
from learning.models import Cohort, CohortQuizOverride, CrossTrainingGoal


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


class CohortQuizOverrideViewSet(SnippetViewSet):
    """Extra time, attempts or dates of a quiz for a whole cohort; for site administrators, as cohorts are."""

    model = CohortQuizOverride
    icon = "time"
    menu_label = _("Cohorts' quiz overrides")
    list_display = ["quiz", "cohort", "extra_minutes", "extra_attempts", "available_from", "available_until"]
    list_filter = ["cohort", "quiz"]
    search_fields = ["quiz__title", "cohort__name"]
    search_backend_name = None
    chooser_viewset_class = ManagedSnippetChooserViewSet
    panels = [
        FieldPanel("quiz"),
        FieldPanel("cohort"),
        FieldRowPanel([FieldPanel("extra_minutes"), FieldPanel("extra_attempts")]),
        FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
    ]


class LearningViewSetGroup(SnippetViewSetGroup):
    items = (CohortViewSet, CrossTrainingGoalViewSet, CohortQuizOverrideViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Learning")
    menu_name = "learning"
