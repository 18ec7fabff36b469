from courses.models.pages import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage
from courses.models.placements import QuizPlacement

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "ModulePage",
    "QuizPlacement",
    "TechniqueIndexPage",
]
