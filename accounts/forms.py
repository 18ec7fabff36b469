"""The site's login form, the second factor's and re-authentication's forms, and the admin's user forms."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm


class SiteLoginForm(AuthenticationForm):
    """Django's login form, with the username held to the length a username can have.

    Django sets the field's max_length after the field is made, so the length is only the widget's maxlength
    and a longer username went on to authentication (and to the login records, where PostgreSQL refused it).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].validators.append(MaxLengthValidator(self.fields["username"].max_length))


class UniqueEmailMixin:
    """An e-mail address belongs to one account, in any case: the trainee import and password resets find people
    by it, and two accounts sharing one would leave the import unable to tell them apart."""

    def clean_email(self):
        email = self.cleaned_data.get("email", "")
        if email:
            others = get_user_model().objects.filter(email__iexact=email)
            if self.instance.pk:
                others = others.exclude(pk=self.instance.pk)
            if others.exists():
                raise forms.ValidationError(_("Another account already uses this e-mail address."))
        return email


class TraineeUserCreationForm(UniqueEmailMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"home_modality"}


class TraineeUserEditForm(UniqueEmailMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"home_modality"}


class CodeField(forms.CharField):
    """Six digits from an authenticator app, or a recovery code; spaces and hyphens are allowed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Code"))
        kwargs.setdefault("max_length", 24)
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"})


class SetupCodeForm(forms.Form):
    code = CodeField(
        label=_("Code from your authenticator app"),
        help_text=_("The six digits the app shows for this site now."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs["inputmode"] = "numeric"


class VerifyCodeForm(forms.Form):
    code = CodeField(
        label=_("Code"),
        help_text=_("The six digits your authenticator app shows now, or one of your recovery codes."),
    )


class ReauthenticationForm(forms.Form):
    """The password, or (for someone with an authenticator) a code: either proves it is still them."""

    password = forms.CharField(
        label=_("Password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    code = CodeField(label=_("Or a code from your authenticator app"), required=False)

    def __init__(self, *args, with_code=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_code:
            del self.fields["code"]

    def clean(self):
        data = super().clean()
        if not data.get("password") and not data.get("code"):
            raise forms.ValidationError(_("Enter your password or a code."), code="required")
        return data
