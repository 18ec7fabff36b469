"""Template tags other rooms' templates may load to show the studio where it belongs.

- `{% practice_waiting user as count %}`: how many responses wait for this supervisor's rating.
It only reads; it never writes. (A module's exercises reach its page through courses' module panel hook.)
"""

from django import template

from practice.rating import waiting_for

register = template.Library()


@register.simple_tag
def practice_waiting(user):
    return waiting_for(user).count()
