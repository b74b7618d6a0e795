#include "settingspages.h"

#include "identitydialog.h"

#include "models/cadencesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace warroom {

namespace {

constexpr int kMaxCadenceMinutes = 24 * 60;

/// A grey explanatory paragraph at the top of a page.
QLabel* introLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// The page's layout: a bold heading, then the content, then stretch.
QVBoxLayout* pageLayout(SettingsPage* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* heading = new QLabel(page);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    layout->addWidget(heading);
    return layout;
}

void setHeading(SettingsPage* page)
{
    if (auto* heading = page->findChild<QLabel*>(QStringLiteral("pageHeading")))
        heading->setText(page->title());
}

} // namespace

// ---- Identity -------------------------------------------------------------------------

IdentitySettingsPage::IdentitySettingsPage(const Identity& identity, QWidget* parent)
    : SettingsPage(parent)
    , m_name(new QLineEdit(this))
    , m_handle(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("identityPage"));
    QVBoxLayout* layout = pageLayout(this);
    layout->addWidget(introLabel(tr("Everything you write in an incident carries your handle. Your name is "
                                    "shown next to it in the people directory."),
                                 this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_handle->setObjectName(QStringLiteral("handleEdit"));
    m_handle->setMaxLength(65);
    m_hint->setObjectName(QStringLiteral("handleHint"));
    m_hint->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Handle:"), m_handle);
    form->addRow(QString(), m_hint);
    layout->addLayout(form);
    layout->addStretch();
    setHeading(this);

    m_name->setText(identity.name);
    m_handle->setText(identity.handle);
    connect(m_handle, &QLineEdit::textChanged, this, [this] {
        validateHandleField(m_handle, m_hint);
        emit validityChanged();
    });
    validateHandleField(m_handle, m_hint);
}

QString IdentitySettingsPage::title() const
{
    return tr("Identity");
}

void IdentitySettingsPage::load(const QSettings&)
{
    // Shows the identity given to the constructor (the stored one, or a suggestion).
}

void IdentitySettingsPage::save(QSettings& settings) const
{
    saveIdentity(settings, identity());
}

bool IdentitySettingsPage::isValid() const
{
    return identity().isComplete();
}

Identity IdentitySettingsPage::identity() const
{
    QString handle = m_handle->text().trimmed();
    if (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    return Identity{m_name->text().simplified(), handle};
}

// ---- Severities -----------------------------------------------------------------------

SeveritySettingsPage::SeveritySettingsPage(const SeverityScale& scale, QWidget* parent)
    : SettingsPage(parent)
    , m_scale(scale)
{
    setObjectName(QStringLiteral("severitiesPage"));
    QVBoxLayout* layout = pageLayout(this);
    layout->addWidget(introLabel(tr("The name of each severity level, and how often stakeholders expect an "
                                    "update while an incident of that level is open. The dashboard counts "
                                    "down to the next update and warns when it is due."),
                                 this));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto* levelCaption = new QLabel(tr("Level"), this);
    auto* nameCaption = new QLabel(tr("Name"), this);
    auto* cadenceCaption = new QLabel(tr("Update every"), this);
    for (QLabel* caption : {levelCaption, nameCaption, cadenceCaption}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    grid->addWidget(levelCaption, 0, 0);
    grid->addWidget(nameCaption, 0, 1);
    grid->addWidget(cadenceCaption, 0, 2);
    int row = 1;
    for (const SeverityDefinition& d : scale.levels()) {
        auto* code = new QLabel(severityCode(d.level), this);
        auto* name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("severityNameEdit%1").arg(d.level));
        name->setPlaceholderText(SeverityScale::defaultScale().name(d.level));
        name->setMaxLength(40);
        code->setBuddy(name);
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("cadenceSpin%1").arg(d.level));
        spin->setRange(0, kMaxCadenceMinutes);
        spin->setSingleStep(5);
        spin->setSuffix(tr(" min"));
        spin->setSpecialValueText(tr("No cadence"));
        spin->setAccelerated(true);
        spin->setToolTip(tr("Minutes between stakeholder updates while a %1 incident is open; 0 for none")
                             .arg(severityCode(d.level)));
        grid->addWidget(code, row, 0);
        grid->addWidget(name, row, 1);
        grid->addWidget(spin, row, 2);
        m_names.append(name);
        m_cadences.append(spin);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch();
    setHeading(this);
    showScale(scale);
}

QString SeveritySettingsPage::title() const
{
    return tr("Severities");
}

void SeveritySettingsPage::load(const QSettings&)
{
    // Shows the scale given to the constructor (loadSeverityScale() of the same settings).
}

void SeveritySettingsPage::save(QSettings& settings) const
{
    saveSeverityScale(settings, severityScale());
}

void SeveritySettingsPage::restoreDefaults()
{
    showScale(SeverityScale::defaultScale());
}

SeverityScale SeveritySettingsPage::severityScale() const
{
    SeverityScale scale = m_scale;
    for (int i = 0; i < int(m_cadences.size()); ++i) {
        const SeverityLevel level = m_scale.levels().at(i).level;
        scale = withCadenceMinutes(scale, level, m_cadences[i]->value());
        scale = withSeverityName(scale, level, m_names[i]->text());
    }
    return scale;
}

void SeveritySettingsPage::showScale(const SeverityScale& scale)
{
    for (int i = 0; i < int(m_cadences.size()); ++i) {
        const SeverityLevel level = m_scale.levels().at(i).level;
        m_cadences[i]->setValue(int(scale.updateCadenceSeconds(level) / 60));
        m_names[i]->setText(scale.name(level));
    }
}

// ---- Database -------------------------------------------------------------------------

DatabaseSettingsPage::DatabaseSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_default(new QLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_use(new QPushButton(tr("&Use on Next Start"), this))
    , m_forget(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("databasePage"));
    QVBoxLayout* layout = pageLayout(this);
    layout->addWidget(introLabel(tr("The database Warroom opens when it starts. A shared PostgreSQL database "
                                    "lets a team work on the same incidents; a SQLite file is for one person. "
                                    "The --database option overrides this choice."),
                                 this));
    m_default->setObjectName(QStringLiteral("defaultDatabaseEdit"));
    m_default->setPlaceholderText(tr("The last database opened"));
    m_default->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Open on start:"), m_default);
    layout->addLayout(form);
    layout->addWidget(introLabel(tr("For example sqlite:/home/me/incidents.db or "
                                    "postgresql://me@db.example.com/warroom?sslmode=verify-full. Passwords are "
                                    "never stored here."),
                                 this));

    auto* recentCaption = new QLabel(tr("Recent &connections:"), this);
    recentCaption->setBuddy(m_recent);
    layout->addWidget(recentCaption);
    m_recent->setObjectName(QStringLiteral("recentDatabaseList"));
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_recent, 1);
    auto* buttons = new QHBoxLayout;
    m_use->setObjectName(QStringLiteral("useOnNextStartButton"));
    m_use->setToolTip(tr("Open the selected database when Warroom starts next time"));
    m_forget->setObjectName(QStringLiteral("forgetDatabaseButton"));
    buttons->addWidget(m_use);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    layout->addLayout(buttons);
    setHeading(this);

    connect(m_recent, &QListWidget::currentRowChanged, this, &DatabaseSettingsPage::updateButtons);
    connect(m_recent, &QListWidget::itemDoubleClicked, m_use, &QPushButton::click);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_recent->currentItem())
            m_default->setText(item->text());
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_recent->currentItem()) {
            m_forgotten.append(item->text());
            delete item;
        }
        updateButtons();
    });
    updateButtons();
}

