#pragma once
// The warroomd service: one database connection, one HTTP server, the route sets on it.

#include "core/clock.h"
#include "core/result.h"
#include "server/intakeconfig.h"
#include "storage/database.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <memory>
#include <vector>

namespace warroom {

class AlertIntake;
class AlertIntakeRoutes;

/// What warroomd is told on its command line.
struct DaemonOptions {
    QString databaseUrl;           ///< "sqlite:/path" or "postgresql://..."
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8750;           ///< 0 picks a free port (logged)
    QString configPath;            ///< empty: defaults plus WARROOM_INTAKE_TOKEN
    QByteArray sharedToken;        ///< WARROOM_INTAKE_TOKEN
};

class Daemon : public QObject {
    Q_OBJECT
public:
    explicit Daemon(QObject* parent = nullptr);
    ~Daemon() override;

    /// Reads the config, opens and migrates the database, registers the routes and listens.
    /// Error codes: "config" (also when no intake token is configured), storage's open
    /// errors, "listen".
    Result<void> start(const DaemonOptions& options);
    /// The port listened on (after start()).
    quint16 port() const { return m_port; }

private:
    /// The registration point of every route set: one line each.
    void registerRoutes();
    /// Keeps a route set alive as long as the server.
    template <typename T, typename... Args>
    T& keep(Args&&... args)
    {
        auto object = std::make_shared<T>(std::forward<Args>(args)...);
        m_routeSets.push_back(object);
        return *object;
    }

    SystemClock m_clock;
    DaemonOptions m_options;
    AlertIntakeConfig m_intakeConfig;
    std::shared_ptr<Database> m_db;
    QHttpServer m_server;
    std::vector<std::shared_ptr<void>> m_routeSets;
    quint16 m_port = 0;
};

} // namespace warroom
