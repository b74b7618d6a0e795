#include "revisiondialog.h"
#include "ui_revisiondialog.h"

#include "models/revisionmodel.h"
#include "models/timelinecommands.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace warroom {

RevisionDialog::RevisionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::RevisionDialog>())
    , m_model(new RevisionModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("revisionDialog"));
    m_ui->revisionTable->setModel(m_model);
    QHeaderView* header = m_ui->revisionTable->horizontalHeader();
    header->setSectionResizeMode(RevisionModel::RevisionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RevisionModel::EditorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RevisionModel::EditedAtColumn, QHeaderView::ResizeToContents);
    m_ui->revisionSplitter->setSizes({220, 160});
    connect(m_ui->revisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RevisionDialog::showDiff);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
}

RevisionDialog::~RevisionDialog() = default;

void RevisionDialog::setRevisions(const TimelineEntry& entry, const QList<EntryRevision>& revisions,
                                  const QTimeZone& zone)
{
    m_entryId = entry.id;
    m_model->setTimeZone(zone);
    m_model->setRevisions(entry, revisions);
    const int n = m_model->rowCount();
    m_ui->revisionTitle->setText(
        n == 1 ? tr("“%1” has not been changed since it was written.").arg(entrySnippet(entry.text, 80))
               : tr("“%1”: %2 revisions, newest last.").arg(entrySnippet(entry.text, 80)).arg(n));
    setWindowTitle(tr("History of “%1”").arg(entrySnippet(entry.text)));
    if (n > 0)
        m_ui->revisionTable->setCurrentIndex(m_model->index(n - 1, RevisionModel::ChangeColumn));
    showDiff();
}

void RevisionDialog::showDiff()
{
    const QModelIndex current = m_ui->revisionTable->currentIndex();
    if (!current.isValid()) {
        m_ui->revisionDiff->clear();
        return;
    }
    const QModelIndex who = current.siblingAtColumn(RevisionModel::EditorColumn);
    const QModelIndex when = current.siblingAtColumn(RevisionModel::EditedAtColumn);
    const QString heading = tr("Revision %1 by %2, %3")
                                .arg(current.data(RevisionModel::RevisionRole).toString(),
                                     who.data().toString().toHtmlEscaped(), when.data().toString().toHtmlEscaped());
    m_ui->revisionDiff->setHtml(
        QStringLiteral("<p><b>%1</b></p>%2").arg(heading, current.data(RevisionModel::DiffHtmlRole).toString()));
}

} // namespace warroom
