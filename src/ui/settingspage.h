#pragma once
// One page of Edit ▸ Settings.

#include <QIcon>
#include <QWidget>

class QSettings;

namespace warroom {

/// A page of the Settings dialog: a list entry (title, icon) and a widget that reads its
/// values from QSettings and writes them back when the user presses OK. A component adds its
/// own page with one SettingsDialog::addPage() line.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The entry in the dialog's page list ("Identity").
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    /// Shows the stored values (keys of the page's own group).
    virtual void load(const QSettings& settings) = 0;
    /// Stores what the user entered; called only when every page isValid().
    virtual void save(QSettings& settings) const = 0;
    /// Restore Defaults pressed while this page is shown.
    virtual void restoreDefaults() {}
    /// False while an entry cannot be saved (OK is disabled then).
    virtual bool isValid() const { return true; }

signals:
    /// isValid() may have changed.
    void validityChanged();
};

} // namespace warroom
