#include "incidentdetailsdialog.h"
#include "ui_incidentdetailsdialog.h"

#include <QPushButton>

namespace warroom {

IncidentDetailsDialog::IncidentDetailsDialog(const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::IncidentDetailsDialog>())
    , m_incident(incident)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("incidentDetailsDialog"));
    setWindowTitle(tr("Edit Details of %1").arg(incident.ref()));
    m_ui->titleEdit->setText(incident.title);
    m_ui->summaryEdit->setPlainText(incident.summary);
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveDetailsButton"));
    connect(save, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &IncidentDetailsDialog::validate);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &IncidentDetailsDialog::validate);
    validate();
}

IncidentDetailsDialog::~IncidentDetailsDialog() = default;

QString IncidentDetailsDialog::title() const
{
    return m_ui->titleEdit->text().simplified();
}

QString IncidentDetailsDialog::summary() const
{
    return m_ui->summaryEdit->toPlainText().trimmed();
}

void IncidentDetailsDialog::validate()
{
    const bool changed = title() != m_incident.title || summary() != m_incident.summary;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!title().isEmpty() && changed);
}

} // namespace warroom
