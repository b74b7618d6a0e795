#pragma once
// Small pieces every route set of warroomd shares: bearer-token checks in constant time,
// header lookup and JSON error responses.

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace warroom::http {

/// True when `a` and `b` are equal. Takes the same time for every pair of the same lengths,
/// and compares digests first so the time does not reveal the expected token's length either.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// The value of header `name` (case-insensitive), empty when absent.
QByteArray header(const QHttpServerRequest& request, QByteArrayView name);

/// The token of an "Authorization: Bearer <token>" header, empty when there is none.
QByteArray bearerToken(const QHttpServerRequest& request);

/// True for "application/json", with or without parameters ("; charset=utf-8").
bool isJsonContentType(const QByteArray& contentType);

/// {"error": code, "message": message} with `status`.
QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString& code, const QString& message);

/// Parses "127.0.0.1:8750", "[::1]:8750" or "localhost:8750" (port 0: any free port).
/// Error "invalid" naming the problem.
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString& text);

} // namespace warroom::http
