#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "identitydialog.h"

#include "models/cadencesettings.h"

#include <QPushButton>
#include <QSpinBox>

namespace warroom {

namespace {

constexpr int kMaxCadenceMinutes = 24 * 60;

int cadenceMinutes(const SeverityScale& scale, SeverityLevel level)
{
    return int(scale.updateCadenceSeconds(level) / 60);
}

} // namespace

SettingsDialog::SettingsDialog(const Identity& identity, const SeverityScale& scale, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
    , m_scale(scale)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->cadenceIntro->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nameEdit->setText(identity.name);
    m_ui->handleEdit->setText(identity.handle);

    for (const SeverityDefinition& d : scale.levels()) {
        auto* spin = new QSpinBox(m_ui->cadenceGroup);
        spin->setObjectName(QStringLiteral("cadenceSpin%1").arg(d.level));
        spin->setRange(0, kMaxCadenceMinutes);
        spin->setSingleStep(5);
        spin->setSuffix(tr(" min"));
        spin->setSpecialValueText(tr("No cadence"));
        spin->setValue(cadenceMinutes(scale, d.level));
        spin->setAccelerated(true);
        spin->setToolTip(tr("Minutes between stakeholder updates while a %1 incident is open; 0 for none")
                             .arg(severityCode(d.level)));
        m_ui->cadenceForm->addRow(scale.label(d.level), spin);
        m_cadenceSpins.append(spin);
    }

    connect(m_ui->handleEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const SeverityScale defaults = SeverityScale::defaultScale();
        for (int i = 0; i < int(m_cadenceSpins.size()); ++i)
            m_cadenceSpins[i]->setValue(cadenceMinutes(defaults, m_scale.levels().at(i).level));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

Identity SettingsDialog::identity() const
{
    QString handle = m_ui->handleEdit->text().trimmed();
    if (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    return Identity{m_ui->nameEdit->text().simplified(), handle};
}

SeverityScale SettingsDialog::severityScale() const
{
    SeverityScale scale = m_scale;
    for (int i = 0; i < int(m_cadenceSpins.size()); ++i)
        scale = withCadenceMinutes(scale, m_scale.levels().at(i).level, m_cadenceSpins[i]->value());
    return scale;
}

void SettingsDialog::validate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(validateHandleField(m_ui->handleEdit, m_ui->handleHint));
}

} // namespace warroom
