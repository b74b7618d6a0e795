#pragma once
// The people directory as a table: who can hold a role, editable and importable from CSV.

#include "core/result.h"
#include "core/roles.h"

#include <QAbstractTableModel>
#include <QList>

class QMimeData;

#include <optional>

namespace warroom {

class IncidentService;

/// Every person of IncidentService::people(), ordered by handle. Name, team and contact
/// are editable in place (each edit is one IncidentService::savePerson); the handle is the
/// key and is not. Rows drag as personMimeType() carrying the handles (UTF-8, one a line).
/// Writes emit peopleChanged() so the owner can notify the Workspace.
class PeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HandleColumn, NameColumn, TeamColumn, ContactColumn, ColumnCount };
    Q_ENUM(Column)

    /// Roles answered for every column.
    enum Role {
        HandleRole = Qt::UserRole + 1, ///< QString "alice" (no '@')
        LabelRole,                     ///< QString "Alice Example (@alice)" (Person::label)
        SearchTextRole,                ///< QString: handle, name, team, contact, case-folded
    };
    Q_ENUM(Role)

    /// `service` must outlive the model. The model is empty until reload().
    explicit PeopleModel(IncidentService& service, QObject* parent = nullptr);

    /// Mime type of dragged people: "application/x-warroom-person".
    static QString personMimeType();
    /// The handles carried by `data` (personMimeType()), in order; empty when none.
    static QStringList handlesFromMime(const QMimeData* data);

    /// Reads the directory again (one model reset). On error the rows are kept and the
    /// service's Error ("sql") is returned.
    Result<void> reload();

    /// The person in `row` (0 <= row < rowCount()).
    const Person& personAt(int row) const { return m_people.at(row); }
    const QList<Person>& people() const { return m_people; }
    /// Row of `handle` ("alice" or "@alice"), or -1.
    int rowForHandle(const QString& handle) const;
    std::optional<Person> person(const QString& handle) const;
    /// The handle `text` names: a handle with or without '@', a label ("Alice (@alice)"), or
    /// text contained in exactly one person's name or handle (case-insensitive). Empty when
    /// it names nobody or several people.
    QString resolveHandle(const QString& text) const;

    /// Adds a new person (inserted in handle order). Errors "invalid" (bad handle) and
    /// "exists" (the handle is taken), or the service's.
    Result<Person> addPerson(const Person& person);
    /// Removes the person in `row` from the directory. Their past role spans keep the handle.
    Result<void> removePerson(int row);
    /// IncidentService::importPeopleCsv (all or nothing, errors name the line), then reload().
    /// Returns how many people were added or updated.
    Result<int> importCsv(const QByteArray& csv);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Saves name, team or contact through the service. False (and editFailed()) when the
    /// service refuses; the row keeps its stored value.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    /// The directory was written through this model (edit, add, remove, import).
    void peopleChanged();
    /// An in-place edit was refused; `message` is for people.
    void editFailed(const QString& message);

private:
    IncidentService& m_service;
    QList<Person> m_people;
};

} // namespace warroom
