from quizzes.models.attempts import Answer, Attempt, AttemptSlot, AttemptStatus, Draft, MarkingEvent
from quizzes.models.categories import Category
from quizzes.models.imports import ImportStatus, QuestionImport
from quizzes.models.overrides import QuizOverrideFields, TraineeQuizOverride
from quizzes.models.questions import (
    CHOICE_KINDS,
    OPTION_KINDS,
    SPOT_KINDS,
    AnswerOption,
    AnswerOrder,
    Question,
    QuestionKind,
    TextFormat,
)
from quizzes.models.quizzes import (
    GradingMethod,
    Quiz,
    QuizCategoryDraw,
    QuizFeedbackBand,
    QuizQuestion,
    RevealAnswers,
    band_for,
)
from quizzes.models.regrades import Regrade, RegradeChange

__all__ = [
    "CHOICE_KINDS",
    "OPTION_KINDS",
    "SPOT_KINDS",
    "Answer",
    "AnswerOption",
    "AnswerOrder",
    "Attempt",
    "AttemptSlot",
    "AttemptStatus",
    "Category",
    "Draft",
    "GradingMethod",
    "ImportStatus",
    "MarkingEvent",
    "Question",
    "QuestionImport",
    "QuestionKind",
    "Quiz",
    "QuizCategoryDraw",
    "QuizFeedbackBand",
    "QuizOverrideFields",
    "QuizQuestion",
    "Regrade",
    "RegradeChange",
    "RevealAnswers",
    "TextFormat",
    "TraineeQuizOverride",
    "band_for",
]
