"""Map tools for the message dock: draw a polygon, or a circle (centre, then radius)."""
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


def _band(canvas):
    band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
    band.setColor(QColor(230, 57, 70, 80))
    band.setStrokeColor(QColor(230, 57, 70))
    band.setWidth(2)
    return band


class PolygonTool(QgsMapTool):
    """Left click adds a corner, right click (or double click) closes the polygon."""
    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points = []
        self.band = _band(canvas)
        self.setCursor(Qt.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() == Qt.RightButton:
            self.finish()
            return
        self.points.append(QgsPointXY(self.toMapCoordinates(event.pos())))
        self.band.setToGeometry(QgsGeometry.fromPolygonXY([self.points]), None)

    def canvasDoubleClickEvent(self, event):  # noqa: N802 - Qt API
        self.finish()

    def finish(self):
        if len(self.points) >= 3:
            self.drawn.emit(QgsGeometry.fromPolygonXY([self.points + [self.points[0]]]))
        self.reset()

    def reset(self):
        self.points = []
        self.band.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self):
        self.reset()
        super().deactivate()


class CircleTool(QgsMapTool):
    """Press at the centre, drag to the radius, release."""
    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.centre = None
        self.band = _band(canvas)
        self.setCursor(Qt.CrossCursor)

    def _circle(self, pos):
        p = QgsPointXY(self.toMapCoordinates(pos))
        r = self.centre.distance(p)
        return QgsGeometry.fromPointXY(self.centre).buffer(r, 36) if r > 0 else None

    def canvasPressEvent(self, event):  # noqa: N802 - Qt API
        self.centre = QgsPointXY(self.toMapCoordinates(event.pos()))

    def canvasMoveEvent(self, event):  # noqa: N802 - Qt API
        if self.centre is not None:
            g = self._circle(event.pos())
            if g is not None:
                self.band.setToGeometry(g, None)

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if self.centre is None:
            return
        g = self._circle(event.pos())
        self.centre = None
        self.band.reset(QgsWkbTypes.PolygonGeometry)
        if g is not None:
            self.drawn.emit(g)

    def deactivate(self):
        self.centre = None
        self.band.reset(QgsWkbTypes.PolygonGeometry)
        super().deactivate()
