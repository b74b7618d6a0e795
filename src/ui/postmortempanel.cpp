#include "postmortempanel.h"

#include "logging.h"
#include "userprompts.h"

#include "core/timeformat.h"
#include "interchange/postmortemexport.h"
#include "models/postmortemmodel.h"
#include "models/workspace.h"
#include "report/postmortempdf.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace warroom {

namespace {

/// Saves a section when its editor loses focus.
class SectionEdit final : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onFocusOut;

protected:
    void focusOutEvent(QFocusEvent* event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onFocusOut)
            onFocusOut();
    }
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QString statusColor(PostmortemStatus status)
{
    switch (status) {
    case PostmortemStatus::Draft: return QStringLiteral("#6b7280");
    case PostmortemStatus::InReview: return QStringLiteral("#d97706");
    case PostmortemStatus::Published: return QStringLiteral("#059669");
    }
    return {};
}

} // namespace

PostmortemPanel::PostmortemPanel(QWidget* parent) : QWidget(parent)
{
    build();
    refresh();
}

PostmortemPanel::~PostmortemPanel() = default;

void PostmortemPanel::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    auto* bar = new QHBoxLayout;
    m_statusChip = new QLabel(this);
    m_statusChip->setObjectName(QStringLiteral("postmortemStatusLabel"));
    m_statusChip->setTextFormat(Qt::RichText);
    bar->addWidget(m_statusChip);
    m_draft = new QPushButton(tr("Back to Draft"), this);
    m_draft->setObjectName(QStringLiteral("statusDraftButton"));
    m_inReview = new QPushButton(tr("Send for Review"), this);
    m_inReview->setObjectName(QStringLiteral("statusInReviewButton"));
    m_published = new QPushButton(tr("Publish"), this);
    m_published->setObjectName(QStringLiteral("statusPublishedButton"));
    for (auto [button, status] : {std::pair{m_draft, PostmortemStatus::Draft},
                                  std::pair{m_inReview, PostmortemStatus::InReview},
                                  std::pair{m_published, PostmortemStatus::Published}}) {
        bar->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, s = status] {
            commitPendingEdits();
            if (auto moved = m_model->changeStatus(s); !moved)
                qCDebug(lcUi) << "postmortem status move refused:" << moved.error().message;
        });
    }
    bar->addStretch(1);
    m_prefill = new QPushButton(tr("Pre-fill from Incident"), this);
    m_prefill->setObjectName(QStringLiteral("prefillButton"));
    m_prefill->setToolTip(tr("Start the postmortem from the incident's pinned timeline entries, roles, "
                             "durations and action items"));
    bar->addWidget(m_prefill);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_pageSize->setToolTip(tr("Page size of a PDF export"));
    bar->addWidget(m_pageSize);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the postmortem as PDF, Markdown or HTML"));
    bar->addWidget(m_export);
    outer->addLayout(bar);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("postmortemHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_hint);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_document = new QWidget(scroll);
    m_document->setObjectName(QStringLiteral("postmortemDocument"));
    auto* doc = new QVBoxLayout(m_document);
    scroll->setWidget(m_document);
    splitter->addWidget(scroll);

    m_durations = new QLabel(m_document);
    m_durations->setObjectName(QStringLiteral("postmortemDurations"));
    m_durations->setTextFormat(Qt::RichText);
    m_durations->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto addSection = [&](PostmortemField field) {
        doc->addWidget(heading(postmortemFieldDisplayName(field), m_document));
        auto* edit = new SectionEdit(m_document);
        edit->setObjectName(QStringLiteral("section_") + postmortemFieldKey(field));
        edit->setTabChangesFocus(true);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        edit->setFixedHeight(field == PostmortemField::Summary || field == PostmortemField::Impact
                                     || field == PostmortemField::RootCauses
                                 ? 96
                                 : 66);
        edit->setPlaceholderText(field == PostmortemField::Summary
                                     ? tr("What happened, in two or three sentences for someone who was not there.")
                                     : tr("Plain text; blank lines separate paragraphs, lines starting with \"- \" are "
                                          "list items."));
        auto* timer = new QTimer(edit);
        timer->setSingleShot(true);
        timer->setInterval(800);
        const int row = int(allPostmortemFields().indexOf(field));
        auto save = [this, edit, row, timer] {
            timer->stop();
            if (m_refreshing || !m_model->exists())
                return;
            const QModelIndex index = m_model->index(row);
            if (index.data(Qt::EditRole).toString() != edit->toPlainText())
                m_model->setData(index, edit->toPlainText());
        };
        connect(timer, &QTimer::timeout, edit, save);
        edit->onFocusOut = save;
        connect(edit, &QPlainTextEdit::textChanged, timer, [this, timer] {
            if (!m_refreshing)
                timer->start();
        });
        m_sections << edit;
        m_saveTimers << timer;
        m_savers << save;
        doc->addWidget(edit);
        if (field == PostmortemField::Impact)
            doc->addWidget(m_durations);
    };

    for (PostmortemField f : {PostmortemField::Summary, PostmortemField::Impact, PostmortemField::Detection})
        addSection(f);

    auto* timelineHeading = new QHBoxLayout;
    timelineHeading->addWidget(heading(tr("Timeline"), m_document));
    timelineHeading->addStretch(1);
    auto* syncTimeline = new QPushButton(tr("Update from Pinned Entries"), m_document);
    syncTimeline->setObjectName(QStringLiteral("syncTimelineButton"));
    syncTimeline->setToolTip(tr("Take the incident's pinned timeline entries as they are now (pin entries on the "
                                "Timeline tab)"));
    connect(syncTimeline, &QPushButton::clicked, this, [this] { m_model->syncTimelineFromIncident(); });
    timelineHeading->addWidget(syncTimeline);
    doc->addLayout(timelineHeading);
    m_timeline = new QLabel(m_document);
    m_timeline->setObjectName(QStringLiteral("postmortemTimeline"));
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setWordWrap(true);
    m_timeline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doc->addWidget(m_timeline);

    addSection(PostmortemField::RootCauses);

    doc->addWidget(heading(tr("Five whys"), m_document));
    auto* whysRow = new QHBoxLayout;
    m_whys = new QListView(m_document);
    m_whys->setObjectName(QStringLiteral("whysView"));
    m_whys->setMinimumHeight(110);
    m_whys->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    whysRow->addWidget(m_whys, 1);
    auto* whyButtons = new QVBoxLayout;
    auto addTool = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(m_document);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        whyButtons->addWidget(b);
        return b;
    };
    QToolButton* addWhy = addTool(QStringLiteral("addWhyButton"), QStringLiteral("+"), tr("Add the next why"));
    QToolButton* removeWhy = addTool(QStringLiteral("removeWhyButton"), QStringLiteral("−"), tr("Remove the selected why"));
    QToolButton* upWhy = addTool(QStringLiteral("whyUpButton"), QStringLiteral("↑"), tr("Move the selected why up"));
    QToolButton* downWhy = addTool(QStringLiteral("whyDownButton"), QStringLiteral("↓"), tr("Move the selected why down"));
    whyButtons->addStretch(1);
    whysRow->addLayout(whyButtons);
    doc->addLayout(whysRow);

    for (PostmortemField f : {PostmortemField::ContributingFactors, PostmortemField::WentWell, PostmortemField::WentBadly,
                              PostmortemField::WhereLucky, PostmortemField::Lessons})
        addSection(f);

    doc->addWidget(heading(tr("Action items"), m_document));
    m_actions = new QTableView(m_document);
    m_actions->setObjectName(QStringLiteral("postmortemActionsView"));
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setStretchLastSection(false);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->setMinimumHeight(80);
    m_actions->setMaximumHeight(150);
    doc->addWidget(m_actions);

    doc->addWidget(heading(tr("Roles"), m_document));
    m_roles = new QLabel(m_document);
    m_roles->setObjectName(QStringLiteral("postmortemRoles"));
    m_roles->setTextFormat(Qt::RichText);
    m_roles->setWordWrap(true);
    doc->addWidget(m_roles);
    doc->addStretch(1);

    auto* side = new QGroupBox(tr("Review checklist"), splitter);
    auto* sideLayout = new QVBoxLayout(side);
    m_checklist = new QListView(side);
    m_checklist->setObjectName(QStringLiteral("checklistView"));
    m_checklist->setWordWrap(true);
    sideLayout->addWidget(m_checklist);
    auto* blameless = new QLabel(tr("Blameless: describe what the systems and the people's information were, "
                                    "not who was at fault."),
                                 side);
    blameless->setWordWrap(true);
    blameless->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(blameless);
    sideLayout->addStretch(1);
    side->setMaximumWidth(320);
    m_checklist->setMinimumHeight(120);
    m_checklist->setMaximumHeight(150);
    m_document->setMinimumWidth(380);
    splitter->addWidget(side);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_model = std::make_unique<PostmortemModel>(nullptr, nullptr);
    m_whys->setModel(m_model->whys());
    m_checklist->setModel(m_model->checklist());
    m_actions->setModel(m_model->actions());
    m_actions->horizontalHeader()->setSectionResizeMode(PostmortemActionsModel::TextColumn, QHeaderView::Stretch);

    connect(m_prefill, &QPushButton::clicked, this, [this] {
        if (auto created = m_model->createFromIncident(); !created)
            qCDebug(lcUi) << "cannot pre-fill the postmortem:" << created.error().message;
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportDocument(); });
    connect(addWhy, &QToolButton::clicked, this, [this] {
        QStringList whys = m_model->postmortem().fiveWhys;
        whys << tr("Why …?");
        m_model->edit(PostmortemPart{PostmortemPart::Kind::Whys, {}}, whys);
        const QModelIndex last = m_model->whys()->index(m_model->whys()->rowCount() - 1);
        m_whys->setCurrentIndex(last);
        m_whys->edit(last);
    });
    connect(removeWhy, &QToolButton::clicked, this, [this] {
        const int row = m_whys->currentIndex().row();
        QStringList whys = m_model->postmortem().fiveWhys;
        if (row < 0 || row >= whys.size())
            return;
        whys.removeAt(row);
        m_model->edit(PostmortemPart{PostmortemPart::Kind::Whys, {}}, whys);
    });
    connect(upWhy, &QToolButton::clicked, this, [this] { moveWhy(-1); });
    connect(downWhy, &QToolButton::clicked, this, [this] { moveWhy(+1); });
}

