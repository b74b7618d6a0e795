#include "conflict.h"

#include <QSet>
#include <QStringList>

namespace warroom {

QString mergeText(const QString& base, const QString& mine, const QString& theirs, bool multiLine)
{
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    if (theirs.contains(mine))
        return theirs;
    if (mine.contains(theirs))
        return mine;
    if (!multiLine)
        return QStringLiteral("%1 / %2").arg(theirs, mine);
    const QStringList theirLines = theirs.split(QLatin1Char('\n'));
    const QStringList baseLines = base.split(QLatin1Char('\n'));
    const QSet<QString> known(theirLines.cbegin(), theirLines.cend());
    const QSet<QString> original(baseLines.cbegin(), baseLines.cend());
    QStringList merged = theirLines;
    for (const QString& line : mine.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !known.contains(line) && !original.contains(line))
            merged << line;
    }
    return merged.join(QLatin1Char('\n'));
}

QString ConflictField::mergeProposal() const
{
    return isFreeText() ? mergeText(base, mine, theirs, multiLine) : keepMine();
}

bool Conflict::needsDecision() const
{
    for (const ConflictField& f : fields) {
        if (f.collides())
            return true;
    }
    return false;
}

QList<int> Conflict::differingFields() const
{
    QList<int> out;
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].differs())
            out << i;
    }
    return out;
}

const ConflictField* Conflict::field(const QString& key) const
{
    for (const ConflictField& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString Conflict::resolvedValue(const QString& key, ConflictChoice choice) const
{
    const ConflictField* f = field(key);
    if (!f)
        return {};
    switch (choice) {
    case ConflictChoice::KeepMine: return f->keepMine();
    case ConflictChoice::Merge: return f->mergeProposal();
    case ConflictChoice::TakeTheirs:
    case ConflictChoice::Cancel: break;
    }
    return f->theirs;
}

QHash<QString, QString> Conflict::resolvedValues(ConflictChoice choice) const
{
    QHash<QString, QString> out;
    if (choice == ConflictChoice::Cancel)
        return out;
    for (const ConflictField& f : fields)
        out.insert(f.key, resolvedValue(f.key, choice));
    return out;
}

} // namespace warroom
