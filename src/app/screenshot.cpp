#include "screenshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLayout>
#include <QPixmap>
#include <QWidget>

namespace warroom {

Result<void> saveScreenshot(QWidget* window, const QString& path)
{
    // Layouts and item views lay out lazily (posted LayoutRequest events, 0 ms timers);
    // a few rounds of event processing settle them. Each round returns as soon as the
    // queue is empty.
    for (int round = 0; round < 4; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (window->layout())
            window->layout()->activate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    const QPixmap picture = window->grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        return Result<void>::failure(QStringLiteral("io"),
                                     QCoreApplication::translate("warroom::Screenshot", "Cannot write the screenshot %1.")
                                         .arg(QFileInfo(path).absoluteFilePath()));
    }
    return {};
}

} // namespace warroom
