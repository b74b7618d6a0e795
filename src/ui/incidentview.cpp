#include "incidentview.h"
#include "ui_incidentview.h"

#include "cadencedelegate.h"
#include "logging.h"
#include "actionitemspanel.h"
#include "postmortempanel.h"
#include "severitychip.h"
#include "timelineeditor.h"

#include "core/timeformat.h"
#include "models/incidentcolors.h"
#include "models/incidenttablemodel.h"
#include "models/presencemodel.h"
#include "models/timelinemodel.h"

#include <QLabel>

namespace warroom {

namespace {

const QString kDash = QStringLiteral("—");

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : kDash;
}

QString between(const QDateTime& from, const QDateTime& to)
{
    return from.isValid() && to.isValid() ? formatDuration(from.secsTo(to)) : kDash;
}

QString sourceText(const Incident& incident)
{
    if (incident.source.isEmpty())
        return IncidentView::tr("Declared here");
    if (incident.source == QLatin1String("gcp"))
        return IncidentView::tr("Google Cloud status history (%1)").arg(incident.sourceId);
    if (incident.source.startsWith(QLatin1String("statuspage:")))
        return IncidentView::tr("Statuspage %1 (%2)").arg(incident.source.mid(11), incident.sourceId);
    return IncidentView::tr("%1 (%2)").arg(incident.source, incident.sourceId);
}

} // namespace

IncidentView::IncidentView(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<::Ui::IncidentView>())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.45);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont ref = m_ui->refLabel->font();
    ref.setBold(true);
    ref.setPointSizeF(ref.pointSizeF() * 1.1);
    m_ui->refLabel->setFont(ref);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* l : {m_ui->commanderCaption, m_ui->servicesCaption, m_ui->sourceCaption})
        l->setForegroundRole(QPalette::PlaceholderText);

    // Due dates follow the timeline's UTC/local choice; tab titles carry the counts.
    m_ui->actionItemsPanel->setTimeZone(m_ui->timelineEditor->displayZone());
    connect(m_ui->timelineEditor, &TimelineEditor::displayZoneChanged, m_ui->actionItemsPanel,
            &ActionItemsPanel::setTimeZone);
    connect(m_ui->actionItemsPanel, &ActionItemsPanel::countsChanged, this, [this](int open, int overdue) {
        const int tab = m_ui->incidentTabs->indexOf(m_ui->actionItemsPanel);
        m_ui->incidentTabs->setTabText(tab, overdue > 0 ? tr("Action items (%1 open, %2 overdue)").arg(open).arg(overdue)
                                            : open > 0  ? tr("Action items (%1 open)").arg(open)
                                                        : tr("Action items"));
    });
    m_postmortemPanel = new PostmortemPanel(m_ui->incidentTabs);
    m_postmortemPanel->setObjectName(QStringLiteral("postmortemPanel"));
    m_ui->incidentTabs->addTab(m_postmortemPanel, tr("Postmortem"));
    buildTimesGrid();
    m_presenceLabel = new QLabel(m_ui->detailsPage);
    m_presenceLabel->setObjectName(QStringLiteral("presenceLabel"));
    m_presenceLabel->setTextFormat(Qt::PlainText);
    m_presenceLabel->setWordWrap(true);
    m_presenceLabel->hide();
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->incidentTabs), m_presenceLabel);
    connect(m_ui->timelineEditor, &TimelineEditor::entryTyped, this, [this](bool typing) {
        if (m_presence)
            m_presence->setTyping(typing);
    });
    m_ui->postUpdateButton->hide();
    showCountdown(m_ui->nextUpdateLabel, {}, std::nullopt);
    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
}

void IncidentView::setEditing(Workspace* workspace, QUndoStack* undoStack)
{
    m_ui->timelineEditor->setWorkspace(workspace, undoStack);
    m_ui->actionItemsPanel->setWorkspace(workspace, undoStack);
    m_ui->actionItemsPanel->setIncident(m_incidentId);
    m_postmortemPanel->setWorkspace(workspace, undoStack);
}

void IncidentView::setPresence(PresenceModel* presence)
{
    for (const auto& c : std::as_const(m_presenceConnections))
        disconnect(c);
    m_presenceConnections.clear();
    m_presence = presence;
    if (presence) {
        m_presenceConnections << connect(presence, &PresenceModel::presenceChanged, this, &IncidentView::updatePresence);
        presence->setIncident(m_incidentId);
    }
    updatePresence();
}

void IncidentView::updatePresence()
{
    const QStringList here = m_presence ? m_presence->handles() : QStringList();
    const QStringList typing = m_presence ? m_presence->typingHandles() : QStringList();
    m_presenceLabel->setVisible(!here.isEmpty());
    if (here.isEmpty()) {
        m_presenceLabel->clear();
        return;
    }
    const QString sep = tr(", ", "list separator");
    QString text = tr("Also here: %1").arg(here.join(sep));
    if (typing.size() == 1)
        text = tr("%1 — %2 is typing…", "also here, who types").arg(text, typing.first());
    else if (typing.size() > 1)
        text = tr("%1 — %2 are typing…", "also here, who type").arg(text, typing.join(sep));
    m_presenceLabel->setText(text);
    m_presenceLabel->setToolTip(tr("People with this incident open in their Warroom right now"));
}

