#include "stakeholderupdatedialog.h"
#include "ui_stakeholderupdatedialog.h"

#include "core/timeformat.h"

#include <QPushButton>

namespace warroom {

QString StakeholderUpdateDraft::toText(const QDateTime& nowUtc) const
{
    QStringList parts;
    if (!status.trimmed().isEmpty())
        parts << StakeholderUpdateDialog::tr("Current status: %1").arg(status.trimmed());
    if (!impact.trimmed().isEmpty())
        parts << StakeholderUpdateDialog::tr("Impact: %1").arg(impact.trimmed());
    if (!nextSteps.trimmed().isEmpty())
        parts << StakeholderUpdateDialog::tr("Next steps: %1").arg(nextSteps.trimmed());
    if (nextUpdateAt.isValid()) {
        const QDateTime at = nextUpdateAt.toUTC();
        const QString when = at.date() == nowUtc.toUTC().date() ? at.toString(QStringLiteral("HH:mm"))
                                                                : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        parts << StakeholderUpdateDialog::tr("Next update: by %1 UTC").arg(when);
    }
    return parts.join(QLatin1Char('\n'));
}

StakeholderUpdateDialog::StakeholderUpdateDialog(const Incident& incident, qint64 cadenceSeconds,
                                                 const QDateTime& lastUpdateAt, const QDateTime& nowUtc,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::StakeholderUpdateDialog>())
    , m_now(nowUtc.toUTC())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("stakeholderUpdateDialog"));
    QPushButton* post = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    post->setText(tr("&Post Update"));
    post->setObjectName(QStringLiteral("postButton"));

    QFont heading = m_ui->incidentLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->incidentLabel->setFont(heading);
    m_ui->incidentLabel->setText(tr("%1 · %2").arg(incident.ref(), incident.title));
    m_ui->cadenceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->previewCaption->setForegroundRole(QPalette::PlaceholderText);

    QString last = lastUpdateAt.isValid()
                       ? tr("Last update %1 ago.").arg(formatDuration(std::max<qint64>(0, lastUpdateAt.secsTo(m_now))))
                       : tr("No stakeholder update yet.");
    if (cadenceSeconds > 0)
        last += QLatin1Char(' ') + tr("Stakeholders expect one every %1.").arg(formatDuration(cadenceSeconds));
    last += QLatin1Char(' ') + tr("The update is public: it goes on the timeline and the status page.");
    m_ui->cadenceLabel->setText(last);

    m_ui->statusEdit->setText(statusDisplayName(incident.status));
    m_ui->impactEdit->setPlainText(incident.summary);
    const QDateTime next = m_now.addSecs(cadenceSeconds > 0 ? cadenceSeconds : 60 * 60).toLocalTime();
    m_ui->nextUpdateEdit->setMinimumDateTime(m_now.toLocalTime());
    m_ui->nextUpdateEdit->setDateTime(next.addSecs(-next.time().second()).addMSecs(-next.time().msec()));
    m_ui->nextUpdateCheck->setChecked(incident.isOpen());
    m_ui->nextUpdateEdit->setEnabled(incident.isOpen());
    const int lines = fontMetrics().lineSpacing();
    m_ui->impactEdit->setMinimumHeight(lines * 4);
    m_ui->nextStepsEdit->setMinimumHeight(lines * 4);
    m_ui->previewText->setMinimumHeight(lines * 6);
    m_ui->previewText->setBackgroundRole(QPalette::AlternateBase);

    connect(m_ui->statusEdit, &QLineEdit::textChanged, this, &StakeholderUpdateDialog::updatePreview);
    connect(m_ui->impactEdit, &QPlainTextEdit::textChanged, this, &StakeholderUpdateDialog::updatePreview);
    connect(m_ui->nextStepsEdit, &QPlainTextEdit::textChanged, this, &StakeholderUpdateDialog::updatePreview);
    connect(m_ui->nextUpdateEdit, &QDateTimeEdit::dateTimeChanged, this, &StakeholderUpdateDialog::updatePreview);
    connect(m_ui->nextUpdateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->nextUpdateEdit->setEnabled(on);
        updatePreview();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    m_ui->impactEdit->setFocus();
    m_ui->impactEdit->moveCursor(QTextCursor::End);
}

StakeholderUpdateDialog::~StakeholderUpdateDialog() = default;

StakeholderUpdateDraft StakeholderUpdateDialog::draft() const
{
    StakeholderUpdateDraft d;
    d.status = m_ui->statusEdit->text().trimmed();
    d.impact = m_ui->impactEdit->toPlainText().trimmed();
    d.nextSteps = m_ui->nextStepsEdit->toPlainText().trimmed();
    if (m_ui->nextUpdateCheck->isChecked())
        d.nextUpdateAt = m_ui->nextUpdateEdit->dateTime().toUTC();
    return d;
}

QString StakeholderUpdateDialog::text() const
{
    return draft().toText(m_now);
}

void StakeholderUpdateDialog::updatePreview()
{
    const StakeholderUpdateDraft d = draft();
    m_ui->previewText->setPlainText(d.toText(m_now));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!d.status.isEmpty() && !d.impact.isEmpty());
}

} // namespace warroom
