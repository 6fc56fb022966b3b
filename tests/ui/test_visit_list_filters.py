"""The visit list's filters say what they filter to a screen reader.

On Linux Qt reports a combo box's current value ("All suites") as its AT-SPI name and names the control
through a "labelled by" relation to its label, which is what Orca announces ("Suite, combo box, All
suites"). So each filter needs its label as buddy, and a description for tools that read the name alone.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from icvapp.ui.visit_list import VisitListView


def test_each_filter_is_labelled_and_described(qtbot, ctx):
    view = VisitListView(ctx)
    qtbot.addWidget(view)
    found = {}
    for combo in (view.place_filter, view.period_filter, view.status_filter):
        face = QAccessible.queryAccessibleInterface(combo)
        labels = [other.text(QAccessible.Text.Name) for other, relation in face.relations()
                  if relation & QAccessible.RelationFlag.Label]
        found[combo.accessibleName()] = (labels, face.text(QAccessible.Text.Description).split(":")[0])
    assert found == {
        "Filter by suite": (["Custody suite"], "Filter by suite"),
        "Filter by financial quarter": (["Quarter"], "Filter by financial quarter"),
        "Filter by status": (["Status"], "Filter by status"),
    }
