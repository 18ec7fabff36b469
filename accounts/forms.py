"""The admin's user forms with the trainee's home modality (what the cross-training goal is chosen by)."""

from wagtail.users.forms import UserCreationForm, UserEditForm


class TraineeUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"home_modality"}


class TraineeUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"home_modality"}
