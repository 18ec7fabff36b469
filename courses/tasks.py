"""Background work of the curriculum (django-tasks).

``purge_front_cache`` asks the front cache or CDN named in ``WAGTAILFRONTENDCACHE`` to forget every public page
(each live page's URLs, the glossary's technique pages included), after the page cache's generation moved on
(``courses.page_cache.purge``). Wagtail's frontend-cache app purges a published page's own URLs; a module also
shows in its course, its siblings and the catalogue, and a technique in every module naming it, so everything
goes. Without ``WAGTAILFRONTENDCACHE`` nothing is enqueued.
"""

from django.conf import settings
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def wants_front_cache_purge():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


@task()
def purge_front_cache():
    """Purge every live page's URLs from the front cache; returns how many URLs were sent."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().specific().exclude(depth=1))
    batch.purge()
    return len(batch.urls)