void PostmortemPanel::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    commitPendingEdits();
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_model = std::make_unique<PostmortemModel>(workspace, undoStack);
    m_whys->setModel(m_model->whys());
    m_checklist->setModel(m_model->checklist());
    m_actions->setModel(m_model->actions());
    m_actions->horizontalHeader()->setSectionResizeMode(PostmortemActionsModel::TextColumn, QHeaderView::Stretch);
    connect(m_model.get(), &PostmortemModel::postmortemChanged, this, &PostmortemPanel::refresh);
    connect(m_model.get(), &PostmortemModel::failed, this, &PostmortemPanel::reportFailure);
    connect(m_model.get(), &PostmortemModel::conflicted, this, [this](const Conflict& conflict) {
        if (!m_prompts)
            return;
        m_conflictPending = true;
        // Out of the undo stack's push or undo before a modal dialog runs.
        QMetaObject::invokeMethod(
            this, [this, conflict] { resolveConflict(conflict); }, Qt::QueuedConnection);
    });
    setIncident(m_incidentId);
}

void PostmortemPanel::setPrompts(UserPrompts* prompts)
{
    m_prompts = prompts;
}

void PostmortemPanel::setIncident(const QUuid& incidentId)
{
    if (incidentId != m_incidentId)
        commitPendingEdits();
    m_incidentId = incidentId;
    if (auto loaded = m_model->setIncident(m_workspace ? incidentId : QUuid()); !loaded)
        qCDebug(lcUi) << "cannot load the postmortem:" << loaded.error().message;
    refresh();
}

