#pragma once
// POST /api/v1/incidents/<REF>/ack: acknowledges an incident from outside (a chat bot, a
// pager app), which stops its escalation.

#include "core/clock.h"
#include "storage/database.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>
#include <memory>

class QHttpServer;

namespace warroom {

/// Acknowledges incidents over HTTP. For each request, in this order: 405 unless POST; 403
/// when no token is configured; 401 without "Authorization: Bearer <token>" (compared in
/// constant time); 400 for a body that is not empty and not a JSON object, or a bad "by";
/// 404 for an unknown reference; 409 when the incident cannot be acknowledged from its
/// status (e.g. Resolved). An optional JSON body {"by": "alice"} names who acknowledged
/// (default "api"). A Triggered incident becomes Acknowledged (acknowledged_at stamped, a
/// status-change entry on its timeline); one already acknowledged answers 200 with
/// "already": true and changes nothing. 200 bodies: {"incident": "INC-7", "status":
/// "acknowledged", "acknowledged_at": "...Z", "already": bool}.
class AckRoute {
public:
    /// `onAcknowledged` runs after a successful acknowledgement (warroomd evaluates its
    /// escalations at once, so the stop goes on the timeline without waiting for a period).
    AckRoute(std::shared_ptr<Database> db, const Clock& clock, QByteArray token,
             std::function<void()> onAcknowledged = {});

    void registerRoutes(QHttpServer& server);
    QHttpServerResponse handle(const QString& ref, const QHttpServerRequest& request);

private:
    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    QByteArray m_token;
    std::function<void()> m_onAcknowledged;
};

} // namespace warroom
