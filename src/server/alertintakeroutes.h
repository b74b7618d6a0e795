#pragma once
// The alert intake webhooks: POST /api/v1/alerts/{alertmanager,grafana,generic}.

#include "intakeconfig.h"

#include "storage/alertintake.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

class QHttpServer;

namespace warroom {

/// Checks, parses and applies webhook deliveries. For each request, in this order:
/// 405 unless POST; 403 when the source has no token; 401 without the right bearer token
/// (compared in constant time); 415 unless Content-Type is application/json; 413 when the
/// body (or its declared Content-Length) exceeds the limit; 400 with {"error":"parse",
/// "message":"alerts[0].startsAt: ..."} for malformed or wrong-shaped JSON; 500/503 when the
/// database fails. Nothing is written on any error; an accepted delivery is one transaction
/// and answers 200 with {"incident":"INC-12","opened":bool,...}. The intake and config must
/// outlive the server the routes are registered on.
class AlertIntakeRoutes {
public:
    AlertIntakeRoutes(AlertIntake& intake, AlertIntakeConfig config);

    /// Adds the three routes to `server`.
    void registerRoutes(QHttpServer& server);

    /// Handles one request for `source` ("alertmanager", "grafana", "generic").
    QHttpServerResponse handle(const QString& source, const QHttpServerRequest& request);

    /// Called after each accepted delivery (e.g. to refresh views of the same database).
    void setAcceptedHandler(std::function<void(const AlertIntakeOutcome&)> handler)
    {
        m_onAccepted = std::move(handler);
    }

    const AlertIntakeConfig& config() const { return m_config; }
    /// Requests answered, accepted and refused so far (for the log and tests).
    quint64 acceptedCount() const { return m_accepted; }
    quint64 refusedCount() const { return m_refused; }

private:
    QHttpServerResponse refuse(QHttpServerResponse::StatusCode status, const QString& code, const QString& message,
                               const QString& source, const QHttpServerRequest& request);

    AlertIntake& m_intake;
    AlertIntakeConfig m_config;
    std::function<void(const AlertIntakeOutcome&)> m_onAccepted;
    quint64 m_accepted = 0;
    quint64 m_refused = 0;
};

} // namespace warroom
