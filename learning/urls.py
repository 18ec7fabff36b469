from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("modules/<int:module_id>/read/", views.mark_read, name="read"),
    path("modules/<int:module_id>/watch/", views.watch, name="watch"),
    path("modules/<int:module_id>/seen/", views.seen, name="seen"),
    path("certificates/<int:pk>/", views.certificate, name="certificate"),
]
