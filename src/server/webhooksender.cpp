#include "webhooksender.h"

#include "logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace warroom {

WebhookSender::WebhookSender(Options options, QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

WebhookSender::~WebhookSender() = default;

quint64 WebhookSender::post(const QUrl& url, const QByteArray& jsonBody)
{
    const quint64 id = m_nextId++;
    m_deliveries.insert(id, Delivery{url, jsonBody, 0});
    attempt(id);
    return id;
}

void WebhookSender::attempt(quint64 id)
{
    auto it = m_deliveries.find(id);
    if (it == m_deliveries.end())
        return;
    ++it->attempts;
    QNetworkRequest request(it->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("warroomd"));
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = m_manager->post(request, it->body);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onReply(id, reply); });
}

void WebhookSender::onReply(quint64 id, QNetworkReply* reply)
{
    reply->deleteLater();
    auto it = m_deliveries.find(id);
    if (it == m_deliveries.end())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const int attempts = it->attempts;
        m_deliveries.erase(it);
        emit finished(id, true, attempts, QString());
        return;
    }
    QString detail;
    bool retry = true;
    if (status > 0) {
        detail = QStringLiteral("HTTP %1").arg(status);
        retry = status == 408 || status == 429 || status >= 500;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        detail = QCoreApplication::translate("warroom::WebhookSender", "timeout");
    } else {
        detail = reply->errorString();
    }
    qCInfo(lcServer).noquote() << "webhook" << it->url.host() << "attempt" << it->attempts << "failed:" << detail;
    if (!retry || it->attempts >= m_options.maxAttempts) {
        const int attempts = it->attempts;
        m_deliveries.erase(it);
        emit finished(id, false, attempts, detail);
        return;
    }
    const qint64 delay = qint64(m_options.firstRetryDelayMs) << std::min(it->attempts - 1, 20);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, id] { attempt(id); });
}

} // namespace warroom
