#include "ackroute.h"

#include "httpsupport.h"
#include "logging.h"

#include "core/roles.h"
#include "core/timeformat.h"
#include "storage/incidentservice.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AckRoute)
};

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse ackResponse(const Incident& incident, bool already)
{
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("incident"), incident.ref()},
        {QStringLiteral("status"), statusKey(incident.status)},
        {QStringLiteral("acknowledged_at"), toIsoUtc(incident.acknowledgedAt)},
        {QStringLiteral("already"), already},
    });
}

} // namespace

AckRoute::AckRoute(std::shared_ptr<Database> db, const Clock& clock, QByteArray token,
                   std::function<void()> onAcknowledged)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_token(std::move(token))
    , m_onAcknowledged(std::move(onAcknowledged))
{
}

void AckRoute::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/incidents/<arg>/ack"),
                 [this](const QString& ref, const QHttpServerRequest& request) { return handle(ref, request); });
}

QHttpServerResponse AckRoute::handle(const QString& ref, const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        auto response = http::jsonError(Status::MethodNotAllowed, QStringLiteral("method"),
                                        Tr::tr("Acknowledge with a POST request."));
        response.setHeader("Allow", "POST");
        return response;
    }
    if (m_token.isEmpty())
        return http::jsonError(Status::Forbidden, QStringLiteral("disabled"),
                               Tr::tr("No token is configured for acknowledgements."));
    if (!http::constantTimeEquals(http::bearerToken(request), m_token)) {
        auto response = http::jsonError(Status::Unauthorized, QStringLiteral("unauthorized"),
                                        Tr::tr("A valid bearer token is required."));
        response.setHeader("WWW-Authenticate", "Bearer realm=\"warroomd\"");
        return response;
    }
    QString by = QStringLiteral("api");
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return http::jsonError(Status::BadRequest, QStringLiteral("parse"),
                                   Tr::tr("The body must be empty or a JSON object like {\"by\": \"alice\"}."));
        const QJsonValue value = doc.object().value(QStringLiteral("by"));
        if (!value.isUndefined()) {
            if (!value.isString() || !isValidHandle(value.toString()))
                return http::jsonError(Status::BadRequest, QStringLiteral("parse"),
                                       Tr::tr("\"by\" must be a person's handle."));
            by = value.toString();
        }
    }
    IncidentService service(m_db, m_clock);
    auto incident = service.repository().findByRef(ref);
    if (!incident) {
        const bool missing = incident.error().code == QLatin1String("not-found");
        return http::jsonError(missing ? Status::NotFound : Status::InternalServerError, incident.error().code,
                               incident.error().message);
    }
    if (incident->acknowledgedAt.isValid() && incident->isOpen())
        return ackResponse(incident.value(), true);
    auto acked = service.changeStatus(incident->id, IncidentStatus::Acknowledged, by, incident->version);
    if (!acked) {
        const QString& code = acked.error().code;
        const Status status = code == QLatin1String("illegal-transition") || code == QLatin1String("conflict")
                                  ? Status::Conflict
                              : code == QLatin1String("disconnected") ? Status::ServiceUnavailable
                                                                      : Status::InternalServerError;
        return http::jsonError(status, code, acked.error().message);
    }
    qCInfo(lcServer).noquote() << acked->ref() << "acknowledged over HTTP by" << by;
    if (m_onAcknowledged)
        m_onAcknowledged();
    return ackResponse(acked.value(), false);
}

} // namespace warroom
