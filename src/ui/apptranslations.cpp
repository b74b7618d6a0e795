#include "apptranslations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>

namespace warroom {

AppTranslations::~AppTranslations()
{
    remove();
}

QLocale AppTranslations::install(const QString& language, const QString& directory)
{
    remove();
    const QString name = language.trimmed();
    const bool sourceLanguage = name.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0 ||
                                name.compare(QLatin1String("POSIX"), Qt::CaseInsensitive) == 0;
    QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    if (sourceLanguage || locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    if (!name.isEmpty())
        QLocale::setDefault(locale);
    m_locale = locale;

    // English has a catalogue too: it holds the plural forms of "%n incident(s)".
    if (m_app.load(locale, QStringLiteral("warroom"), QStringLiteral("_"), directory)) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
        m_translated = m_appInstalled && locale.language() != QLocale::English;
    } else {
        qCDebug(lcUi) << "no Warroom catalogue for" << locale.name() << "in" << directory;
    }
    if (locale.language() != QLocale::English && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    return locale;
}

void AppTranslations::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = m_translated = false;
}

QString AppTranslations::languageArgument(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString prefix = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(prefix))
            return argument.mid(prefix.size());
        if ((argument == option || argument == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace warroom