TimelineEditor* IncidentView::timelineEditor() const
{
    return m_ui->timelineEditor;
}

ActionItemsPanel* IncidentView::actionItemsPanel() const
{
    return m_ui->actionItemsPanel;
}

PostmortemPanel* IncidentView::postmortemPanel() const
{
    return m_postmortemPanel;
}

void IncidentView::setPostUpdateAction(QAction* action)
{
    m_ui->postUpdateButton->setDefaultAction(action);
    m_ui->postUpdateButton->setVisible(action != nullptr);
}

IncidentView::~IncidentView() = default;

void IncidentView::buildTimesGrid()
{
    const QStringList timeCaptions{tr("Started"),    tr("Detected"),  tr("Declared"), tr("Acknowledged"),
                                   tr("Identified"), tr("Mitigated"), tr("Resolved"), tr("Closed")};
    const QStringList timeNames{QStringLiteral("started"),    QStringLiteral("detected"),
                                QStringLiteral("declared"),   QStringLiteral("acknowledged"),
                                QStringLiteral("identified"), QStringLiteral("mitigated"),
                                QStringLiteral("resolved"),   QStringLiteral("closed")};
    const QStringList durationCaptions{tr("Time to detect"), tr("Time to mitigate"), tr("Time to resolve")};
    const QStringList durationTips{tr("TTD: detected − started"), tr("TTM: mitigated − started"),
                                   tr("TTR: resolved − started")};
    const QStringList durationNames{QStringLiteral("ttd"), QStringLiteral("ttm"), QStringLiteral("ttr")};

    QFont valueFont = font();
    valueFont.setBold(true);

    // Two column pairs, "caption  value", read top to bottom in lifecycle order:
    //   Started       ...   Identified  ...
    //   Detected      ...   Mitigated   ...
    //   Declared      ...   Resolved    ...
    //   Acknowledged  ...   Closed      ...
    //   (gap)
    //   Time to detect ...  Time to mitigate ...
    //   Time to resolve ...
    constexpr int kRowsPerColumn = 4;
    auto makeCell = [&](const QString& captionText, const QString& name, int row, int pair) {
        TimeCell cell;
        cell.caption = new QLabel(captionText, m_ui->timesFrame);
        cell.caption->setForegroundRole(QPalette::PlaceholderText);
        cell.value = new QLabel(kDash, m_ui->timesFrame);
        cell.value->setObjectName(name + QStringLiteral("Value"));
        cell.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cell.value->setFont(valueFont);
        m_ui->timesGrid->addWidget(cell.caption, row, pair * 3);
        m_ui->timesGrid->addWidget(cell.value, row, pair * 3 + 1);
        return cell;
    };
    for (int i = 0; i < int(timeCaptions.size()); ++i)
        m_times.append(makeCell(timeCaptions[i], timeNames[i], i % kRowsPerColumn, i / kRowsPerColumn));
    const int durationRow = kRowsPerColumn + 1;
    m_ui->timesGrid->setRowMinimumHeight(kRowsPerColumn, 8);
    for (int i = 0; i < int(durationCaptions.size()); ++i) {
        m_durations.append(makeCell(durationCaptions[i], durationNames[i], durationRow + i / 2, i % 2));
        m_durations.last().caption->setToolTip(durationTips[i]);
        m_durations.last().value->setToolTip(durationTips[i]);
    }
    m_ui->timesGrid->setColumnMinimumWidth(2, 12);   // between the pairs
    m_ui->timesGrid->setColumnStretch(1, 1);
    m_ui->timesGrid->setColumnStretch(4, 1);
}

void IncidentView::setModels(IncidentTableModel* incidents, TimelineModel* timeline)
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_incidents = incidents;
    m_timeline = timeline;
    m_ui->timelineEditor->setModel(timeline);
    if (incidents) {
        m_modelConnections << connect(incidents, &QAbstractItemModel::modelReset, this, &IncidentView::refresh)
                           << connect(incidents, &QAbstractItemModel::dataChanged, this,
                                      [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                          const int row = m_incidents->rowForId(m_incidentId);
                                          if (row < topLeft.row() || row > bottomRight.row())
                                              return;
                                          if (topLeft.column() == IncidentTableModel::NextUpdateColumn
                                              && bottomRight.column() == IncidentTableModel::NextUpdateColumn)
                                              updateCountdown();   // the countdown ticked
                                          else
                                              refresh();
                                      });
    }
    if (timeline) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            m_modelConnections << connect(timeline, signal, this, &IncidentView::updateTimelineCount);
        m_modelConnections << connect(timeline, &QAbstractItemModel::modelReset, this,
                                      &IncidentView::updateTimelineCount);
    }
    m_incidentId = QUuid();
    if (m_presence)
        m_presence->setIncident({});
    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
}

