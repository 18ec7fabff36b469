"""Wagtail's users app, with a user viewset whose forms edit the home modality.

Named in INSTALLED_APPS instead of ``wagtail.users`` (the way Wagtail's documentation customises user forms).
"""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAdminConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.viewsets.UserViewSet"
