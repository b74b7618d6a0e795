#include "declaredialog.h"
#include "ui_declaredialog.h"

#include "core/timeformat.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QStringListModel>

namespace warroom {

namespace {

/// Completes the service after the last comma of a comma-separated list.
class ServiceListCompleter final : public QCompleter {
public:
    ServiceListCompleter(const QStringList& services, QObject* parent)
        : QCompleter(new QStringListModel(services, parent), parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    QStringList splitPath(const QString& path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString chosen = QCompleter::pathFromIndex(index);
        const auto* edit = qobject_cast<const QLineEdit*>(widget());
        if (!edit)
            return chosen;
        const QString text = edit->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? chosen : text.left(comma + 1) + QLatin1Char(' ') + chosen;
    }
};

void setErrorText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

DeclareDialog::DeclareDialog(const SeverityScale& scale, const QStringList& knownServices, const QDateTime& nowUtc,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::DeclareDialog>())
    , m_scale(scale)
    , m_now(nowUtc.toUTC())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("declareDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Declare"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("declareButton"));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->severityHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->startedHint->setForegroundRole(QPalette::PlaceholderText);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    for (const SeverityDefinition& d : scale.levels())
        m_ui->severityCombo->addItem(scale.label(d.level), d.level);
    m_ui->severityCombo->setCurrentIndex(std::max(0, m_ui->severityCombo->findData(2)));

    if (!knownServices.isEmpty())
        m_ui->servicesEdit->setCompleter(new ServiceListCompleter(knownServices, m_ui->servicesEdit));

    const QDateTime local = m_now.toLocalTime();
    m_initialStart = local.addSecs(-local.time().second()).addMSecs(-local.time().msec());
    m_ui->startedEdit->setMaximumDateTime(local);
    m_ui->startedEdit->setDateTime(m_initialStart);
    m_ui->summaryEdit->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &DeclareDialog::validate);
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, &DeclareDialog::updateSeverityHint);
    connect(m_ui->startedEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateStartedHint();
        validate();
    });
    connect(m_ui->startedNowButton, &QPushButton::clicked, this,
            [this] { m_ui->startedEdit->setDateTime(m_initialStart); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateSeverityHint();
    updateStartedHint();
    validate();
    m_ui->titleEdit->setFocus();
}

DeclareDialog::~DeclareDialog() = default;

QStringList DeclareDialog::parseServices(const QString& text)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString name = part.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        out.append(name);
    }
    return out;
}

DeclareRequest DeclareDialog::request() const
{
    DeclareRequest r;
    r.title = m_ui->titleEdit->text().simplified();
    r.severity = m_ui->severityCombo->currentData().toInt();
    r.services = parseServices(m_ui->servicesEdit->text());
    r.summary = m_ui->summaryEdit->toPlainText().trimmed();
    const QDateTime start = m_ui->startedEdit->dateTime();
    if (start != m_initialStart)
        r.startedAt = start.toUTC();
    return r;
}

void DeclareDialog::validate()
{
    QString error;
    if (m_ui->startedEdit->dateTime().toUTC() > m_now)
        error = tr("Impact cannot start in the future.");
    setErrorText(m_ui->errorLabel, error);
    const bool ok = error.isEmpty() && !m_ui->titleEdit->text().simplified().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void DeclareDialog::updateSeverityHint()
{
    const qint64 cadence = m_scale.updateCadenceSeconds(m_ui->severityCombo->currentData().toInt());
    m_ui->severityHint->setText(cadence > 0 ? tr("Stakeholder updates every %1").arg(formatDuration(cadence))
                                            : tr("No stakeholder-update cadence"));
}

void DeclareDialog::updateStartedHint()
{
    const qint64 before = m_ui->startedEdit->dateTime().secsTo(m_initialStart);
    m_ui->startedHint->setText(before <= 0 ? tr("now") : tr("%1 before now").arg(formatDuration(before)));
}

} // namespace warroom
