#include "outboxstore.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace warroom {

OutboxStore::OutboxStore(std::shared_ptr<Database> db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::open(const QString& path)
{
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    if (!db)
        return db.error();
    auto created = db.value()->run(
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                       "arguments TEXT NOT NULL, actor TEXT NOT NULL, queued_at INTEGER NOT NULL, "
                       "failed INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"));
    if (!created)
        return created.error();
    return std::unique_ptr<OutboxStore>(new OutboxStore(db.value(), path));
}

QString OutboxStore::defaultPath(const DatabaseUrl& url)
{
    const QByteArray key = url.toString(false).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("outbox-%1.db").arg(hash));
}

Result<qint64> OutboxStore::append(const QString& kind, const QByteArray& arguments, const QString& actor,
                                   const QDateTime& queuedAtUtc)
{
    auto q = m_db->run(QStringLiteral("INSERT INTO outbox (kind, arguments, actor, queued_at) VALUES (?, ?, ?, ?)"),
                       {kind, QString::fromUtf8(arguments), actor.isNull() ? QString(QLatin1String("")) : actor,
                        m_db->timeToDb(queuedAtUtc)});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<OutboxRecord>> OutboxStore::select(bool failed) const
{
    auto q = m_db->run(QStringLiteral("SELECT seq, kind, arguments, actor, queued_at, failed, error FROM outbox "
                                      "WHERE failed = ? ORDER BY seq"),
                       {failed ? 1 : 0});
    if (!q)
        return q.error();
    QList<OutboxRecord> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        OutboxRecord rec;
        rec.seq = r.value(0).toLongLong();
        rec.kind = r.value(1).toString();
        rec.arguments = r.value(2).toString().toUtf8();
        rec.actor = r.value(3).toString();
        rec.queuedAt = m_db->timeFromDb(r.value(4));
        rec.failed = r.value(5).toInt() != 0;
        rec.error = r.value(6).toString();
        out << rec;
    }
    return out;
}

Result<QList<OutboxRecord>> OutboxStore::pending() const
{
    return select(false);
}

Result<QList<OutboxRecord>> OutboxStore::failedRecords() const
{
    return select(true);
}

Result<void> OutboxStore::remove(qint64 seq)
{
    if (auto q = m_db->run(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq}); !q)
        return q.error();
    return {};
}

Result<void> OutboxStore::markFailed(qint64 seq, const QString& error)
{
    if (auto q = m_db->run(QStringLiteral("UPDATE outbox SET failed = 1, error = ? WHERE seq = ?"), {error, seq}); !q)
        return q.error();
    qCInfo(lcStorage) << "outbox record" << seq << "refused:" << error;
    return {};
}

} // namespace warroom
