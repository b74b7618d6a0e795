#include "correcttimedialog.h"
#include "ui_correcttimedialog.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace warroom {

namespace {

QDateTime wholeSeconds(const QDateTime& t)
{
    return t.addMSecs(-t.time().msec());
}

} // namespace

CorrectTimeDialog::CorrectTimeDialog(const Incident& incident, const QDateTime& nowUtc, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::CorrectTimeDialog>())
    , m_incident(incident)
    , m_now(nowUtc.toUTC())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("correctTimeDialog"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Correct"));
    ok->setObjectName(QStringLiteral("correctButton"));
    m_ui->introLabel->setText(
        tr("Correct a time of %1 that was recorded wrong, for example when impact really started before the "
           "incident was declared. The correction goes on the timeline with the old and the new value.")
            .arg(incident.ref()));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->zoneLabel->setText(m_now.toLocalTime().timeZoneAbbreviation());
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    auto* items = qobject_cast<QStandardItemModel*>(m_ui->fieldCombo->model());
    for (LifecycleField f : allLifecycleFields()) {
        m_ui->fieldCombo->addItem(lifecycleFieldDisplayName(f), int(f));
        const bool reached = lifecycleTime(incident, f).isValid();
        const bool mayStamp = f == LifecycleField::Started || f == LifecycleField::Detected;
        if (!reached && !mayStamp && items) {
            QStandardItem* item = items->item(m_ui->fieldCombo->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("Not reached yet: set when the incident gets there"));
        }
    }
    m_ui->timeEdit->setMaximumDateTime(wholeSeconds(m_now).toLocalTime());

    connect(m_ui->fieldCombo, &QComboBox::currentIndexChanged, this, &CorrectTimeDialog::showField);
    connect(m_ui->timeEdit, &QDateTimeEdit::dateTimeChanged, this, &CorrectTimeDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fieldCombo->setCurrentIndex(0);
    showField();
    m_ui->timeEdit->setFocus();
}

CorrectTimeDialog::~CorrectTimeDialog() = default;

LifecycleField CorrectTimeDialog::field() const
{
    return LifecycleField(m_ui->fieldCombo->currentData().toInt());
}

void CorrectTimeDialog::setField(LifecycleField f)
{
    const int index = m_ui->fieldCombo->findData(int(f));
    const auto* items = qobject_cast<QStandardItemModel*>(m_ui->fieldCombo->model());
    if (index >= 0 && (!items || items->item(index)->isEnabled()))
        m_ui->fieldCombo->setCurrentIndex(index);
}

QDateTime CorrectTimeDialog::timeUtc() const
{
    return m_ui->timeEdit->dateTime().toUTC();
}

void CorrectTimeDialog::setTimeUtc(const QDateTime& t)
{
    m_ui->timeEdit->setDateTime(wholeSeconds(t.toUTC()).toLocalTime());
}

void CorrectTimeDialog::showField()
{
    const QDateTime recorded = lifecycleTime(m_incident, field());
    if (recorded.isValid()) {
        const QDateTime local = recorded.toLocalTime();
        QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        if (local.offsetFromUtc() != 0)
            text = tr("%1 (%2 UTC)").arg(text, recorded.toUTC().toString(QStringLiteral("HH:mm:ss")));
        m_ui->recordedValue->setText(text);
        setTimeUtc(recorded);
    } else {
        m_ui->recordedValue->setText(tr("Not recorded"));
        setTimeUtc(m_now);
    }
    validate();
}

void CorrectTimeDialog::validate()
{
    const QDateTime t = timeUtc();
    const QDateTime recorded = lifecycleTime(m_incident, field());
    QString error;
    if (t > m_now)
        error = tr("The time cannot be in the future.");
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    const bool changed = !recorded.isValid() || wholeSeconds(recorded.toUTC()) != t;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && changed);
}

} // namespace warroom