QString DatabaseSettingsPage::title() const
{
    return tr("Database");
}

void DatabaseSettingsPage::load(const QSettings& settings)
{
    m_default->setText(defaultDatabaseSetting(settings));
    m_recent->clear();
    m_recent->addItems(recentDatabases(settings));
    m_forgotten.clear();
    updateButtons();
}

void DatabaseSettingsPage::save(QSettings& settings) const
{
    setDefaultDatabaseSetting(settings, m_default->text());
    for (const QString& url : m_forgotten)
        forgetDatabase(settings, url);
}

void DatabaseSettingsPage::restoreDefaults()
{
    m_default->clear();
}

void DatabaseSettingsPage::updateButtons()
{
    const bool selected = m_recent->currentItem() != nullptr;
    m_use->setEnabled(selected);
    m_forget->setEnabled(selected);
}

// ---- Appearance -----------------------------------------------------------------------

AppearanceSettingsPage::AppearanceSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("appearancePage"));
    QVBoxLayout* layout = pageLayout(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    layout->addLayout(form);
    layout->addWidget(introLabel(tr("System follows the colours of your desktop. Light and Dark use "
                                    "Warroom's own colours whatever the desktop does."),
                                 this));
    layout->addStretch();
    setHeading(this);
}

QString AppearanceSettingsPage::title() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::load(const QSettings& settings)
{
    setTheme(loadTheme(settings));
}

