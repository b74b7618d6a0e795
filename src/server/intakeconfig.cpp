#include "intakeconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::AlertIntakeConfig)
};

Error configError(const QString& origin, const QString& problem)
{
    return Error{QStringLiteral("config"), QStringLiteral("%1: %2").arg(origin, problem)};
}

std::optional<bool> parseBool(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1") ||
        text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("0") ||
        text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

} // namespace

QStringList AlertIntakeConfig::sources()
{
    return {QStringLiteral("alertmanager"), QStringLiteral("grafana"), QStringLiteral("generic")};
}

bool AlertIntakeConfig::hasAnyToken() const
{
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        if (!it.value().isEmpty())
            return true;
    }
    return false;
}

void AlertIntakeConfig::applySharedToken(const QByteArray& token)
{
    if (token.isEmpty())
        return;
    for (const QString& source : sources()) {
        if (tokens.value(source).isEmpty())
            tokens.insert(source, token);
    }
}

Result<AlertIntakeConfig> AlertIntakeConfig::fromValues(const QVariantMap& values, const QString& origin)
{
    AlertIntakeConfig config;
    bool severityGiven = false;
    QHash<QString, SeverityLevel> severities;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString key = it.key();
        const QString group = key.section(QLatin1Char('/'), 0, 0).toLower();
        const QString name = key.section(QLatin1Char('/'), 1);
        const QString text = it.value().toString().trimmed();
        if (group == QLatin1String("tokens")) {
            if (!sources().contains(name))
                return configError(origin, Tr::tr("unknown source \"%1\" under [tokens].").arg(name));
            config.tokens.insert(name, text.toUtf8());
        } else if (group == QLatin1String("severity")) {
            const auto level = parseSeverityCode(text);
            if (!level || *level < 1)
                return configError(origin, Tr::tr("severity/%1: \"%2\" is not a level such as SEV2.").arg(name, text));
            if (name.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0) {
                config.mapping.fallbackSeverity = *level;
            } else {
                severities.insert(name.trimmed().toLower(), *level);
                severityGiven = true;
            }
        } else if (key == QLatin1String("intake/body_limit")) {
            bool ok = false;
            const qint64 limit = text.toLongLong(&ok);
            if (!ok || limit < 1024 || limit > 64 * 1024 * 1024)
                return configError(origin, Tr::tr("intake/body_limit must be bytes between 1024 and 67108864."));
            config.bodyLimitBytes = limit;
        } else if (key == QLatin1String("intake/service_label")) {
            config.mapping.serviceLabel = text;
        } else if (key == QLatin1String("intake/severity_label")) {
            if (text.isEmpty())
                return configError(origin, Tr::tr("intake/severity_label must not be empty."));
            config.mapping.severityLabel = text;
        } else if (key == QLatin1String("intake/auto_resolve")) {
            const auto flag = parseBool(it.value());
            if (!flag)
                return configError(origin, Tr::tr("intake/auto_resolve must be true or false."));
            config.mapping.autoResolve = *flag;
        } else if (group == QLatin1String("intake")) {
            return configError(origin, Tr::tr("unknown setting \"%1\".").arg(key));
        }
        // Other groups belong to other parts of warroomd.
    }
    if (severityGiven)
        config.mapping.severityByValue = severities;
    return config;
}

Result<AlertIntakeConfig> AlertIntakeConfig::load(const QString& path)
{
    if (!QFile::exists(path))
        return configError(path, Tr::tr("the file does not exist."));
    QVariantMap values;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return configError(path, file.errorString());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return configError(path, Tr::tr("not a JSON object (%1).").arg(error.errorString()));
        const QJsonObject root = doc.object();
        for (auto group = root.begin(); group != root.end(); ++group) {
            if (!group.value().isObject())
                continue;
            const QJsonObject members = group.value().toObject();
            for (auto it = members.begin(); it != members.end(); ++it)
                values.insert(group.key() + QLatin1Char('/') + it.key(), it.value().toVariant());
        }
    } else {
        QSettings settings(path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return configError(path, Tr::tr("cannot read the file as INI."));
        for (const QString& key : settings.allKeys())
            values.insert(key, settings.value(key));
    }
    return fromValues(values, path);
}

} // namespace warroom
