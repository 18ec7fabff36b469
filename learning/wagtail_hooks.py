from wagtail.snippets.models import register_snippet

from learning.viewsets import LearningViewSetGroup

register_snippet(LearningViewSetGroup)
