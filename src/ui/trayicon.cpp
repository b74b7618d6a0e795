#include "trayicon.h"

#include "entrykindicons.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace warroom {

QSystemTrayIcon* sharedTrayIcon(QWidget* window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    static const QString kName = QStringLiteral("warroomTrayIcon");
    if (auto* existing = window->findChild<QSystemTrayIcon*>(kName, Qt::FindDirectChildrenOnly))
        return existing;
    auto* tray = new QSystemTrayIcon(applicationIcon(), window);
    tray->setObjectName(kName);
    tray->setToolTip(QCoreApplication::translate("warroom::TrayIcon", "Warroom"));
    QObject::connect(tray, &QSystemTrayIcon::messageClicked, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    tray->show();
    return tray;
}

} // namespace warroom
