#pragma once
// A combo box to pick a person from the directory by typing part of a name or handle.

#include <QComboBox>
#include <QStringList>

namespace warroom {

class PeopleModel;

/// Editable; lists the people of a PeopleModel by label ("Alice Archer (@alice)"), sorted
/// case-insensitively, with a pop-up completer matching any part of the label. Follows
/// the model's resets, inserts, removals and edits, keeping what was typed. Starts empty
/// (no person chosen).
class PeopleComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit PeopleComboBox(QWidget* parent = nullptr);

    /// The people to offer (not owned; nullptr for none).
    void setPeopleModel(PeopleModel* model);
    /// People not offered (e.g. the current holder of a role).
    void setExcludedHandles(const QStringList& handles);

    /// The handle the typed text names (an entry, a handle, or text naming exactly one
    /// person: PeopleModel::resolveHandle); empty when it names nobody or several people.
    QString currentHandle() const;
    /// Shows `handle`'s entry; an unknown or empty handle clears the text.
    void setCurrentHandle(const QString& handle);

private:
    void refill();

    PeopleModel* m_model = nullptr;
    QStringList m_excluded;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace warroom
