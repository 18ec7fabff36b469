from django.urls import path

from interop import badge_views

app_name = "badges"

urlpatterns = [
    path("issuer/", badge_views.issuer, name="issuer"),
    path("issuer/jwks/", badge_views.jwks, name="jwks"),
    path("status/<str:number>/", badge_views.status_list, name="status"),
    path("achievements/<slug:key>/", badge_views.achievement, name="achievement"),
    path("credentials/<str:code>/", badge_views.credential, name="credential"),
    path("certificates/<int:pk>/credential.jwt", badge_views.download, name="download"),
    path("verify/", badge_views.verify, name="verify"),
]
