#pragma once
// Ephemeral messages between the clients of a shared PostgreSQL database: NOTIFY on a channel,
// LISTEN for it. Nothing is stored. See docs/sync.md ("Presence").

#include "database.h"

#include "core/result.h"

#include <QObject>

#include <memory>

namespace warroom {

/// Sends and receives the notifications of one channel on a PostgreSQL connection
/// (pg_notify / QSqlDriver::subscribeToNotification). Notifications are delivered to every
/// session listening on the channel, whatever its role, so payloads must hold nothing
/// secret; PostgreSQL refuses payloads of 8000 bytes or more. A notification sent inside a
/// transaction goes out at commit; send() runs outside any transaction, so it goes at once.
///
/// The connection should be a dedicated one (a listener must not sit in long transactions).
/// After Database::reopen() call listen() again: QPSQL forgets subscriptions on close.
class NotificationChannel : public QObject {
    Q_OBJECT

public:
    /// Hard limit of a payload, in bytes (UTF-8), below PostgreSQL's 8000.
    static constexpr int kMaxPayloadBytes = 7999;

    /// `channel`: a lowercase identifier (LISTEN folds unquoted names to lower case).
    NotificationChannel(std::shared_ptr<Database> db, QString channel, QObject* parent = nullptr);

    /// False on SQLite, which has no notifications.
    bool isSupported() const;
    QString channel() const { return m_channel; }
    /// Subscribes (again). Error "unsupported" on SQLite, "sql" or "disconnected".
    Result<void> listen();
    /// Sends `payload` to every listener, this connection included. Error "unsupported",
    /// "too-large" (kMaxPayloadBytes), "sql" or "disconnected".
    Result<void> send(const QString& payload) const;

signals:
    /// A notification on the channel; `fromSelf`: this connection sent it.
    void received(const QString& payload, bool fromSelf);

private:
    std::shared_ptr<Database> m_db;
    QString m_channel;
};

} // namespace warroom
