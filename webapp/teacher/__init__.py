"""Teacher pages: lessons, review, publishing, results, downloads."""
from webapp.teacher import downloads, quizzes, views  # noqa: F401  (each module registers its routes)
from webapp.teacher.blueprint import bp

__all__ = ["bp"]
