// The Settings dialog's pages over a QSettings INI file in a temp dir: page list, severity
// names and cadences, the start-up database and recent connections, the theme (the dark
// palette applied to the application), notifications, validation and Restore Defaults.
// With WARROOM_SCREENSHOT_DIR set, saves a picture of every page in the light and dark theme.
#include "ui/settingsdialog.h"
#include "ui/settingspage.h"
#include "ui/theme.h"

#include "models/cadencesettings.h"
#include "models/identitysettings.h"
#include "models/preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace warroom;

namespace {

/// The PNG at `path` is a real picture of `widget`: its size, and more than a blank fill.
bool rendered(const QString& path, const QWidget* widget)
{
    const QImage image(path);
    if (image.isNull() || image.size() != widget->size() * widget->devicePixelRatio())
        return false;
    QSet<QRgb> colors;
    for (int y = 0; y < image.height() && colors.size() <= 16; y += 7)
        for (int x = 0; x < image.width() && colors.size() <= 16; x += 5)
            colors.insert(image.pixel(x, y));
    return colors.size() > 16;
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* object = parent->findChild<T*>(name);
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return object;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesInOrder();
    void severityNamesAndCadences();
    void databaseDefaultAndRecent();
    void darkThemeAppliesDarkPalette();
    void notifications();
    void invalidHandleDisablesOk();
    void screenshots();

private:
    std::unique_ptr<SettingsDialog> openDialog();
    void saveAndClose(SettingsDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("warroom.conf")), QSettings::IniFormat);
    saveIdentity(*m_settings, Identity{QStringLiteral("Ida Commander"), QStringLiteral("ida.ic")});
    rememberDatabase(*m_settings, QStringLiteral("sqlite:/tmp/older.db"));
    rememberDatabase(*m_settings, QStringLiteral("postgresql://ida@db.example.com:5432/warroom"));
}

void TestSettingsDialog::cleanup()
{
    applyTheme(Theme::System);
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::openDialog()
{
    auto dialog =
        std::make_unique<SettingsDialog>(loadIdentity(*m_settings), loadSeverityScale(*m_settings), *m_settings);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was not exposed");
    return dialog;
}

void TestSettingsDialog::saveAndClose(SettingsDialog* dialog)
{
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    dialog->save(*m_settings);
    m_settings->sync();
}

void TestSettingsDialog::pagesInOrder()
{
    auto dialog = openDialog();
    auto* list = child<QListWidget>(dialog.get(), QStringLiteral("pageList"));
    auto* stack = child<QStackedWidget>(dialog.get(), QStringLiteral("pageStack"));
    QVERIFY(list && stack);
    QStringList names;
    for (const SettingsPage* page : dialog->pages())
        names << page->objectName();
    QCOMPARE(names.mid(0, 5), (QStringList{QStringLiteral("identityPage"), QStringLiteral("severitiesPage"),
                                           QStringLiteral("databasePage"), QStringLiteral("appearancePage"),
                                           QStringLiteral("notificationsPage")}));
    QCOMPARE(list->count(), int(dialog->pages().size()));
    QCOMPARE(list->item(3)->text(), QStringLiteral("Appearance"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("identityPage"));
    list->setCurrentRow(2);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("databasePage"));
    QVERIFY(dialog->showPage(QStringLiteral("notificationsPage")));
    QCOMPARE(list->currentRow(), 4);
    QVERIFY(!dialog->showPage(QStringLiteral("noSuchPage")));
}

void TestSettingsDialog::severityNamesAndCadences()
{
    auto dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("severitiesPage")));
    auto* name1 = child<QLineEdit>(dialog.get(), QStringLiteral("severityNameEdit1"));
    auto* name3 = child<QLineEdit>(dialog.get(), QStringLiteral("severityNameEdit3"));
    auto* cadence1 = child<QSpinBox>(dialog.get(), QStringLiteral("cadenceSpin1"));
    QVERIFY(name1 && name3 && cadence1);
    QCOMPARE(name1->text(), QStringLiteral("Critical"));
    QCOMPARE(cadence1->value(), 30);
    retype(name1, QStringLiteral("Outage"));
    retype(name3, QStringLiteral("Degraded"));
    cadence1->selectAll();
    QTest::keyClicks(cadence1, QStringLiteral("10"));
    QCOMPARE(dialog->severityScale().label(1), QStringLiteral("SEV1 Outage"));
    saveAndClose(dialog.get());

    const SeverityScale stored = loadSeverityScale(*m_settings);
    QCOMPARE(stored.name(1), QStringLiteral("Outage"));
    QCOMPARE(stored.name(2), QStringLiteral("Major"));
    QCOMPARE(stored.name(3), QStringLiteral("Degraded"));
    QCOMPARE(stored.updateCadenceSeconds(1), 10 * 60);

    // Restore Defaults on the page shown resets the names and cadences.
    dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("severitiesPage")));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("severityNameEdit1"))->text(), QStringLiteral("Outage"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("severityNameEdit1"))->text(), QStringLiteral("Critical"));
    QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("cadenceSpin1"))->value(), 30);
    saveAndClose(dialog.get());
    QVERIFY(!m_settings->contains(severityNameSettingsKey(1)));
    QCOMPARE(loadSeverityScale(*m_settings).name(3), QStringLiteral("Minor"));
}

