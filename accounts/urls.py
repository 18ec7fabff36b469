from django.contrib.auth import views as auth_views
from django.urls import path

from accounts.views import account, login, mfa

urlpatterns = [
    path("", account.account, name="account"),
    path("login/", login.SiteLoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("sessions/sign-out-others/", account.sign_out_other_sessions, name="sign_out_other_sessions"),
    path("confirm/", account.reauthenticate, name="reauthenticate"),
    path("two-factor/", mfa.verify, name="mfa_verify"),
    path("two-factor/setup/", mfa.setup, name="mfa_setup"),
    path("two-factor/recovery-codes/", mfa.recovery_codes, name="mfa_recovery_codes"),
    path("two-factor/remove/", mfa.remove, name="mfa_remove"),
    path("password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password/change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("password/reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path("password/reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("password/reset/complete/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
