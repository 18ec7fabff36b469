from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("courses/<id:course_id>/enrol/", views.enrol, name="enrol"),
    path("modules/<id:module_id>/read/", views.mark_read, name="read"),
    path("modules/<id:module_id>/watch/", views.watch, name="watch"),
    path("modules/<id:module_id>/seen/", views.seen, name="seen"),
    path("certificates/<id:pk>/", views.certificate, name="certificate"),
]
