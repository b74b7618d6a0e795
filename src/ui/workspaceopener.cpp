#include "workspaceopener.h"

#include "models/credentialstore.h"
#include "storage/connectionprobe.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace warroom {

namespace {

/// Translation context of this file's messages (lupdate reads the same name).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::WorkspaceOpener)
};

/// The keyring's password for `url`; empty when it has none or cannot be used.
QString storedPassword(CredentialStore& credentials, const DatabaseUrl& url)
{
    QString password;
    QEventLoop loop;
    credentials.readPassword(CredentialStore::keyFor(url), [&](Result<QString> read) {
        if (read)
            password = read.value();
        loop.quit();
    });
    loop.exec();
    return password;
}

} // namespace

Result<std::unique_ptr<Workspace>> openWorkspaceWithPassword(const DatabaseUrl& url, const Clock& clock,
                                                             CredentialStore& credentials, UserPrompts& prompts,
                                                             bool mayAsk, QWidget* parent)
{
    auto opened = Workspace::open(url, clock);
    if (opened || url.kind != DatabaseUrl::Kind::Postgresql)
        return opened;
    QString problem = passwordErrorCode(opened.error().message);
    if (problem.isEmpty())
        return opened;
    DatabaseUrl attempt = url;
    if (url.password.isEmpty()) {
        if (const QString stored = storedPassword(credentials, url); !stored.isEmpty()) {
            attempt.password = stored;
            opened = Workspace::open(attempt, clock);
            problem = opened ? QString() : passwordErrorCode(opened.error().message);
            if (problem.isEmpty())
                return opened;
        }
    }
    if (!mayAsk)
        return opened;
    const std::optional<QString> answer = prompts.password(
        parent, Tr::tr("Database Password"),
        problem == QLatin1String("password-needed")
            ? Tr::tr("Password of %1 on %2 (database %3):").arg(url.user, url.host, url.database)
            : Tr::tr("The password was refused. Password of %1 on %2 (database %3):").arg(url.user, url.host, url.database));
    if (!answer) {
        return Result<std::unique_ptr<Workspace>>::failure(
            QStringLiteral("password-needed"),
            Tr::tr("Not connected to %1: the server wants a password.").arg(url.toString()));
    }
    attempt.password = *answer;
    return Workspace::open(attempt, clock);
}

} // namespace warroom
