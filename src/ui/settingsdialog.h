#pragma once
// Edit ▸ Settings: identity, severities, database, appearance, notifications, and the pages
// other components add.

#include "core/severity.h"
#include "models/identitysettings.h"

#include <QDialog>
#include <QList>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace warroom {

class IdentitySettingsPage;
class SeveritySettingsPage;
class SettingsPage;

/// The settings in pages: a list on the left ("pageList"), the page on the right
/// ("pageStack"). Identity ("handleEdit" validated; OK stays disabled while any page is
/// invalid), Severities (names "severityNameEdit<n>", cadences "cadenceSpin<n>" in minutes,
/// 0 = none), Database, Appearance, Notifications, then the pages of other components.
/// Restore Defaults resets the page shown. Only collects: the caller stores everything with
/// save() and applies it (IncidentActions).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `identity` and `scale` are shown on their pages; every other page reads `settings`.
    SettingsDialog(const Identity& identity, const SeverityScale& scale, const QSettings& settings,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    Identity identity() const;
    /// `scale` given to the constructor with the names and cadences entered.
    SeverityScale severityScale() const;

    /// Appends `page` to the list (the dialog takes it) and loads it from `settings`.
    void addPage(SettingsPage* page, const QSettings& settings);
    const QList<SettingsPage*>& pages() const { return m_pages; }
    /// Shows the page with this object name ("appearancePage"); false when there is none.
    bool showPage(const QString& objectName);
    /// Writes every page's values to `settings`.
    void save(QSettings& settings) const;

private:
    void validate();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    IdentitySettingsPage* m_identityPage = nullptr;
    SeveritySettingsPage* m_severityPage = nullptr;
    QList<SettingsPage*> m_pages;
};

} // namespace warroom
