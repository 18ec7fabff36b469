"""The site's login form, and the admin's user forms with the trainee's home modality."""

from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
from wagtail.users.forms import UserCreationForm, UserEditForm


class SiteLoginForm(AuthenticationForm):
    """Django's login form, with the username held to the length a username can have.

    Django sets the field's max_length after the field is made, so the length is only the widget's maxlength
    and a longer username went on to authentication (and to the login records, where PostgreSQL refused it).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].validators.append(MaxLengthValidator(self.fields["username"].max_length))


class TraineeUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"home_modality"}


class TraineeUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"home_modality"}
