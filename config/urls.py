from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses import views as course_views
from learning import views as learning_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("accounts.urls")),
    # Before the quizzes' own URLs, whose quiz pages would otherwise take "marking" for a quiz's slug.
    path("quizzes/marking/", include("supervision.moved_urls")),
    path("quizzes/", include("quizzes.urls")),
    path("learning/", include("learning.urls")),
    path("supervision/", include("supervision.urls")),
    path("practice/", include("practice.urls")),
    path("lti/", include("interop.urls")),
    path("badges/", include("interop.badge_urls")),
    path("privacy/", include("privacy.urls")),
    path("dashboard/", learning_views.dashboard, name="dashboard"),
    path("certificates/verify/", learning_views.verify, name="verify_certificate"),
    path("search/", course_views.search, name="search"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]

if settings.SERVE_MEDIA:
    # Development and test servers only; production media comes from the front server or object storage.
    urlpatterns += [re_path(r"^media/(?P<path>.+)$", course_views.serve_media, name="media")]

# Wagtail's page tree answers everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
