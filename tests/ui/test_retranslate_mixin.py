"""Every widget that sets its texts in ``retranslate()`` follows the language through the one mixin,
not a copy of its own ``changeEvent`` (issue 11: one way to do each thing)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QWidget

import pan_desktop.ui
from pan_desktop.ui.retranslate import Retranslating


def _widget_classes():
    for info in pkgutil.walk_packages(pan_desktop.ui.__path__, "pan_desktop.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QWidget):
                yield cls


def test_widgets_with_retranslate_use_the_mixin():
    classes = list(_widget_classes())
    assert len(classes) > 20
    wrong = [f"{c.__module__}.{c.__name__}" for c in classes
             if "retranslate" in vars(c) and not issubclass(c, Retranslating)]
    copies = [f"{c.__module__}.{c.__name__}" for c in classes if "changeEvent" in vars(c)
              and "LanguageChange" in inspect.getsource(vars(c)["changeEvent"])]
    assert not wrong, f"retranslate() without the Retranslating mixin: {wrong}"
    assert not copies, f"own LanguageChange handling: {copies}"
