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
    # Searched in the database (a substring of the name, code or definition), not through the search index:
    # SQLite's index cannot restrict a search to named fields, and editors look codes up by their letters.
    search_fields = ["name", "code", "definition"]
    search_backend_name = None
    ordering = ["name"]
    inspect_view_enabled = True
