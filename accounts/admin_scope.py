"""Snippet choosers that ask the same permission as the snippet's own listing.

Wagtail's chooser views (choose, search, results, chosen, chosen-multiple) only ask for admin access, so an
editor could read any snippet through its chooser, who supervises which trainee included. A snippet viewset
whose model is operational data (cohorts, supervision) uses ``ManagedSnippetChooserViewSet``: its chooser opens
only to those who may list the model, which among the roles means site administrators alone.
"""

from django.core.exceptions import PermissionDenied
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser

# What the snippet listing asks (wagtail.admin.views.generic.models.IndexView.any_permission_required).
LISTING_PERMISSIONS = ["add", "change", "delete", "view"]


class ListingPermissionRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, LISTING_PERMISSIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ListingPermissionRequiredMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ListingPermissionRequiredMixin, chooser.ChooseResultsView):
    pass


class ChosenView(ListingPermissionRequiredMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ListingPermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    pass


class CreateView(ListingPermissionRequiredMixin, chooser.SnippetCreateView):
    pass


class ManagedSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
