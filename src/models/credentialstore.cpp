#include "credentialstore.h"
#include "logging.h"

#include "storage/databaseurl.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace warroom {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::CredentialStore)
};

/// The Error of a finished job that failed; code "unavailable" when the keyring cannot be used.
Error jobError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {QStringLiteral("not-found"), Tr::tr("No password is stored for %1.").arg(job.key())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return {QStringLiteral("unavailable"),
                Tr::tr("The keyring cannot be used (%1).").arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return {QStringLiteral("keyring"), Tr::tr("The keyring failed: %1").arg(job.errorString())};
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const DatabaseUrl& url)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite)
        return QStringLiteral("sqlite:") + url.path;
    return QStringLiteral("%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.database);
}

void CredentialStore::readPassword(const QString& key, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);   // never a plain-text file when there is no keyring
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError) {
            m_available = true;
            done(read->textData());
            return;
        }
        const Error error = jobError(*read);
        m_available = error.code != QLatin1String("unavailable");
        qCInfo(lcModels).noquote() << "keyring read of" << read->key() << "failed:" << error.message;
        done(error);
    });
    job->start();   // deletes itself after finished()
}

void CredentialStore::writePassword(const QString& key, const QString& password,
                                    std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            m_available = true;
            done({});
            return;
        }
        const Error error = jobError(*finished);
        m_available = error.code != QLatin1String("unavailable");
        qCInfo(lcModels).noquote() << "keyring write of" << finished->key() << "failed:" << error.message;
        done(error);
    });
    job->start();
}

void CredentialStore::deletePassword(const QString& key, std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        const Error error = jobError(*finished);
        m_available = error.code != QLatin1String("unavailable");
        done(error);
    });
    job->start();
}

} // namespace warroom
