"""The PAN hub (SYNC.md): orders and resolves the edits that devices push, serves what they pull.

A FastAPI app over SQLAlchemy (SQLite by default, PostgreSQL by URL). Never part of the desktop bundle.
"""
