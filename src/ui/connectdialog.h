#pragma once
// File ▸ Connect to Shared Database…: an embedded SQLite file or a shared PostgreSQL server.

#include "core/result.h"
#include "storage/connectionprobe.h"
#include "storage/databaseurl.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QThread;

namespace Ui {
class ConnectDialog;
}

namespace warroom {

class CredentialStore;
class UserPrompts;

/// Asks where to connect: "Embedded (SQLite file)" (kindCombo row 0: fileEdit,
/// browseFileButton) or "Shared (PostgreSQL server)" (row 1: hostEdit, portSpin, databaseEdit,
/// userEdit, passwordEdit, rememberPasswordCheck, sslModeCombo with the libpq sslmode as item
/// data, caFileEdit, browseCaButton). The recent connections ("recentConnectionList", from
/// QSettings "database/recent", never with a password) fill the fields when picked;
/// "forgetConnectionButton" removes one (and its password from the keyring).
///
/// Passwords: the one typed, else the keyring's (CredentialStore), else, when the server asks
/// for one, UserPrompts::password() (every time where no keyring runs). A password that worked
/// is saved in the keyring when rememberPasswordCheck is on; never anywhere else.
///
/// Test Connection ("testConnectionButton") and Connect (OK) try the connection on a worker
/// thread (probeConnection(), up to connect_timeout: 3 s) so the window stays responsive; the
/// outcome shows in "connectionStatusLabel". Connect closes the dialog only once the server
/// answered; then connectUrl() holds the URL to open, password included (in memory only).
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    /// `credentials` and `prompts` must outlive the dialog.
    ConnectDialog(CredentialStore& credentials, UserPrompts& prompts, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the fields from `url` (a password in it goes to the password field).
    void setUrl(const DatabaseUrl& url);
    /// The URL the fields describe, without a password. Error "bad-url" naming the missing field.
    Result<DatabaseUrl> url() const;
    /// After the dialog was accepted: the URL to open, with the password that worked (if any).
    DatabaseUrl connectUrl() const { return m_connectUrl; }

    /// A trial connection is running.
    bool isBusy() const { return m_worker != nullptr || m_readingKeyring; }
    /// What the last trial connection found (valid after a successful test or connect).
    const ConnectionProbe& lastProbe() const { return m_probe; }

public slots:
    /// Tries the connection and reports in the status line; keeps the dialog open.
    void testConnection();
    /// Embedded: closes at once. Shared: tries the connection first and closes when it works.
    void accept() override;

signals:
    /// A trial connection ended (`ok` false: `message` says why).
    void probeFinished(bool ok, const QString& message);

private:
    enum class Purpose { Test, Connect };
    /// Where the password of the running attempt came from.
    enum class PasswordSource { None, Typed, Keyring, Asked };

    void start(Purpose purpose);
    void probe(const DatabaseUrl& url);
    void onProbed(const Result<ConnectionProbe>& result);
    void finish(bool ok, const QString& message);
    void loadRecent();
    void forgetSelected();
    void browseFile();
    void browseCaFile();
    void updateFields();
    bool isShared() const;

    std::unique_ptr<::Ui::ConnectDialog> m_ui;
    CredentialStore& m_credentials;
    UserPrompts& m_prompts;
    QMap<QString, QString> m_extraOptions;   ///< options of setUrl() the fields do not show
    std::unique_ptr<QThread> m_worker;
    Purpose m_purpose = Purpose::Test;
    PasswordSource m_source = PasswordSource::None;
    DatabaseUrl m_attempt;                   ///< the URL being tried, password included
    DatabaseUrl m_connectUrl;
    ConnectionProbe m_probe;
    bool m_keyringUnavailable = false;
    bool m_readingKeyring = false;
};

} // namespace warroom
