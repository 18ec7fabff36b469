from wagtail.snippets.models import register_snippet

from supervision.viewsets import SupervisionViewSetGroup

register_snippet(SupervisionViewSetGroup)
