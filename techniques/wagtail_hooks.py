from wagtail.snippets.models import register_snippet

from techniques.viewsets import TechniqueViewSet

register_snippet(TechniqueViewSet)