void PostmortemPanel::commitPendingEdits()
{
    for (qsizetype i = 0; i < m_saveTimers.size(); ++i) {
        if (m_saveTimers[i]->isActive())
            m_savers[i]();
    }
}

void PostmortemPanel::moveWhy(int delta)
{
    const int row = m_whys->currentIndex().row();
    QStringList whys = m_model->postmortem().fiveWhys;
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= whys.size())
        return;
    whys.move(row, to);
    m_model->edit(PostmortemPart{PostmortemPart::Kind::Whys, {}}, whys);
    m_whys->setCurrentIndex(m_model->whys()->index(to));
}

void PostmortemPanel::resolveConflict(const Conflict& conflict)
{
    m_conflictPending = false;
    if (!m_prompts || conflict.fields.isEmpty())
        return;
    const ConflictResolution resolution = m_prompts->resolveConflict(this, conflict);
    const auto field = parsePostmortemFieldKey(conflict.fields.first().key);
    if (!resolution.writes() || !field || !m_model || !m_model->exists())
        return;
    m_model->edit(PostmortemPart{PostmortemPart::Kind::Text, *field},
                  resolution.values.value(conflict.fields.first().key));
}

void PostmortemPanel::reportFailure(const QString& code, const QString& message)
{
    if (code == QLatin1String("conflict") && m_conflictPending)
        return; // the conflict dialog shows both versions instead

    if (m_prompts && isVisible())
        m_prompts->showError(this, code == QLatin1String("conflict") ? tr("Changed Meanwhile") : tr("Cannot Save"),
                             message);
    else
        qCWarning(lcUi) << "postmortem:" << message;
}

