#pragma once
// The Settings dialog's own pages: identity, severities, database, appearance, notifications.

#include "core/severity.h"
#include "models/identitysettings.h"
#include "models/preferences.h"
#include "settingspage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace warroom {

/// Your name and handle ("nameEdit", "handleEdit", hint "handleHint"); invalid while the
/// handle is not isValidHandle(). Keys "identity/...".
class IdentitySettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit IdentitySettingsPage(const Identity& identity, QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    bool isValid() const override;

    /// The name and handle entered (trimmed, without a leading '@').
    Identity identity() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_handle;
    QLabel* m_hint;
};

/// Each level's name ("severityNameEdit<n>") and stakeholder-update cadence in minutes
/// ("cadenceSpin<n>", 0 = none). Keys "severityName/SEV<n>" and "cadence/SEV<n>".
class SeveritySettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit SeveritySettingsPage(const SeverityScale& scale, QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    void restoreDefaults() override;

    /// The scale given to the constructor with the names and cadences entered.
    SeverityScale severityScale() const;

private:
    void showScale(const SeverityScale& scale);

    SeverityScale m_scale;
    QList<QLineEdit*> m_names; ///< in the order of m_scale.levels()
    QList<QSpinBox*> m_cadences;
};

/// The database opened when --database is not given ("defaultDatabaseEdit"; empty: the last
/// one opened) and the recent connections ("recentDatabaseList") with "Use on Next Start"
/// ("useOnNextStartButton") and "Remove" ("forgetDatabaseButton"). Keys "database/...".
class DatabaseSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit DatabaseSettingsPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    void restoreDefaults() override;

private:
    void updateButtons();

    QLineEdit* m_default;
    QListWidget* m_recent;
    QPushButton* m_use;
    QPushButton* m_forget;
    QStringList m_forgotten;
};

/// The colour theme ("themeCombo": System, Light, Dark). Key "appearance/theme".
class AppearanceSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit AppearanceSettingsPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    void restoreDefaults() override;

    Theme theme() const;
    void setTheme(Theme theme);

private:
    QComboBox* m_theme;
};

/// Desktop notifications: stakeholder update due ("notifyUpdateDueCheck"), paged
/// ("notifyPagedCheck"), with a sound ("notifySoundCheck"). Keys "notifications/...".
class NotificationSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit NotificationSettingsPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    void restoreDefaults() override;

    NotificationSettings notifications() const;

private:
    void showNotifications(const NotificationSettings& notifications);

    QCheckBox* m_updateDue;
    QCheckBox* m_paged;
    QCheckBox* m_sound;
};

} // namespace warroom
