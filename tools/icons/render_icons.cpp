// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Host tool: renders the app's scalable icon as the PNG sizes desktops and installers look for.
//   herald-render-icons ICON.svg OUTDIR SIZE... [--ico]
// writes OUTDIR/SIZExSIZE.png for each size, and with --ico OUTDIR/herald.ico (the largest size: the Windows
// installer's and the executable's icon).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: herald-render-icons ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    // No window is shown: the offscreen platform needs no display on a build machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const QGuiApplication app(argc, argv);
    const QString source = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(source);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "herald-render-icons: %s is not an SVG image Qt can read\n", argv[1]);
        return 1;
    }
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    QImage largest;
    bool ico = false;
    for (int i = 3; i < argc; ++i) {
        if (qstrcmp(argv[i], "--ico") == 0) {
            ico = true;
            continue;
        }
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "herald-render-icons: %s is not a size between 8 and 1024\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString target = QStringLiteral("%1/%2x%2.png").arg(outDir).arg(size);
        if (!image.save(target, "PNG")) {
            std::fprintf(stderr, "herald-render-icons: cannot write %s\n", qPrintable(target));
            return 1;
        }
        if (image.width() > largest.width()) {
            largest = image;
        }
    }
    if (ico) {
        const QString target = outDir + QStringLiteral("/herald.ico");
        if (largest.isNull() || !largest.save(target, "ICO")) {
            std::fprintf(stderr, "herald-render-icons: cannot write %s\n", qPrintable(target));
            return 1;
        }
    }
    return 0;
}
