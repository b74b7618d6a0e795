#include "alertpayload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AlertPayload)
};

Error parseError(const QString& path, const QString& problem)
{
    return Error{QStringLiteral("parse"), path.isEmpty() ? problem : QStringLiteral("%1: %2").arg(path, problem)};
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : QStringLiteral("%1.%2").arg(path, key);
}

/// The body as a JSON object, or an error naming what is wrong with it.
Result<QJsonObject> documentObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return parseError({}, Tr::tr("The body is empty; a JSON object is expected."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError({}, Tr::tr("Not valid JSON at offset %1: %2.").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return parseError({}, Tr::tr("The body must be a JSON object."));
    return doc.object();
}

/// An optional string member: empty when absent or null, an error for another type.
Result<QString> optionalString(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return parseError(join(path, key), Tr::tr("expected a string, found %1.").arg(jsonTypeName(value)));
    return value.toString();
}

Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return parseError(join(path, key), Tr::tr("expected a string, found %1.").arg(jsonTypeName(value)));
    if (value.toString().trimmed().isEmpty())
        return parseError(join(path, key), Tr::tr("must not be empty."));
    return value.toString();
}

/// An optional object of string values (labels, annotations).
Result<QMap<QString, QString>> stringMap(const QJsonObject& object, const QString& key, const QString& path)
{
    QMap<QString, QString> out;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return parseError(join(path, key), Tr::tr("expected an object, found %1.").arg(jsonTypeName(value)));
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            return parseError(join(join(path, key), it.key()),
                              Tr::tr("expected a string, found %1.").arg(jsonTypeName(it.value())));
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

Result<QDateTime> optionalTime(const QJsonObject& object, const QString& key, const QString& path)
{
    auto text = optionalString(object, key, path);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QDateTime();
    const auto time = parseRfc3339(text.value());
    if (!time)
        return parseError(join(path, key), Tr::tr("\"%1\" is not an RFC 3339 time.").arg(text->left(64)));
    return *time;
}

Result<AlertState> parseState(const QString& text, const QString& path, AlertState fallback)
{
    if (text.isEmpty())
        return fallback;
    const QString lower = text.toLower();
    if (lower == QLatin1String("firing") || lower == QLatin1String("alerting"))
        return AlertState::Firing;
    if (lower == QLatin1String("resolved") || lower == QLatin1String("ok"))
        return AlertState::Resolved;
    return parseError(path, Tr::tr("\"%1\" is neither \"firing\" nor \"resolved\".").arg(text.left(64)));
}

/// A stable identity for an alert without a fingerprint: a hash of its sorted labels.
QString labelFingerprint(const QMap<QString, QString>& labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

Result<QJsonArray> alertsArray(const QJsonObject& root)
{
    const QJsonValue value = root.value(QStringLiteral("alerts"));
    if (!value.isArray())
        return parseError(QStringLiteral("alerts"), Tr::tr("expected an array, found %1.").arg(jsonTypeName(value)));
    const QJsonArray alerts = value.toArray();
    if (alerts.isEmpty())
        return parseError(QStringLiteral("alerts"), Tr::tr("must hold at least one alert."));
    if (alerts.size() > kMaxAlertsPerDelivery) {
        return parseError(
            QStringLiteral("alerts"),
            Tr::tr("holds %1 alerts; at most %2 are accepted.").arg(alerts.size()).arg(kMaxAlertsPerDelivery));
    }
    return alerts;
}

/// One alert of an Alertmanager-shaped body (Alertmanager and Grafana).
Result<Alert> alertmanagerAlert(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return parseError(path, Tr::tr("expected an object, found %1.").arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    Alert alert;
    auto status = optionalString(object, QStringLiteral("status"), path);
    if (!status)
        return status.error();
    auto state = parseState(status.value(), join(path, QStringLiteral("status")), AlertState::Firing);
    if (!state)
        return state.error();
    alert.state = state.value();
    auto labels = stringMap(object, QStringLiteral("labels"), path);
    if (!labels)
        return labels.error();
    alert.labels = labels.value();
    auto annotations = stringMap(object, QStringLiteral("annotations"), path);
    if (!annotations)
        return annotations.error();
    alert.annotations = annotations.value();
    auto starts = optionalTime(object, QStringLiteral("startsAt"), path);
    if (!starts)
        return starts.error();
    alert.startsAt = starts.value();
    auto ends = optionalTime(object, QStringLiteral("endsAt"), path);
    if (!ends)
        return ends.error();
    alert.endsAt = ends.value();
    auto url = optionalString(object, QStringLiteral("generatorURL"), path);
    if (!url)
        return url.error();
    alert.url = url.value();
    auto fingerprint = optionalString(object, QStringLiteral("fingerprint"), path);
    if (!fingerprint)
        return fingerprint.error();
    alert.fingerprint = fingerprint->isEmpty() ? labelFingerprint(alert.labels) : fingerprint.value();
    alert.name = alert.labels.value(QStringLiteral("alertname"));
    return alert;
}

/// The common members of an Alertmanager-shaped body.
Result<AlertGroupDelivery> alertmanagerShape(const QJsonObject& root, const QString& source)
{
    AlertGroupDelivery delivery;
    delivery.source = source;
    auto groupKey = optionalString(root, QStringLiteral("groupKey"), {});
    if (!groupKey)
        return groupKey.error();
    delivery.groupKey = groupKey.value();
    auto status = optionalString(root, QStringLiteral("status"), {});
    if (!status)
        return status.error();
    auto receiver = optionalString(root, QStringLiteral("receiver"), {});
    if (!receiver)
        return receiver.error();
    delivery.receiver = receiver.value();
    for (const auto& [key, target] : {std::pair{QStringLiteral("groupLabels"), &delivery.groupLabels},
                                      std::pair{QStringLiteral("commonLabels"), &delivery.commonLabels},
                                      std::pair{QStringLiteral("commonAnnotations"), &delivery.commonAnnotations}}) {
        auto map = stringMap(root, key, {});
        if (!map)
            return map.error();
        *target = map.value();
    }
    auto external = optionalString(root, QStringLiteral("externalURL"), {});
    if (!external)
        return external.error();
    delivery.externalUrl = external.value();
    auto alerts = alertsArray(root);
    if (!alerts)
        return alerts.error();
    for (qsizetype i = 0; i < alerts->size(); ++i) {
        auto alert = alertmanagerAlert(alerts->at(i), QStringLiteral("alerts[%1]").arg(i));
        if (!alert)
            return alert.error();
        delivery.alerts << alert.value();
    }
    auto state = parseState(status.value(), QStringLiteral("status"),
                            delivery.allResolved() ? AlertState::Resolved : AlertState::Firing);
    if (!state)
        return state.error();
    delivery.state = state.value();
    return delivery;
}

QString groupKeyFromLabels(const QString& receiver, const QMap<QString, QString>& labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    return QStringLiteral("%1:{%2}").arg(receiver, parts.join(QLatin1Char(',')));
}

} // namespace

QString alertStateKey(AlertState state)
{
    return state == AlertState::Firing ? QStringLiteral("firing") : QStringLiteral("resolved");
}

QDateTime AlertGroupDelivery::earliestStart() const
{
    QDateTime earliest;
    for (const Alert& alert : alerts) {
        if (alert.startsAt.isValid() && (!earliest.isValid() || alert.startsAt < earliest))
            earliest = alert.startsAt;
    }
    return earliest;
}

bool AlertGroupDelivery::allResolved() const
{
    return std::all_of(alerts.begin(), alerts.end(), [](const Alert& a) { return a.state == AlertState::Resolved; });
}

std::optional<QDateTime> parseRfc3339(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year == 1 && m.captured(2) == QLatin1String("01") && m.captured(3) == QLatin1String("01"))
        return QDateTime(); // Go's zero time: "not set"
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    const int second = m.captured(6).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second == 60 ? 59 : second,
                     m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

Result<AlertGroupDelivery> parseAlertmanagerPayload(const QByteArray& body)
{
    auto root = documentObject(body);
    if (!root)
        return root.error();
    const QJsonValue version = root->value(QStringLiteral("version"));
    if (!version.isString())
        return parseError(QStringLiteral("version"), Tr::tr("expected a string, found %1.").arg(jsonTypeName(version)));
    if (version.toString() != QLatin1String("4")) {
        return parseError(
            QStringLiteral("version"),
            Tr::tr("payload version \"%1\" is not supported (expected \"4\").").arg(version.toString().left(16)));
    }
    auto delivery = alertmanagerShape(root.value(), QStringLiteral("alertmanager"));
    if (!delivery)
        return delivery;
    if (delivery->groupKey.trimmed().isEmpty())
        return parseError(QStringLiteral("groupKey"), Tr::tr("expected a non-empty string."));
    return delivery;
}

Result<AlertGroupDelivery> parseGrafanaPayload(const QByteArray& body)
{
    auto root = documentObject(body);
    if (!root)
        return root.error();
    auto delivery = alertmanagerShape(root.value(), QStringLiteral("grafana"));
    if (!delivery)
        return delivery;
    if (delivery->groupKey.trimmed().isEmpty()) {
        if (delivery->receiver.isEmpty() && delivery->groupLabels.isEmpty())
            return parseError(QStringLiteral("groupKey"),
                              Tr::tr("missing, and no receiver or groupLabels to stand in."));
        delivery.value().groupKey = groupKeyFromLabels(delivery->receiver, delivery->groupLabels);
    }
    return delivery;
}

Result<AlertGroupDelivery> parseGenericAlertPayload(const QByteArray& body)
{
    auto root = documentObject(body);
    if (!root)
        return root.error();
    AlertGroupDelivery delivery;
    delivery.source = QStringLiteral("generic");
    auto group = requiredString(root.value(), QStringLiteral("group"), {});
    if (!group)
        return group.error();
    delivery.groupKey = group.value();
    auto alerts = alertsArray(root.value());
    if (!alerts)
        return alerts.error();
    for (qsizetype i = 0; i < alerts->size(); ++i) {
        const QString path = QStringLiteral("alerts[%1]").arg(i);
        const QJsonValue value = alerts->at(i);
        if (!value.isObject())
            return parseError(path, Tr::tr("expected an object, found %1.").arg(jsonTypeName(value)));
        const QJsonObject object = value.toObject();
        Alert alert;
        auto name = requiredString(object, QStringLiteral("name"), path);
        if (!name)
            return name.error();
        alert.name = name->trimmed();
        auto labels = stringMap(object, QStringLiteral("labels"), path);
        if (!labels)
            return labels.error();
        alert.labels = labels.value();
        alert.labels.insert(QStringLiteral("alertname"), alert.name);
        auto annotations = stringMap(object, QStringLiteral("annotations"), path);
        if (!annotations)
            return annotations.error();
        alert.annotations = annotations.value();
        // Shorthands for the labels and annotation the intake reads.
        for (const auto& [key, isLabel] :
             {std::pair{QStringLiteral("severity"), true}, std::pair{QStringLiteral("service"), true},
              std::pair{QStringLiteral("summary"), false}}) {
            auto text = optionalString(object, key, path);
            if (!text)
                return text.error();
            if (!text->isEmpty())
                (isLabel ? alert.labels : alert.annotations).insert(key, text.value());
        }
        auto status = optionalString(object, QStringLiteral("status"), path);
        if (!status)
            return status.error();
        auto state = parseState(status.value(), join(path, QStringLiteral("status")), AlertState::Firing);
        if (!state)
            return state.error();
        alert.state = state.value();
        auto starts = optionalTime(object, QStringLiteral("startsAt"), path);
        if (!starts)
            return starts.error();
        alert.startsAt = starts.value();
        auto ends = optionalTime(object, QStringLiteral("endsAt"), path);
        if (!ends)
            return ends.error();
        alert.endsAt = ends.value();
        auto url = optionalString(object, QStringLiteral("url"), path);
        if (!url)
            return url.error();
        alert.url = url.value();
        auto id = optionalString(object, QStringLiteral("id"), path);
        if (!id)
            return id.error();
        alert.fingerprint = id->isEmpty() ? labelFingerprint(alert.labels) : id.value();
        delivery.alerts << alert;
    }
    delivery.state = delivery.allResolved() ? AlertState::Resolved : AlertState::Firing;
    return delivery;
}

} // namespace warroom
