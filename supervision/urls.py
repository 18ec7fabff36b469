from django.urls import path

from supervision import views

app_name = "supervision"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("matrix/", views.matrix, name="matrix"),
    path("matrix/export.<str:fmt>", views.matrix_export, name="matrix_export"),
    path("trainees/<int:pk>/", views.trainee, name="trainee"),
    path("trainees/<int:pk>/export.<str:fmt>", views.trainee_export, name="trainee_export"),
    path("modules/", views.modules, name="modules"),
    path("modules/<int:pk>/", views.module, name="module"),
    path("marking/", views.marking_queue, name="marking"),
]
