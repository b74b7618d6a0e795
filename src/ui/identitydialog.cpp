#include "identitydialog.h"
#include "ui_identitydialog.h"

#include <QPushButton>

namespace warroom {

namespace {

QString handleText(const QLineEdit* edit)
{
    QString h = edit->text().trimmed();
    if (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

} // namespace

bool validateHandleField(QLineEdit* handleEdit, QLabel* hint)
{
    const QString handle = handleText(handleEdit);
    const bool valid = isValidHandle(handle);
    QPalette palette = hint->palette();
    if (valid) {
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        hint->setText(IdentityDialog::tr("You will appear as @%1 on timelines and role boards.").arg(handle));
    } else {
        palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
        hint->setText(handle.isEmpty() ? IdentityDialog::tr("A handle is required.")
                                       : IdentityDialog::tr("A handle is 1–64 letters, digits, '.', '_' or '-'."));
    }
    hint->setPalette(palette);
    return valid;
}

IdentityDialog::IdentityDialog(const Identity& suggestion, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::IdentityDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("identityDialog"));
    m_ui->nameEdit->setText(suggestion.name);
    m_ui->handleEdit->setText(suggestion.handle);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    auto validate = [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(validateHandleField(m_ui->handleEdit, m_ui->handleHint));
    };
    connect(m_ui->handleEdit, &QLineEdit::textChanged, this, validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_ui->nameEdit->setFocus();
}

IdentityDialog::~IdentityDialog() = default;

Identity IdentityDialog::identity() const
{
    return Identity{m_ui->nameEdit->text().simplified(), handleText(m_ui->handleEdit)};
}

} // namespace warroom
