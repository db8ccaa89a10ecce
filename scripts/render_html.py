"""Render an HTML file to PNG with QtWebKit (developer tool, for docs screenshots).

    QT_QPA_PLATFORM=offscreen python3 scripts/render_html.py output/demo/priority_report.html docs/priority_report.png
"""
import os
import sys

from PyQt5.QtCore import QEventLoop, QSize, QUrl
from PyQt5.QtGui import QImage, QPainter
from PyQt5.QtWebKitWidgets import QWebPage
from PyQt5.QtWidgets import QApplication


def main(src: str, dst: str, width: int = 1100, max_height: int = 1500):
    app = QApplication(sys.argv[:1])  # noqa: F841 - must live while rendering
    page = QWebPage()
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(loop.quit)
    page.mainFrame().load(QUrl.fromLocalFile(os.path.abspath(src)))
    loop.exec_()
    page.setViewportSize(QSize(width, 800))
    size = page.mainFrame().contentsSize()
    size.setHeight(min(size.height(), max_height))
    page.setViewportSize(size)
    img = QImage(size, QImage.Format_ARGB32)
    painter = QPainter(img)
    page.mainFrame().render(painter)
    painter.end()
    img.save(dst)
    print(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
