#include "daemon.h"

#include "server/alertintakeroutes.h"
#include "server/ackroute.h"
#include "server/escalationengine.h"
#include "server/boundedtcpserver.h"
#include "server/statuspageroutes.h"
#include "server/logging.h"
#include "storage/alertintake.h"

#include <QCoreApplication>
#include <QUrl>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::Daemon)
};

} // namespace

Daemon::Daemon(QObject* parent) : QObject(parent) {}

Daemon::~Daemon() = default;

Result<void> Daemon::start(const DaemonOptions& options)
{
    m_options = options;
    if (!options.configPath.isEmpty()) {
        auto config = AlertIntakeConfig::load(options.configPath);
        if (!config)
            return config.error();
        m_intakeConfig = config.value();
    }
    m_intakeConfig.applySharedToken(options.sharedToken);
    if (!m_intakeConfig.hasAnyToken()) {
        return Error{QStringLiteral("config"),
                     Tr::tr("No intake token is configured: set WARROOM_INTAKE_TOKEN or give tokens in the "
                            "[tokens] section of the --config file. warroomd does not accept unauthenticated alerts.")};
    }
    auto url = DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return url.error();
    auto db = Database::openAndMigrate(url.value());
    if (!db)
        return db.error();
    m_db = db.value();

    registerRoutes();

    m_port = listenBounded(m_server, options.address, options.port, m_intakeConfig.bodyLimitBytes);
    if (m_port == 0) {
        return Error{QStringLiteral("listen"), Tr::tr("Cannot listen on %1:%2.")
                                                   .arg(options.address.toString())
                                                   .arg(options.port)};
    }
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(options.address.toString())
        : options.address.toString();
    qCInfo(lcServer).noquote() << QStringLiteral("listening on http://%1:%2").arg(host).arg(m_port);
    return {};
}

void Daemon::registerRoutes()
{
    m_server.route(QStringLiteral("/healthz"), [] { return QHttpServerResponse("text/plain", "ok\n"); });
    // Route sets: one line each.
    keep<AlertIntakeRoutes>(keep<AlertIntake>(m_db, m_clock, m_intakeConfig.mapping), m_intakeConfig)
        .registerRoutes(m_server);
    keep<StatusPageRoutes>(m_db, m_clock).registerRoutes(m_server);
    // Escalation (docs/escalation.md): acknowledgements take the shared token, else the generic intake token.
    auto& escalation = keep<EscalationEngine>(m_db, m_clock);
    keep<AckRoute>(m_db, m_clock,
                   m_options.sharedToken.isEmpty() ? m_intakeConfig.tokens.value(QStringLiteral("generic"))
                                                   : m_options.sharedToken,
                   [&escalation] { (void)escalation.evaluateNow(); })
        .registerRoutes(m_server);
    escalation.start();
}

} // namespace warroom
