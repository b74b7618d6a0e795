#include "alertintakeroutes.h"
#include "httpsupport.h"
#include "logging.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AlertIntakeRoutes)
};

using Status = QHttpServerResponse::StatusCode;

Result<AlertGroupDelivery> parseFor(const QString& source, const QByteArray& body)
{
    if (source == QLatin1String("alertmanager"))
        return parseAlertmanagerPayload(body);
    if (source == QLatin1String("grafana"))
        return parseGrafanaPayload(body);
    return parseGenericAlertPayload(body);
}

} // namespace

AlertIntakeRoutes::AlertIntakeRoutes(AlertIntake& intake, AlertIntakeConfig config)
    : m_intake(intake)
    , m_config(std::move(config))
{
}

void AlertIntakeRoutes::registerRoutes(QHttpServer& server)
{
    for (const QString& source : AlertIntakeConfig::sources()) {
        server.route(QStringLiteral("/api/v1/alerts/%1").arg(source),
                     [this, source](const QHttpServerRequest& request) { return handle(source, request); });
    }
}

QHttpServerResponse AlertIntakeRoutes::refuse(Status status, const QString& code, const QString& message,
                                              const QString& source, const QHttpServerRequest& request)
{
    ++m_refused;
    qCInfo(lcServer).noquote() << "refused" << source << "delivery from" << request.remoteAddress().toString() << ":"
                               << int(status) << code;
    return http::jsonError(status, code, message);
}

QHttpServerResponse AlertIntakeRoutes::handle(const QString& source, const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        auto response = refuse(Status::MethodNotAllowed, QStringLiteral("method"),
                               Tr::tr("Deliveries are POST requests."), source, request);
        response.setHeader("Allow", "POST");
        return response;
    }
    const QByteArray expected = m_config.tokens.value(source);
    if (expected.isEmpty()) {
        return refuse(Status::Forbidden, QStringLiteral("source-disabled"),
                      Tr::tr("No token is configured for %1 deliveries.").arg(source), source, request);
    }
    if (!http::constantTimeEquals(http::bearerToken(request), expected)) {
        auto response = refuse(Status::Unauthorized, QStringLiteral("unauthorized"),
                               Tr::tr("A valid bearer token is required."), source, request);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"warroomd\"");
        return response;
    }
    if (!http::isJsonContentType(http::header(request, "Content-Type"))) {
        return refuse(Status::UnsupportedMediaType, QStringLiteral("content-type"),
                      Tr::tr("The body must be application/json."), source, request);
    }
    const QByteArray declared = http::header(request, "Content-Length").trimmed();
    bool declaredOk = false;
    const qint64 declaredLength = declared.toLongLong(&declaredOk);
    if ((declaredOk && declaredLength > m_config.bodyLimitBytes) || request.body().size() > m_config.bodyLimitBytes) {
        return refuse(Status::PayloadTooLarge, QStringLiteral("too-large"),
                      Tr::tr("The body exceeds %1 bytes.").arg(m_config.bodyLimitBytes), source, request);
    }
    auto delivery = parseFor(source, request.body());
    if (!delivery)
        return refuse(Status::BadRequest, delivery.error().code, delivery.error().message, source, request);
    auto outcome = m_intake.apply(delivery.value());
    if (!outcome) {
        qCWarning(lcServer).noquote() << "cannot apply" << source << "delivery:" << outcome.error().message;
        const bool retryLater =
            outcome.error().code == QLatin1String("disconnected") || outcome.error().code == QLatin1String("conflict");
        ++m_refused;
        return http::jsonError(retryLater ? Status::ServiceUnavailable : Status::InternalServerError,
                               outcome.error().code, outcome.error().message);
    }
    ++m_accepted;
    if (m_onAccepted)
        m_onAccepted(outcome.value());
    qCInfo(lcServer).noquote() << source << "delivery with" << delivery->alerts.size()
                               << "alert(s):" << (outcome->ignored ? QStringLiteral("ignored") : outcome->incidentRef)
                               << (outcome->incidentOpened ? "opened" : "updated");
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("incident"), outcome->incidentRef.isEmpty() ? QJsonValue() : QJsonValue(outcome->incidentRef)},
        {QStringLiteral("opened"), outcome->incidentOpened},
        {QStringLiteral("ignored"), outcome->ignored},
        {QStringLiteral("alerts_new"), outcome->alertsNew},
        {QStringLiteral("alerts_resolved"), outcome->alertsResolved},
        {QStringLiteral("alerts_refired"), outcome->alertsRefired},
        {QStringLiteral("severity_raised"), outcome->severityRaised},
        {QStringLiteral("group_resolved"), outcome->groupResolved},
        {QStringLiteral("incident_resolved"), outcome->incidentResolved},
    });
}

} // namespace warroom