void AppearanceSettingsPage::save(QSettings& settings) const
{
    saveTheme(settings, theme());
}

void AppearanceSettingsPage::restoreDefaults()
{
    setTheme(Theme::System);
}

Theme AppearanceSettingsPage::theme() const
{
    return themeFromKey(m_theme->currentData().toString());
}

void AppearanceSettingsPage::setTheme(Theme theme)
{
    m_theme->setCurrentIndex(m_theme->findData(themeKey(theme)));
}

// ---- Notifications --------------------------------------------------------------------

NotificationSettingsPage::NotificationSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_updateDue(new QCheckBox(tr("A stakeholder &update is due"), this))
    , m_paged(new QCheckBox(tr("You are &paged for an incident"), this))
    , m_sound(new QCheckBox(tr("Play a &sound with each notification"), this))
{
    setObjectName(QStringLiteral("notificationsPage"));
    QVBoxLayout* layout = pageLayout(this);
    layout->addWidget(introLabel(tr("Warroom tells you in the system tray, where your desktop has one, and "
                                    "flashes its window."),
                                 this));
    auto* when = new QGroupBox(tr("Notify me when"), this);
    auto* whenLayout = new QVBoxLayout(when);
    m_updateDue->setObjectName(QStringLiteral("notifyUpdateDueCheck"));
    m_paged->setObjectName(QStringLiteral("notifyPagedCheck"));
    whenLayout->addWidget(m_updateDue);
    whenLayout->addWidget(m_paged);
    layout->addWidget(when);
    m_sound->setObjectName(QStringLiteral("notifySoundCheck"));
    layout->addWidget(m_sound);
    layout->addStretch();
    setHeading(this);
}

QString NotificationSettingsPage::title() const
{
    return tr("Notifications");
}

void NotificationSettingsPage::load(const QSettings& settings)
{
    showNotifications(loadNotificationSettings(settings));
}

void NotificationSettingsPage::save(QSettings& settings) const
{
    saveNotificationSettings(settings, notifications());
}

void NotificationSettingsPage::restoreDefaults()
{
    showNotifications(NotificationSettings{});
}

NotificationSettings NotificationSettingsPage::notifications() const
{
    return NotificationSettings{m_updateDue->isChecked(), m_paged->isChecked(), m_sound->isChecked()};
}

void NotificationSettingsPage::showNotifications(const NotificationSettings& notifications)
{
    m_updateDue->setChecked(notifications.stakeholderUpdateDue);
    m_paged->setChecked(notifications.paged);
    m_sound->setChecked(notifications.sound);
}

} // namespace warroom
