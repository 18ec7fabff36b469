from wagtail import hooks
from wagtail.snippets.models import register_snippet

from learning.completion import COMPLETION_PARTS_HOOK
from practice.completion import exercise_parts
from practice.viewsets import PracticeViewSetGroup

register_snippet(PracticeViewSetGroup)
hooks.register(COMPLETION_PARTS_HOOK, exercise_parts)
