#include "connectionprobe.h"

#include "database.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace warroom {

namespace {

QString probeConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("warroom-probe-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

QString passwordErrorCode(const QString& openErrorMessage)
{
    // libpq: "fe_sendauth: no password supplied", "password authentication failed for user …".
    if (openErrorMessage.contains(QLatin1String("no password supplied")))
        return QStringLiteral("password-needed");
    if (openErrorMessage.contains(QLatin1String("password authentication failed")))
        return QStringLiteral("password-rejected");
    return {};
}

Result<ConnectionProbe> probeConnection(const DatabaseUrl& url)
{
    auto opened = Database::open(url, probeConnectionName());
    if (!opened) {
        Error error = opened.error();
        if (const QString code = passwordErrorCode(error.message); !code.isEmpty())
            error.code = code;
        return error;
    }
    const std::shared_ptr<Database>& db = opened.value();
    ConnectionProbe probe;
    if (db->dialect() == Dialect::Postgresql) {
        auto q = db->run(QStringLiteral("SELECT current_setting('server_version'), s.ssl, COALESCE(s.version, '') "
                                        "FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()"));
        if (!q)
            return q.error();
        if (q.value().next()) {
            probe.serverVersion = q.value().value(0).toString();
            probe.encrypted = q.value().value(1).toBool();
            probe.tlsVersion = q.value().value(2).toString();
        }
    } else {
        auto q = db->run(QStringLiteral("SELECT sqlite_version()"));
        if (!q)
            return q.error();
        if (q.value().next())
            probe.serverVersion = q.value().value(0).toString();
    }
    auto schema = db->schemaVersion();
    if (!schema)
        return schema.error();
    probe.schemaVersion = schema.value();
    return probe;
}

} // namespace warroom
