from django.urls import path

from practice.views import calibration, exercises, rating, submissions, uploads

app_name = "practice"

urlpatterns = [
    path("", exercises.index, name="index"),
    path("consent/", exercises.consent_view, name="consent"),
    path("exercises/<int:pk>/", exercises.exercise, name="exercise"),
    path("exercises/<int:pk>/upload/", exercises.upload_file, name="upload_file"),
    path("exercises/<int:pk>/uploads/", uploads.start, name="upload_start"),
    path("uploads/<str:pk>/", uploads.chunk, name="upload"),
    path("submissions/<str:pk>/", submissions.submission, name="submission"),
    path("submissions/<str:pk>/status/", submissions.status, name="submission_status"),
    path("submissions/<str:pk>/recording/", submissions.recording, name="recording"),
    path("submissions/<str:pk>/poster/", submissions.poster, name="poster"),
    path("submissions/<str:pk>/chapters.vtt", submissions.chapters, name="chapters"),
    path("submissions/<str:pk>/retry/", submissions.retry, name="retry"),
    path("submissions/<str:pk>/self-rating/", submissions.self_rating, name="self_rating"),
    path("rating/", rating.queue, name="queue"),
    path("rating/<str:pk>/", rating.rate, name="rate"),
    path("calibration/", calibration.index, name="calibration"),
    path("calibration/add/", calibration.add, name="calibration_add"),
    path("calibration/<str:pk>/", calibration.result, name="calibration_result"),
]
