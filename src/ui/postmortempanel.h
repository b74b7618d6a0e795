#pragma once
// The postmortem editor of one incident (the incident view's Postmortem tab).

#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace warroom {

struct Conflict;

class PostmortemModel;
class UserPrompts;
class Workspace;

/// Edits the blameless postmortem of the incident given to setIncident(): a status bar with
/// Draft / In review / Published buttons (only the legal moves enabled), the sections as
/// plain-text fields ("section_<key>", saved as you pause typing or leave the field, each
/// save an undoable step), the five whys as an ordered, editable list ("whysView" with add,
/// remove, up, down), the durations, the narrative timeline and the linked action items,
/// and the review checklist beside it ("checklistView"). Without a postmortem it offers
/// "Pre-fill from incident" ("prefillButton"). Export… ("exportButton") writes Markdown,
/// HTML or PDF (A4 or Letter, "pageSizeCombo") to a file asked through UserPrompts.
class PostmortemPanel : public QWidget {
    Q_OBJECT
public:
    explicit PostmortemPanel(QWidget* parent = nullptr);
    ~PostmortemPanel() override;

    /// Where it reads and writes (not owned; nullptr: nothing shown).
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    /// Asks for export file names and reports failures (not owned).
    void setPrompts(UserPrompts* prompts);
    PostmortemModel* model() const { return m_model.get(); }

public slots:
    void setIncident(const QUuid& incidentId);
    /// Asks for a file (PDF, Markdown or HTML by its suffix) and writes the postmortem there
    /// (a pre-filled draft when none is stored yet). Returns the path written, or empty.
    QString exportDocument();
    /// Saves every section edited but not yet saved.
    void commitPendingEdits();

signals:
    void exported(const QString& path);

private:
    void build();
    void refresh();
    void moveWhy(int delta);
    void reportFailure(const QString& code, const QString& message);
    /// Settles a conflicting section edit through UserPrompts::resolveConflict.
    void resolveConflict(const Conflict& conflict);

    std::unique_ptr<PostmortemModel> m_model;
    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    UserPrompts* m_prompts = nullptr;
    QUuid m_incidentId;

    QLabel* m_statusChip = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_prefill = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_inReview = nullptr;
    QPushButton* m_published = nullptr;
    QPushButton* m_export = nullptr;
    QComboBox* m_pageSize = nullptr;
    QWidget* m_document = nullptr;
    QList<QPlainTextEdit*> m_sections;   ///< in allPostmortemFields() order
    QList<QTimer*> m_saveTimers;
    QList<std::function<void()>> m_savers;   ///< saves section i now
    QLabel* m_durations = nullptr;
    QLabel* m_timeline = nullptr;
    QListView* m_whys = nullptr;
    QTableView* m_actions = nullptr;
    QListView* m_checklist = nullptr;
    QLabel* m_roles = nullptr;
    bool m_refreshing = false;
    bool m_conflictPending = false;   ///< a conflict dialog follows: no separate error message
};

} // namespace warroom
