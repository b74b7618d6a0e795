#include "changelog.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace warroom {

namespace {
/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::ChangeLog)
};

QString channel()
{
    return QString::fromLatin1(kChangeChannel);
}
} // namespace

QString Change::incidentRef() const
{
    return incidentNumber > 0 ? QStringLiteral("INC-%1").arg(incidentNumber) : QString();
}

ChangeLog::ChangeLog(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<qint64> ChangeLog::latestSeq() const
{
    auto q = m_db->run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<Change>> ChangeLog::since(qint64 afterSeq, int limit, const QUuid& incidentId) const
{
    // Microseconds: PostgreSQL keeps them (timestamptz), SQLite has milliseconds.
    const QString changedAt = m_db->dialect() == Dialect::Postgresql
        ? QStringLiteral("(EXTRACT(EPOCH FROM c.changed_at) * 1000000)::bigint")
        : QStringLiteral("c.changed_at * 1000");
    QString sql = QStringLiteral("SELECT c.seq, c.table_name, c.row_id, c.incident_id, c.op, c.actor, %1, i.number "
                                 "FROM changes c LEFT JOIN incidents i ON i.id = c.incident_id WHERE c.seq > ?")
                      .arg(changedAt);
    QVariantList values{afterSeq};
    if (!incidentId.isNull()) {
        sql += QStringLiteral(" AND c.incident_id = ?");
        values << m_db->uuidToDb(incidentId);
    }
    sql += QStringLiteral(" ORDER BY c.seq LIMIT ?");
    values << limit;
    auto q = m_db->run(sql, values);
    if (!q)
        return q.error();
    QList<Change> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Change c;
        c.seq = r.value(0).toLongLong();
        c.table = r.value(1).toString();
        c.rowId = Database::uuidFromDb(r.value(2));
        c.incidentId = Database::uuidFromDb(r.value(3));
        c.op = r.value(4).toString();
        c.actor = r.value(5).toString();
        c.changedAtUsecs = r.value(6).toLongLong();
        c.incidentNumber = r.value(7).isNull() ? 0 : r.value(7).toLongLong();
        out << c;
    }
    return out;
}

Result<Change> ChangeLog::lastChangeOf(const QString& table, const QUuid& rowId, const QUuid& incidentId) const
{
    const QString changedAt = m_db->dialect() == Dialect::Postgresql
        ? QStringLiteral("(EXTRACT(EPOCH FROM c.changed_at) * 1000000)::bigint")
        : QStringLiteral("c.changed_at * 1000");
    auto q = m_db->run(QStringLiteral("SELECT c.seq, c.table_name, c.row_id, c.incident_id, c.op, c.actor, %1, i.number "
                                      "FROM changes c LEFT JOIN incidents i ON i.id = c.incident_id "
                                      "WHERE c.incident_id = ? AND c.table_name = ? AND c.row_id = ? "
                                      "ORDER BY c.seq DESC LIMIT 1")
                           .arg(changedAt),
                       {m_db->uuidToDb(incidentId), table, m_db->uuidToDb(rowId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<Change>::failure(QStringLiteral("not-found"), Tr::tr("The change log has no change of that row."));
    const QSqlQuery& r = q.value();
    Change c;
    c.seq = r.value(0).toLongLong();
    c.table = r.value(1).toString();
    c.rowId = Database::uuidFromDb(r.value(2));
    c.incidentId = Database::uuidFromDb(r.value(3));
    c.op = r.value(4).toString();
    c.actor = r.value(5).toString();
    c.changedAtUsecs = r.value(6).toLongLong();
    c.incidentNumber = r.value(7).isNull() ? 0 : r.value(7).toLongLong();
    return c;
}

ChangeNotifier::ChangeNotifier(std::shared_ptr<Database> db, QObject* parent) : QObject(parent), m_db(std::move(db))
{
    // The driver object outlives close() and open(), so this connection survives reopen().
    QSqlDriver* driver = m_db->connection().driver();
    if (driver && isSupported()) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name != channel())
                        return;
                    bool ok = false;
                    const qint64 seq = payload.toString().toLongLong(&ok);
                    emit notified(ok ? seq : 0);
                });
    }
}

bool ChangeNotifier::isSupported() const
{
    return m_db->dialect() == Dialect::Postgresql;
}

Result<void> ChangeNotifier::listen()
{
    if (!isSupported()) {
        return Result<void>::failure(QStringLiteral("unsupported"),
                                     Tr::tr("SQLite has no notifications; read the change log periodically."));
    }
    QSqlDriver* driver = m_db->connection().driver();
    if (driver->subscribedToNotifications().contains(channel()))
        return {};
    if (!driver->subscribeToNotification(channel())) {
        return Result<void>::failure(m_db->isOpen() ? QStringLiteral("sql") : QStringLiteral("disconnected"),
                                     Tr::tr("Cannot listen for changes on %1: %2")
                                         .arg(m_db->url().toString(), driver->lastError().text().trimmed()));
    }
    qCDebug(lcStorage) << "listening on" << channel() << "at" << m_db->url().toString();
    return {};
}

} // namespace warroom
