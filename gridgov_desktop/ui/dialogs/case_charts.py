"""The charts of the mediation statistics (QtCharts): cases by dispute type (horizontal bars), by
outcome (a pie), by month (cases and agreements side by side), and each drawn to a PNG at print
resolution for the statistics PDF.

The charts are built from ``CaseStatistics`` and words given by the caller: on screen the words of
the interface language, on paper always Chinese (``PRINT_WORDS``) since the documents are Chinese.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QWidget

from gridgov_desktop.services.mediation_register_types import CaseOutcome, CaseStatistics

# Logical pixels: the fonts keep their screen size in them, so that on 156 mm of paper 640 px make
# a 9 pt screen font about 8 pt. Drawn 3 times as large: 1920 px, about 310 dpi.
PRINT_SIZE = QSize(640, 400)
PRINT_SCALE = 3.0
OUTCOME_COLOURS = {
    CaseOutcome.WRITTEN: "#2e7d32",
    CaseOutcome.ORAL: "#81c784",
    CaseOutcome.FAILED: "#c62828",
    CaseOutcome.WITHDRAWN: "#9e9e9e",
    CaseOutcome.PENDING: "#1976d2",
}


@dataclass(frozen=True)
class ChartWords:
    by_type: str
    by_outcome: str
    by_month: str
    cases: str
    agreements: str
    outcomes: dict[CaseOutcome, str]


PRINT_WORDS = ChartWords(
    by_type="按纠纷类型",
    by_outcome="按调解结果",
    by_month="按登记月份",
    cases="受理件数",
    agreements="达成协议",
    outcomes={outcome: outcome.label_zh for outcome in CaseOutcome},
)


def type_chart(statistics: CaseStatistics, words: ChartWords) -> QChart:
    """A bar per dispute type that had cases, the most frequent at the top."""
    used = (line for line in statistics.by_type if line.counts.cases)
    # Qt stacks horizontal bars from the bottom: ascending order puts the largest at the top.
    lines = sorted(used, key=lambda line: line.counts.cases)
    chart = _chart(words.by_type)
    series = QHorizontalBarSeries()
    cases = QBarSet(words.cases)
    cases.append([float(line.counts.cases) for line in lines])
    series.append(cases)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([line.label for line in lines])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    counts = _count_axis(max((line.counts.cases for line in lines), default=0))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    chart.legend().setVisible(False)
    return chart


def outcome_chart(statistics: CaseStatistics, words: ChartWords) -> QChart:
    """A slice per outcome that happened: "书面协议 3"."""
    chart = _chart(words.by_outcome)
    series = QPieSeries()
    for outcome, count in statistics.by_outcome:
        if count:
            piece = series.append(f"{words.outcomes[outcome]} {count}", float(count))
            piece.setColor(QColor(OUTCOME_COLOURS[outcome]))
            piece.setLabelVisible(True)
    series.setPieSize(0.62)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def month_chart(statistics: CaseStatistics, words: ChartWords) -> QChart:
    """Per month of the period: the cases registered and, beside them, those that were settled."""
    lines = statistics.by_month
    chart = _chart(words.by_month)
    series = QBarSeries()
    for name, values in (
        (words.cases, [line.counts.cases for line in lines]),
        (words.agreements, [line.counts.agreed for line in lines]),
    ):
        bars = QBarSet(name)
        bars.append([float(value) for value in values])
        series.append(bars)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    one_year = statistics.date_from.year == statistics.date_to.year
    months.append([line.label[5:] if one_year else line.label for line in lines])
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(months)
    counts = _count_axis(max((line.counts.cases for line in lines), default=0))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_png(chart: QChart, size: QSize = PRINT_SIZE, scale: float = PRINT_SCALE) -> bytes:
    """``chart`` drawn at ``size`` × ``scale`` pixels on white, as PNG bytes. The chart is taken
    over by a view that is never shown (a hidden widget still lays itself out to be rendered).
    Its title is left out: the document captions each chart."""
    chart.setTitle("")
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setBackgroundBrush(QColor("white"))
    view.setStyleSheet("background: white; border: none;")
    view.resize(size)
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    # QChartView.render is QGraphicsView's (the scene only); QWidget's draws the whole view.
    QWidget.render(view, painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; PySide wants str
    buffer.close()
    view.deleteLater()
    return bytes(data.data())


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = chart.titleFont()
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    return chart


def _count_axis(largest: int) -> QValueAxis:
    """0 to a round number above ``largest``, ticks on whole numbers only."""
    step = max(1, math.ceil(largest / 5))
    top = max(step, step * math.ceil(largest / step))
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    return axis
