#pragma once
// Presence: who else has an incident open, and who is typing in its timeline. Ephemeral
// notifications between the clients of a shared PostgreSQL database; nothing is stored.
// See docs/sync.md ("Presence").

#include "storage/databaseurl.h"

#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace warroom {

class Database;
class NotificationChannel;

/// The channel presence messages travel on (lowercase: LISTEN folds unquoted names).
inline constexpr char kPresenceChannel[] = "warroom_presence";

enum class PresenceState {
    Open,     ///< has the incident open
    Typing,   ///< has it open and is typing in its timeline's entry line
    Left,     ///< closed it (or the app)
};

/// One presence notification. Every session listening gets it, whatever its database role,
/// so it carries ids and a handle only, never incident text.
struct PresenceMessage {
    QUuid clientId;     ///< one per running client (window), made at start
    QString handle;     ///< who, as in Workspace::actor(); at most kMaxHandleLength characters
    QUuid incidentId;
    PresenceState state = PresenceState::Open;

    static constexpr int kMaxHandleLength = 64;

    /// Compact JSON: {"v":1,"c":"<uuid>","h":"ana","i":"<uuid>","s":"open|typing|left"}; well
    /// under 300 bytes.
    QString toPayload() const;
    /// std::nullopt for anything else (another version, missing ids, an unknown state).
    static std::optional<PresenceMessage> fromPayload(const QString& payload);
};

/// Someone else's client with an incident open.
struct PresencePeer {
    QUuid clientId;
    QString handle;
    QUuid incidentId;
    bool typing = false;

    bool operator==(const PresencePeer&) const = default;
};

/// Announces this client's presence and follows everybody else's, over a connection of its
/// own (opened by start(), in the thread the client lives in; a GUI runs it in a worker,
/// since opening may block for the URL's connect_timeout).
///
/// Sends "open" when an incident is set, "left" when it changes or on stop(), "typing" while
/// the user types (at most every typingMs / 2), and repeats its state every announceMs. A
/// client hearing a peer for the first time answers with its own state at once, so a
/// newcomer sees everyone within a round trip. A peer not heard for expiryMs is dropped (a
/// crashed client, a cut network); "typing" ends typingMs after the last one heard. A lost
/// connection is reopened on the next announcement. PostgreSQL only: start() fails with
/// "unsupported" on SQLite (one person; nothing to show).
class PresenceClient : public QObject {
    Q_OBJECT

public:
    struct Options {
        int announceMs = 10'000;   ///< repeat this client's state this often
        int expiryMs = 30'000;     ///< forget a peer not heard for this long
        int typingMs = 5'000;      ///< "typing" lasts this long after the last keystroke
    };

    PresenceClient(DatabaseUrl url, QString handle, QObject* parent = nullptr);
    PresenceClient(DatabaseUrl url, QString handle, Options options, QObject* parent = nullptr);
    ~PresenceClient() override;

    /// Opens the connection and listens. Errors: "unsupported" (SQLite), those of
    /// Database::open ("open", "bad-url", "driver"), "sql".
    Result<void> start();
    /// Says "left" (unless `sayGoodbye` is false, as when a client crashes) and closes.
    void stop(bool sayGoodbye = true);
    bool isRunning() const { return m_db != nullptr; }

    QUuid clientId() const { return m_clientId; }
    QString handle() const { return m_handle; }
    QUuid incidentId() const { return m_incidentId; }
    /// Every peer heard recently, whatever incident it has open (not this client).
    QList<PresencePeer> peers() const;

public slots:
    void setHandle(const QString& handle);
    /// The incident this client shows (null: none): "left" for the previous, "open" for it.
    void setIncident(const QUuid& incidentId);
    /// The user typed in the entry line (true) or sent or emptied it (false).
    void setTyping(bool typing);

signals:
    /// The peers changed (someone came, left, expired, started or stopped typing).
    void peersChanged(const QList<warroom::PresencePeer>& peers);

private:
    struct Heard {
        PresencePeer peer;
        qint64 lastHeardMs = 0;
        qint64 typingUntilMs = 0;
    };
    void onReceived(const QString& payload, bool fromSelf);
    void announce();
    void send(PresenceState state, const QUuid& incidentId);
    void expire();
    bool localTyping() const;

    DatabaseUrl m_url;
    QString m_handle;
    Options m_options;
    QUuid m_clientId;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<NotificationChannel> m_channel;
    QTimer m_announce;
    QTimer m_expire;
    QElapsedTimer m_clock;
    QUuid m_incidentId;
    qint64 m_lastKeyMs = -1;        ///< the user's last keystroke; -1: not typing
    qint64 m_lastTypingSentMs = -1;
    bool m_answerQueued = false;
    QHash<QUuid, Heard> m_peers;
};

} // namespace warroom

Q_DECLARE_METATYPE(warroom::PresencePeer)
