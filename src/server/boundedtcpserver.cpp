#include "boundedtcpserver.h"
#include "logging.h"

#include <QAbstractHttpServer>
#include <QTcpSocket>

#include <memory>

namespace warroom {

namespace {

/// The Content-Length declared in the header section at the start of `data`; -1 if none is
/// visible there.
qint64 declaredLength(const QByteArray& data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    const QByteArray head = (headerEnd >= 0 ? data.left(headerEnd) : data).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1;
    const qsizetype start = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
    qsizetype end = head.indexOf("\r\n", start);
    if (end < 0 && headerEnd >= 0)
        end = head.size(); // the last header line
    if (end < 0)
        return -1;
    bool ok = false;
    const qint64 length = head.mid(start, end - start).trimmed().toLongLong(&ok);
    return ok ? length : -1;
}

} // namespace

BoundedTcpServer::BoundedTcpServer(qint64 bodyLimitBytes, QObject* parent)
    : QTcpServer(parent)
    , m_bodyLimit(bodyLimitBytes)
{
}

void BoundedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    watch(socket); // before QHttpServer connects, so these checks run first on each read
    addPendingConnection(socket);
}

void BoundedTcpServer::watch(QTcpSocket* socket)
{
    // Bytes received since the last response went out: one request's worth on a keep-alive connection.
    auto pending = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::bytesWritten, socket, [pending](qint64) { *pending = 0; });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->readAll(); // refused and closing: drop whatever still arrives
            return;
        }
        const qint64 available = socket->bytesAvailable();
        const bool startOfRequest = *pending == 0;
        *pending += available;
        bool tooLarge = *pending > m_bodyLimit + kHeaderAllowance;
        if (!tooLarge && startOfRequest) {
            const qint64 declared = declaredLength(socket->peek(qMin<qint64>(available, kHeaderAllowance)));
            tooLarge = declared > m_bodyLimit;
        }
        if (!tooLarge)
            return;
        ++m_refused;
        qCInfo(lcServer).noquote() << "cut short an oversized request from" << socket->peerAddress().toString();
        static const QByteArray body =
            QByteArrayLiteral("{\"error\":\"too-large\",\"message\":\"The request body exceeds the limit.\"}");
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        // Drop the buffered bytes so QHttpServer, which reads after this, sees nothing.
        socket->readAll();
        socket->disconnectFromHost();
    });
}

quint16 listenBounded(QAbstractHttpServer& server, const QHostAddress& address, quint16 port, qint64 bodyLimitBytes)
{
    auto* tcp = new BoundedTcpServer(bodyLimitBytes, &server);
    if (!tcp->listen(address, port)) {
        qCWarning(lcServer).noquote() << "cannot listen on" << address.toString() << port << ":" << tcp->errorString();
        delete tcp;
        return 0;
    }
    server.bind(tcp);
    return tcp->serverPort();
}

} // namespace warroom
