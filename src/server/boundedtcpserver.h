#pragma once
// A QTcpServer for QHttpServer that refuses oversized requests before they are buffered.
// Qt 6.4's QHttpServer reads a whole request body into memory before any route sees it, so
// a client could make it hold gigabytes; this server cuts such connections short.

#include <QHostAddress>
#include <QTcpServer>

class QAbstractHttpServer;

namespace warroom {

/// Hands its connections to QHttpServer::bind() after watching them: a request whose header
/// declares a Content-Length above `bodyLimitBytes`, or that sends more than `bodyLimitBytes`
/// plus 64 KiB of headers before its response, gets "413 Payload Too Large" and the
/// connection is closed. Routes must still check the body size themselves (this is a
/// backstop, counting raw bytes).
class BoundedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit BoundedTcpServer(qint64 bodyLimitBytes, QObject* parent = nullptr);

    qint64 bodyLimitBytes() const { return m_bodyLimit; }
    /// Connections cut short so far.
    quint64 refusedCount() const { return m_refused; }

    /// Header section allowance on top of the body limit, in bytes.
    static constexpr qint64 kHeaderAllowance = 64 * 1024;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void watch(class QTcpSocket* socket);

    qint64 m_bodyLimit;
    quint64 m_refused = 0;
};

/// Listens on `address`:`port` (0: any free port) through a BoundedTcpServer owned by
/// `server`, and binds it. Returns the port, or 0 when listening failed.
quint16 listenBounded(QAbstractHttpServer& server, const QHostAddress& address, quint16 port, qint64 bodyLimitBytes);

} // namespace warroom
