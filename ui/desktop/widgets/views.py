"""Item views set up the one way the window's lists and tables behave."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

View = TypeVar("View", bound=QAbstractItemView)


def one_at_a_time(view: View, model: QAbstractItemModel) -> View:
    """`view` showing `model`, where a person selects one item at a time: every pane
    beside a list or table acts on the one item selected."""
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


def rows_table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    """A table of `model` in which a whole row is one item; rows are not numbered, since a
    row's number means nothing to a person (sorting moves it)."""
    view = one_at_a_time(QTableView(parent), model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    return view
