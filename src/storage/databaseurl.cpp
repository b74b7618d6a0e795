#include "databaseurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace warroom {

namespace {
/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::DatabaseUrl)
};
} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"), Tr::tr("The database URL is empty."));

    if (t.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = t.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);   // sqlite:///abs/path
        if (path.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"),
                                                Tr::tr("The SQLite URL names no file (use sqlite:/path/to/file.db)."));
        return sqliteFile(path);
    }

    if (t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        // Spaces (in a CA file's path, say) are taken as written: toString() leaves them so.
        const QUrl url(QString(t).replace(QLatin1Char(' '), QLatin1String("%20")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return Result<DatabaseUrl>::failure(
                QStringLiteral("bad-url"),
                Tr::tr("\"%1\" is not a valid PostgreSQL URL (postgresql://user@host:port/database).").arg(t));
        }
        DatabaseUrl out;
        out.kind = Kind::Postgresql;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName();
        out.password = url.password();
        out.database = url.path().mid(1);
        if (out.database.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"),
                                                Tr::tr("The PostgreSQL URL names no database."));
        const QUrlQuery query(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
            out.options.insert(key, value);
        return out;
    }

    if (t.contains(QLatin1String("://"))) {
        return Result<DatabaseUrl>::failure(
            QStringLiteral("bad-url"),
            Tr::tr("Unsupported database URL \"%1\": use sqlite:/path/file.db or postgresql://user@host/db.").arg(t));
    }
    return sqliteFile(t);
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            query.addQueryItem(it.key(), it.value());
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace warroom
