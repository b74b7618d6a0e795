// The app in German: AppTranslations (the loader main() uses) installs the compiled-in German
// catalogue and Qt's own, and the real MainWindow, its menus, tabs, docks, dashboard and
// dialogs speak German; "en" and "C" give English again. Offscreen, over a temp SQLite file.
#include "ui/apptranslations.h"
#include "ui/dashboardpanel.h"
#include "ui/incidentactions.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/userprompts.h"

#include "models/identitysettings.h"
#include "models/incidenttablemodel.h"
#include "models/workspace.h"

#include "core/clock.h"
#include "core/timeformat.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace warroom;

namespace {

const QString kMe = QStringLiteral("ida.ic");

class SilentPrompts final : public UserPrompts {
public:
    QString openFileName(QWidget*, const QString&, const QString&, FileMode) override { return {}; }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInfo(QWidget*, const QString&, const QString&) override {}
    void showAbout(QWidget*, const QString&, const QString&) override {}
    QStringList errors;
};

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* object = parent->findChild<T*>(name);
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return object;
}

/// The texts of the menu bar's menus, in order ("&File", "&Edit", ...).
QStringList menuTitles(QMainWindow* window)
{
    QStringList titles;
    for (const QAction* action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestGerman : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void mainWindowSpeaksGerman();
    void settingsDialogSpeaksGerman();
    void englishAgain_data();
    void englishAgain();
    void languageArgument_data();
    void languageArgument();

private:
    void openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SilentPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    AppTranslations m_translations;
};

void TestGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("WarroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_german"));
    QSettings settings;
    saveIdentity(settings, Identity{QStringLiteral("Ida Commander"), kMe});
    m_clock = std::make_unique<FixedClock>(parseIsoUtc(QStringLiteral("2024-03-05T10:00:00Z")));
    m_prompts = std::make_unique<SilentPrompts>();
}

void TestGerman::cleanup()
{
    m_window.reset();
    m_translations.remove();
    QLocale::setDefault(QLocale::c());
}

void TestGerman::openWindow()
{
    auto opened = Workspace::open(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("war.db"))), *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_window = std::make_unique<MainWindow>(*m_clock, *m_prompts);
    m_window->setWorkspace(std::move(opened).value());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->reload().ok());
}

