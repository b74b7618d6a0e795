#include "presence.h"
#include "logging.h"

#include "storage/database.h"
#include "storage/notificationchannel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace warroom {

namespace {

QString stateName(PresenceState state)
{
    switch (state) {
    case PresenceState::Open: return QStringLiteral("open");
    case PresenceState::Typing: return QStringLiteral("typing");
    case PresenceState::Left: return QStringLiteral("left");
    }
    return {};
}

std::optional<PresenceState> stateFromName(const QString& name)
{
    for (PresenceState s : {PresenceState::Open, PresenceState::Typing, PresenceState::Left}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace

QString PresenceMessage::toPayload() const
{
    const QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("c"), clientId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("h"), handle.left(kMaxHandleLength)},
        {QStringLiteral("i"), incidentId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("s"), stateName(state)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<PresenceMessage> PresenceMessage::fromPayload(const QString& payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    PresenceMessage m;
    m.clientId = QUuid::fromString(o.value(QStringLiteral("c")).toString());
    m.handle = o.value(QStringLiteral("h")).toString().left(kMaxHandleLength);
    m.incidentId = QUuid::fromString(o.value(QStringLiteral("i")).toString());
    const auto state = stateFromName(o.value(QStringLiteral("s")).toString());
    if (m.clientId.isNull() || m.incidentId.isNull() || !state)
        return std::nullopt;
    m.state = *state;
    return m;
}

PresenceClient::PresenceClient(DatabaseUrl url, QString handle, QObject* parent)
    : PresenceClient(std::move(url), std::move(handle), Options{}, parent)
{
}

PresenceClient::PresenceClient(DatabaseUrl url, QString handle, Options options, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_handle(std::move(handle))
    , m_options(options)
    , m_clientId(QUuid::createUuid())
{
    // Children, so that moveToThread() takes the timers along.
    m_announce.setParent(this);
    m_expire.setParent(this);
    if (m_url.kind == DatabaseUrl::Kind::Postgresql && !m_url.options.contains(QStringLiteral("application_name")))
        m_url.options.insert(QStringLiteral("application_name"), QStringLiteral("warroom-presence"));
    m_announce.callOnTimeout(this, &PresenceClient::announce);
    m_expire.callOnTimeout(this, &PresenceClient::expire);
    m_clock.start();
}

PresenceClient::~PresenceClient()
{
    stop();
}

Result<void> PresenceClient::start()
{
    stop(false);
    if (m_url.kind != DatabaseUrl::Kind::Postgresql) {
        return Result<void>::failure(QStringLiteral("unsupported"),
                                     tr("Presence needs the shared PostgreSQL database; a SQLite file has one user."));
    }
    auto db = Database::open(m_url, QStringLiteral("warroom-presence-%1").arg(m_clientId.toString(QUuid::Id128)));
    if (!db)
        return db.error();
    m_db = db.value();
    m_channel = std::make_unique<NotificationChannel>(m_db, QString::fromLatin1(kPresenceChannel));
    connect(m_channel.get(), &NotificationChannel::received, this, &PresenceClient::onReceived);
    if (auto listening = m_channel->listen(); !listening) {
        stop(false);
        return listening;
    }
    m_announce.start(m_options.announceMs);
    m_expire.start(std::clamp(std::min(m_options.expiryMs, m_options.typingMs) / 4, 20, 1000));
    qCInfo(lcSync) << "presence on" << m_url.toString() << "as" << m_handle << m_clientId;
    announce();
    return {};
}

void PresenceClient::stop(bool sayGoodbye)
{
    if (m_db && sayGoodbye && !m_incidentId.isNull())
        send(PresenceState::Left, m_incidentId);
    m_announce.stop();
    m_expire.stop();
    m_channel.reset();
    m_db.reset();
    if (!m_peers.isEmpty()) {
        m_peers.clear();
        emit peersChanged({});
    }
}

QList<PresencePeer> PresenceClient::peers() const
{
    QList<PresencePeer> out;
    out.reserve(m_peers.size());
    for (const Heard& h : m_peers)
        out << h.peer;
    std::sort(out.begin(), out.end(), [](const PresencePeer& a, const PresencePeer& b) {
        return std::tie(a.handle, a.clientId) < std::tie(b.handle, b.clientId);
    });
    return out;
}

void PresenceClient::setHandle(const QString& handle)
{
    if (handle == m_handle)
        return;
    m_handle = handle;
    announce();
}

void PresenceClient::setIncident(const QUuid& incidentId)
{
    if (incidentId == m_incidentId)
        return;
    if (!m_incidentId.isNull())
        send(PresenceState::Left, m_incidentId);
    m_incidentId = incidentId;
    m_lastKeyMs = -1;
    m_lastTypingSentMs = -1;
    announce();
}

bool PresenceClient::localTyping() const
{
    return m_lastKeyMs >= 0 && m_clock.elapsed() - m_lastKeyMs < m_options.typingMs;
}

void PresenceClient::setTyping(bool typing)
{
    if (m_incidentId.isNull())
        return;
    const qint64 now = m_clock.elapsed();
    if (!typing) {
        const bool was = localTyping();
        m_lastKeyMs = -1;
        m_lastTypingSentMs = -1;
        if (was)
            send(PresenceState::Open, m_incidentId);   // the others stop showing "typing" at once
        return;
    }
    m_lastKeyMs = now;
    // Throttled: peers keep "typing" for typingMs after the last one they heard.
    if (m_lastTypingSentMs < 0 || now - m_lastTypingSentMs >= m_options.typingMs / 2) {
        m_lastTypingSentMs = now;
        send(PresenceState::Typing, m_incidentId);
    }
}

void PresenceClient::announce()
{
    if (!m_db)
        return;
    if (!m_db->isOpen()) {
        // The server went away: reopen and listen again (QPSQL forgot the subscription).
        auto reopened = m_db->reopen();
        if (reopened)
            reopened = m_channel->listen();
        if (!reopened) {
            qCInfo(lcSync) << "presence: reconnect failed:" << reopened.error().message;
            return;
        }
    }
    if (!m_incidentId.isNull())
        send(localTyping() ? PresenceState::Typing : PresenceState::Open, m_incidentId);
}

void PresenceClient::send(PresenceState state, const QUuid& incidentId)
{
    if (!m_channel)
        return;
    const PresenceMessage message{m_clientId, m_handle, incidentId, state};
    if (auto sent = m_channel->send(message.toPayload()); !sent)
        qCInfo(lcSync) << "presence: cannot send:" << sent.error().message;
}

void PresenceClient::onReceived(const QString& payload, bool fromSelf)
{
    const auto message = PresenceMessage::fromPayload(payload);
    if (fromSelf || !message || message->clientId == m_clientId)
        return;
    const qint64 now = m_clock.elapsed();
    if (message->state == PresenceState::Left) {
        // Only if it left the incident it had open here (a late "left" after a switch is old news).
        auto it = m_peers.find(message->clientId);
        if (it != m_peers.end() && it->peer.incidentId == message->incidentId) {
            m_peers.erase(it);
            emit peersChanged(peers());
        }
        return;
    }
    const bool isNew = !m_peers.contains(message->clientId);
    Heard& heard = m_peers[message->clientId];
    const PresencePeer before = heard.peer;
    heard.lastHeardMs = now;
    heard.peer.clientId = message->clientId;
    heard.peer.handle = message->handle;
    heard.peer.incidentId = message->incidentId;
    if (message->state == PresenceState::Typing) {
        heard.typingUntilMs = now + m_options.typingMs;
        heard.peer.typing = true;
    } else {
        heard.typingUntilMs = 0;
        heard.peer.typing = false;
    }
    if (isNew || !(before == heard.peer))
        emit peersChanged(peers());
    if (isNew && !m_incidentId.isNull() && !m_answerQueued) {
        // A newcomer: tell it about us now rather than at the next announcement.
        m_answerQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_answerQueued = false;
                announce();
            },
            Qt::QueuedConnection);
    }
}

void PresenceClient::expire()
{
    const qint64 now = m_clock.elapsed();
    bool changed = false;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (now - it->lastHeardMs >= m_options.expiryMs) {
            qCDebug(lcSync) << "presence: expired" << it->peer.handle << it->peer.clientId;
            it = m_peers.erase(it);
            changed = true;
            continue;
        }
        if (it->peer.typing && now >= it->typingUntilMs) {
            it->peer.typing = false;
            changed = true;
        }
        ++it;
    }
    if (changed)
        emit peersChanged(peers());
}

} // namespace warroom
