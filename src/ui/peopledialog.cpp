#include "peopledialog.h"
#include "ui_peopledialog.h"

#include "logging.h"
#include "userprompts.h"

#include "models/peoplemodel.h"
#include "models/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>

namespace warroom {

PeopleDialog::PeopleDialog(Workspace& workspace, UserPrompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PeopleDialog>())
    , m_workspace(&workspace)
    , m_prompts(prompts)
    , m_model(new PeopleModel(workspace.service(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("peopleDialog"));
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->countLabel->setForegroundRole(QPalette::PlaceholderText);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PeopleModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView* table = m_ui->peopleTable;
    table->setModel(m_proxy);
    table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(PeopleModel::HandleColumn, 130);
    header->resizeSection(PeopleModel::NameColumn, 200);
    header->resizeSection(PeopleModel::TeamColumn, 160);
    m_ui->addButton->setDefault(true);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->addButton, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    for (QLineEdit* edit : {m_ui->handleEdit, m_ui->nameEdit, m_ui->teamEdit, m_ui->contactEdit})
        connect(edit, &QLineEdit::returnPressed, this, &PeopleDialog::addPerson);
    connect(m_ui->handleEdit, &QLineEdit::textChanged, this, &PeopleDialog::updateButtons);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PeopleDialog::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PeopleDialog::importCsv);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_model, &PeopleModel::peopleChanged, this, &PeopleDialog::written);
    connect(m_model, &PeopleModel::editFailed, this, &PeopleDialog::showError);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeopleDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PeopleDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PeopleDialog::updateCount);
    // Someone else changed the directory (another panel, or another client): show it.
    connect(&workspace, &Workspace::incidentChanged, this, [this](const QUuid& id) {
        if (!m_notifying && id.isNull()) {
            if (auto loaded = m_model->reload(); !loaded)
                showError(loaded.error().message);
        }
    });
    connect(&workspace, &QObject::destroyed, this, [this] {
        m_workspace = nullptr;
        close();
        deleteLater();
    });

    if (auto loaded = m_model->reload(); !loaded)
        showError(loaded.error().message);
    updateCount();
    updateButtons();
}

PeopleDialog::~PeopleDialog() = default;

PeopleDialog* PeopleDialog::showFor(Workspace& workspace, UserPrompts& prompts, QWidget* parent)
{
    const auto open = parent ? parent->findChildren<PeopleDialog*>() : QList<PeopleDialog*>();
    for (PeopleDialog* dialog : open) {
        if (dialog->workspace() == &workspace && dialog->isVisible()) {   // a closed one is being deleted
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
            return dialog;
        }
    }
    auto* dialog = new PeopleDialog(workspace, prompts, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void PeopleDialog::written()
{
    m_ui->errorLabel->hide();
    if (!m_workspace)
        return;
    const QScopedValueRollback<bool> guard(m_notifying, true);
    m_workspace->notifyIncidentChanged(QUuid());
}

void PeopleDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void PeopleDialog::updateCount()
{
    const int n = m_model->rowCount();
    m_ui->countLabel->setText(n == 1 ? tr("1 person") : tr("%1 people").arg(n));
}

void PeopleDialog::updateButtons()
{
    m_ui->removeButton->setEnabled(m_ui->peopleTable->selectionModel()->hasSelection());
    m_ui->addButton->setEnabled(!m_ui->handleEdit->text().trimmed().isEmpty());
}

void PeopleDialog::addPerson()
{
    if (m_ui->handleEdit->text().trimmed().isEmpty()) {
        showError(tr("A person needs a handle."));
        m_ui->handleEdit->setFocus();
        return;
    }
    Person p;
    p.handle = m_ui->handleEdit->text();
    p.name = m_ui->nameEdit->text();
    p.team = m_ui->teamEdit->text();
    p.contact = m_ui->contactEdit->text();
    auto added = m_model->addPerson(p);
    if (!added) {
        showError(added.error().message);
        m_ui->handleEdit->setFocus();
        return;
    }
    for (QLineEdit* edit : {m_ui->handleEdit, m_ui->nameEdit, m_ui->teamEdit, m_ui->contactEdit})
        edit->clear();
    const QModelIndex source = m_model->index(m_model->rowForHandle(added->handle), PeopleModel::NameColumn);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid()) {
        m_ui->peopleTable->setCurrentIndex(shown);
        m_ui->peopleTable->scrollTo(shown);
    }
    m_ui->handleEdit->setFocus();
}

void PeopleDialog::removeSelected()
{
    const QModelIndexList rows = m_ui->peopleTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    if (auto removed = m_model->removePerson(row); !removed)
        showError(removed.error().message);
}

void PeopleDialog::importCsv()
{
    const QString path =
        m_prompts.openFileName(this, tr("Import People"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.showError(this, tr("Cannot Import People"),
                            tr("Cannot read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
        return;
    }
    auto count = m_model->importCsv(file.readAll());
    if (!count) {
        qCInfo(lcUi) << "people import refused:" << count.error().message;
        m_prompts.showError(this, tr("Cannot Import People"),
                            tr("Nobody was imported from %1.\n\n%2").arg(fileName, count.error().message));
        return;
    }
    m_prompts.showInfo(this, tr("People Imported"),
                       count.value() == 1 ? tr("1 person added or updated from %1.").arg(fileName)
                                          : tr("%1 people added or updated from %2.").arg(QString::number(count.value()), fileName));
}

} // namespace warroom
