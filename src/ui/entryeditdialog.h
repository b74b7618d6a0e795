#pragma once
// Edits one timeline entry's kind, time and text.

#include "core/timelineentry.h"
#include "models/timelinecommands.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

namespace Ui {
class EntryEditDialog;
}

namespace warroom {

/// Shows `entry` for editing; the time in `zone` (UTC or the system's, as the timeline
/// shows it). change() is what the user altered (only those fields), for an
/// EditEntryCommand. Save is disabled while the text is empty; Ctrl+Return saves.
/// Opened with open() (window-modal, not blocking), so tests fill it in like a user.
class EntryEditDialog : public QDialog {
    Q_OBJECT
public:
    EntryEditDialog(const TimelineEntry& entry, const QTimeZone& zone, QWidget* parent = nullptr);
    ~EntryEditDialog() override;

    const TimelineEntry& entry() const { return m_entry; }
    /// The fields changed against entry(); empty when nothing was.
    EntryFields change() const;

private:
    std::unique_ptr<::Ui::EntryEditDialog> m_ui;
    TimelineEntry m_entry;
};

} // namespace warroom