void TestSettingsDialog::databaseDefaultAndRecent()
{
    auto dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("databasePage")));
    auto* edit = child<QLineEdit>(dialog.get(), QStringLiteral("defaultDatabaseEdit"));
    auto* recent = child<QListWidget>(dialog.get(), QStringLiteral("recentDatabaseList"));
    auto* use = child<QPushButton>(dialog.get(), QStringLiteral("useOnNextStartButton"));
    auto* forget = child<QPushButton>(dialog.get(), QStringLiteral("forgetDatabaseButton"));
    QVERIFY(edit && recent && use && forget);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("postgresql://ida@db.example.com:5432/warroom"));
    QVERIFY(!use->isEnabled());

    recent->setCurrentRow(0);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("postgresql://ida@db.example.com:5432/warroom"));
    recent->setCurrentRow(1);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(recent->count(), 1);
    saveAndClose(dialog.get());

    QCOMPARE(startupDatabaseUrl(*m_settings), QStringLiteral("postgresql://ida@db.example.com:5432/warroom"));
    QCOMPARE(recentDatabases(*m_settings), QStringList{QStringLiteral("postgresql://ida@db.example.com:5432/warroom")});

    // Cancel stores nothing.
    dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("databasePage")));
    child<QLineEdit>(dialog.get(), QStringLiteral("defaultDatabaseEdit"))->clear();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(startupDatabaseUrl(*m_settings), QStringLiteral("postgresql://ida@db.example.com:5432/warroom"));
}

void TestSettingsDialog::darkThemeAppliesDarkPalette()
{
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY2(lightWindow.lightness() > 150, qPrintable(lightWindow.name()));

    auto dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("appearancePage")));
    auto* combo = child<QComboBox>(dialog.get(), QStringLiteral("themeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
    saveAndClose(dialog.get());
    QCOMPARE(loadTheme(*m_settings), Theme::Dark);

    applyTheme(loadTheme(*m_settings));
    const QPalette dark = QApplication::palette();
    QVERIFY2(dark.color(QPalette::Window).lightness() < 80, qPrintable(dark.color(QPalette::Window).name()));
    QVERIFY2(dark.color(QPalette::Base).lightness() < 80, qPrintable(dark.color(QPalette::Base).name()));
    QVERIFY2(dark.color(QPalette::WindowText).lightness() > 180, qPrintable(dark.color(QPalette::WindowText).name()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Widgets made now get the dark palette too.
    dialog = openDialog();
    QCOMPARE(dialog->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("themeCombo"))->currentData().toString(),
             QStringLiteral("dark"));
    dialog.reset();

    applyTheme(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    applyTheme(Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);
}

void TestSettingsDialog::notifications()
{
    auto dialog = openDialog();
    QVERIFY(dialog->showPage(QStringLiteral("notificationsPage")));
    auto* due = child<QCheckBox>(dialog.get(), QStringLiteral("notifyUpdateDueCheck"));
    auto* paged = child<QCheckBox>(dialog.get(), QStringLiteral("notifyPagedCheck"));
    auto* sound = child<QCheckBox>(dialog.get(), QStringLiteral("notifySoundCheck"));
    QVERIFY(due && paged && sound);
    QVERIFY(due->isChecked() && paged->isChecked() && !sound->isChecked());
    due->click();
    sound->click();
    saveAndClose(dialog.get());
    QCOMPARE(loadNotificationSettings(*m_settings), (NotificationSettings{false, true, true}));
}

void TestSettingsDialog::invalidHandleDisablesOk()
{
    auto dialog = openDialog();
    auto* handle = child<QLineEdit>(dialog.get(), QStringLiteral("handleEdit"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    retype(handle, QStringLiteral("not a handle"));
    QVERIFY(!ok->isEnabled());
    retype(handle, QStringLiteral("@ida.new"));
    QVERIFY(ok->isEnabled());
    saveAndClose(dialog.get());
    QCOMPARE(loadIdentity(*m_settings).handle, QStringLiteral("ida.new"));
}

void TestSettingsDialog::screenshots()
{
    // Rendered and checked always; kept for people to look at when WARROOM_SCREENSHOT_DIR is set.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("WARROOM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        auto dialog = openDialog();
        dialog->resize(760, 500);
        for (const SettingsPage* page : dialog->pages()) {
            QVERIFY(dialog->showPage(page->objectName()));
            const QString file = QStringLiteral("%1/settings-%2-%3.png").arg(dir, themeKey(theme), page->objectName());
            QVERIFY2(dialog->grab().save(file), qPrintable(file));
            QVERIFY(rendered(file, dialog.get()));
        }
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
