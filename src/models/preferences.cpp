#include "preferences.h"

#include "storage/databaseurl.h"
#include "storage/defaults.h"

#include <QSettings>

namespace warroom {

namespace {

const QString kDefaultDatabaseKey = QStringLiteral("database/default");
const QString kLastDatabaseKey = QStringLiteral("database/last");
const QString kRecentDatabasesKey = QStringLiteral("database/recent");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kNotifyUpdateDueKey = QStringLiteral("notifications/stakeholderUpdateDue");
const QString kNotifyPagedKey = QStringLiteral("notifications/paged");
const QString kNotifySoundKey = QStringLiteral("notifications/sound");

/// `url` as stored: without a password when it parses as a database URL.
QString withoutPassword(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (auto parsed = DatabaseUrl::parse(trimmed))
        return parsed.value().toString();
    return trimmed;
}

/// `url` parses as a database URL with a password in it.
bool hasPassword(const QString& url)
{
    const auto parsed = DatabaseUrl::parse(url.trimmed());
    return parsed && !parsed.value().password.isEmpty();
}

} // namespace

QString startupDatabaseUrl(const QSettings& settings)
{
    if (const QString chosen = defaultDatabaseSetting(settings); !chosen.isEmpty())
        return chosen;
    if (const QString last = settings.value(kLastDatabaseKey).toString().trimmed(); !last.isEmpty())
        return last;
    return defaultDatabaseUrlString();
}

QString defaultDatabaseSetting(const QSettings& settings)
{
    return settings.value(kDefaultDatabaseKey).toString().trimmed();
}

void setDefaultDatabaseSetting(QSettings& settings, const QString& url)
{
    if (url.trimmed().isEmpty())
        settings.remove(kDefaultDatabaseKey);
    else
        settings.setValue(kDefaultDatabaseKey, hasPassword(url) ? withoutPassword(url) : url.trimmed());
}

QStringList recentDatabases(const QSettings& settings)
{
    QStringList recent;
    for (const QString& url : settings.value(kRecentDatabasesKey).toStringList()) {
        if (!url.trimmed().isEmpty() && !recent.contains(url.trimmed()))
            recent.append(url.trimmed());
    }
    return recent.mid(0, kMaxRecentDatabases);
}

void rememberDatabase(QSettings& settings, const QString& url)
{
    const QString stored = withoutPassword(url);
    if (stored.isEmpty())
        return;
    settings.setValue(kLastDatabaseKey, stored);
    QStringList recent = recentDatabases(settings);
    recent.removeAll(stored);
    recent.prepend(stored);
    settings.setValue(kRecentDatabasesKey, recent.mid(0, kMaxRecentDatabases));
}

void forgetDatabase(QSettings& settings, const QString& url)
{
    QStringList recent = recentDatabases(settings);
    recent.removeAll(url.trimmed());
    settings.setValue(kRecentDatabasesKey, recent);
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("light"))
        return Theme::Light;
    if (k == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme loadTheme(const QSettings& settings)
{
    return themeFromKey(settings.value(kThemeKey).toString());
}

void saveTheme(QSettings& settings, Theme theme)
{
    settings.setValue(kThemeKey, themeKey(theme));
}

NotificationSettings loadNotificationSettings(const QSettings& settings)
{
    const NotificationSettings defaults;
    NotificationSettings n;
    n.stakeholderUpdateDue = settings.value(kNotifyUpdateDueKey, defaults.stakeholderUpdateDue).toBool();
    n.paged = settings.value(kNotifyPagedKey, defaults.paged).toBool();
    n.sound = settings.value(kNotifySoundKey, defaults.sound).toBool();
    return n;
}

void saveNotificationSettings(QSettings& settings, const NotificationSettings& notifications)
{
    settings.setValue(kNotifyUpdateDueKey, notifications.stakeholderUpdateDue);
    settings.setValue(kNotifyPagedKey, notifications.paged);
    settings.setValue(kNotifySoundKey, notifications.sound);
}

} // namespace warroom
