from django.urls import path

from interop import views

app_name = "interop"

urlpatterns = [
    path("jwks/", views.jwks, name="jwks"),
    path("register/", views.registration_start, name="register"),
    path("login/", views.login_initiation, name="login"),
    path("launch/", views.launch, name="launch"),
    path("deep-linking/", views.deep_link, name="deep_link"),
    path("courses/<int:pk>/", views.context_page, name="context"),
    path("courses/<int:pk>/roster/", views.sync_roster, name="sync_roster"),
]
