from django.contrib.auth import views as auth_views


class SiteLoginView(auth_views.LoginView):
    """The front-end login. A signed-in visitor is sent on rather than shown the form again."""

    redirect_authenticated_user = True
