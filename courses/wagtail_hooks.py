"""Curriculum pages tell the page cache, before they are served, that their response may be stored.

Only these page types are stored for visitors (``courses.page_cache``): what the rest of the tree holds (none
yet) decides for itself.
"""

from wagtail import hooks

from courses import page_cache
from courses.models import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage

CACHEABLE_PAGES = (HomePage, CourseIndexPage, CoursePage, ModulePage, TechniqueIndexPage)


@hooks.register("before_serve_page")
def mark_cacheable(page, request, serve_args, serve_kwargs):
    if isinstance(page, CACHEABLE_PAGES):
        page_cache.mark_cacheable(request, page)
