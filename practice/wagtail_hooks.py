from wagtail.snippets.models import register_snippet

from practice.viewsets import PracticeViewSetGroup

register_snippet(PracticeViewSetGroup)
