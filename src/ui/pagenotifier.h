#pragma once
// Tells the user when an escalation pages them: a desktop notification.

#include "models/preferences.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

class QSystemTrayIcon;
class QWidget;

namespace warroom {

class Workspace;

/// Watches the pages recorded in the workspace's database (warroomd writes them; see
/// docs/escalation.md) for the workspace's own user (Workspace::actor()). On every
/// Workspace::incidentChanged() — local writes and remote changes alike — it reads the
/// pages to that handle sent since it last looked, and for each new one shows a
/// QSystemTrayIcon message where there is a tray, alerts the window, and emits notified().
/// Pages sent before the workspace was set are not announced.
class PageNotifier : public QObject {
    Q_OBJECT
public:
    /// `window` is alerted; it owns the notifier.
    explicit PageNotifier(QWidget* window);
    ~PageNotifier() override;

    /// The workspace to watch (not owned; nullptr for none). Starts from its clock's now.
    void setWorkspace(Workspace* workspace);
    bool usesSystemTray() const { return m_tray != nullptr; }
    /// Which notifications to give (Settings ▸ Notifications): without `paged` no tray message
    /// and no window alert, only notified(); with `sound` a beep as well.
    void setSettings(const NotificationSettings& settings) { m_settings = settings; }

public slots:
    /// Looks for new pages now.
    void check();

signals:
    /// A page to this user was announced: `title` and `message` as shown.
    void notified(const QString& title, const QString& message, const QUuid& incidentId);

private:
    QWidget* m_window;
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_entriesConnection;   ///< a page arrives with its timeline entry
    QSystemTrayIcon* m_tray = nullptr;
    QDateTime m_since;       ///< pages sent after this are new (UTC)
    QSet<QUuid> m_announced; ///< pages sent at m_since itself, already shown
    NotificationSettings m_settings;
};

} // namespace warroom
