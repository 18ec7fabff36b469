from practice.models.exercises import Completion, Difficulty, Exercise
from practice.models.ratings import Comment, ItemScore, Rating, RatingKind
from practice.models.rubrics import Rubric, RubricItem, ScaleKind, parse_anchors
from practice.models.submissions import Consent, RecordingView, Status, Submission

__all__ = [
    "Comment",
    "Completion",
    "Consent",
    "Difficulty",
    "Exercise",
    "ItemScore",
    "Rating",
    "RatingKind",
    "RecordingView",
    "Rubric",
    "RubricItem",
    "ScaleKind",
    "Status",
    "Submission",
    "parse_anchors",
]
