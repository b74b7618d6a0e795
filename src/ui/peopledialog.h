#pragma once
// The people directory: who can hold a role, editable in place, importable from CSV.

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class PeopleDialog;
}

namespace warroom {

class PeopleModel;
class UserPrompts;
class Workspace;

/// A table of every person (name, team and contact edited in place), a form to add one,
/// Remove, and Import CSV… (file chosen through UserPrompts; the import is all or nothing
/// and a refusal names the line). Every write notifies the Workspace (null incident id),
/// so the role board shows the new names. Closes itself when the Workspace goes away.
class PeopleDialog : public QDialog {
    Q_OBJECT
public:
    /// `workspace` and `prompts` must outlive the dialog, or `workspace` is watched: the
    /// dialog closes when it is destroyed.
    PeopleDialog(Workspace& workspace, UserPrompts& prompts, QWidget* parent = nullptr);
    ~PeopleDialog() override;

    /// Raises the directory dialog already open under `parent` for `workspace`, or opens a
    /// new one (deleted on close). Not modal: the role board stays usable.
    static PeopleDialog* showFor(Workspace& workspace, UserPrompts& prompts, QWidget* parent);

    PeopleModel* model() const { return m_model; }
    Workspace* workspace() const { return m_workspace; }

public slots:
    /// Adds the person typed into the form; errors are shown under the table.
    void addPerson();
    /// Removes the selected person.
    void removeSelected();
    /// Asks for a CSV file and imports it.
    void importCsv();

private:
    void written();
    void showError(const QString& message);
    void updateCount();
    void updateButtons();

    std::unique_ptr<::Ui::PeopleDialog> m_ui;
    Workspace* m_workspace;
    UserPrompts& m_prompts;
    PeopleModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    bool m_notifying = false;   ///< our own write is being announced
};

} // namespace warroom
