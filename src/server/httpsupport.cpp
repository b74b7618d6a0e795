#include "httpsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrl>

namespace warroom::http {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::Http)
};

} // namespace

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da.at(i) ^ db.at(i));
    // Equal digests of different inputs are out of reach; the length check is for form.
    return diff == 0 && a.size() == b.size();
}

QByteArray header(const QHttpServerRequest& request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray bearerToken(const QHttpServerRequest& request)
{
    const QByteArray value = header(request, "Authorization").trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed();
}

bool isJsonContentType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json";
}

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString& code, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
                               status);
}

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString& text)
{
    const QUrl url(QStringLiteral("http://") + text.trimmed(), QUrl::StrictMode);
    const int port = url.port(-1);
    if (!url.isValid() || url.host().isEmpty() || port < 0 || !url.path().isEmpty()) {
        return Error{QStringLiteral("invalid"),
                     Tr::tr("\"%1\" is not an address and port such as 127.0.0.1:8750.").arg(text)};
    }
    QHostAddress address;
    if (url.host() == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(url.host()))
        return Error{QStringLiteral("invalid"), Tr::tr("\"%1\" is not an IP address.").arg(url.host())};
    return std::pair{address, quint16(port)};
}

} // namespace warroom::http
