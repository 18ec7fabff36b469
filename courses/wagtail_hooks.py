from wagtail.snippets.models import register_snippet

from courses.viewsets import TechniqueViewSet

register_snippet(TechniqueViewSet)
