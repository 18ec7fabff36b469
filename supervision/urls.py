from django.urls import path

from supervision.views import marking, reports

app_name = "supervision"

urlpatterns = [
    path("", reports.overview, name="overview"),
    path("matrix/", reports.matrix, name="matrix"),
    path("matrix/export.<str:fmt>", reports.matrix_export, name="matrix_export"),
    path("trainees/<int:pk>/", reports.trainee, name="trainee"),
    path("trainees/<int:pk>/export.<str:fmt>", reports.trainee_export, name="trainee_export"),
    path("modules/", reports.modules, name="modules"),
    path("modules/<int:pk>/", reports.module, name="module"),
    path("marking/", marking.queue, name="marking"),
    path("marking/attempts/", marking.attempts, name="marking_attempts"),
    path("marking/attempts/<int:pk>/", marking.attempt, name="marking_attempt"),
]
