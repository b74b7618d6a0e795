#include "connectdialog.h"
#include "logging.h"
#include "ui_connectdialog.h"

#include "models/credentialstore.h"
#include "models/preferences.h"
#include "userprompts.h"

#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>

namespace warroom {

namespace {

constexpr int kEmbedded = 0;
constexpr int kShared = 1;

const QString kSslMode = QStringLiteral("sslmode");
const QString kSslRootCert = QStringLiteral("sslrootcert");

bool verifiesCertificate(const QString& sslMode)
{
    return sslMode == QLatin1String("verify-ca") || sslMode == QLatin1String("verify-full");
}

} // namespace

ConnectDialog::ConnectDialog(CredentialStore& credentials, UserPrompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConnectDialog>())
    , m_credentials(credentials)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Embedded (SQLite file)"));
    m_ui->kindCombo->addItem(tr("Shared (PostgreSQL server)"));
    m_ui->kindCombo->setItemData(kEmbedded, tr("A database file on this computer, for one person"), Qt::ToolTipRole);
    m_ui->kindCombo->setItemData(kShared, tr("A PostgreSQL database the whole team works in"), Qt::ToolTipRole);
    const QList<std::pair<QString, QString>> modes = {
        {QStringLiteral("disable"), tr("Off: never encrypt")},
        {QStringLiteral("prefer"), tr("Prefer: encrypt when the server offers it")},
        {QStringLiteral("require"), tr("Require: encrypt, do not check the certificate")},
        {QStringLiteral("verify-ca"), tr("Verify CA: encrypt, check who signed the certificate")},
        {QStringLiteral("verify-full"), tr("Verify full: encrypt, check the signer and the host name")},
    };
    for (const auto& [mode, text] : modes)
        m_ui->sslModeCombo->addItem(text, mode);
    m_ui->sslModeCombo->setCurrentIndex(m_ui->sslModeCombo->findData(QStringLiteral("verify-full")));
    m_ui->kindCombo->setCurrentIndex(kShared);
    m_ui->kindStack->setCurrentIndex(kShared);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Conn&ect"));
    m_ui->passwordEdit->setPlaceholderText(tr("From the keyring, or asked when the server wants one"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->kindStack->setCurrentIndex(index);
        updateFields();
    });
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateFields);
    for (QLineEdit* edit : {m_ui->fileEdit, m_ui->hostEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateFields);
    connect(m_ui->browseFileButton, &QPushButton::clicked, this, &ConnectDialog::browseFile);
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_ui->forgetConnectionButton, &QPushButton::clicked, this, &ConnectDialog::forgetSelected);
    connect(m_ui->recentConnectionList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        if (auto parsed = DatabaseUrl::parse(item->data(Qt::UserRole).toString()))
            setUrl(parsed.value());
        updateFields();
    });
    connect(m_ui->recentConnectionList, &QListWidget::itemActivated, this, &ConnectDialog::accept);
    loadRecent();
    updateFields();
}

ConnectDialog::~ConnectDialog()
{
    // The trial connection ends within connect_timeout; its result then goes nowhere.
    if (m_worker)
        m_worker->wait();
}

void ConnectDialog::setUrl(const DatabaseUrl& url)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        m_ui->kindCombo->setCurrentIndex(kEmbedded);
        m_ui->fileEdit->setText(url.path);
        return;
    }
    m_ui->kindCombo->setCurrentIndex(kShared);
    m_ui->hostEdit->setText(url.host);
    m_ui->portSpin->setValue(url.port);
    m_ui->databaseEdit->setText(url.database);
    m_ui->userEdit->setText(url.user);
    m_ui->passwordEdit->setText(url.password);
    m_extraOptions = url.options;
    const QString mode = m_extraOptions.take(kSslMode);
    // libpq's default is "prefer".
    const int index = m_ui->sslModeCombo->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    if (index >= 0)
        m_ui->sslModeCombo->setCurrentIndex(index);
    else
        m_extraOptions.insert(kSslMode, mode);   // allow, say: kept as it was
    m_ui->caFileEdit->setText(m_extraOptions.take(kSslRootCert));
    updateFields();
}

bool ConnectDialog::isShared() const
{
    return m_ui->kindCombo->currentIndex() == kShared;
}

