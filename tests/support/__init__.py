"""Test support shared by tests/faults, tests/e2e and bench/load.py: a real server and load students.

- ``server``: a database, a published quiz, gunicorn on a loopback port.
- ``http_client``: a lean asyncio HTTP/1.1 client (cookies, forms, JSON).
- ``students``: students as the quiz page drives the server, and ``verify`` of the database.

Tests import it as ``support`` (tests/conftest.py puts tests/ on the path); bench/load.py does the same.
"""
