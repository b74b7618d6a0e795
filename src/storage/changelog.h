#pragma once
// The change log (schema 3): one row per insert, update or delete of an incident, timeline
// entry, role assignment, hand-off, action item or person, written by triggers in the
// order of commit, and the notification that announces new rows. See docs/sync.md.

#include "database.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <memory>

namespace warroom {

/// Key of the transaction-scoped advisory lock (pg_advisory_xact_lock) every change-log
/// writer holds from its first change until commit; the bytes of "warroom". Must match
/// resources/sql/postgresql/0003_change_log.sql.
inline constexpr qint64 kChangeLogLockKey = 33602666402639725;
/// The channel the triggers notify with the new sequence number (lowercase: LISTEN folds
/// unquoted names to lower case).
inline constexpr char kChangeChannel[] = "warroom_changes";

/// One row of the change log.
struct Change {
    qint64 seq = 0;
    QString table;               ///< "incidents", "timeline_entries", "role_assignments", "hand_offs", "action_items", "people", "postmortems"
    QUuid rowId;
    QUuid incidentId;            ///< null for people
    qint64 incidentNumber = 0;   ///< 0 when unknown (no incident, or it is deleted)
    QString op;                  ///< "insert", "update" or "delete"
    QString actor;               ///< handle of the person acting, else the login role (PostgreSQL) or ""
    qint64 changedAtUsecs = 0;   ///< microseconds since the Unix epoch, UTC

    QDateTime changedAt() const { return QDateTime::fromMSecsSinceEpoch(changedAtUsecs / 1000, Qt::UTC); }
    /// "INC-12", or empty when the number is unknown.
    QString incidentRef() const;
};

/// Reads the change log. Error codes: "sql", "disconnected".
class ChangeLog {
public:
    explicit ChangeLog(std::shared_ptr<Database> db);

    /// The highest sequence number written so far (0 for an empty log).
    Result<qint64> latestSeq() const;
    /// Up to `limit` changes with seq > `afterSeq`, in order; only those of `incidentId`
    /// unless it is null.
    Result<QList<Change>> since(qint64 afterSeq, int limit, const QUuid& incidentId = {}) const;
    /// The latest change of row `rowId` of `table` ("incidents", "action_items", ...) of
    /// incident `incidentId` (which keeps the lookup on an index): who saved what is stored
    /// now, and when (for the conflict dialog). Error "not-found" when the log has none.
    Result<Change> lastChangeOf(const QString& table, const QUuid& rowId, const QUuid& incidentId) const;

private:
    std::shared_ptr<Database> m_db;
};

/// LISTENs on a PostgreSQL connection for kChangeChannel and reports each notification.
/// The connection should be a dedicated one (a listener must not sit in long transactions).
/// After Database::reopen() call listen() again: QPSQL forgets subscriptions on close and
/// gives no signal when the server goes away (Database::isOpen() turns false).
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    explicit ChangeNotifier(std::shared_ptr<Database> db, QObject* parent = nullptr);

    /// False on SQLite, which has no notifications (poll instead).
    bool isSupported() const;
    /// Subscribes (again). Error "unsupported" on SQLite, "sql" when LISTEN failed.
    Result<void> listen();

signals:
    /// A commit announced sequence number `seq` (0 if the payload was not a number).
    void notified(qint64 seq);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace warroom
