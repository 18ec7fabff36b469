from django.contrib.auth import views as auth_views
from django.urls import reverse

from accounts import roles
from accounts.forms import SiteLoginForm


class SiteLoginView(auth_views.LoginView):
    """The front-end login. A signed-in visitor is sent on rather than shown the form again.

    Without a (safe) `next`, each role lands where its work is: trainees on their dashboard, supervisors on
    their workspace, editors, reviewers and administrators in the admin (`accounts.roles.landing`).
    """

    authentication_form = SiteLoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        first = form.get_user().last_login is None
        response = super().form_valid(form)
        # The dashboard greets a first sign-in with "Welcome", later ones with "Welcome back".
        self.request.session["first_sign_in"] = first
        return response

    def get_default_redirect_url(self):
        return reverse(roles.landing(self.request.user))
