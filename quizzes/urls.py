from django.urls import path

from quizzes.views import catalogue, progress, taking

app_name = "quizzes"

urlpatterns = [
    path("", catalogue.quiz_index, name="index"),
    path("categories/", catalogue.category_index, name="categories"),
    path("categories/<slug:slug>/", catalogue.category_detail, name="category"),
    path("progress/", progress.progress_page, name="progress"),
    path("attempts/<int:pk>/", taking.attempt_result, name="attempt"),
    path("attempts/<int:pk>/questions/<int:position>/captions.vtt", taking.captions, name="captions"),
    path("attempts/<int:pk>/draft/", taking.save_draft, name="draft"),
    path("attempts/<int:pk>/summary/", taking.summary, name="summary"),
    path("attempts/<int:pk>/finish/", taking.finish, name="finish"),
    path("<slug:slug>/", catalogue.quiz_detail, name="detail"),
    path("<slug:slug>/take/", taking.take, name="take"),
    path("<slug:slug>/start/", taking.start, name="start"),
]