void TestGerman::mainWindowSpeaksGerman()
{
    const QLocale locale = m_translations.install(QStringLiteral("de"));
    QCOMPARE(locale.language(), QLocale::German);
    QVERIFY(m_translations.isTranslated());
    QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow
    openWindow();

    QCOMPARE(menuTitles(m_window.get()),
             (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                          QStringLiteral("&Incident"), QStringLiteral("&Hilfe")}));
    QCOMPARE(child<QMenu>(m_window.get(), QStringLiteral("menuEdit"))->title(), QStringLiteral("&Bearbeiten"));
    QCOMPARE(child<QAction>(m_window.get(), QStringLiteral("actionOpenDatabase"))->text(),
             QStringLiteral("Datenbank ö&ffnen …"));
    QCOMPARE(m_window->incidentActions()->settingsAction()->text(), QStringLiteral("&Einstellungen …"));
    QCOMPARE(m_window->incidentActions()->declareAction()->text(), QStringLiteral("Incident &ausrufen …"));

    auto* tabs = child<QTabWidget>(m_window.get(), QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Incidents"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Kennzahlen"));
    QCOMPARE(child<QDockWidget>(m_window.get(), QStringLiteral("rolesDock"))->windowTitle(), QStringLiteral("Rollen"));
    QCOMPARE(child<QDockWidget>(m_window.get(), QStringLiteral("myActionsDock"))->windowTitle(),
             QStringLiteral("Meine Maßnahmen"));
    QCOMPARE(child<QPushButton>(m_window.get(), QStringLiteral("importButton"))->text(),
             QStringLiteral("Statusverlauf importieren …"));

    // Strings made in the models: column headers, status and severity names.
    DeclareRequest request;
    request.title = QStringLiteral("Checkout schlägt fehl");
    request.severity = 1;
    request.startedAt = m_clock->nowUtc().addSecs(-600);
    auto declared = m_window->workspace()->service().declare(request, kMe);
    QVERIFY2(declared.ok(), qPrintable(declared.errorText()));
    QVERIFY(m_window->reload().ok());
    const IncidentTableModel* model = m_window->dashboard()->incidentModel();
    QCOMPARE(model->headerData(IncidentTableModel::SeverityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Schweregrad"));
    const int row = model->rowForId(declared->id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, IncidentTableModel::StatusColumn).data().toString(), QStringLiteral("In Untersuchung"));
    QVERIFY2(model->severityScale().label(1) == QStringLiteral("SEV1 Kritisch"),
             qPrintable(model->severityScale().label(1)));
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestGerman::settingsDialogSpeaksGerman()
{
    m_translations.install(QStringLiteral("de_DE"));
    const QSettings settings;
    SettingsDialog dialog(loadIdentity(settings), SeverityScale::defaultScale(), settings);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    auto* pages = child<QListWidget>(&dialog, QStringLiteral("pageList"));
    QVERIFY(pages);
    QStringList titles;
    for (int i = 0; i < pages->count(); ++i)
        titles << pages->item(i)->text();
    QCOMPARE(titles.mid(0, 5),
             (QStringList{QStringLiteral("Identität"), QStringLiteral("Schweregrade"), QStringLiteral("Datenbank"),
                          QStringLiteral("Darstellung"), QStringLiteral("Benachrichtigungen")}));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    // Qt's own catalogue (qtbase_de.qm) translates the standard buttons.
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(child<QPushButton>(&dialog, QStringLiteral("useOnNextStartButton"))->text(),
             QStringLiteral("Beim nächsten &Start verwenden"));

    // With WARROOM_SCREENSHOT_DIR set, a picture of every page in German.
    if (const QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(760, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentRow(i);
            const QString file = QStringLiteral("%1/settings-de-%2.png").arg(dir).arg(i);
            QVERIFY2(dialog.grab().save(file), qPrintable(file));
        }
    }
}

void TestGerman::englishAgain_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("no catalogue") << QStringLiteral("tlh");
}

void TestGerman::englishAgain()
{
    QFETCH(QString, language);
    m_translations.install(QStringLiteral("de"));
    m_translations.install(language); // replaces German
    QVERIFY(!m_translations.isTranslated());
    QCOMPARE(m_translations.locale().language(), QLocale::English);
    openWindow();
    QCOMPARE(menuTitles(m_window.get()),
             (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&Incident"), QStringLiteral("&Help")}));
    QCOMPARE(child<QTabWidget>(m_window.get(), QStringLiteral("mainTabs"))->tabText(1), QStringLiteral("Metrics"));
    QCOMPARE(SeverityScale::defaultScale().label(1), QStringLiteral("SEV1 Critical"));
    // The English catalogue carries the plural forms.
    QCOMPARE(QCoreApplication::translate("warroomctl", "%n incident(s)", nullptr, 1), QStringLiteral("1 incident"));
    QCOMPARE(QCoreApplication::translate("warroomctl", "%n incident(s)", nullptr, 3), QStringLiteral("3 incidents"));
}

void TestGerman::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QStringList{QStringLiteral("warroom")} << QString();
    QTest::newRow("separate") << QStringList{QStringLiteral("warroom"), QStringLiteral("--lang"), QStringLiteral("de")}
                              << QStringLiteral("de");
    QTest::newRow("equals") << QStringList{QStringLiteral("warroom"), QStringLiteral("--size"),
                                           QStringLiteral("800x600"), QStringLiteral("--lang=C")}
                            << QStringLiteral("C");
    QTest::newRow("after --") << QStringList{QStringLiteral("warroom"), QStringLiteral("--"),
                                             QStringLiteral("--lang=de")}
                              << QString();
}

void TestGerman::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(AppTranslations::languageArgument(arguments), language);
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
