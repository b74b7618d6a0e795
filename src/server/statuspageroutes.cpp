#include "statuspageroutes.h"

#include "httpsupport.h"
#include "logging.h"

#include "interchange/statuspagehtml.h"
#include "storage/publicstatus.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::StatusPageRoutes)
};

using Status = QHttpServerResponse::StatusCode;

/// The page may only style itself: no scripts, no outside resources, no framing.
constexpr char kPagePolicy[] = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'";

} // namespace

StatusPageRoutes::StatusPageRoutes(std::shared_ptr<Database> db, const Clock& clock, StatusPageInfo page,
                                   int historyDays)
    : m_db(std::move(db)), m_clock(clock), m_page(std::move(page)), m_historyDays(std::max(1, historyDays))
{
}

void StatusPageRoutes::registerRoutes(QHttpServer& server)
{
    const std::pair<const char*, Document> routes[] = {
        {"/status", Document::Page},
        {"/api/v2/summary.json", Document::Summary},
        {"/api/v2/incidents.json", Document::Incidents},
        {"/api/v2/incidents/unresolved.json", Document::Unresolved},
    };
    for (const auto& [path, document] : routes) {
        server.route(QString::fromLatin1(path),
                     [this, document](const QHttpServerRequest& request) { return handle(document, request); });
    }
}

QHttpServerResponse StatusPageRoutes::statusPage() const
{
    return respond(Document::Page);
}

QHttpServerResponse StatusPageRoutes::summary() const
{
    return respond(Document::Summary);
}

QHttpServerResponse StatusPageRoutes::incidents() const
{
    return respond(Document::Incidents);
}

QHttpServerResponse StatusPageRoutes::unresolved() const
{
    return respond(Document::Unresolved);
}

QHttpServerResponse StatusPageRoutes::handle(Document document, const QHttpServerRequest& request) const
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        auto response = http::jsonError(Status::MethodNotAllowed, QStringLiteral("method"),
                                         Tr::tr("The status page is read with GET."));
        response.setHeader("Allow", "GET");
        return response;
    }
    return respond(document);
}

QHttpServerResponse StatusPageRoutes::respond(Document document) const
{
    const auto snapshot = PublicStatusReader(m_db).snapshot(m_page, m_clock.nowUtc(), m_historyDays);
    if (!snapshot) {
        qCWarning(lcServer).noquote() << "status page: cannot read the database:" << snapshot.error().message;
        const QString message = Tr::tr("The status is unavailable at the moment; please try again shortly.");
        QHttpServerResponse response = document == Document::Page
            ? QHttpServerResponse("text/plain; charset=utf-8", message.toUtf8(), Status::ServiceUnavailable)
            : http::jsonError(Status::ServiceUnavailable, QStringLiteral("unavailable"), message);
        response.setHeader("Cache-Control", "no-store");
        return response;
    }

    QByteArray mimeType = "application/json";
    QByteArray body;
    switch (document) {
    case Document::Page:
        mimeType = "text/html; charset=utf-8";
        body = renderStatusPageHtml(snapshot.value()).toUtf8();
        break;
    case Document::Summary:
        body = statuspageSummaryDocument(snapshot.value()).toJson(QJsonDocument::Compact);
        break;
    case Document::Incidents:
        body = statuspageIncidentsDocument(snapshot.value()).toJson(QJsonDocument::Compact);
        break;
    case Document::Unresolved:
        body = statuspageUnresolvedDocument(snapshot.value()).toJson(QJsonDocument::Compact);
        break;
    }
    QHttpServerResponse response(mimeType, std::move(body));
    response.setHeader("Cache-Control", QByteArray("public, max-age=") + QByteArray::number(kMaxAgeSeconds));
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (document == Document::Page)
        response.setHeader("Content-Security-Policy", kPagePolicy);
    else
        response.setHeader("Access-Control-Allow-Origin", "*");   // status widgets on other sites read the API
    return response;
}

} // namespace warroom
