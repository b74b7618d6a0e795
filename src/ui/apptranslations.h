#pragma once
// The languages Warroom speaks: its own catalogues (compiled in under ":/i18n") and Qt's.

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace warroom {

/// Installs Warroom's translation (warroom_<lang>.qm) and Qt's (qtbase_<lang>.qm from
/// QLibraryInfo::TranslationsPath, for standard buttons and dialogs) on the running
/// application, and removes them again when destroyed or on the next install().
class AppTranslations {
public:
    AppTranslations() = default;
    ~AppTranslations();
    AppTranslations(const AppTranslations&) = delete;
    AppTranslations& operator=(const AppTranslations&) = delete;

    /// Chooses the language: `language` is a locale name ("de", "de_AT", "en") or "C"
    /// (English, the language of the sources); empty follows QLocale::system(). Also makes
    /// that locale QLocale's default, so numbers and dates match. Returns the locale chosen.
    /// A language without a catalogue falls back to English (the source strings).
    QLocale install(const QString& language, const QString& directory = QStringLiteral(":/i18n"));
    /// Uninstalls both catalogues.
    void remove();

    /// True when a Warroom catalogue other than English is installed.
    bool isTranslated() const { return m_translated; }
    /// The locale install() chose.
    QLocale locale() const { return m_locale; }

    /// The value of "--lang <name>" or "--lang=<name>" in `arguments` (argv, program first);
    /// empty when not given. Read before the full command line is parsed, so that --help is
    /// already in the chosen language.
    static QString languageArgument(const QStringList& arguments);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    bool m_translated = false;
    QLocale m_locale;
};

} // namespace warroom
