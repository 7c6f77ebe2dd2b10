"""Lessons: make (paste / upload / URL), read with the claim ledger, review and edit items, download.

``blueprint.py`` holds the URL map; ``views.py`` and ``downloads.py`` the view functions.
"""