Result<DatabaseUrl> ConnectDialog::url() const
{
    if (!isShared()) {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"), tr("Choose a database file."));
        return DatabaseUrl::sqliteFile(path);
    }
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Postgresql;
    url.host = m_ui->hostEdit->text().trimmed();
    url.port = m_ui->portSpin->value();
    url.database = m_ui->databaseEdit->text().trimmed();
    url.user = m_ui->userEdit->text().trimmed();
    if (url.host.isEmpty())
        return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"), tr("Enter the server's host name."));
    if (url.database.isEmpty())
        return Result<DatabaseUrl>::failure(QStringLiteral("bad-url"), tr("Enter the name of the database."));
    url.options = m_extraOptions;
    const QString mode = m_ui->sslModeCombo->currentData().toString();
    if (!url.options.contains(kSslMode))
        url.options.insert(kSslMode, mode);
    const QString ca = m_ui->caFileEdit->text().trimmed();
    if (!ca.isEmpty() && verifiesCertificate(mode))
        url.options.insert(kSslRootCert, ca);
    return url;
}

void ConnectDialog::updateFields()
{
    const bool verifies = verifiesCertificate(m_ui->sslModeCombo->currentData().toString());
    m_ui->caFileEdit->setEnabled(verifies);
    m_ui->browseCaButton->setEnabled(verifies);
    m_ui->rememberPasswordCheck->setEnabled(!m_keyringUnavailable);
    if (m_keyringUnavailable) {
        m_ui->rememberPasswordCheck->setChecked(false);
        m_ui->rememberPasswordCheck->setToolTip(
            tr("No keyring service is running: the password is asked each time it is needed."));
    }
    const bool valid = url().ok();
    const bool busy = isBusy();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !busy);
    m_ui->testConnectionButton->setEnabled(valid && isShared() && !busy);
    m_ui->forgetConnectionButton->setEnabled(m_ui->recentConnectionList->currentItem() != nullptr && !busy);
    m_ui->kindStack->setEnabled(!busy);
    m_ui->kindCombo->setEnabled(!busy);
}

void ConnectDialog::loadRecent()
{
    m_ui->recentConnectionList->clear();
    const QSettings settings;
    for (const QString& text : recentDatabases(settings)) {
        // A short name to pick by; the whole URL (never with a password) in the tooltip.
        QString label = text;
        if (auto parsed = DatabaseUrl::parse(text)) {
            const DatabaseUrl& u = parsed.value();
            if (u.kind == DatabaseUrl::Kind::Postgresql) {
                const QString server = u.port == 5432 ? u.host : QStringLiteral("%1:%2").arg(u.host).arg(u.port);
                label = u.user.isEmpty() ? tr("%1 on %2").arg(u.database, server)
                                         : tr("%1 on %2 as %3").arg(u.database, server, u.user);
            } else {
                label = tr("%1 (file)").arg(QFileInfo(u.path).fileName());
            }
        }
        auto* item = new QListWidgetItem(label, m_ui->recentConnectionList);
        item->setData(Qt::UserRole, text);
        item->setToolTip(text);
    }
}

void ConnectDialog::forgetSelected()
{
    QListWidgetItem* item = m_ui->recentConnectionList->currentItem();
    if (!item)
        return;
    const QString text = item->data(Qt::UserRole).toString();
    {
        QSettings settings;
        forgetDatabase(settings, text);
    }
    if (auto parsed = DatabaseUrl::parse(text); parsed && parsed.value().kind == DatabaseUrl::Kind::Postgresql) {
        m_credentials.deletePassword(CredentialStore::keyFor(parsed.value()), [](const Result<void>& deleted) {
            if (!deleted)
                qCInfo(lcUi).noquote() << "the keyring kept a password:" << deleted.error().message;
        });
    }
    delete item;
    updateFields();
}

