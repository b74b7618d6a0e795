#pragma once
// The window's one icon in the system tray, shared by everything that notifies.

class QSystemTrayIcon;
class QWidget;

namespace warroom {

/// The tray icon of `window` (created on first use as its child, shown, with the application
/// icon; clicking one of its messages brings the window to the front), or nullptr where the
/// platform has no system tray. Stakeholder-update reminders and pages share it, so the user
/// sees one Warroom icon.
QSystemTrayIcon* sharedTrayIcon(QWidget* window);

} // namespace warroom
