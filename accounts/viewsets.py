"""Wagtail's user admin, with the accounts' own forms (Settings → Users)."""

from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import TraineeUserCreationForm, TraineeUserEditForm


class UserViewSet(WagtailUserViewSet):
    template_prefix = "accounts/users/"

    def get_form_class(self, for_update=False):
        return TraineeUserEditForm if for_update else TraineeUserCreationForm
