#pragma once
// PresenceModel: who else has the shown incident open, and who is typing in its timeline.

#include "storage/databaseurl.h"
#include "sync/presence.h"

#include <QAbstractListModel>
#include <QUuid>

class QThread;

namespace warroom {

/// The other people with this window's incident open, one row per handle (sorted; a person
/// with two windows open is one row), for the incident view's presence line. Runs a
/// PresenceClient (sync) on a thread of its own, so the network never blocks the window, and
/// tells it which incident is shown and when the user types.
///
/// PostgreSQL only: on SQLite start() does nothing and the model stays empty (one person).
/// Display role: the handle; TypingRole: bool. It needs only the workspace's URL (it has a
/// connection of its own). The destructor says "left" and waits for the thread.
class PresenceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { TypingRole = Qt::UserRole + 1, HandleRole };

    PresenceModel(DatabaseUrl url, QString handle, PresenceClient::Options options, QObject* parent = nullptr);
    PresenceModel(DatabaseUrl url, QString handle, QObject* parent = nullptr);
    ~PresenceModel() override;

    /// Starts the client on its thread (PostgreSQL only); failures are logged and reported
    /// by failed().
    void start();
    /// True between start() and the destructor on PostgreSQL.
    bool isActive() const { return m_thread != nullptr; }

    /// The incident this window shows (null: none).
    void setIncident(const QUuid& incidentId);
    QUuid incidentId() const { return m_incidentId; }
    /// The user typed in the timeline's entry line (true) or sent or emptied it (false).
    void setTyping(bool typing);
    void setHandle(const QString& handle);

    /// Handles of the people here, and of those typing, in row order.
    QStringList handles() const;
    QStringList typingHandles() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// Someone came, left or started or stopped typing on the shown incident.
    void presenceChanged();
    /// The client could not start; `message` is for people.
    void failed(const QString& message);

private:
    struct Row {
        QString handle;
        bool typing = false;
        bool operator==(const Row&) const = default;
    };
    void onPeersChanged(const QList<PresencePeer>& peers);
    void rebuild();

    QThread* m_thread = nullptr;
    PresenceClient* m_client = nullptr;   ///< lives in m_thread
    DatabaseUrl m_url;
    QUuid m_incidentId;
    QList<PresencePeer> m_peers;
    QList<Row> m_rows;
};

} // namespace warroom
