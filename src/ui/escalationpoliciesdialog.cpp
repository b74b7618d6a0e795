#include "escalationpoliciesdialog.h"

#include "core/severity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warroom {

namespace {

enum StepColumn { DelayColumn, KindColumn, TargetColumn, StepColumnCount };

QPushButton* button(const QString& text, const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace

EscalationPoliciesDialog::EscalationPoliciesDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent)
    , m_repo(std::move(db))
{
    setObjectName(QStringLiteral("EscalationPoliciesDialog"));
    setWindowTitle(tr("Escalation Policies"));

    // Left: the policies.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("policyList"));
    leftLayout->addWidget(m_list);
    auto* listButtons = new QHBoxLayout;
    auto* add = button(tr("&New"), "addPolicyButton", left);
    m_remove = button(tr("&Remove"), "removePolicyButton", left);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    // Right: the editor.
    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_severity = new QComboBox(right);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("Any severity"), 0);
    const SeverityScale scale;
    for (const SeverityDefinition& level : scale.levels())
        m_severity->addItem(tr("%1 and above").arg(scale.label(level.level)), level.level);
    form->addRow(tr("&Applies to:"), m_severity);
    m_service = new QLineEdit(right);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setPlaceholderText(tr("Any service"));
    form->addRow(tr("&Service:"), m_service);
    m_default = new QCheckBox(tr("Use when no other policy applies"), right);
    m_default->setObjectName(QStringLiteral("defaultCheck"));
    form->addRow(tr("Default:"), m_default);

    m_steps = new QTableWidget(0, StepColumnCount, right);
    m_steps->setObjectName(QStringLiteral("stepsTable"));
    m_steps->setHorizontalHeaderLabels({tr("After (min)"), tr("Notify"), tr("Target")});
    m_steps->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setToolTip(tr("If nobody has acknowledged the incident this many minutes after it was triggered, "
                           "notify the target: a person's handle, a role (commander, scribe, …) or a webhook URL "
                           "(prefix slack+ for a Slack-compatible message)."));
    auto* stepButtons = new QHBoxLayout;
    auto* addStepButton = button(tr("Add &Step"), "addStepButton", right);
    auto* removeStepButton = button(tr("Remove S&tep"), "removeStepButton", right);
    auto* up = button(tr("Move &Up"), "stepUpButton", right);
    auto* down = button(tr("Move &Down"), "stepDownButton", right);
    for (QPushButton* b : {addStepButton, removeStepButton, up, down})
        stepButtons->addWidget(b);
    stepButtons->addStretch();

    auto* repeatRow = new QHBoxLayout;
    m_repeat = new QSpinBox(right);
    m_repeat->setObjectName(QStringLiteral("repeatSpin"));
    m_repeat->setRange(0, 100);
    m_repeatInterval = new QSpinBox(right);
    m_repeatInterval->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_repeatInterval->setRange(0, 24 * 60);
    m_repeatInterval->setSuffix(tr(" min"));
    repeatRow->addWidget(new QLabel(tr("Repeat all steps"), right));
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(new QLabel(tr("more times, waiting"), right));
    repeatRow->addWidget(m_repeatInterval);
    repeatRow->addWidget(new QLabel(tr("after the last step"), right));
    repeatRow->addStretch();

    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(new QLabel(tr("Steps, while nobody acknowledges:"), right));
    rightLayout->addWidget(m_steps, 1);
    rightLayout->addLayout(stepButtons);
    rightLayout->addLayout(repeatRow);
    rightLayout->addWidget(m_error);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Sa&ve Policy"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(add, &QPushButton::clicked, this, &EscalationPoliciesDialog::newPolicy);
    connect(m_remove, &QPushButton::clicked, this, &EscalationPoliciesDialog::removeSelected);
    connect(addStepButton, &QPushButton::clicked, this, &EscalationPoliciesDialog::addStep);
    connect(removeStepButton, &QPushButton::clicked, this, &EscalationPoliciesDialog::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &EscalationPoliciesDialog::showPolicy);

    reload();
}

EscalationPoliciesDialog::~EscalationPoliciesDialog() = default;

void EscalationPoliciesDialog::reload(const QString& select)
{
    auto loaded = m_repo.policies();
    if (!loaded) {
        showError(loaded.error().message);
        return;
    }
    m_policies = loaded.value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = 0;
    for (int i = 0; i < m_policies.size(); ++i) {
        const EscalationPolicy& p = m_policies.at(i);
        m_list->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name);
        if (p.name == select)
            selectRow = i;
    }
    if (m_policies.isEmpty()) {
        newPolicy();
        return;
    }
    m_list->setCurrentRow(selectRow);
    showPolicy(selectRow);
}

void EscalationPoliciesDialog::newPolicy()
{
    EscalationPolicy p;
    p.name = m_policies.isEmpty() ? tr("Default") : QString();
    p.isDefault = m_policies.isEmpty();
    p.steps = {EscalationStep{5 * 60, EscalationTargetKind::RoleHolder, QStringLiteral("commander")}};
    m_current = p;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    showPolicy(-1);
    m_name->setFocus();
}

