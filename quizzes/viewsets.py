from functools import reduce
from operator import or_

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import Column
from wagtail.models import Page, ReferenceIndex
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from accounts.admin_scope import ManagedSnippetChooserViewSet
from quizzes.forms_admin import QuestionAdminForm, QuizAdminForm
from quizzes.models import Category, Question, Quiz, TraineeQuizOverride


def pages_placing(quizzes):
    """{quiz id: [pages]}: the pages whose content places each quiz, in tree order, from Wagtail's reference index.

    Quizzes sit below the curriculum, so they learn where they are placed from Wagtail, not from the pages' app.
    """
    references = ReferenceIndex.get_references_to_in_bulk(quizzes).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    quiz_ids_by_page = {}
    for quiz_id, page_id in references.values_list("to_object_id", "object_id").distinct():
        quiz_ids_by_page.setdefault(int(page_id), []).append(int(quiz_id))
    placed = {quiz.pk: [] for quiz in quizzes}
    for page in Page.objects.filter(pk__in=quiz_ids_by_page).only("title", "live", "path").order_by("path"):
        for quiz_id in quiz_ids_by_page[page.pk]:
            placed[quiz_id].append(page)
    return placed


class PlacedInColumn(Column):
    """The pages (modules) that place the quiz, each linked to its editor."""

    cell_template_name = "quizzes/admin/placed_in_cell.html"


class QuizIndexView(IndexView):
    def get_table(self, object_list):
        quizzes = list(object_list)
        placed = pages_placing(quizzes)
        for quiz in quizzes:
            quiz.placed_in = placed[quiz.pk]
        return super().get_table(quizzes)


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    index_view_class = QuizIndexView
    list_display = ["title", PlacedInColumn("placed_in", label=_("Placed in")), "category", "draft", "updated_at"]
    list_filter = ["draft", "category", "reveal_answers"]
    search_fields = ["title", "description"]
    search_backend_name = None
    ordering = ["title"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("category"),
                    FieldPanel("description"),
                    FieldPanel("draft"),
                ],
                heading=_("Quiz"),
            ),
            ObjectList(
                [
                    InlinePanel("quiz_questions", label=_("Questions"), panels=[FieldPanel("question")]),
                    InlinePanel(
                        "category_draws",
                        label=_("Random draws from the bank"),
                        panels=[FieldRowPanel([FieldPanel("category"), FieldPanel("count")])],
                    ),
                    FieldRowPanel([FieldPanel("random_order"), FieldPanel("max_questions")]),
                ],
                heading=_("Questions"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("single_attempt"), FieldPanel("max_attempts")]),
                            FieldPanel("grading_method"),
                            FieldPanel("time_limit"),
                            FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
                            FieldPanel("allow_anonymous"),
                        ],
                        heading=_("Attempts"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("navigation", widget=forms.RadioSelect), FieldPanel("questions_per_page")],
                        heading=_("Navigation"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("reveal_answers"),
                            FieldPanel("exam_paper"),
                            FieldPanel("pass_mark"),
                            FieldPanel("success_text"),
                            FieldPanel("fail_text"),
                        ],
                        heading=_("Results and review"),
                    ),
                    InlinePanel(
                        "feedback_bands",
                        label=_("Overall feedback by result"),
                        heading=_("Overall feedback by result"),
                        help_text=_(
                            "Shown on the result page: the text of the highest band the result reaches (70 % reaches "
                            "a band from 60 %, not one from 80 %)."
                        ),
                        panels=[FieldPanel("lower_bound"), FieldPanel("text")],
                    ),
                ],
                heading=_("Rules"),
            ),
        ],
        base_form_class=QuizAdminForm,
    )


QUESTION_SEARCH_FIELDS = ["title", "content", "vignette", "explanation"]


