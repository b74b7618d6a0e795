#pragma once
// OutboxStore: the file behind the offline outbox (writes made while the shared database
// cannot be reached), a small SQLite database of its own that survives an app restart.

#include "database.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace warroom {

/// One queued operation as stored. `arguments` is the operation's JSON (UTF-8), written and
/// read by sync/Outbox; this class does not look inside.
struct OutboxRecord {
    qint64 seq = 0;       ///< queue order, increasing
    QString kind;         ///< operation name, e.g. "add-entry"
    QByteArray arguments; ///< JSON object
    QString actor;        ///< handle of the person who made the change
    QDateTime queuedAt;   ///< UTC
    bool failed = false;  ///< refused by the server for a reason other than a lost connection
    QString error;        ///< why, for people (failed records only)
};

/// A queue of operations in a SQLite file (table `outbox`), one file per shared database
/// (defaultPath()). Records stay until remove(): a record is removed only after the server
/// committed it, and one the server refused is kept, marked failed, so nothing is lost
/// silently. Not thread-safe: use it on one thread. Errors are storage's ("open", "sql").
class OutboxStore {
public:
    /// Opens (creating the file, its folder and the table when needed) the outbox at `path`.
    static Result<std::unique_ptr<OutboxStore>> open(const QString& path);
    /// Where the outbox of `url` lives: <AppDataLocation>/outbox-<SHA-1 of the URL without
    /// its password>.db, so every database has its own queue and no password reaches disk.
    static QString defaultPath(const DatabaseUrl& url);

    QString path() const { return m_path; }

    /// Appends an operation; returns its sequence number.
    Result<qint64> append(const QString& kind, const QByteArray& arguments, const QString& actor,
                          const QDateTime& queuedAtUtc);
    /// Every record not marked failed, in queue order.
    Result<QList<OutboxRecord>> pending() const;
    /// The records the server refused, in queue order.
    Result<QList<OutboxRecord>> failedRecords() const;
    /// Forgets a record (after its transaction committed on the server, or when dismissed).
    Result<void> remove(qint64 seq);
    /// Keeps the record but stops replaying it; `error` says why, for people.
    Result<void> markFailed(qint64 seq, const QString& error);

private:
    OutboxStore(std::shared_ptr<Database> db, QString path);
    Result<QList<OutboxRecord>> select(bool failed) const;

    std::shared_ptr<Database> m_db;
    QString m_path;
};

} // namespace warroom
