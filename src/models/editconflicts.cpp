#include "editconflicts.h"

#include "logging.h"
#include "workspace.h"

#include "core/timeformat.h"
#include "storage/changelog.h"

#include <QCoreApplication>
#include <QLocale>

namespace warroom {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(warroom::EditConflicts)
};

QString snippet(const QString& text)
{
    return entrySnippet(text);
}

QString dueKey(const std::optional<QDateTime>& due)
{
    return due && due->isValid() ? toIsoUtc(due->toUTC()) : QString();
}

QString dueLabel(const QString& key)
{
    if (key.isEmpty())
        return Tr::tr("no due date");
    return QLocale().toString(parseIsoUtc(key).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Result<Conflict> entryTextConflict(Workspace& workspace, const QUuid& entryId, const QString& base, const QString& mine)
{
    auto current = workspace.repository().findTimelineEntry(entryId);
    if (!current)
        return current.error();
    Conflict c;
    c.subject = Tr::tr("the entry “%1”").arg(snippet(base));
    ConflictField f;
    f.key = QStringLiteral("text");
    f.label = Tr::tr("Text");
    f.multiLine = true;
    f.base = base;
    f.mine = mine;
    f.theirs = current->text;
    c.fields << f;
    if (auto revisions = workspace.service().revisions(entryId); revisions && !revisions->isEmpty()) {
        c.theirAuthor = revisions->last().editor;
        c.theirTime = revisions->last().editedAt;
    }
    return c;
}

Result<Conflict> actionItemConflict(Workspace& workspace, const QUuid& incidentId, const QUuid& itemId,
                                    const ActionItemFields& expected, const ActionItemFields& target)
{
    auto current = findActionItem(workspace, incidentId, itemId);
    if (!current)
        return current.error();
    const ActionItem& now = current.value();
    Conflict c;
    c.subject = Tr::tr("the action item “%1”").arg(snippet(now.text));
    auto add = [&c](const QString& key, const QString& label, const QString& base, const QString& mine,
                    const QString& theirs, bool multiLine = false) -> ConflictField& {
        ConflictField f;
        f.key = key;
        f.label = label;
        f.base = base;
        f.mine = mine;
        f.theirs = theirs;
        f.multiLine = multiLine;
        c.fields << f;
        return c.fields.last();
    };
    if (expected.text && target.text)
        add(QStringLiteral("text"), Tr::tr("Text"), *expected.text, *target.text, now.text);
    if (expected.owner && target.owner)
        add(QStringLiteral("owner"), Tr::tr("Owner"), *expected.owner, *target.owner, now.owner);
    if (expected.priority && target.priority) {
        ConflictField& f = add(QStringLiteral("priority"), Tr::tr("Priority"), actionPriorityKey(*expected.priority),
                               actionPriorityKey(*target.priority), actionPriorityKey(now.priority));
        for (ActionPriority p : {*expected.priority, *target.priority, now.priority})
            f.labels.insert(actionPriorityKey(p), actionPriorityDisplayName(p));
    }
    if (expected.dueAt && target.dueAt) {
        ConflictField& f = add(QStringLiteral("dueAt"), Tr::tr("Due"), dueKey(expected.dueAt), dueKey(target.dueAt),
                               dueKey(now.dueAt));
        for (const QString& key : {f.base, f.mine, f.theirs})
            f.labels.insert(key, dueLabel(key));
    }
    if (expected.state && target.state) {
        ConflictField& f = add(QStringLiteral("state"), Tr::tr("State"), actionStateKey(*expected.state),
                               actionStateKey(*target.state), actionStateKey(now.state));
        for (ActionState s : {*expected.state, *target.state, now.state})
            f.labels.insert(actionStateKey(s), actionStateDisplayName(s));
    }
    fillTheirAuthor(workspace, c, QStringLiteral("action_items"), itemId, incidentId);
    return c;
}

ActionItemFields actionItemFieldsFrom(const QHash<QString, QString>& values)
{
    ActionItemFields f;
    if (values.contains(QStringLiteral("text")))
        f.text = values.value(QStringLiteral("text"));
    if (values.contains(QStringLiteral("owner")))
        f.owner = values.value(QStringLiteral("owner")).trimmed();
    if (values.contains(QStringLiteral("priority"))) {
        if (auto p = parseActionPriorityKey(values.value(QStringLiteral("priority"))))
            f.priority = *p;
    }
    if (values.contains(QStringLiteral("dueAt"))) {
        const QString key = values.value(QStringLiteral("dueAt"));
        f.dueAt = key.isEmpty() ? QDateTime() : parseIsoUtc(key);
    }
    if (values.contains(QStringLiteral("state"))) {
        if (auto s = parseActionStateKey(values.value(QStringLiteral("state"))))
            f.state = *s;
    }
    return f;
}

void fillTheirAuthor(Workspace& workspace, Conflict& conflict, const QString& table, const QUuid& rowId,
                     const QUuid& incidentId)
{
    auto last = ChangeLog(workspace.database()).lastChangeOf(table, rowId, incidentId);
    if (!last) {
        qCDebug(lcModels) << "no change of" << table << rowId << "in the log:" << last.error().message;
        return;
    }
    conflict.theirAuthor = last->actor;
    conflict.theirTime = last->changedAt();
}

Result<DetailsConflict> detailsConflict(Workspace& workspace, const Incident& seen, const QString& title,
                                        const QString& summary)
{
    auto current = workspace.repository().findById(seen.id);
    if (!current)
        return current.error();
    DetailsConflict out;
    out.current = current.value();
    out.conflict.subject = Tr::tr("the details of %1").arg(seen.ref());
    ConflictField t;
    t.key = QStringLiteral("title");
    t.label = Tr::tr("Title");
    t.base = seen.title;
    t.mine = title.simplified();
    t.theirs = out.current.title;
    ConflictField s;
    s.key = QStringLiteral("summary");
    s.label = Tr::tr("Summary");
    s.multiLine = true;
    s.base = seen.summary;
    s.mine = summary.trimmed();
    s.theirs = out.current.summary;
    out.conflict.fields << t << s;
    fillTheirAuthor(workspace, out.conflict, QStringLiteral("incidents"), seen.id, seen.id);
    return out;
}

} // namespace warroom