class QuestionSearchForm(SearchFilterMixin, BaseFilterForm):
    """The chooser searches the fields the question list searches, in the same way, so both find the same."""

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        return objects.filter(reduce(or_, (Q(**{f"{name}__icontains": query}) for name in QUESTION_SEARCH_FIELDS)))


class QuestionChooseView(ChooseView):
    filter_form_class = QuestionSearchForm


class QuestionChooseResultsView(ChooseResultsView):
    filter_form_class = QuestionSearchForm


class QuestionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["__str__", "kind", "category", "points", "updated_at"]
    list_filter = ["kind", "category"]
    search_fields = QUESTION_SEARCH_FIELDS
    chooser_viewset_class = QuestionChooserViewSet
    search_backend_name = None
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("points")]),
                    FieldPanel("title"),
                    FieldPanel("category"),
                    FieldPanel("vignette"),
                    FieldPanel("content"),
                    FieldPanel("text_format"),
                    FieldRowPanel([FieldPanel("figure"), FieldPanel("figure_alt")]),
                    FieldPanel("explanation"),
                    FieldPanel("quizzes"),
                ],
                heading=_("Question"),
            ),
            ObjectList(
                [
                    FieldPanel("answer_order"),
                    InlinePanel(
                        "options",
                        label=_("Options"),
                        panels=[
                            FieldPanel("text"),
                            FieldRowPanel([FieldPanel("correct"), FieldPanel("weight")]),
                            FieldPanel("feedback"),
                            FieldRowPanel([FieldPanel("tolerance"), FieldPanel("match")]),
                        ],
                    ),
                    FieldPanel("case_sensitive"),
                    FieldPanel("is_true"),
                    MultiFieldPanel(
                        [
                            FieldPanel("correct_feedback"),
                            FieldPanel("partial_feedback"),
                            FieldPanel("incorrect_feedback"),
                        ],
                        heading=_("Feedback on the answer"),
                        help_text=_(
                            "Shown with the review: on a right, a partly right (some of the points) or a wrong answer."
                        ),
                    ),
                ],
                heading=_("Answers"),
                help_text=_(
                    "Options: for multiple choice; the accepted answers of a short answer (a weight each, or "
                    "“correct” for full marks; * stands for any characters); the numbers of a numerical question "
                    "with their tolerance; the items of a matching question with their match. The statement's "
                    "truth for true or false."
                ),
            ),
            ObjectList([FieldPanel("rubric")], heading=_("Essay rubric")),
            ObjectList(
                [
                    FieldPanel("video"),
                    FieldPanel("captions"),
                    FieldPanel("technique"),
                    FieldPanel("technique_choices"),
                    FieldRowPanel([FieldPanel("moment"), FieldPanel("tolerance")]),
                ],
                heading=_("Role-play video"),
            ),
        ],
        base_form_class=QuestionAdminForm,
    )


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    list_display = ["name", "parent"]
    list_filter = ["parent"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [FieldPanel("name"), FieldPanel("parent"), FieldPanel("slug")]


class TraineeQuizOverrideViewSet(SnippetViewSet):
    """Extra time, attempts or dates for one trainee. Who has which arrangement (often an accessibility
    accommodation) is a trainee's personal data, so only site administrators reach it, its chooser too."""

    model = TraineeQuizOverride
    icon = "time"
    menu_label = _("Trainees' overrides")
    list_display = ["quiz", "user", "extra_minutes", "extra_attempts", "available_from", "available_until"]
    list_filter = ["quiz"]
    search_fields = ["quiz__title", "user__username", "user__first_name", "user__last_name"]
    search_backend_name = None
    chooser_viewset_class = ManagedSnippetChooserViewSet
    panels = [
        FieldPanel("quiz"),
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("extra_minutes"), FieldPanel("extra_attempts")]),
        FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
    ]


class QuizzesViewSetGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet, CategoryViewSet, TraineeQuizOverrideViewSet)
    menu_icon = "tasks"
    menu_label = _("Quizzes")
    menu_name = "quizzes"
    add_to_admin_menu = True
