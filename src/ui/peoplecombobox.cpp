#include "peoplecombobox.h"

#include "models/peoplemodel.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace warroom {

PeopleComboBox::PeopleComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    lineEdit()->setPlaceholderText(tr("Name or @handle…"));
    lineEdit()->setClearButtonEnabled(true);
    QCompleter* c = completer();
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    c->setCompletionMode(QCompleter::PopupCompletion);
}

void PeopleComboBox::setPeopleModel(PeopleModel* model)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (m_model) {
        m_connections << connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleComboBox::refill)
                      << connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeopleComboBox::refill)
                      << connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PeopleComboBox::refill)
                      << connect(m_model, &QAbstractItemModel::dataChanged, this, &PeopleComboBox::refill)
                      << connect(m_model, &QObject::destroyed, this, [this] {
                             m_model = nullptr;
                             refill();
                         });
    }
    refill();
}

void PeopleComboBox::setExcludedHandles(const QStringList& handles)
{
    m_excluded = handles;
    refill();
}

void PeopleComboBox::refill()
{
    const QString typed = currentText();
    QList<Person> people = m_model ? m_model->people() : QList<Person>();
    people.erase(std::remove_if(people.begin(), people.end(),
                                [this](const Person& p) { return m_excluded.contains(p.handle); }),
                 people.end());
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {
        return QString::compare(a.label(), b.label(), Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(this);
    clear();
    for (const Person& p : std::as_const(people))
        addItem(p.label(), p.handle);
    setCurrentIndex(findText(typed, Qt::MatchFixedString));
    setEditText(typed);
}

QString PeopleComboBox::currentHandle() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (const int i = findText(text, Qt::MatchFixedString); i >= 0)
        return itemData(i).toString();
    return m_model ? m_model->resolveHandle(text) : QString();
}

void PeopleComboBox::setCurrentHandle(const QString& handle)
{
    const int i = handle.isEmpty() ? -1 : findData(handle);
    setCurrentIndex(i);
    if (i < 0)
        setEditText(QString());
}

} // namespace warroom
