#pragma once
// The public status page: GET /status (HTML) and the Statuspage-compatible JSON API
// GET /api/v2/summary.json, /api/v2/incidents.json, /api/v2/incidents/unresolved.json.

#include "core/clock.h"
#include "interchange/statuspagewriter.h"
#include "storage/database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <memory>

class QHttpServer;

namespace warroom {

/// Serves what is public: only incidents with a public, not deleted timeline entry, and only
/// those entries (read through PublicStatusReader, filtered once more by publicIncidents()).
/// Every request reads the database afresh. Answers:
/// 200 with "text/html; charset=utf-8" (the page) or "application/json" (the API), and
/// "Cache-Control: public, max-age=30"; 405 (Allow: GET) for other methods; 503 with a JSON
/// or plain-text error and "Cache-Control: no-store" when the database fails.
/// The clock must outlive the server the routes are registered on.
class StatusPageRoutes {
public:
    /// `historyDays`: days of per-service history on the page (and of incidents listed).
    StatusPageRoutes(std::shared_ptr<Database> db, const Clock& clock, StatusPageInfo page = {},
                     int historyDays = 90);

    /// Adds the four routes to `server`; this object must outlive it.
    void registerRoutes(QHttpServer& server);

    /// The responses, for a GET of each path.
    QHttpServerResponse statusPage() const;
    QHttpServerResponse summary() const;
    QHttpServerResponse incidents() const;
    QHttpServerResponse unresolved() const;

    /// Seconds a client or proxy may reuse an answer (Cache-Control max-age).
    static constexpr int kMaxAgeSeconds = 30;

private:
    enum class Document { Page, Summary, Incidents, Unresolved };
    QHttpServerResponse respond(Document document) const;
    QHttpServerResponse handle(Document document, const QHttpServerRequest& request) const;

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    StatusPageInfo m_page;
    int m_historyDays;
};

} // namespace warroom
