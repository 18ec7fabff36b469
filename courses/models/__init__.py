from courses.models.pages import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage
from courses.models.techniques import Technique, TechniqueMoment

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "ModulePage",
    "Technique",
    "TechniqueIndexPage",
    "TechniqueMoment",
]