void PostmortemPanel::refresh()
{
    m_refreshing = true;
    const bool exists = m_model->exists();
    const bool hasIncident = !m_model->incidentId().isNull();
    const Postmortem& pm = m_model->postmortem();
    // Workspace::access(): a viewer reads the postmortem but edits nothing.
    const bool writable = m_workspace && canWriteWarRoom(m_workspace->access());
    m_prefill->setVisible(writable && hasIncident && !exists);
    // A published postmortem is read-only until someone revises it.
    const bool editable = writable && exists && pm.status != PostmortemStatus::Published;
    m_document->setEnabled(editable);
    m_checklist->setEnabled(editable);
    m_export->setEnabled(hasIncident);
    m_pageSize->setEnabled(hasIncident);
    if (!hasIncident) {
        m_statusChip->setText(QString());
        m_hint->setText(tr("Select an incident to see its postmortem."));
    } else if (!exists) {
        m_statusChip->setText(QString());
        m_hint->setText(tr("This incident has no postmortem yet. Pre-fill one from the incident's record: pinned "
                           "timeline entries, role history, durations and action items."));
    } else {
        m_statusChip->setText(QStringLiteral("<span style=\"color:%1; font-weight:bold\">● %2</span>")
                                  .arg(statusColor(pm.status), postmortemStatusDisplayName(pm.status).toHtmlEscaped()));
        m_hint->setText(tr("Last edited %1 UTC by @%2 · version %3")
                            .arg(pm.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), pm.updatedBy)
                            .arg(pm.version));
    }
    const QList<PostmortemStatus> moves = exists ? allowedPostmortemMoves(pm.status) : QList<PostmortemStatus>{};
    m_draft->setVisible(exists && pm.status != PostmortemStatus::Draft);
    m_draft->setEnabled(writable && moves.contains(PostmortemStatus::Draft));
    m_inReview->setVisible(exists && pm.status != PostmortemStatus::InReview);
    m_inReview->setEnabled(writable && moves.contains(PostmortemStatus::InReview));
    m_inReview->setText(pm.status == PostmortemStatus::Published ? tr("Revise") : tr("Send for Review"));
    m_published->setVisible(exists && pm.status != PostmortemStatus::Published);
    m_published->setEnabled(writable && moves.contains(PostmortemStatus::Published));

    const QList<PostmortemField> fields = allPostmortemFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QPlainTextEdit* edit = m_sections[i];
        const QString text = pm.text(fields[i]);
        // Never overwrite what is being typed and not yet saved.
        if (edit->toPlainText() != text && !(edit->hasFocus() && m_saveTimers[i]->isActive()))
            edit->setPlainText(text);
    }

    QString durations = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const PostmortemDuration& d : postmortemDurations(m_model->incident())) {
        durations += QStringLiteral("<td style=\"padding-right:18px\"><span style=\"color:#6b7280\">%1</span><br/>"
                                    "<b style=\"font-size:large\">%2</b></td>")
                         .arg(d.label.toHtmlEscaped(), d.seconds ? formatDuration(*d.seconds) : tr("no data"));
    }
    m_durations->setText(hasIncident ? durations + QStringLiteral("</tr></table>") : QString());

    QString timeline;
    for (const NarrativeItem& n : pm.timeline) {
        timeline += QStringLiteral("<b>%1</b> · %2 · %3 — %4<br/>")
                        .arg(n.at.toUTC().toString(QStringLiteral("MM-dd HH:mm 'UTC'")), entryKindDisplayName(n.kind),
                             QStringLiteral("@") + n.author.toHtmlEscaped(), n.text.toHtmlEscaped());
    }
    m_timeline->setText(timeline.isEmpty() ? tr("<i>No pinned timeline entries.</i>") : timeline);

    QString roles;
    for (const RoleAssignment& r : pm.roles) {
        roles += QStringLiteral("%1: <b>@%2</b> %3 – %4<br/>")
                     .arg(roleDisplayName(r.role).toHtmlEscaped(), r.holder.toHtmlEscaped(),
                          r.startedAt.toUTC().toString(QStringLiteral("MM-dd HH:mm")),
                          r.endedAt.isValid() ? r.endedAt.toUTC().toString(QStringLiteral("MM-dd HH:mm 'UTC'"))
                                              : tr("still holding"));
    }
    m_roles->setText(roles.isEmpty() ? tr("<i>No roles recorded.</i>") : roles);
    m_refreshing = false;
}