void ConnectDialog::browseFile()
{
    const QString path = m_prompts.openFileName(this, tr("Database File"),
                                                tr("Warroom databases (*.db *.sqlite);;All files (*)"),
                                                UserPrompts::FileMode::ExistingOrNew);
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ConnectDialog::browseCaFile()
{
    const QString path = m_prompts.openFileName(this, tr("CA Certificate"),
                                                tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_ui->caFileEdit->setText(path);
}

void ConnectDialog::testConnection()
{
    start(Purpose::Test);
}

void ConnectDialog::accept()
{
    if (isBusy())
        return;
    if (!isShared()) {
        auto chosen = url();
        if (!chosen) {
            finish(false, chosen.error().message);
            return;
        }
        m_connectUrl = chosen.value();
        QDialog::accept();
        return;
    }
    start(Purpose::Connect);
}

void ConnectDialog::start(Purpose purpose)
{
    auto chosen = url();
    if (!chosen) {
        finish(false, chosen.error().message);
        return;
    }
    m_purpose = purpose;
    m_attempt = chosen.value();
    m_ui->connectionStatusLabel->setText(tr("Connecting to %1…").arg(m_attempt.toString()));
    const QString typed = m_ui->passwordEdit->text();
    if (!typed.isEmpty()) {
        m_source = PasswordSource::Typed;
        m_attempt.password = typed;
        probe(m_attempt);
        return;
    }
    // Nothing typed: the keyring's, if it has one; else try without (the server may not want one).
    m_source = PasswordSource::None;
    m_readingKeyring = true;
    updateFields();
    m_credentials.readPassword(CredentialStore::keyFor(m_attempt), [this, dialog = QPointer(this)](Result<QString> read) {
        if (!dialog)
            return;
        m_readingKeyring = false;
        if (read) {
            m_source = PasswordSource::Keyring;
            m_attempt.password = read.value();
        } else if (read.error().code == QLatin1String("unavailable")) {
            m_keyringUnavailable = true;
        }
        probe(m_attempt);
    });
}

void ConnectDialog::probe(const DatabaseUrl& url)
{
    m_worker.reset(QThread::create([this, url] {
        Result<ConnectionProbe> result = probeConnection(url);
        QMetaObject::invokeMethod(this, [this, result] { onProbed(result); }, Qt::QueuedConnection);
    }));
    m_worker->start();
    updateFields();
}

void ConnectDialog::onProbed(const Result<ConnectionProbe>& result)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    if (!result) {
        const QString code = result.error().code;
        // The server wants a password we do not have (or the stored one no longer works): ask.
        const bool ask = code == QLatin1String("password-needed")
            || (code == QLatin1String("password-rejected") && m_source == PasswordSource::Keyring);
        if (ask) {
            const QString label = code == QLatin1String("password-needed")
                ? tr("Password of %1 on %2:").arg(m_attempt.user, m_attempt.host)
                : tr("The stored password was refused. Password of %1 on %2:").arg(m_attempt.user, m_attempt.host);
            const std::optional<QString> answer = m_prompts.password(this, tr("Database Password"), label);
            if (!answer) {
                finish(false, tr("Not connected: no password given."));
                return;
            }
            m_source = PasswordSource::Asked;
            m_attempt.password = *answer;
            probe(m_attempt);
            return;
        }
        finish(false, result.error().message);
        return;
    }
    m_probe = result.value();
    const QString encryption = m_probe.encrypted ? tr("encrypted (%1)").arg(m_probe.tlsVersion) : tr("not encrypted");
    const QString schema = m_probe.schemaVersion == 0 ? tr("empty database, Warroom sets it up on connect")
                                                      : tr("schema version %1").arg(m_probe.schemaVersion);
    const QString message =
        tr("Connected: PostgreSQL %1, %2, %3.").arg(m_probe.serverVersion, encryption, schema);
    const bool remember = m_ui->rememberPasswordCheck->isChecked() && !m_keyringUnavailable;
    if (remember && (m_source == PasswordSource::Typed || m_source == PasswordSource::Asked)
        && !m_attempt.password.isEmpty()) {
        m_credentials.writePassword(CredentialStore::keyFor(m_attempt), m_attempt.password,
                                    [](const Result<void>& written) {
                                        if (!written)
                                            qCInfo(lcUi).noquote() << "password not kept:" << written.error().message;
                                    });
    } else if (!m_ui->rememberPasswordCheck->isChecked() && !m_keyringUnavailable
               && m_source != PasswordSource::Keyring) {
        // "Remember" turned off: a password kept earlier goes.
        m_credentials.deletePassword(CredentialStore::keyFor(m_attempt), [](const Result<void>&) {});
    }
    finish(true, message);
    if (m_purpose == Purpose::Connect) {
        m_connectUrl = m_attempt;
        QDialog::accept();
    }
}

void ConnectDialog::finish(bool ok, const QString& message)
{
    // libpq indents its continuation lines with a tab.
    static const QRegularExpression indent(QStringLiteral("\\n\\s+"));
    m_ui->connectionStatusLabel->setText(QString(message).replace(indent, QStringLiteral("\n")));
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->connectionStatusLabel->setPalette(palette);
    updateFields();
    emit probeFinished(ok, message);
}

} // namespace warroom
