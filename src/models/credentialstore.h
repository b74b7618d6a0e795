#pragma once
// Passwords of shared databases, kept in the desktop's keyring (Secret Service, KWallet)
// through QtKeychain, never in QSettings or any other file of Warroom's.

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace warroom {

struct DatabaseUrl;

/// Reads, writes and deletes passwords in the keyring. Every call is asynchronous: `done` runs
/// later on the calling thread (the keyring may ask the user to unlock it). Error codes:
/// "not-found" (read: nothing stored under the key), "unavailable" (no keyring service is
/// running, or it refused: ask the user for the password instead), "keyring" (any other
/// failure). Messages never contain a password.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    /// `service` names Warroom's entries in the keyring ("Warroom" unless a test separates them).
    explicit CredentialStore(QString service = QStringLiteral("Warroom"), QObject* parent = nullptr);

    /// The key of a database's password: "user@host:port/database" (no options, no password).
    static QString keyFor(const DatabaseUrl& url);

    void readPassword(const QString& key, std::function<void(Result<QString>)> done);
    void writePassword(const QString& key, const QString& password, std::function<void(Result<void>)> done);
    /// Deleting what is not there succeeds.
    void deletePassword(const QString& key, std::function<void(Result<void>)> done);

    /// False once a call found no usable keyring (until the next call succeeds).
    bool isAvailable() const { return m_available; }

private:
    QString m_service;
    bool m_available = true;
};

} // namespace warroom