QString PostmortemPanel::exportDocument()
{
    if (!m_prompts || !m_workspace || m_model->incidentId().isNull())
        return {};
    commitPendingEdits();
    const QString path = m_prompts->openFileName(
        window(), tr("Export Postmortem"),
        tr("PDF document (*.pdf);;Markdown (*.md);;HTML page (*.html);;All files (*)"),
        UserPrompts::FileMode::ExistingOrNew);
    if (path.isEmpty())
        return {};
    PostmortemReport report;
    report.incident = m_model->incident();
    report.actionItems = m_model->actionItems();
    if (m_model->exists()) {
        report.postmortem = m_model->postmortem();
    } else {
        const auto timeline = m_workspace->repository().timeline(m_model->incidentId());
        const auto roles = m_workspace->service().roleHistory(m_model->incidentId());
        report.postmortem = prefillPostmortem(report.incident, timeline ? timeline.value() : QList<TimelineEntry>{},
                                              roles ? roles.value() : QList<RoleAssignment>{}, report.actionItems,
                                              m_workspace->clock().nowUtc(), m_workspace->actor());
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString problem;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm")) {
        const QString text = suffix.startsWith(QLatin1String("htm")) ? postmortemToHtml(report)
                                                                      : postmortemToMarkdown(report);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            problem = tr("Cannot write %1: %2").arg(path, file.errorString());
    } else {
        const auto page = parsePageFormat(m_pageSize->currentData().toString()).value_or(PageFormat::A4);
        if (auto written = writePostmortemPdf(report, path, page); !written)
            problem = written.error().message;
    }
    if (!problem.isEmpty()) {
        m_prompts->showError(window(), tr("Cannot Export"), problem);
        return {};
    }
    emit exported(path);
    return path;
}

} // namespace warroom
