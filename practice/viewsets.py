from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practice.models import Exercise, Rubric


class ExerciseFilterSet(WagtailFilterSet):
    class Meta:
        model = Exercise
        fields = ["live", "difficulty", "rubric", "course"]


class ExerciseViewSet(SnippetViewSet):
    model = Exercise
    icon = "media"
    menu_label = _("Exercises")
    list_display = ["title", "difficulty", "rubric", "course", "live"]
    filterset_class = ExerciseFilterSet
    search_fields = ["title", "prompt"]
    search_backend_name = None
    ordering = ["title"]


class RubricViewSet(SnippetViewSet):
    model = Rubric
    icon = "list-ul"
    menu_label = _("Rubrics")
    list_display = ["title", "track", "updated_at"]
    list_filter = ["track"]
    search_fields = ["title", "description"]
    search_backend_name = None
    ordering = ["title"]


class PracticeViewSetGroup(SnippetViewSetGroup):
    items = (ExerciseViewSet, RubricViewSet)
    menu_icon = "media"
    menu_label = _("Practice studio")
    menu_name = "practice"
    menu_order = 250