void EscalationPoliciesDialog::showPolicy(int row)
{
    if (row >= 0 && row < m_policies.size())
        m_current = m_policies.at(row);
    m_error->hide();
    m_name->setText(m_current.name);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(m_current.minSeverity)));
    m_service->setText(m_current.service);
    m_default->setChecked(m_current.isDefault);
    m_repeat->setValue(m_current.repeatCount);
    m_repeatInterval->setValue(int(m_current.repeatIntervalSeconds / 60));
    m_steps->setRowCount(0);
    for (const EscalationStep& step : std::as_const(m_current.steps)) {
        m_steps->insertRow(m_steps->rowCount());
        setStepRow(m_steps->rowCount() - 1, step);
    }
    m_remove->setEnabled(!m_current.id.isNull());
}

void EscalationPoliciesDialog::setStepRow(int row, const EscalationStep& step)
{
    auto* delay = new QSpinBox(m_steps);
    delay->setRange(0, 7 * 24 * 60);
    delay->setValue(int(step.delaySeconds / 60));
    m_steps->setCellWidget(row, DelayColumn, delay);
    auto* kind = new QComboBox(m_steps);
    for (EscalationTargetKind k : allEscalationTargetKinds())
        kind->addItem(escalationTargetDisplayName(k), escalationTargetKey(k));
    kind->setCurrentIndex(std::max(0, kind->findData(escalationTargetKey(step.kind))));
    m_steps->setCellWidget(row, KindColumn, kind);
    m_steps->setItem(row, TargetColumn, new QTableWidgetItem(step.target));
}

EscalationPolicy EscalationPoliciesDialog::editedPolicy() const
{
    EscalationPolicy p = m_current;
    p.name = m_name->text().trimmed();
    p.minSeverity = m_severity->currentData().toInt();
    p.service = m_service->text().trimmed();
    p.isDefault = m_default->isChecked();
    p.repeatCount = m_repeat->value();
    p.repeatIntervalSeconds = qint64(m_repeatInterval->value()) * 60;
    p.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        EscalationStep step;
        if (auto* delay = qobject_cast<QSpinBox*>(m_steps->cellWidget(row, DelayColumn)))
            step.delaySeconds = qint64(delay->value()) * 60;
        if (auto* kind = qobject_cast<QComboBox*>(m_steps->cellWidget(row, KindColumn)))
            step.kind = parseEscalationTargetKey(kind->currentData().toString()).value_or(EscalationTargetKind::Person);
        if (const QTableWidgetItem* target = m_steps->item(row, TargetColumn))
            step.target = target->text().trimmed();
        p.steps << step;
    }
    return p;
}

bool EscalationPoliciesDialog::save()
{
    const EscalationPolicy p = editedPolicy();
    auto saved = p.id.isNull() ? m_repo.createPolicy(p) : m_repo.updatePolicy(p, p.version);
    if (!saved) {
        showError(saved.error().message);
        if (saved.error().code == QLatin1String("conflict") && !p.id.isNull()) {
            const QString message = saved.error().message;
            reload(p.name);
            showError(message);
        }
        return false;
    }
    reload(saved->name);
    return true;
}

void EscalationPoliciesDialog::removeSelected()
{
    if (m_current.id.isNull())
        return;
    if (auto removed = m_repo.removePolicy(m_current.id, m_current.version); !removed) {
        showError(removed.error().message);
        return;
    }
    m_current = {};
    reload();
}

void EscalationPoliciesDialog::addStep()
{
    EscalationStep step;
    step.kind = EscalationTargetKind::Person;
    const int rows = m_steps->rowCount();
    if (rows > 0) {
        if (auto* delay = qobject_cast<QSpinBox*>(m_steps->cellWidget(rows - 1, DelayColumn)))
            step.delaySeconds = qint64(delay->value() + 10) * 60;
    }
    m_steps->insertRow(rows);
    setStepRow(rows, step);
    m_steps->setCurrentCell(rows, TargetColumn);
}

void EscalationPoliciesDialog::removeStep()
{
    const int row = m_steps->currentRow();
    if (row >= 0)
        m_steps->removeRow(row);
}

void EscalationPoliciesDialog::moveStep(int by)
{
    const int row = m_steps->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_steps->rowCount())
        return;
    // Swap what the rows say; the delays stay in their rows so the order stays ascending.
    EscalationPolicy p = editedPolicy();
    std::swap(p.steps[row].kind, p.steps[to].kind);
    std::swap(p.steps[row].target, p.steps[to].target);
    setStepRow(row, p.steps.at(row));
    setStepRow(to, p.steps.at(to));
    m_steps->setCurrentCell(to, TargetColumn);
}

void EscalationPoliciesDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace warroom
