from courses.models.pages import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "ModulePage",
    "TechniqueIndexPage",
]
