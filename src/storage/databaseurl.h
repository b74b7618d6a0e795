#pragma once
// Database locations written as URLs: "sqlite:/path/file.db", "sqlite::memory:",
// "postgresql://user[:password]@host[:port]/database[?sslmode=...&...]".

#include "core/result.h"

#include <QMap>
#include <QString>

namespace warroom {

/// A parsed database URL. For SQLite only `path` is set (":memory:" for an in-memory
/// database); for PostgreSQL the connection fields and libpq `options` (query string).
struct DatabaseUrl {
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QMap<QString, QString> options;

    /// Parses the forms above; also accepts "postgres://". A bare path (no scheme) is taken
    /// as a SQLite file. Error code "bad-url" with the reason.
    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqliteFile(const QString& path);

    /// The URL again; the password is left out unless `withPassword`.
    QString toString(bool withPassword = false) const;
};

} // namespace warroom
