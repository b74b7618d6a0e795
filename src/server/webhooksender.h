#pragma once
// Outbound webhook POSTs with a timeout and retries with exponential backoff.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace warroom {

/// Posts JSON bodies. A delivery is retried after a network error, a timeout, HTTP 408, 429
/// or any 5xx, waiting firstRetryDelayMs, then twice that, and so on, up to maxAttempts in
/// all; any other 4xx fails at once (retrying would not help). Each delivery ends with one
/// finished() signal.
class WebhookSender : public QObject {
    Q_OBJECT

public:
    struct Options {
        int maxAttempts = 4;
        int firstRetryDelayMs = 2000; ///< then doubled per attempt
        int timeoutMs = 10000;        ///< per attempt, no bytes moving
    };

    /// Uses `manager` when given (it must outlive this object), else an own one.
    explicit WebhookSender(Options options, QNetworkAccessManager* manager = nullptr, QObject* parent = nullptr);
    WebhookSender()
        : WebhookSender(Options{})
    {
    }
    ~WebhookSender() override;

    /// Starts delivering `jsonBody` to `url` (Content-Type application/json); returns the
    /// delivery's id, which finished() carries.
    quint64 post(const QUrl& url, const QByteArray& jsonBody);
    /// Deliveries started and not finished yet.
    int inFlight() const { return int(m_deliveries.size()); }
    const Options& options() const { return m_options; }

signals:
    /// `delivered` after a 2xx answer; otherwise `detail` says what the last attempt got
    /// ("HTTP 500", "timeout", a network error). `attempts` counts the POSTs made.
    void finished(quint64 id, bool delivered, int attempts, const QString& detail);

private:
    struct Delivery {
        QUrl url;
        QByteArray body;
        int attempts = 0;
    };
    void attempt(quint64 id);
    void onReply(quint64 id, QNetworkReply* reply);

    Options m_options;
    QNetworkAccessManager* m_manager = nullptr;
    QHash<quint64, Delivery> m_deliveries;
    quint64 m_nextId = 1;
};

} // namespace warroom
