#pragma once
// Tells the user when a stakeholder update comes due: a desktop notification.

#include "models/preferences.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QSystemTrayIcon;
class QWidget;

namespace warroom {

class IncidentTableModel;

/// Listens to IncidentTableModel::updateDue() and tells the user: a QSystemTrayIcon message
/// where the platform has a system tray (clicking it raises the window and emits
/// incidentActivated()), and always QApplication::alert() on the window and notified().
/// Incidents coming due in the same event-loop turn share one message.
class CadenceNotifier : public QObject {
    Q_OBJECT
public:
    /// `window` is alerted and raised; it owns the notifier.
    explicit CadenceNotifier(QWidget* window);
    ~CadenceNotifier() override;

    /// The model to listen to (not owned; nullptr for none).
    void setModel(IncidentTableModel* model);
    /// True when messages go to the system tray (false on the offscreen platform).
    bool usesSystemTray() const { return m_tray != nullptr; }
    /// Which notifications to give (Settings ▸ Notifications): without stakeholderUpdateDue
    /// no tray message and no window alert, only notified(); with sound a beep as well.
    void setSettings(const NotificationSettings& settings) { m_settings = settings; }
    const NotificationSettings& settings() const { return m_settings; }

signals:
    /// A notification was given: `title` and `message` as shown, `incidentIds` the incidents due.
    void notified(const QString& title, const QString& message, const QList<QUuid>& incidentIds);
    /// The user clicked a notification about `incidentId` (the first one due).
    void incidentActivated(const QUuid& incidentId);

private:
    void onUpdateDue(const QUuid& incidentId);
    void flush();

    QWidget* m_window;
    QPointer<IncidentTableModel> m_model;
    QMetaObject::Connection m_connection;
    QSystemTrayIcon* m_tray = nullptr;
    QList<QUuid> m_pending;
    QUuid m_lastNotified;
    NotificationSettings m_settings;
};

} // namespace warroom
