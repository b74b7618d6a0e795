#pragma once
// The scribe's live timeline editor: an entry line that keeps focus, filters, and
// undoable edits of the entries shown.

#include "core/timelineentry.h"

#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace Ui {
class TimelineEditor;
}

namespace warroom {

class RevisionDialog;
class TimelineCommandContext;
class TimelineDelegate;
class TimelineFilterProxy;
class TimelineModel;
class UserPrompts;
class Workspace;
struct Conflict;

/// Shows a TimelineModel through a TimelineFilterProxy and writes to it.
///
/// Writing: the entry line ("entryLine") keeps focus; Enter adds the entry (AddEntryCommand).
/// The kind comes from "kindCombo", set by a typed prefix ("/decision ", "/action ",
/// "/update ", … are taken out of the line as soon as the space is typed) or Ctrl+1…Ctrl+7
/// (allEntryKinds() order), and goes back to Note after each entry. "@14:05" in the line or
/// a time in "timeEdit" backdates it, read in the shown zone. Parse errors ("bad-time",
/// "empty") and refused writes show in "entryError"; nothing is written then. Up/Down in
/// the line move the selection, Page Up/Down scroll; typing while the list has focus goes to
/// the line. Each incident keeps its own unsent line when another is shown.
///
/// Reading: times show with an explicit zone; "utcToggle" switches UTC / local time (kept in
/// QSettings "timeline/utc"). Filters: "kindFilter", "pinnedFilter", "authorFilter",
/// "searchEdit" (words highlighted). The view follows new entries unless the reader
/// scrolled up; then "newEntriesMarker" counts the entries that arrived and jumps down
/// when clicked.
///
/// A connection that may not write the war room (Workspace::access(), a viewer) gets
/// "readOnlyNotice" in place of the entry line and no edit actions.
///
/// Editing the selected entry: Ctrl+P pins/unpins (PinCommand), F2 or a double-click opens
/// an EntryEditDialog (EditEntryCommand), Delete soft-deletes (DeleteEntryCommand), Ctrl+H
/// opens its RevisionDialog. Commands go on the undo stack given to setWorkspace().
class TimelineEditor : public QWidget {
    Q_OBJECT
public:
    explicit TimelineEditor(QWidget* parent = nullptr);
    ~TimelineEditor() override;

    /// The timeline shown (not owned; nullptr for none). Its incident is the one written to.
    void setModel(TimelineModel* model);
    TimelineModel* model() const { return m_model; }
    /// Where entries are written (not owned, nullptr: read-only) and the undo stack the
    /// commands go on (not owned; nullptr: a stack of the editor's own).
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    QUndoStack* undoStack() const;
    /// Where a conflicting edit is settled (UserPrompts::resolveConflict; not owned; nullptr:
    /// the refusal only shows inline). The entry's text as the user wanted it, and as someone
    /// else revised it meanwhile, are shown side by side; Keep Mine or Merge pushes a new edit.
    void setPrompts(UserPrompts* prompts) { m_prompts = prompts; }

    TimelineFilterProxy* proxy() const { return m_proxy; }
    QListView* view() const;
    /// The editor's actions (pin, edit, history, delete, kinds), e.g. for a menu.
    QList<QAction*> entryActions() const;

    /// Times shown and @HH:MM read in UTC (true) or the system's zone.
    bool showsUtc() const;
    void setShowUtc(bool utc);
    QTimeZone displayZone() const;

    /// True while the view sticks to the newest entry.
    bool isFollowing() const { return m_following; }
    /// Entries that arrived while the reader was scrolled up.
    int newEntryCount() const { return m_newEntries; }

    /// The selected entry's id; null when none.
    QUuid currentEntryId() const;
    /// Selects and shows that entry; false when it is not shown (unknown or filtered out).
    bool selectEntry(const QUuid& entryId);
    /// The revision dialog, once opened.
    RevisionDialog* revisionDialog() const;

public slots:
    /// Adds what the entry line says (Enter).
    void commitEntry();
    /// Pins or unpins the selected entry (Ctrl+P).
    void togglePinCurrent();
    /// Opens the edit dialog for the selected entry (F2).
    void editCurrent();
    /// Soft-deletes the selected entry (Delete).
    void deleteCurrent();
    /// Shows the revisions of the selected entry (Ctrl+H).
    void showRevisions();
    /// Scrolls to the newest entry and follows again.
    void jumpToNewest();
    void focusEntryLine();

signals:
    /// The zone times are shown in changed (utcToggle).
    void displayZoneChanged(const QTimeZone& zone);
    /// The user typed in the entry line (`typing`: it holds text now) or sent it (false).
    void entryTyped(bool typing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// "a note", "an action", ...: the kind as it reads inside the entry hint.
    static QString kindInSentence(EntryKind kind);
    void createActions();
    void setKind(EntryKind kind);
    EntryKind kind() const;
    void onEntryEdited(const QString& text);
    void updateHint();
    void showError(const QString& message);
    void clearError();
    void populateAuthors();
    void applyFilters();
    void updateFilterStatus();
    void updateZoneToggle();
    void updateActions();
    void onRowsInserted(int first, int last);
    void onScrolled();
    void updateMarker();
    void placeMarker();
    void switchDraft();
    void onCommandFailed(const QUuid& incidentId, const QString& code, const QString& message);
    void resolveConflict(const QUuid& entryId, const Conflict& conflict);
    std::optional<TimelineEntry> currentEntry() const;
    bool canWrite() const;

    std::unique_ptr<::Ui::TimelineEditor> m_ui;
    TimelineModel* m_model = nullptr;
    TimelineFilterProxy* m_proxy = nullptr;
    TimelineDelegate* m_delegate = nullptr;
    QPointer<Workspace> m_workspace;
    QPointer<QUndoStack> m_stack;
    QUndoStack* m_ownStack = nullptr;
    TimelineCommandContext* m_context = nullptr;
    QPushButton* m_marker = nullptr;
    QLabel* m_readOnlyNotice = nullptr;   ///< "readOnlyNotice", instead of the entry line for viewers
    QPointer<RevisionDialog> m_revisionDialog;
    QList<QAction*> m_kindActions;
    QAction* m_pinAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QHash<QUuid, QString> m_drafts; ///< unsent entry lines of the incidents not shown
    QUuid m_draftIncident;          ///< the incident the entry line's text belongs to
    QList<QMetaObject::Connection> m_modelConnections;
    QMetaObject::Connection m_workspaceConnection;
    QMetaObject::Connection m_entriesConnection;
    bool m_following = true;
    bool m_refiltering = false;
    bool m_pushFailed = false;
    UserPrompts* m_prompts = nullptr;
    int m_newEntries = 0;
};

} // namespace warroom