void IncidentView::showIncident(const QUuid& id)
{
    m_incidentId = id;
    if (m_presence)
        m_presence->setIncident(id);
    if (m_timeline) {
        if (auto loaded = m_timeline->load(id); !loaded) {
            const int tab = m_ui->incidentTabs->indexOf(m_ui->timelineEditor);
            m_ui->incidentTabs->setTabText(tab, tr("Timeline (cannot load)"));
            m_ui->incidentTabs->setTabToolTip(tab, loaded.error().message);
        }
    }
    m_ui->actionItemsPanel->setIncident(id);
    m_postmortemPanel->setIncident(id);
    refresh();
}

void IncidentView::refresh()
{
    const std::optional<Incident> incident =
        m_incidents && !m_incidentId.isNull() ? m_incidents->incident(m_incidentId) : std::nullopt;
    if (!incident) {
        if (!m_incidentId.isNull())
            qCDebug(lcUi) << "incident" << m_incidentId << "is not loaded";
        m_incidentId = QUuid();
        if (m_presence)
            m_presence->setIncident({});
        if (m_timeline)
            m_timeline->clear();
        m_ui->actionItemsPanel->setIncident({});
        m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
        return;
    }
    showDetails(*incident);
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
}

void IncidentView::showDetails(const Incident& i)
{
    const SeverityScale& scale = m_incidents->severityScale();
    m_ui->refLabel->setText(i.ref());
    m_ui->titleLabel->setText(i.title);
    m_ui->severityChip->setSeverity(i.severity, scale.label(i.severity));
    m_ui->statusLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                                   .arg(statusColor(i.status).name(), statusDisplayName(i.status).toHtmlEscaped()));
    m_ui->statusLabel->setToolTip(i.isOpen() ? tr("Open") : tr("No longer needs people"));
    m_ui->commanderLabel->setText(i.commander.isEmpty() ? tr("Nobody assigned") : i.commander);
    m_ui->servicesLabel->setText(i.services.isEmpty() ? kDash : i.services.join(QStringLiteral(", ")));
    m_ui->sourceLabel->setText(sourceText(i));

    const QList<QDateTime> times{i.startedAt,    i.detectedAt,  i.declaredAt, i.acknowledgedAt,
                                 i.identifiedAt, i.mitigatedAt, i.resolvedAt, i.closedAt};
    for (int k = 0; k < int(times.size()); ++k) {
        m_times[k].value->setText(localTime(times[k]));
        m_times[k].value->setToolTip(times[k].isValid()
                                         ? tr("%1 UTC").arg(times[k].toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                         : tr("Not recorded"));
    }
    m_durations[0].value->setText(between(i.startedAt, i.detectedAt));
    m_durations[1].value->setText(between(i.startedAt, i.mitigatedAt));
    if (i.resolvedAt.isValid() || !i.isOpen()) {
        m_durations[2].value->setText(between(i.startedAt, i.resolvedAt));
    } else {
        const QDateTime now = m_incidents->clock().nowUtc();
        m_durations[2].value->setText(i.startedAt.isValid() ? tr("open for %1").arg(between(i.startedAt, now)) : kDash);
    }
    updateTimelineCount();
    updateCountdown();
}

void IncidentView::updateCountdown()
{
    const int row = m_incidents && !m_incidentId.isNull() ? m_incidents->rowForId(m_incidentId) : -1;
    const QModelIndex index = row >= 0 ? m_incidents->index(row, IncidentTableModel::NextUpdateColumn) : QModelIndex();
    const QVariant state = index.data(IncidentTableModel::CountdownStateRole);
    if (!state.isValid()) {
        showCountdown(m_ui->nextUpdateLabel, {}, std::nullopt);
        return;
    }
    const auto countdown = CountdownState(state.toInt());
    const QString left = index.data().toString();
    showCountdown(m_ui->nextUpdateLabel,
                  countdown == CountdownState::Overdue ? tr("Update %1").arg(left) : tr("Next update in %1").arg(left),
                  countdown);
    m_ui->nextUpdateLabel->setToolTip(index.data(Qt::ToolTipRole).toString());
}

void IncidentView::updateTimelineCount()
{
    const int tab = m_ui->incidentTabs->indexOf(m_ui->timelineEditor);
    m_ui->incidentTabs->setTabToolTip(tab, {});
    const int n = m_timeline && !m_timeline->incidentId().isNull() ? m_timeline->rowCount() : 0;
    m_ui->incidentTabs->setTabText(tab, n == 0 ? tr("Timeline") : tr("Timeline (%1)").arg(n));
}

} // namespace warroom
