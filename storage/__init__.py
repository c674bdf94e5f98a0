"""Persistence for Rebound: SQLAlchemy models, the coach's store, Alembic migrations."""
