#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "alertintakesettingspage.h"
#include "settingspages.h"

#include <QPushButton>
#include <QSettings>

namespace warroom {

SettingsDialog::SettingsDialog(const Identity& identity, const SeverityScale& scale, const QSettings& settings,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    m_identityPage = new IdentitySettingsPage(identity);
    m_severityPage = new SeveritySettingsPage(scale);
    addPage(m_identityPage, settings);
    addPage(m_severityPage, settings);
    addPage(new DatabaseSettingsPage, settings);
    addPage(new AppearanceSettingsPage, settings);
    addPage(new NotificationSettingsPage, settings);
    // Pages of other components: one addPage() line each, here.
    addPage(new AlertIntakeSettingsPage, settings);

    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        if (auto* page = qobject_cast<SettingsPage*>(m_ui->pageStack->currentWidget()))
            page->restoreDefaults();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->pageList->setCurrentRow(0);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage* page, const QSettings& settings)
{
    m_ui->pageStack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_ui->pageList);
    item->setData(Qt::UserRole, page->objectName());
    m_pages.append(page);
    page->load(settings);
    connect(page, &SettingsPage::validityChanged, this, &SettingsDialog::validate);
}

bool SettingsDialog::showPage(const QString& objectName)
{
    for (int i = 0; i < int(m_pages.size()); ++i) {
        if (m_pages.at(i)->objectName() == objectName) {
            m_ui->pageList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Identity SettingsDialog::identity() const
{
    return m_identityPage->identity();
}

SeverityScale SettingsDialog::severityScale() const
{
    return m_severityPage->severityScale();
}

void SettingsDialog::save(QSettings& settings) const
{
    for (const SettingsPage* page : m_pages)
        page->save(settings);
}

void SettingsDialog::validate()
{
    bool valid = true;
    for (int i = 0; i < int(m_pages.size()); ++i) {
        const bool pageValid = m_pages.at(i)->isValid();
        valid = valid && pageValid;
        if (QListWidgetItem* item = m_ui->pageList->item(i))
            item->setForeground(pageValid ? QBrush() : QBrush(QColor(0xC6, 0x28, 0x28)));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace warroom
