"""Add a node under another (the level below it) or rename one; households get a room label too.

A new household's label is suggested from the building, unit and room numbers as they are typed
("3栋", "2单元", "501室" → 3-2-501) until the clerk types a label of their own. A name a sibling
already has is refused inline while the siblings are known (loaded in the tree).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog
from gridgov_desktop.ui.forms.ui_node_dialog import Ui_NodeDialog
from gridgov_desktop.ui.i18n import node_kind_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Worker


def level_number(name: str) -> str:
    """A level's number in a room label: "3栋" → "3", "12号楼" → "12", "501室" → "501"."""
    digits = "".join(c for c in name if c.isdigit())
    return digits or name.strip().removesuffix("室")


class NodeDialog(ServiceFormDialog):
    """New node under ``parent_node`` when ``node`` is None, else rename ``node``.

    ``saved(NodeSummary)`` with the new or renamed node."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str | None = None,
        place: str,
        parent_node: NodeSummary | None = None,
        node: NodeSummary | None = None,
        siblings: list[str] | None = None,
        label_stem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_NodeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        assert (node is None) != (parent_node is None), "add under a parent, or rename a node"
        self._node, self._parent_node = node, parent_node
        kind = node.kind if node is not None else parent_node.kind.child_kind  # type: ignore[union-attr]
        assert kind is not None
        self.kind = kind
        self._siblings = [name for name in siblings or [] if node is None or name != node.name]
        self._stem = label_stem
        self._label_typed = node is not None
        self._version = node.version if node is not None else 0  # the version the clerk saw
        household = kind is NodeKind.HOUSEHOLD
        self.ui.roomLabel.setVisible(household)
        self.ui.labelEdit.setVisible(household)
        what = node_kind_label(kind)
        if node is None:
            self.setWindowTitle(self.tr("Add a {kind}").format(kind=what))
            self.ui.placeLabel.setText(self.tr("Under: {place}").format(place=place))
        else:
            self.setWindowTitle(self.tr("Rename the {kind}").format(kind=what))
            self.ui.placeLabel.setText(self.tr("Now: {place}").format(place=place))
            self.ui.nameEdit.setText(node.name)
            self.ui.labelEdit.setText(node.label or "")
        self.ui.headingLabel.setText(self.windowTitle())
        self.ui.nameEdit.setPlaceholderText(self._example(kind))
        self._save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save.setToolTip(self.tr("Save (Enter on the last field, or Ctrl+S)"))
        fields = [self.ui.nameEdit, *([self.ui.labelEdit] if household else [])]
        self.setup_form(
            fields,
            self.ui.buttonBox,
            messages={
                "name": self.ui.nameMessage,
                "node_name": self.ui.nameMessage,
                "label": self.ui.labelMessage,
            },
            form_message=self.ui.nameMessage,
        )
        self.ui.nameEdit.textChanged.connect(self._name_changed)
        self.ui.labelEdit.textEdited.connect(self._label_edited)
        self.ui.nameEdit.selectAll()

    def _example(self, kind: NodeKind) -> str:
        examples = {
            NodeKind.STREET: self.tr("Such as 东风街道"),
            NodeKind.COMMUNITY: self.tr("Such as 幸福社区"),
            NodeKind.GRID: self.tr("Such as 第一网格"),
            NodeKind.COMPOUND: self.tr("Such as 幸福里小区"),
            NodeKind.BUILDING: self.tr("Such as 3栋"),
            NodeKind.UNIT: self.tr("Such as 2单元"),
            NodeKind.HOUSEHOLD: self.tr("Such as 501室"),
        }
        return examples[kind]

    # --- live checks -------------------------------------------------------------------------------
    def _name_changed(self, text: str) -> None:
        self.check_name()
        if self.kind is NodeKind.HOUSEHOLD and not self._label_typed:
            number = level_number(text) if text.strip() else ""
            self.ui.labelEdit.setText(self._stem + number if number and self._stem else "")

    def _label_edited(self, _text: str) -> None:
        self._label_typed = True
        show_message(self.ui.labelMessage, Level.NONE)

    def check_name(self) -> bool:
        name = " ".join(self.ui.nameEdit.text().split())
        problem = ""
        if not name:
            problem = self.tr("Type a name.")
        elif name in self._siblings:
            problem = self.tr("“{name}” already exists at this level.").format(name=name)
        show_message(self.ui.nameMessage, Level.ERROR if problem else Level.NONE, problem)
        return not problem

    # --- saving ------------------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.check_name():
            self.ui.nameEdit.setFocus()
            return
        name = " ".join(self.ui.nameEdit.text().split())
        label = self.ui.labelEdit.text().strip() or None
        if self.kind is NodeKind.HOUSEHOLD and label is None:
            show_message(
                self.ui.labelMessage,
                Level.WARNING,
                self.tr("Without a label the room cannot be found by typing 3-2-501."),
            )
        db, actor = self._db, self._actor
        if self._node is None:
            assert self._parent_node is not None
            parent_id, kind = self._parent_node.id, self.kind
            self.run(lambda: org.create_node(db, actor, parent_id, kind, name, label=label), self._done)
            return
        node_id, version = self._node.id, self._version

        def rename() -> NodeSummary:
            from gridgov_desktop.services import tree_edit

            return tree_edit.rename_node(db, actor, node_id, name, version, new_label=new_label)

        new_label = label if self.kind is NodeKind.HOUSEHOLD and label != self._node.label else None
        self.run(rename, self._done)

    def _done(self, node: NodeSummary) -> None:
        self.saved.emit(node)
        self.accept()
