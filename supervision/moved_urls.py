"""The quizzes' former marking addresses, mounted at /quizzes/marking/ by config/urls.py: marking moved here."""

from django.urls import path

from supervision.views import marking

urlpatterns = [
    path("", marking.moved, {"to": "supervision:marking_attempts"}),
    path("<int:pk>/", marking.moved, {"to": "supervision:marking_attempt"}),
]
