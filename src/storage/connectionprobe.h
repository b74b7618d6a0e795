#pragma once
// A trial connection: can this URL be opened, and what is at the other end?

#include "databaseurl.h"

#include "core/result.h"

#include <QString>

namespace warroom {

/// What a trial connection found.
struct ConnectionProbe {
    QString serverVersion;  ///< "15.5" for PostgreSQL, the SQLite library version for SQLite
    bool encrypted = false; ///< PostgreSQL: the session runs over TLS (pg_stat_ssl)
    QString tlsVersion;     ///< "TLSv1.3"; empty without TLS
    int schemaVersion = 0;  ///< the database's schema version (0: empty, Warroom migrates it on open)
};

/// Opens `url` on a connection of its own, reads what ConnectionProbe holds and closes again.
/// Safe on any thread (a worker thread keeps a GUI responsive for up to connect_timeout).
/// Errors as Database::open(): "bad-url", "driver", "open"; "password-needed" when the server
/// asks for a password and the URL has none, "password-rejected" when it refused the one given;
/// "sql" when the server answered but could not be read.
Result<ConnectionProbe> probeConnection(const DatabaseUrl& url);

/// What the message of a failed open() says about the password, in libpq's words:
/// "password-needed" (the server asks for one, none was given), "password-rejected", or empty.
QString passwordErrorCode(const QString& openErrorMessage);

} // namespace warroom
