#include "alertintakecontroller.h"
#include "alertintakesettingspage.h"
#include "logging.h"

#include "models/workspace.h"
#include "server/alertintakeroutes.h"
#include "server/boundedtcpserver.h"
#include "server/httpsupport.h"

#include <QHttpServer>
#include <QSettings>

namespace warroom {

AlertIntakeController::AlertIntakeController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

AlertIntakeController::~AlertIntakeController()
{
    stop();
}

void AlertIntakeController::setWorkspace(Workspace* workspace)
{
    stop();
    m_workspace = workspace;
    applySettings();
}

void AlertIntakeController::stop()
{
    const bool wasRunning = m_port != 0;
    m_server.reset();
    m_routes.reset();
    m_intake.reset();
    m_port = 0;
    if (wasRunning)
        qCInfo(lcUi) << "alert intake stopped";
}

void AlertIntakeController::applySettings()
{
    stop();
    const AlertIntakeAppSettings settings = AlertIntakeAppSettings::load(QSettings());
    if (!settings.enabled || !m_workspace)
        return;
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        emit message(tr("Alert intake is off: %1").arg(problem));
        return;
    }
    const auto address = http::parseListenAddress(settings.listen);
    AlertIntakeConfig config;
    config.applySharedToken(settings.token.toUtf8());
    m_intake = std::make_unique<AlertIntake>(m_workspace->database(), m_clock, config.mapping);
    m_routes = std::make_unique<AlertIntakeRoutes>(*m_intake, config);
    Workspace* workspace = m_workspace;
    m_routes->setAcceptedHandler([workspace](const AlertIntakeOutcome& outcome) {
        if (!outcome.ignored)
            workspace->notifyIncidentChanged(outcome.incidentId);
    });
    m_server = std::make_unique<QHttpServer>();
    m_routes->registerRoutes(*m_server);
    m_port = listenBounded(*m_server, address->first, address->second, config.bodyLimitBytes);
    if (m_port == 0) {
        stop();
        emit message(tr("Alert intake is off: cannot listen on %1.").arg(settings.listen));
        return;
    }
    qCInfo(lcUi) << "alert intake listening on" << address->first.toString() << m_port;
    emit message(tr("Alert intake on %1:%2").arg(address->first.toString()).arg(m_port));
}

} // namespace warroom
