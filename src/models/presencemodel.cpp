#include "presencemodel.h"

#include "logging.h"

#include <QMap>
#include <QPointer>
#include <QThread>

namespace warroom {

PresenceModel::PresenceModel(DatabaseUrl url, QString handle, QObject* parent)
    : PresenceModel(std::move(url), std::move(handle), PresenceClient::Options{}, parent)
{
}

PresenceModel::PresenceModel(DatabaseUrl url, QString handle, PresenceClient::Options options, QObject* parent)
    : QAbstractListModel(parent), m_url(url)
{
    qRegisterMetaType<QList<warroom::PresencePeer>>();
    if (url.kind != DatabaseUrl::Kind::Postgresql)
        return;
    m_client = new PresenceClient(std::move(url), std::move(handle), options);
}

PresenceModel::~PresenceModel()
{
    if (!m_thread) {
        delete m_client;
        return;
    }
    // stop() says "left" on the client's own thread; then the thread ends and deletes it.
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void PresenceModel::start()
{
    if (!m_client || m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("warroom-presence"));
    m_client->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(m_client, &PresenceClient::peersChanged, this, &PresenceModel::onPeersChanged, Qt::QueuedConnection);
    m_thread->start();
    QPointer<PresenceModel> self(this);
    PresenceClient* client = m_client;
    const QUuid incident = m_incidentId;
    QMetaObject::invokeMethod(m_client, [self, client, incident] {
        if (auto started = client->start(); !started) {
            const QString message = started.error().message;
            qCWarning(lcModels) << "presence not started:" << message;
            QMetaObject::invokeMethod(
                self, [self, message] { if (self) emit self->failed(message); }, Qt::QueuedConnection);
            return;
        }
        client->setIncident(incident);
    });
}

void PresenceModel::setIncident(const QUuid& incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    if (m_thread)
        QMetaObject::invokeMethod(m_client, [client = m_client, incidentId] { client->setIncident(incidentId); });
    rebuild();
}

void PresenceModel::setTyping(bool typing)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_client, [client = m_client, typing] { client->setTyping(typing); });
}

void PresenceModel::setHandle(const QString& handle)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_client, [client = m_client, handle] { client->setHandle(handle); });
    else if (m_client)
        m_client->setHandle(handle);
}

QStringList PresenceModel::handles() const
{
    QStringList out;
    for (const Row& r : m_rows)
        out << r.handle;
    return out;
}

QStringList PresenceModel::typingHandles() const
{
    QStringList out;
    for (const Row& r : m_rows) {
        if (r.typing)
            out << r.handle;
    }
    return out;
}

int PresenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PresenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HandleRole: return r.handle;
    case TypingRole: return r.typing;
    default: return {};
    }
}

QHash<int, QByteArray> PresenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypingRole, "typing");
    names.insert(HandleRole, "handle");
    return names;
}

void PresenceModel::onPeersChanged(const QList<PresencePeer>& peers)
{
    m_peers = peers;
    rebuild();
}

void PresenceModel::rebuild()
{
    QMap<QString, bool> byHandle;   // sorted; typing if any of that person's clients types
    if (!m_incidentId.isNull()) {
        for (const PresencePeer& p : std::as_const(m_peers)) {
            if (p.incidentId == m_incidentId && !p.handle.isEmpty())
                byHandle[p.handle] = byHandle.value(p.handle) || p.typing;
        }
    }
    QList<Row> rows;
    for (auto it = byHandle.cbegin(); it != byHandle.cend(); ++it)
        rows << Row{it.key(), it.value()};
    if (rows == m_rows)
        return;
    bool sameHandles = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameHandles && i < rows.size(); ++i)
        sameHandles = rows[i].handle == m_rows[i].handle;
    if (sameHandles) {
        // Only typing changed: no reset, so a view keeps its state.
        m_rows = rows;
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TypingRole});
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    emit presenceChanged();
}

} // namespace warroom
