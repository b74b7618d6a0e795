#include "entryeditdialog.h"
#include "ui_entryeditdialog.h"

#include "entrykindicons.h"

#include <QPushButton>
#include <QShortcut>

namespace warroom {

EntryEditDialog::EntryEditDialog(const TimelineEntry& entry, const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::EntryEditDialog>())
    , m_entry(entry)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("entryEditDialog"));
    for (EntryKind kind : allEntryKinds())
        m_ui->editKindCombo->addItem(entryKindIcon(kind), entryKindDisplayName(kind), int(kind));
    m_ui->editKindCombo->setCurrentIndex(m_ui->editKindCombo->findData(int(entry.kind)));

    const bool utc = zone == QTimeZone::utc();
    m_ui->editTimeEdit->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    m_ui->editTimeEdit->setDateTime(utc ? entry.occurredAt.toUTC() : entry.occurredAt.toLocalTime());
    m_ui->editZoneLabel->setText(entry.occurredAt.toTimeZone(zone).toString(QStringLiteral("t")));
    m_ui->editTextEdit->setPlainText(entry.text);
    m_ui->editTextEdit->selectAll();
    m_ui->writtenLabel->setText(
        tr("%1 by %2, written %3")
            .arg(entryKindDisplayName(entry.kind), entry.author,
                 entry.recordedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))));
    m_ui->writtenLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->editNoteLabel->setForegroundRole(QPalette::PlaceholderText);

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->editTextEdit, &QPlainTextEdit::textChanged, this,
            [this, save] { save->setEnabled(!m_ui->editTextEdit->toPlainText().trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, [this, save] {
        if (save->isEnabled())
            accept();
    });
    m_ui->editTextEdit->setFocus();
}

EntryEditDialog::~EntryEditDialog() = default;

EntryFields EntryEditDialog::change() const
{
    EntryFields f;
    const QString text = m_ui->editTextEdit->toPlainText().trimmed();
    if (!text.isEmpty() && text != m_entry.text)
        f.text = text;
    const auto kind = EntryKind(m_ui->editKindCombo->currentData().toInt());
    if (kind != m_entry.kind)
        f.kind = kind;
    const QDateTime at = m_ui->editTimeEdit->dateTime().toUTC();
    // The editor shows whole seconds: only a different second is a change.
    if (at.toSecsSinceEpoch() != m_entry.occurredAt.toSecsSinceEpoch())
        f.occurredAt = at;
    return f;
}

} // namespace warroom
