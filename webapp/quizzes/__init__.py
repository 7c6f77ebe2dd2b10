"""Quizzes: publish a lesson, settings and join code, results, one student's attempt.

``blueprint.py`` holds the URL map; ``views.py`` the view functions.
"""
