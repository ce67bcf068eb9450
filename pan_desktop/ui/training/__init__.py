"""The Training area: sessions, attendance and scores, indicators."""

from pan_desktop.ui.training.page import TrainingPage

__all__ = ["TrainingPage"]
