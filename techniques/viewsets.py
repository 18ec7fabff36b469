from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet

from techniques.models import Technique


class TechniqueFilterSet(WagtailFilterSet):
    class Meta:
        model = Technique
        fields = ["track", "kind"]


class TechniqueViewSet(SnippetViewSet):
    model = Technique
    icon = "tag"
    menu_label = _("Techniques")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "code", "track", "kind"]
    list_export = ["code", "name", "track", "kind", "definition"]
    filterset_class = TechniqueFilterSet
    search_fields = ["name", "code", "definition"]
    ordering = ["name"]
    inspect_view_enabled = True
