"""PySide6 user interface: thin widgets over ``core.services``."""
