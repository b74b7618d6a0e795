#pragma once
// The revision history of one timeline entry: who changed what, when, with a word diff.

#include "core/timelineinput.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

namespace Ui {
class RevisionDialog;
}

namespace warroom {

class RevisionModel;

/// A table of the entry's revisions (RevisionModel: #, who, when, change) and, for the
/// selected one, its text with the words removed and added against the revision before.
/// Not modal: the scribe can keep writing while it is open. The newest revision is selected.
class RevisionDialog : public QDialog {
    Q_OBJECT
public:
    explicit RevisionDialog(QWidget* parent = nullptr);
    ~RevisionDialog() override;

    /// Shows `revisions` (IncidentService::revisions) of `entry`, times in `zone`.
    void setRevisions(const TimelineEntry& entry, const QList<EntryRevision>& revisions, const QTimeZone& zone);
    /// The entry shown.
    QUuid entryId() const { return m_entryId; }
    RevisionModel* model() const { return m_model; }

private:
    void showDiff();

    std::unique_ptr<::Ui::RevisionDialog> m_ui;
    RevisionModel* m_model = nullptr;
    QUuid m_entryId;
};

} // namespace warroom
