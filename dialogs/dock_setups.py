"""The message dock's "you said, we did" from a door-knocking set-up: its areas ticked, its aggregate outcomes
as what was done (core/engage/setup_feedback.py), the existing guards unchanged."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from ..core.errors import LptInputError
from .translate import tr


def setup_row(dock) -> QHBoxLayout:
    row = QHBoxLayout()
    dock.setup_combo = QComboBox()
    dock.setup_combo.setToolTip(tr("The set-ups of the workspace opened in 1. Data"))
    dock.setup_button = QPushButton(tr("Use set-up"))
    dock.setup_button.clicked.connect(lambda: use_setup(dock))
    dock.setup_button.setEnabled(False)
    row.addWidget(dock.setup_combo, 2)
    row.addWidget(dock.setup_button, 1)
    return row


def list_setups(dock, store) -> None:
    """Fill the combo with the workspace's set-ups (newest first)."""
    from ..core.engage.setup_feedback import setup_ids
    dock.setup_combo.clear()
    for r in setup_ids(store).itertuples(index=False):
        dock.setup_combo.addItem(f"{r.setup_id} {r.name} ({r.team}, {tr(r.status)})", r.setup_id)
    dock.setup_button.setEnabled(dock.setup_combo.count() > 0)


def use_setup(dock, setup_id: str = "") -> bool:
    """Tick the set-up's areas, say what was done from its recorded outcomes, fill the you-said-we-did template.
    Fails closed: a set-up none of whose areas is loaded changes nothing."""
    from ..core.engage.setup_feedback import feedback
    from ..core.store import workspace
    setup_id = setup_id or dock.setup_combo.currentData()
    if not setup_id or not getattr(dock, "workspace_path", ""):
        return False
    try:
        with workspace.open_store(dock.workspace_path, create=False) as store:
            fb = feedback(store, setup_id)
    except LptInputError as exc:
        dock.data_label.setText(str(exc))
        return False
    codes = set(fb.area_codes)
    items = [dock.area_list.item(i) for i in range(dock.area_list.count())]
    if not any(it.data(Qt.UserRole) in codes for it in items):
        dock.data_label.setText(tr("None of set-up {0}'s areas is loaded: nothing was changed.").format(setup_id))
        return False
    dock.area_list.blockSignals(True)
    for it in items:
        it.setCheckState(Qt.Checked if it.data(Qt.UserRole) in codes else Qt.Unchecked)
    dock.area_list.blockSignals(False)
    dock.area_mode.setCurrentIndex(1)
    names = [it.text().rsplit(" (", 1)[0] for it in items if it.data(Qt.UserRole) in codes]
    dock.template_combo.setCurrentIndex(max(dock.template_combo.findData("you_said_we_did"), 0))
    dock.what_done.setText(fb.sentence(", ".join(names)))
    if not dock.team.text().strip() and fb.team:
        dock.team.setText(fb.team)
    dock.refresh()
    dock.fill_template()
    return True
