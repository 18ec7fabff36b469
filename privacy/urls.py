from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.privacy_page, name="page"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/export/", views.request_my_export, name="request_export"),
    path("exports/<uuid:pk>/status/", views.export_status, name="export_status"),
    path("exports/<uuid:pk>/download/", views.download, name="download"),
]
