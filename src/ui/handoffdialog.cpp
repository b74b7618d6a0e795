#include "handoffdialog.h"
#include "ui_handoffdialog.h"

#include "core/cadence.h"
#include "models/peoplemodel.h"

#include <QPushButton>

namespace warroom {

HandOffDialog::HandOffDialog(PeopleModel* people, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::HandOffDialog>()), m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("handOffDialog"));
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->contextLabel->setForegroundRole(QPalette::PlaceholderText);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();
    m_ui->actionItemsEdit->setFixedHeight(m_ui->actionItemsEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Request Hand-Off"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("requestButton"));
    m_ui->toCombo->setPeopleModel(people);

    m_ui->nextUpdateEdit->setTimeSpec(Qt::LocalTime);
    m_ui->nextUpdateEdit->setDateTime(m_clock.nowUtc().toLocalTime());
    m_ui->nextUpdateEdit->setEnabled(false);
    connect(m_ui->nextUpdateCheck, &QCheckBox::toggled, m_ui->nextUpdateEdit, &QWidget::setEnabled);
    connect(m_ui->nextUpdateCheck, &QCheckBox::toggled, this, &HandOffDialog::updateDueHint);
    connect(m_ui->nextUpdateEdit, &QDateTimeEdit::dateTimeChanged, this, &HandOffDialog::updateDueHint);
    connect(m_ui->toCombo, &QComboBox::currentTextChanged, this, [this] { m_ui->errorLabel->hide(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HandOffDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HandOffDialog::reject);
    updateDueHint();
}

HandOffDialog::~HandOffDialog() = default;

void HandOffDialog::setRole(IncidentRole role, const QString& incidentText, const QString& holderHandle,
                            const QString& holderLabel)
{
    m_role = role;
    m_holder = holderHandle;
    setWindowTitle(tr("Hand Off %1").arg(roleDisplayName(role)));
    m_ui->headingLabel->setText(tr("Hand off %1").arg(roleDisplayName(role)));
    m_ui->contextLabel->setText(
        tr("%1 — held by %2. They keep the role until the incoming holder accepts; the request, "
           "this brief and the acceptance go on the timeline.")
            .arg(incidentText, holderLabel));
    m_ui->toCombo->setExcludedHandles({holderHandle});
}

void HandOffDialog::setIncoming(const QString& handle)
{
    m_ui->toCombo->setCurrentHandle(handle);
}

void HandOffDialog::setBrief(const HandOffBrief& brief)
{
    m_ui->objectivesEdit->setPlainText(brief.objectives);
    m_ui->actionItemsEdit->setPlainText(brief.openActionItems);
    m_ui->notesEdit->setPlainText(brief.notes);
    m_ui->nextUpdateCheck->setChecked(brief.nextUpdateDue.isValid());
    if (brief.nextUpdateDue.isValid())
        m_ui->nextUpdateEdit->setDateTime(brief.nextUpdateDue.toLocalTime());
    updateDueHint();
}

QString HandOffDialog::incomingHandle() const
{
    return m_ui->toCombo->currentHandle();
}

HandOffBrief HandOffDialog::brief() const
{
    HandOffBrief b;
    b.objectives = m_ui->objectivesEdit->toPlainText().trimmed();
    b.openActionItems = m_ui->actionItemsEdit->toPlainText().trimmed();
    b.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (m_ui->nextUpdateCheck->isChecked())
        b.nextUpdateDue = m_ui->nextUpdateEdit->dateTime().toUTC();
    return b;
}

void HandOffDialog::updateDueHint()
{
    QPalette hint = palette();
    const QColor quiet = hint.color(QPalette::PlaceholderText);
    if (!m_ui->nextUpdateCheck->isChecked()) {
        hint.setColor(QPalette::WindowText, quiet);
        m_ui->nextUpdateHint->setPalette(hint);
        m_ui->nextUpdateHint->setText(tr("no update due"));
        return;
    }
    const QDateTime due = m_ui->nextUpdateEdit->dateTime().toUTC();
    const QDateTime now = m_clock.nowUtc();
    const QString countdown = formatCountdown(due, now);
    // Overdue is what the incoming holder must act on first: say so in red.
    hint.setColor(QPalette::WindowText, due < now ? QColor(0xc6, 0x28, 0x28) : quiet);
    m_ui->nextUpdateHint->setPalette(hint);
    m_ui->nextUpdateHint->setText(due < now ? countdown : tr("in %1").arg(countdown));
}

void HandOffDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void HandOffDialog::accept()
{
    const QString text = m_ui->toCombo->currentText().trimmed();
    const QString to = incomingHandle();
    if (to.isEmpty()) {
        showError(text.isEmpty() ? tr("Choose who takes over.")
                                 : tr("\"%1\" does not name one person in the directory.").arg(text));
        m_ui->toCombo->setFocus();
        return;
    }
    if (to == m_holder) {
        showError(tr("@%1 already holds %2.").arg(to, roleDisplayName(m_role)));
        m_ui->toCombo->setFocus();
        return;
    }
    if (m_submitter) {
        if (auto done = m_submitter(to, brief()); !done) {
            showError(done.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace warroom
