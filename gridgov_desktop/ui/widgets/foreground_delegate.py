"""Item text in the colour the model asks for (``ForegroundRole``), under the qt-material theme.

The theme's ``QTableView::item { color: … }`` rule wins over the model's ForegroundRole, so overdue
rows would not turn red. This delegate lets the style draw the cell (background, selection, focus)
without its text, then writes the text in the model's colour. Cells without a colour, and the
current cell (drawn on the theme's strong selection colour), are painted as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex


class ForegroundDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        wanted = index.data(Qt.ItemDataRole.ForegroundRole)
        if wanted is None or option.state & QStyle.StateFlag.State_HasFocus:
            super().paint(painter, option, index)
            return
        color = wanted.color() if isinstance(wanted, QBrush) else QColor(wanted)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        # The margin QCommonStyle leaves inside the text rectangle when it draws the text itself.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text_rect = text_rect.adjusted(margin, 0, -margin, 0)
        text = item.text
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(color)
        metrics = item.fontMetrics
        shown = metrics.elidedText(text, item.textElideMode, text_rect.width())
        painter.drawText(text_rect, int(item.displayAlignment), shown)
        painter.restore()
