#include "alertintakesettingspage.h"

#include "server/httpsupport.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QVBoxLayout>

namespace warroom {

AlertIntakeAppSettings AlertIntakeAppSettings::load(const QSettings& settings)
{
    AlertIntakeAppSettings values;
    values.enabled = settings.value(QStringLiteral("alertIntake/enabled"), false).toBool();
    values.listen = settings.value(QStringLiteral("alertIntake/listen"), values.listen).toString();
    values.token = settings.value(QStringLiteral("alertIntake/token")).toString();
    return values;
}

void AlertIntakeAppSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("alertIntake/enabled"), enabled);
    settings.setValue(QStringLiteral("alertIntake/listen"), listen.trimmed());
    settings.setValue(QStringLiteral("alertIntake/token"), token.trimmed());
}

QString AlertIntakeAppSettings::problem() const
{
    if (!enabled)
        return {};
    if (auto address = http::parseListenAddress(listen); !address)
        return address.error().message;
    if (token.trimmed().size() < kMinTokenLength)
        return QCoreApplication::translate("warroom::AlertIntakeSettingsPage",
                                           "The token needs at least %1 characters.")
            .arg(kMinTokenLength);
    return {};
}

AlertIntakeSettingsPage::AlertIntakeSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_enabled(new QCheckBox(tr("&Take alerts while Warroom is open"), this))
    , m_listen(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_url(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("alertIntakePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* heading = new QLabel(title(), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Warroom can receive webhooks from Prometheus Alertmanager, Grafana and scripts "
                                "itself and open incidents from them, for one person on a local database. A shared "
                                "war room runs the warroomd service instead."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_enabled->setObjectName(QStringLiteral("alertIntakeEnabledCheck"));
    layout->addWidget(m_enabled);
    auto* form = new QFormLayout;
    m_listen->setObjectName(QStringLiteral("alertIntakeListenEdit"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8750"));
    form->addRow(tr("&Listen on:"), m_listen);
    m_token->setObjectName(QStringLiteral("alertIntakeTokenEdit"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_generate->setObjectName(QStringLiteral("alertIntakeGenerateButton"));
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_generate);
    auto* tokenLabel = new QLabel(tr("Bearer &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    layout->addLayout(form);
    m_url->setObjectName(QStringLiteral("alertIntakeUrlLabel"));
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_url);
    m_problem->setObjectName(QStringLiteral("alertIntakeProblemLabel"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_problem->setPalette(red);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, &AlertIntakeSettingsPage::update);
    connect(m_listen, &QLineEdit::textChanged, this, &AlertIntakeSettingsPage::update);
    connect(m_token, &QLineEdit::textChanged, this, &AlertIntakeSettingsPage::update);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        m_token->setText(
            QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    });
    update();
}

QString AlertIntakeSettingsPage::title() const
{
    return tr("Alert Intake");
}

void AlertIntakeSettingsPage::load(const QSettings& settings)
{
    showValues(AlertIntakeAppSettings::load(settings));
}

void AlertIntakeSettingsPage::save(QSettings& settings) const
{
    values().save(settings);
}

void AlertIntakeSettingsPage::restoreDefaults()
{
    showValues(AlertIntakeAppSettings{});
}

bool AlertIntakeSettingsPage::isValid() const
{
    return values().problem().isEmpty();
}

AlertIntakeAppSettings AlertIntakeSettingsPage::values() const
{
    AlertIntakeAppSettings v;
    v.enabled = m_enabled->isChecked();
    v.listen = m_listen->text().trimmed().isEmpty() ? v.listen : m_listen->text().trimmed();
    v.token = m_token->text().trimmed();
    return v;
}

void AlertIntakeSettingsPage::showValues(const AlertIntakeAppSettings& v)
{
    m_enabled->setChecked(v.enabled);
    m_listen->setText(v.listen);
    m_token->setText(v.token);
    update();
}

void AlertIntakeSettingsPage::update()
{
    const bool on = m_enabled->isChecked();
    m_listen->setEnabled(on);
    m_token->setEnabled(on);
    m_generate->setEnabled(on);
    const AlertIntakeAppSettings v = values();
    m_url->setText(on ? tr("Webhook URLs: http://%1/api/v1/alerts/alertmanager, …/grafana and …/generic. "
                           "Senders give this token as their bearer credentials.")
                            .arg(v.listen)
                      : QString());
    m_problem->setText(v.problem());
    emit validityChanged();
}

} // namespace warroom
