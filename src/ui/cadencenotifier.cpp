#include "cadencenotifier.h"

#include "entrykindicons.h"
#include "logging.h"

#include "core/timeformat.h"
#include "models/incidenttablemodel.h"

#include <QApplication>
#include "trayicon.h"

#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace warroom {

CadenceNotifier::CadenceNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_tray = sharedTrayIcon(window);
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastNotified.isNull())
                emit incidentActivated(m_lastNotified);
        });
    } else {
        qCInfo(lcUi) << "no system tray: stakeholder-update reminders go to the window only";
    }
}

CadenceNotifier::~CadenceNotifier() = default;

void CadenceNotifier::setModel(IncidentTableModel* model)
{
    disconnect(m_connection);
    m_model = model;
    m_pending.clear();
    if (model)
        m_connection = connect(model, &IncidentTableModel::updateDue, this, &CadenceNotifier::onUpdateDue);
}

void CadenceNotifier::onUpdateDue(const QUuid& incidentId)
{
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &CadenceNotifier::flush);
    if (!m_pending.contains(incidentId))
        m_pending.append(incidentId);
}

void CadenceNotifier::flush()
{
    const QList<QUuid> ids = std::exchange(m_pending, {});
    if (ids.isEmpty() || !m_model)
        return;
    QStringList refs;
    QString message;
    for (const QUuid& id : ids) {
        const std::optional<Incident> incident = m_model->incident(id);
        if (!incident)
            continue;
        refs << incident->ref();
        if (message.isEmpty()) {
            message = tr("%1 %2: stakeholders expect an update every %3.")
                          .arg(incident->ref(), incident->title,
                               formatDuration(m_model->severityScale().updateCadenceSeconds(incident->severity)));
        }
    }
    if (refs.isEmpty())
        return;
    const QString title =
        refs.size() == 1 ? tr("Stakeholder update due") : tr("%1 stakeholder updates due").arg(refs.size());
    if (refs.size() > 1)
        message = tr("Due now: %1.").arg(refs.join(QStringLiteral(", ")));
    m_lastNotified = ids.first();
    if (m_settings.stakeholderUpdateDue) {
        if (m_tray)
            m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 20'000);
        QApplication::alert(m_window);
        if (m_settings.sound)
            QApplication::beep();
    }
    emit notified(title, message, ids);
}

} // namespace warroom
