#include "pagenotifier.h"

#include "entrykindicons.h"
#include "logging.h"

#include "models/workspace.h"
#include "storage/escalationrepository.h"

#include <QApplication>
#include "trayicon.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace warroom {

PageNotifier::PageNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_tray = sharedTrayIcon(window);
}

PageNotifier::~PageNotifier() = default;

void PageNotifier::setWorkspace(Workspace* workspace)
{
    disconnect(m_connection);
    disconnect(m_entriesConnection);
    m_workspace = workspace;
    m_announced.clear();
    if (!workspace)
        return;
    m_since = workspace->clock().nowUtc();
    m_connection = connect(workspace, &Workspace::incidentChanged, this, &PageNotifier::check);
    m_entriesConnection = connect(workspace, &Workspace::entriesChanged, this, &PageNotifier::check);
}

void PageNotifier::check()
{
    if (!m_workspace || m_workspace->actor().isEmpty())
        return;
    // Inclusive of m_since (a page may share the millisecond of the last one seen); the set
    // keeps those from being shown twice.
    const auto pages =
        EscalationRepository(m_workspace->database()).pagesTo(m_workspace->actor(), m_since.addMSecs(-1));
    if (!pages) {
        qCWarning(lcUi).noquote() << "cannot read pages:" << pages.error().message;
        return;
    }
    for (const PageRecord& page : pages.value()) {
        if (m_announced.contains(page.id))
            continue;
        if (page.sentAt > m_since) {
            m_since = page.sentAt;
            m_announced.clear();
        }
        m_announced.insert(page.id);
        const QString title = tr("You are paged for %1").arg(page.incidentRef());
        const QString message =
            page.kind == EscalationTargetKind::RoleHolder
                ? tr("Nobody has acknowledged %1 yet; you hold the role named in step %2 of \"%3\".")
                      .arg(page.incidentRef())
                      .arg(page.stepIndex + 1)
                      .arg(page.policyName)
                : tr("Nobody has acknowledged %1 yet (step %2 of \"%3\").")
                      .arg(page.incidentRef())
                      .arg(page.stepIndex + 1)
                      .arg(page.policyName);
        if (m_settings.paged) {
            if (m_tray) {
                m_tray->show();
                m_tray->showMessage(title, message, QSystemTrayIcon::Critical);
            }
            QApplication::alert(m_window);
            if (m_settings.sound)
                QApplication::beep();
        }
        emit notified(title, message, page.incidentId);
    }
}

} // namespace warroom
