#include "notificationchannel.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace warroom {

namespace {
/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::NotificationChannel)
};

Error unsupported()
{
    return Error{QStringLiteral("unsupported"), Tr::tr("SQLite has no notifications between clients.")};
}
} // namespace

NotificationChannel::NotificationChannel(std::shared_ptr<Database> db, QString channel, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_channel(std::move(channel))
{
    // The driver object outlives close() and open(), so this connection survives reopen().
    QSqlDriver* driver = m_db->connection().driver();
    if (driver && isSupported()) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    if (name == m_channel)
                        emit received(payload.toString(), source == QSqlDriver::SelfSource);
                });
    }
}

bool NotificationChannel::isSupported() const
{
    return m_db->dialect() == Dialect::Postgresql;
}

Result<void> NotificationChannel::listen()
{
    if (!isSupported())
        return unsupported();
    QSqlDriver* driver = m_db->connection().driver();
    if (driver->subscribedToNotifications().contains(m_channel))
        return {};
    if (!driver->subscribeToNotification(m_channel)) {
        return Result<void>::failure(m_db->isOpen() ? QStringLiteral("sql") : QStringLiteral("disconnected"),
                                     Tr::tr("Cannot listen on %1 at %2: %3")
                                         .arg(m_channel, m_db->url().toString(), driver->lastError().text().trimmed()));
    }
    qCDebug(lcStorage) << "listening on" << m_channel << "at" << m_db->url().toString();
    return {};
}

Result<void> NotificationChannel::send(const QString& payload) const
{
    if (!isSupported())
        return unsupported();
    if (payload.toUtf8().size() > kMaxPayloadBytes) {
        return Result<void>::failure(QStringLiteral("too-large"),
                                     Tr::tr("A notification may hold at most %1 bytes.").arg(kMaxPayloadBytes));
    }
    auto q = m_db->run(QStringLiteral("SELECT pg_notify(?, ?)"), {m_channel, payload});
    if (!q)
        return q.error();
    return {};
}

} // namespace warroom
