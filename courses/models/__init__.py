from courses.models.pages import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage
from courses.models.placements import QuizPlacement
from courses.models.requirements import ModuleRequirements

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "ModulePage",
    "ModuleRequirements",
    "QuizPlacement",
    "TechniqueIndexPage",
]
