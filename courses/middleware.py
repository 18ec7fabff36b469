"""The Wagtail admin's page-creation race, closed.

Wagtail 8 autosaves a new page: the first autosave creates it and moves the
form to the page's edit URL. If the editor presses "Submit" or "Publish"
while that first autosave is still on its way, the button posts to the
creation URL again, the form (checked before the autosave landed) passes,
and adding the page fails on its now-taken slug: a server error, and the
editor's last words seem lost. The same happens the other way round when the
autosave arrives just after the button's post.

This middleware catches that one failure and finishes what the editor meant:

- the button's post (an HTML form) goes on as an edit of the page the
  autosave made, when that page is the same editor's never-published draft
  of the same type; otherwise the creation form comes back with the slug
  error, everything typed still in it;
- an autosave's post (JSON) gets Wagtail's own "invalid revision" answer,
  which stops autosaving on that form instead of showing a server error.
"""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.urls import resolve, reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

CREATE_VIEW = "wagtailadmin_pages:add"


class PageCreateRaceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if (
            request.method != "POST"
            or match is None
            or match.view_name != CREATE_VIEW
            or not isinstance(exception, ValidationError)
            or "slug" not in getattr(exception, "message_dict", {})
        ):
            return None
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(
                {
                    "success": False,
                    "error_code": "invalid_revision",
                    "error_message": _("This page has just been saved from this form; reload it to go on."),
                },
                status=400,
            )
        draft = autosaved_draft(request, match.kwargs)
        if draft is not None:
            edit = resolve(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
            return edit.func(request, *edit.args, **edit.kwargs)
        # Someone else took the slug meanwhile: the form, checked again now, says so.
        return match.func(request, *match.args, **match.kwargs)


def autosaved_draft(request, kwargs):
    """The page this editor's own autosave just made from the same form, or None."""
    slug = request.POST.get("slug", "")
    parent = Page.objects.filter(pk=kwargs.get("parent_page_id")).first()
    if parent is None or not slug:
        return None
    sibling = parent.get_children().filter(slug=slug).select_related("content_type").first()
    if (
        sibling is None
        or sibling.owner_id != request.user.pk
        or sibling.first_published_at is not None
        or sibling.content_type.app_label != kwargs.get("content_type_app_name")
        or sibling.content_type.model != kwargs.get("content_type_model_name")
    ):
        return None
    return sibling
