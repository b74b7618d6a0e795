#pragma once
// The user's preferences kept in QSettings: the database to open, the colour theme and which
// notifications to give. Identity, severity names and cadences have their own files
// (identitysettings.h, cadencesettings.h).

#include <QString>
#include <QStringList>

class QSettings;

namespace warroom {

// ---- Database -----------------------------------------------------------------------

/// At most this many recent connections are remembered.
inline constexpr int kMaxRecentDatabases = 8;

/// The database the app opens when --database is not given: "database/default" (chosen in
/// Settings ▸ Database), else "database/last" (the last one opened), else
/// defaultDatabaseUrlString().
QString startupDatabaseUrl(const QSettings& settings);
/// "database/default"; empty when the user has not chosen one.
QString defaultDatabaseSetting(const QSettings& settings);
/// Sets "database/default" (a password in `url` is left out); an empty `url` removes the key
/// (the last one opened wins again).
void setDefaultDatabaseSetting(QSettings& settings, const QString& url);
/// "database/recent": URLs (passwords never included), most recent first.
QStringList recentDatabases(const QSettings& settings);
/// Records `url` (without password) as opened now: "database/last", and first in the recent
/// list (moved up when already there; the list is cut to kMaxRecentDatabases).
void rememberDatabase(QSettings& settings, const QString& url);
/// Removes `url` from the recent list.
void forgetDatabase(QSettings& settings, const QString& url);

// ---- Appearance ---------------------------------------------------------------------

/// The colour theme: the desktop's own, or always light, or always dark.
enum class Theme { System, Light, Dark };

/// "system", "light", "dark" (the QSettings value of "appearance/theme").
QString themeKey(Theme theme);
/// Parses themeKey(); System for anything else.
Theme themeFromKey(const QString& key);
/// "appearance/theme"; System when unset.
Theme loadTheme(const QSettings& settings);
void saveTheme(QSettings& settings, Theme theme);

// ---- Notifications ------------------------------------------------------------------

/// Which desktop notifications the app gives (keys "notifications/...").
struct NotificationSettings {
    bool stakeholderUpdateDue = true; ///< a stakeholder update of an open incident comes due
    bool paged = true;                ///< you are paged: an escalation or role assignment names you
    bool sound = false;               ///< a sound with each notification

    bool operator==(const NotificationSettings&) const = default;
};

NotificationSettings loadNotificationSettings(const QSettings& settings);
void saveNotificationSettings(QSettings& settings, const NotificationSettings& notifications);

} // namespace warroom
