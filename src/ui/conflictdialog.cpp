#include "conflictdialog.h"
#include "ui_conflictdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace warroom {

namespace {

/// Background for a value that differs on the two sides: amber, readable on light and dark.
QColor highlightColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x5c, 0x45, 0x10) : QColor(0xff, 0xf0, 0xc2);
}

QString whenText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

ConflictDialog::ConflictDialog(const Conflict& conflict, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ConflictDialog>())
    , m_conflict(conflict)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictDialog"));

    const QString who =
        conflict.theirAuthor.isEmpty() ? tr("Someone else") : QStringLiteral("@") + conflict.theirAuthor;
    const QString when = whenText(conflict.theirTime);
    m_ui->headlineLabel->setText(
        (when.isEmpty() ? tr("%1 saved %2 while you were editing it.").arg(who, conflict.subject)
                        : tr("%1 saved %2 at %3 while you were editing it.").arg(who, conflict.subject, when)) +
        QLatin1Char(' ') + tr("Your change was not saved yet. Compare both versions and choose what to keep."));
    m_ui->hintLabel->setText(tr("Keep Mine saves your changes over theirs; Take Theirs drops yours; Merge saves "
                                "what the Merged column holds (edit it to combine both)."));

    QFont bold = font();
    bold.setBold(true);
    const QStringList headers{QString(), tr("Yours"),
                              when.isEmpty() ? tr("Theirs (by %1)").arg(who)
                                             : tr("Theirs (by %1, at %2)").arg(who, when),
                              tr("Merged (editable)")};
    for (int c = 0; c < int(headers.size()); ++c) {
        auto* header = new QLabel(headers[c], m_ui->fieldsWidget);
        header->setFont(bold);
        header->setObjectName(QStringLiteral("header%1").arg(c));
        m_ui->fieldsGrid->addWidget(header, 0, c);
    }
    int row = 1;
    for (const ConflictField& f : conflict.fields) {
        auto* label = new QLabel(f.label, m_ui->fieldsWidget);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        if (f.differs()) {
            label->setFont(bold);
            label->setToolTip(tr("The two versions differ"));
        }
        m_ui->fieldsGrid->addWidget(label, row, 0);
        addValue(QStringLiteral("mine_") + f.key, f.display(f.mine), f.multiLine, true, f.differs(), row, 1);
        addValue(QStringLiteral("theirs_") + f.key, f.display(f.theirs), f.multiLine, true, f.differs(), row, 2);
        // A choice (state, priority, date) is not merged: the Merged column shows what Merge keeps.
        m_merged.insert(f.key, addValue(QStringLiteral("merged_") + f.key, f.display(f.mergeProposal()), f.multiLine,
                                        !f.isFreeText(), false, row, 3));
        ++row;
    }
    m_ui->fieldsGrid->setRowStretch(row, 1);
    for (int c = 1; c <= 3; ++c)
        m_ui->fieldsGrid->setColumnStretch(c, 1);

    auto addButton = [this](const QString& text, const QString& name, const QString& tip, ConflictChoice choice) {
        QPushButton* b = m_ui->buttonBox->addButton(text, QDialogButtonBox::AcceptRole);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        return b;
    };
    addButton(tr("Keep &Mine"), QStringLiteral("keepMineButton"), tr("Save your version on top of theirs"),
              ConflictChoice::KeepMine);
    addButton(tr("Take &Theirs"), QStringLiteral("takeTheirsButton"), tr("Keep what is stored; drop your change"),
              ConflictChoice::TakeTheirs);
    QPushButton* merge = addButton(tr("Mer&ge"), QStringLiteral("mergeButton"), tr("Save what the Merged column holds"),
                                   ConflictChoice::Merge);
    merge->setDefault(true);

    // One-line fields only: no room for text areas needed.
    if (std::none_of(conflict.fields.cbegin(), conflict.fields.cend(),
                     [](const ConflictField& f) { return f.multiLine; }))
        resize(width(), sizeHint().height());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this,
            [this] { choose(ConflictChoice::Cancel); });
}

ConflictDialog::~ConflictDialog() = default;

QWidget* ConflictDialog::addValue(const QString& name, const QString& value, bool multiLine, bool readOnly,
                                  bool highlighted, int row, int column)
{
    QWidget* w = nullptr;
    if (multiLine) {
        auto* edit = new QPlainTextEdit(value, m_ui->fieldsWidget);
        edit->setReadOnly(readOnly);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
        w = edit;
    } else {
        auto* edit = new QLineEdit(value, m_ui->fieldsWidget);
        edit->setReadOnly(readOnly);
        edit->setCursorPosition(0);
        w = edit;
    }
    w->setObjectName(name);
    if (highlighted) {
        QPalette p = w->palette();
        p.setColor(QPalette::Base, highlightColor(p));
        w->setPalette(p);
        w->setAutoFillBackground(true);
    }
    m_ui->fieldsGrid->addWidget(w, row, column, multiLine ? Qt::Alignment() : Qt::AlignTop);
    return w;
}

QString ConflictDialog::mergedValue(const QString& key) const
{
    QWidget* w = m_merged.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        return text->toPlainText();
    return {};
}

void ConflictDialog::setMergedValue(const QString& key, const QString& value)
{
    QWidget* w = m_merged.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        line->setText(value);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        text->setPlainText(value);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_resolution.choice = choice;
    m_resolution.values.clear();
    if (choice == ConflictChoice::Merge) {
        for (const ConflictField& f : std::as_const(m_conflict.fields))
            m_resolution.values.insert(f.key, f.isFreeText() ? mergedValue(f.key) : f.mergeProposal());
    } else {
        m_resolution.values = m_conflict.resolvedValues(choice);
    }
    if (choice == ConflictChoice::Cancel)
        reject();
    else
        accept();
}

} // namespace warroom
