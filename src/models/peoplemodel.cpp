#include "peoplemodel.h"

#include "logging.h"

#include "storage/incidentservice.h"

#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

namespace warroom {

namespace {

QString withoutAt(const QString& handle)
{
    const QString h = handle.trimmed();
    return h.startsWith(QLatin1Char('@')) ? h.mid(1) : h;
}

QString searchText(const Person& p)
{
    return QStringList{p.handle, p.name, p.team, p.contact}.join(QLatin1Char(' ')).toCaseFolded();
}

} // namespace

PeopleModel::PeopleModel(IncidentService& service, QObject* parent) : QAbstractTableModel(parent), m_service(service)
{
}

QString PeopleModel::personMimeType()
{
    return QStringLiteral("application/x-warroom-person");
}

QStringList PeopleModel::handlesFromMime(const QMimeData* data)
{
    if (!data || !data->hasFormat(personMimeType()))
        return {};
    QStringList handles;
    const QStringList lines = QString::fromUtf8(data->data(personMimeType())).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString h = withoutAt(line);
        if (!h.isEmpty())
            handles << h;
    }
    return handles;
}

Result<void> PeopleModel::reload()
{
    auto people = m_service.people();
    if (!people) {
        qCWarning(lcModels) << "cannot read the people directory:" << people.error().message;
        return people.error();
    }
    beginResetModel();
    m_people = std::move(people.value());
    endResetModel();
    return {};
}

int PeopleModel::rowForHandle(const QString& handle) const
{
    const QString h = withoutAt(handle);
    for (int row = 0; row < int(m_people.size()); ++row) {
        if (m_people[row].handle == h)
            return row;
    }
    return -1;
}

std::optional<Person> PeopleModel::person(const QString& handle) const
{
    const int row = rowForHandle(handle);
    if (row < 0)
        return std::nullopt;
    return m_people[row];
}

QString PeopleModel::resolveHandle(const QString& text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (const int row = rowForHandle(t); row >= 0)
        return m_people[row].handle;
    // A label: "Alice Example (@alice)".
    static const QRegularExpression labelHandle(QStringLiteral("\\(@([A-Za-z0-9._-]+)\\)\\s*$"));
    if (const auto m = labelHandle.match(t); m.hasMatch()) {
        if (const int row = rowForHandle(m.captured(1)); row >= 0)
            return m_people[row].handle;
    }
    QString found;
    const QString needle = withoutAt(t).toCaseFolded();
    for (const Person& p : m_people) {
        if (p.handle.toCaseFolded() == needle || p.name.trimmed().toCaseFolded() == needle)
            return p.handle;
    }
    for (const Person& p : m_people) {
        if (p.handle.toCaseFolded().contains(needle) || p.name.toCaseFolded().contains(needle)) {
            if (!found.isEmpty())
                return {};   // ambiguous
            found = p.handle;
        }
    }
    return found;
}

Result<Person> PeopleModel::addPerson(const Person& person)
{
    Person p = person;
    p.handle = withoutAt(p.handle);
    if (!isValidHandle(p.handle)) {
        return Result<Person>::failure(
            QStringLiteral("invalid"),
            tr("\"%1\" is not a handle: use 1–64 letters, digits, '.', '_' or '-'.").arg(p.handle));
    }
    if (auto existing = m_service.findPerson(p.handle); existing) {
        return Result<Person>::failure(QStringLiteral("exists"),
                                       tr("%1 is already in the directory.").arg(existing->label()));
    } else if (existing.error().code != QLatin1String("unknown-person")) {
        return existing.error();
    }
    auto saved = m_service.savePerson(p);
    if (!saved)
        return saved;
    const auto at = std::lower_bound(m_people.cbegin(), m_people.cend(), saved->handle,
                                     [](const Person& a, const QString& h) { return a.handle < h; });
    const int row = int(at - m_people.cbegin());
    beginInsertRows({}, row, row);
    m_people.insert(row, saved.value());
    endInsertRows();
    emit peopleChanged();
    return saved;
}

Result<void> PeopleModel::removePerson(int row)
{
    if (row < 0 || row >= int(m_people.size()))
        return Result<void>::failure(QStringLiteral("not-found"), tr("Nobody is selected."));
    if (auto removed = m_service.removePerson(m_people[row].handle); !removed)
        return removed;
    beginRemoveRows({}, row, row);
    m_people.removeAt(row);
    endRemoveRows();
    emit peopleChanged();
    return {};
}

Result<int> PeopleModel::importCsv(const QByteArray& csv)
{
    auto count = m_service.importPeopleCsv(csv);
    if (!count)
        return count;
    if (auto loaded = reload(); !loaded)
        return loaded.error();
    emit peopleChanged();
    return count;
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& p = m_people[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case HandleColumn: return role == Qt::DisplayRole ? QStringLiteral("@") + p.handle : p.handle;
        case NameColumn: return p.name;
        case TeamColumn: return p.team;
        case ContactColumn: return p.contact;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{p.label()};
        if (!p.team.isEmpty())
            lines << tr("Team: %1").arg(p.team);
        if (!p.contact.isEmpty())
            lines << tr("Contact: %1").arg(p.contact);
        return lines.join(QLatin1Char('\n'));
    }
    case HandleRole: return p.handle;
    case LabelRole: return p.label();
    case SearchTextRole: return searchText(p);
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Name");
    case TeamColumn: return tr("Team");
    case ContactColumn: return tr("Contact");
    }
    return {};
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != HandleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PeopleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || index.column() == HandleColumn)
        return false;
    Person p = m_people[index.row()];
    const QString text = value.toString().trimmed();
    QString* field = index.column() == NameColumn ? &p.name : index.column() == TeamColumn ? &p.team : &p.contact;
    if (*field == text)
        return true;
    *field = text;
    auto saved = m_service.savePerson(p);
    if (!saved) {
        qCWarning(lcModels) << "cannot save" << p.handle << ":" << saved.error().message;
        emit editFailed(saved.error().message);
        return false;
    }
    m_people[index.row()] = saved.value();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit peopleChanged();
    return true;
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HandleRole, "handle");
    names.insert(LabelRole, "label");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QStringList PeopleModel::mimeTypes() const
{
    return {personMimeType()};
}

QMimeData* PeopleModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList handles;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
            continue;
        const QString& h = m_people[index.row()].handle;
        if (!handles.contains(h))
            handles << h;
    }
    if (handles.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(personMimeType(), handles.join(QLatin1Char('\n')).toUtf8());
    QStringList at;
    for (const QString& h : handles)
        at << QLatin1Char('@') + h;
    data->setText(at.join(QLatin1Char(' ')));
    return data;
}

Qt::DropActions PeopleModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace warroom
