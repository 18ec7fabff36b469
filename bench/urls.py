"""The site's URLs and the benchmark's yardstick: a hello-world view served by the same process."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def hello(request):
    return HttpResponse(b"Hello, world.", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello), *site_urlpatterns]
