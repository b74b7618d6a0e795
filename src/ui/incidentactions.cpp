#include "incidentactions.h"

#include "correcttimedialog.h"
#include "declaredialog.h"
#include "incidentdetailsdialog.h"
#include "entrykindicons.h"
#include "logging.h"
#include "settingsdialog.h"
#include "stakeholderupdatedialog.h"
#include "theme.h"
#include "userprompts.h"

#include "core/lifecycle.h"
#include "models/cadencesettings.h"
#include "models/editconflicts.h"
#include "models/identitysettings.h"
#include "models/incidentcolors.h"
#include "models/incidenttablemodel.h"
#include "models/preferences.h"
#include "models/offlinewrites.h"
#include "models/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

namespace warroom {

namespace {

/// A round dot of `color`, optionally with a white symbol in it.
QIcon dotIcon(const QColor& color, const QString& symbol = {})
{
    constexpr int kSize = 64;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal inset = symbol.isEmpty() ? 14 : 4;
    painter.drawEllipse(QRectF(inset, inset, kSize - 2 * inset, kSize - 2 * inset));
    if (!symbol.isEmpty()) {
        QFont font;
        font.setBold(true);
        font.setPixelSize(44);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, kSize, kSize), Qt::AlignCenter, symbol);
    }
    painter.end();
    return QIcon(pixmap);
}

struct StatusActionText {
    QString text;
    QString tip;
    QKeySequence shortcut;
};

StatusActionText statusActionText(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Acknowledged:
        return {IncidentActions::tr("&Acknowledge"), IncidentActions::tr("Acknowledge the incident: someone is on it"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)};
    case IncidentStatus::Investigating:
        return {IncidentActions::tr("In&vestigating"),
                IncidentActions::tr("Back to investigating: the cause is not known after all, or mitigation failed"),
                {}};
    case IncidentStatus::Identified:
        return {IncidentActions::tr("&Identified"), IncidentActions::tr("The cause is identified"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)};
    case IncidentStatus::Mitigated:
        return {IncidentActions::tr("&Mitigated"), IncidentActions::tr("Impact is mitigated; the team is monitoring"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)};
    case IncidentStatus::Resolved:
        return {IncidentActions::tr("&Resolved"), IncidentActions::tr("The incident is over: impact has ended"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)};
    case IncidentStatus::Postmortem:
        return {IncidentActions::tr("&Postmortem"), IncidentActions::tr("The postmortem is being written"), {}};
    case IncidentStatus::Closed:
        return {IncidentActions::tr("&Closed"), IncidentActions::tr("Close the incident: nothing is left to do"), {}};
    case IncidentStatus::Triggered: break;
    }
    return {};
}

QString withShortcut(const QString& tip, const QAction* action)
{
    return action->shortcut().isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

IncidentActions::IncidentActions(UserPrompts& prompts, QWidget* window)
    : QObject(window)
    , m_prompts(prompts)
    , m_window(window)
{
    setObjectName(QStringLiteral("incidentActions"));
    createActions();
    updateActions();
}

IncidentActions::~IncidentActions()
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
}

QList<IncidentStatus> IncidentActions::statusActionTargets()
{
    return {IncidentStatus::Acknowledged, IncidentStatus::Investigating, IncidentStatus::Identified,
            IncidentStatus::Mitigated,    IncidentStatus::Resolved,      IncidentStatus::Postmortem,
            IncidentStatus::Closed};
}

void IncidentActions::createActions()
{
    m_menu = new QMenu(tr("&Incident"), m_window);
    m_menu->setObjectName(QStringLiteral("menuIncident"));

    m_declare = new QAction(dotIcon(severityColor(1), QStringLiteral("!")), tr("&Declare Incident…"), this);
    m_declare->setObjectName(QStringLiteral("actionDeclare"));
    m_declare->setIconText(tr("Declare"));
    m_declare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_declare->setStatusTip(tr("Declare a new incident and become its commander"));
    m_declare->setToolTip(withShortcut(tr("Declare a new incident"), m_declare));
    connect(m_declare, &QAction::triggered, this, &IncidentActions::declareIncident);
    m_menu->addAction(m_declare);
    m_menu->addSeparator();

    for (IncidentStatus status : statusActionTargets()) {
        const StatusActionText t = statusActionText(status);
        auto* action = new QAction(dotIcon(statusColor(status)), t.text, this);
        const QString key = statusKey(status); // not translated, unlike the display name
        action->setObjectName(QStringLiteral("action") + key.left(1).toUpper() + key.mid(1));
        action->setShortcut(t.shortcut);
        action->setStatusTip(t.tip);
        action->setToolTip(withShortcut(t.tip, action));
        connect(action, &QAction::triggered, this, [this, status] { changeStatus(status); });
        m_statusActions.insert(status, action);
        m_menu->addAction(action);
    }
    m_reopen =
        new QAction(dotIcon(statusColor(IncidentStatus::Investigating), QStringLiteral("↺")), tr("Re&open"), this);
    m_reopen->setObjectName(QStringLiteral("actionReopen"));
    m_reopen->setStatusTip(tr("Reopen a resolved or closed incident: back to Investigating"));
    m_reopen->setToolTip(m_reopen->statusTip());
    connect(m_reopen, &QAction::triggered, this, &IncidentActions::reopenIncident);
    m_menu->addAction(m_reopen);
    m_menu->addSeparator();

    m_reclassifyMenu = new QMenu(tr("Re&classify"), m_window);
    m_reclassifyMenu->setObjectName(QStringLiteral("menuReclassify"));
    m_reclassifyMenu->menuAction()->setObjectName(QStringLiteral("actionReclassify"));
    m_reclassifyMenu->menuAction()->setStatusTip(tr("Change the severity of the incident"));
    m_reclassifyMenu->menuAction()->setToolTip(tr("Change the severity of the incident"));
    m_reclassifyMenu->menuAction()->setIconText(tr("Reclassify"));
    m_reclassifyGroup = new QActionGroup(this);
    // Optional: with no incident selected nothing is checked.
    m_reclassifyGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const SeverityScale scale = SeverityScale::defaultScale();
    for (const SeverityDefinition& d : scale.levels()) {
        auto* action = new QAction(dotIcon(severityColor(d.level)), scale.label(d.level), this);
        action->setObjectName(QStringLiteral("actionReclassify%1").arg(severityCode(d.level)));
        action->setCheckable(true);
        action->setStatusTip(tr("Reclassify the incident as %1").arg(scale.label(d.level)));
        m_reclassifyGroup->addAction(action);
        const SeverityLevel level = d.level;
        connect(action, &QAction::triggered, this, [this, level] { reclassify(level); });
        m_reclassifyTo.insert(d.level, action);
        m_reclassifyMenu->addAction(action);
    }
    m_menu->addMenu(m_reclassifyMenu);

    m_correctTimes = new QAction(tr("Correct &Times…"), this);
    m_correctTimes->setObjectName(QStringLiteral("actionCorrectTimes"));
    m_correctTimes->setStatusTip(tr("Correct a lifecycle time that was recorded wrong, e.g. when impact really began"));
    m_correctTimes->setToolTip(m_correctTimes->statusTip());
    connect(m_correctTimes, &QAction::triggered, this, &IncidentActions::correctTimes);
    m_menu->addAction(m_correctTimes);

    m_editDetails = new QAction(tr("&Edit Details…"), this);
    m_editDetails->setObjectName(QStringLiteral("actionEditDetails"));
    m_editDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editDetails->setStatusTip(tr("Change the title and summary of the incident"));
    m_editDetails->setToolTip(withShortcut(m_editDetails->statusTip(), m_editDetails));
    connect(m_editDetails, &QAction::triggered, this, &IncidentActions::editDetails);
    m_menu->addAction(m_editDetails);

    m_stakeholderUpdate =
        new QAction(entryKindIcon(EntryKind::StakeholderUpdate), tr("Post Stakeholder &Update…"), this);
    m_stakeholderUpdate->setObjectName(QStringLiteral("actionStakeholderUpdate"));
    m_stakeholderUpdate->setIconText(tr("Post Update"));
    m_stakeholderUpdate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_stakeholderUpdate->setStatusTip(tr("Write the public stakeholder update; resets the update countdown"));
    m_stakeholderUpdate->setToolTip(withShortcut(tr("Post a stakeholder update"), m_stakeholderUpdate));
    connect(m_stakeholderUpdate, &QAction::triggered, this, &IncidentActions::postStakeholderUpdate);
    m_menu->addSeparator();
    m_menu->addAction(m_stakeholderUpdate);

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Your identity, severity names and update cadences, the database, theme, "
                                "notifications and alert intake"));
    connect(m_settings, &QAction::triggered, this, &IncidentActions::editSettings);
}

QAction* IncidentActions::reclassifyAction() const
{
    return m_reclassifyMenu->menuAction();
}

void IncidentActions::addToToolBar(QToolBar* toolBar) const
{
    toolBar->addAction(m_declare);
    toolBar->addSeparator();
    for (QAction* action : m_statusActions)
        toolBar->addAction(action);
    toolBar->addAction(m_reopen);
    toolBar->addSeparator();
    toolBar->addAction(m_reclassifyMenu->menuAction());
    if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(m_reclassifyMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    toolBar->addAction(m_correctTimes);
    toolBar->addAction(m_stakeholderUpdate);
}

void IncidentActions::setWorkspace(Workspace* workspace)
{
    for (const QPointer<QDialog>& dialog : std::as_const(m_dialogs)) {
        if (dialog)
            dialog->reject(); // it was about the previous database
    }
    m_dialogs.clear();
    m_workspace = workspace;
    m_current = QUuid();
    connectModel();
    applySettings();
    updateActions();
}

void IncidentActions::connectModel()
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    if (!m_workspace)
        return;
    IncidentTableModel* model = m_workspace->incidents();
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &IncidentActions::updateActions)
                       << connect(model, &QAbstractItemModel::dataChanged, this,
                                  [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                      if (topLeft.column() <= IncidentTableModel::StatusColumn &&
                                          bottomRight.column() >= IncidentTableModel::SeverityColumn)
                                          updateActions();
                                  });
}

void IncidentActions::applySettings()
{
    const QSettings settings;
    applyTheme(loadTheme(settings));
    emit notificationSettingsChanged(loadNotificationSettings(settings));
    if (!m_workspace)
        return;
    m_workspace->setActor(effectiveHandle(loadIdentity(settings)));
    m_workspace->incidents()->setSeverityScale(loadSeverityScale(settings));
    emit actorChanged(m_workspace->actor());
}

void IncidentActions::setCurrentIncident(const QUuid& id)
{
    m_current = id;
    updateActions();
}

std::optional<Incident> IncidentActions::currentIncident() const
{
    if (!m_workspace || m_current.isNull())
        return std::nullopt;
    return m_workspace->incidents()->incident(m_current);
}

void IncidentActions::updateActions()
{
    const std::optional<Incident> incident = currentIncident();
    // What the connection may write (Workspace::access()): a scribe changes no incident field,
    // a viewer writes nothing.
    const bool commander = m_workspace && canWriteIncidents(m_workspace->access());
    const bool scribe = m_workspace && canWriteWarRoom(m_workspace->access());
    m_declare->setEnabled(commander);
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setEnabled(commander && incident && Lifecycle::canTransition(incident->status, it.key()));
    m_reopen->setEnabled(commander && incident && Lifecycle::canReopen(incident->status));
    m_reclassifyMenu->menuAction()->setEnabled(commander && incident.has_value());
    for (auto it = m_reclassifyTo.cbegin(); it != m_reclassifyTo.cend(); ++it) {
        const bool current = incident && incident->severity == it.key();
        it.value()->setChecked(current);
        it.value()->setEnabled(commander && incident && !current);
    }
    m_correctTimes->setEnabled(commander && incident.has_value());
    m_editDetails->setEnabled(commander && incident.has_value());
    m_stakeholderUpdate->setEnabled(scribe && incident.has_value());
}

void IncidentActions::trackDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->open();
}

void IncidentActions::reportFailure(const QUuid& incidentId, const Error& error, const QString& title)
{
    qCWarning(lcUi) << title << error.code << error.message;
    // Show what is stored now, behind the message.
    if (m_workspace)
        m_workspace->notifyIncidentChanged(incidentId);
    if (error.code == QLatin1String("conflict")) {
        m_prompts.showError(m_window, tr("Changed by Someone Else"),
                            tr("Someone else changed this incident while you were looking at it, so your change "
                               "was not saved. The incident has been reloaded: check its current state and try "
                               "again if your change still applies.\n\n%1")
                                .arg(error.message));
        return;
    }
    m_prompts.showError(m_window, title, error.message);
}

bool IncidentActions::finishWrite(const QUuid& incidentId, const Result<Incident>& result, const QString& failureTitle)
{
    if (!result) {
        reportFailure(incidentId, result.error(), failureTitle);
        return false;
    }
    qCInfo(lcUi) << "wrote" << result->ref() << "version" << result->version;
    m_workspace->notifyIncidentChanged(incidentId);
    return true;
}

void IncidentActions::declareIncident()
{
    if (!m_workspace)
        return;
    for (const QPointer<QDialog>& open : std::as_const(m_dialogs)) {
        if (auto* existing = qobject_cast<DeclareDialog*>(open.data())) {
            existing->raise();
            existing->activateWindow();
            return;
        }
    }
    QStringList services;
    if (auto names = m_workspace->repository().serviceNames(); names)
        services = names.value();
    else
        qCWarning(lcUi) << "cannot read service names:" << names.error().message;
    auto* dialog =
        new DeclareDialog(m_workspace->incidents()->severityScale(), services, m_workspace->clock().nowUtc(), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_workspace)
            return;
        const Identity me = loadIdentity(QSettings());
        if (me.isComplete() && me.handle == m_workspace->actor()) {
            // The declarer becomes commander: make sure the directory knows their name.
            if (auto registered = registerIdentity(m_workspace->service(), me); !registered)
                qCWarning(lcUi) << "cannot register" << me.handle << registered.error().message;
        }
        auto declared = m_workspace->service().declare(dialog->request(), m_workspace->actor());
        if (!declared) {
            m_prompts.showError(m_window, tr("Cannot Declare Incident"), declared.error().message);
            return;
        }
        qCInfo(lcUi) << "declared" << declared->ref();
        m_workspace->notifyIncidentChanged(declared->id);
        emit incidentDeclared(declared->id);
    });
    trackDialog(dialog);
}

void IncidentActions::changeStatus(IncidentStatus status)
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    finishWrite(incident->id,
                m_workspace->service().changeStatus(incident->id, status, m_workspace->actor(), incident->version),
                tr("Cannot Change Status"));
}

void IncidentActions::reopenIncident()
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    finishWrite(incident->id, m_workspace->service().reopen(incident->id, m_workspace->actor(), incident->version),
                tr("Cannot Reopen Incident"));
}

void IncidentActions::reclassify(SeverityLevel level)
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    if (!finishWrite(incident->id,
                     m_workspace->service().reclassify(incident->id, level, m_workspace->actor(), incident->version),
                     tr("Cannot Reclassify Incident")))
        updateActions(); // the check mark goes back to the stored severity
}

void IncidentActions::correctTimes()
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    auto* dialog = new CorrectTimeDialog(*incident, m_workspace->clock().nowUtc(), m_window);
    const QUuid id = incident->id;
    const int version = incident->version;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, version] {
        if (!m_workspace)
            return;
        finishWrite(
            id,
            m_workspace->service().correctTime(id, dialog->field(), dialog->timeUtc(), m_workspace->actor(), version),
            tr("Cannot Correct Time"));
    });
    trackDialog(dialog);
}

void IncidentActions::editDetails()
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    auto* dialog = new IncidentDetailsDialog(*incident, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Saving may ask about a conflict in a modal dialog of its own: leave this dialog's
        // signal (it deletes itself on close) before that nested event loop runs.
        QMetaObject::invokeMethod(
            this,
            [this, seen = dialog->incident(), title = dialog->title(), summary = dialog->summary(),
             workspace = QPointer<Workspace>(m_workspace)] {
                if (m_workspace && m_workspace == workspace)
                    saveDetails(seen, title, summary);
            },
            Qt::QueuedConnection);
    });
    trackDialog(dialog);
}

bool IncidentActions::saveDetails(const Incident& seen, const QString& title, const QString& summary)
{
    if (!m_workspace)
        return false;
    // Re-applying without asking is bounded: someone saving again and again gets asked.
    constexpr int kQuietRetries = 3;
    Incident base = seen;
    QString wantTitle = title;
    QString wantSummary = summary;
    int quietRetries = 0;
    for (;;) {
        auto saved = m_workspace->service().editDetails(base.id, base.version, wantTitle, wantSummary,
                                                        m_workspace->actor());
        if (saved) {
            qCInfo(lcUi) << "wrote details of" << saved->ref() << "version" << saved->version;
            m_workspace->notifyIncidentChanged(base.id);
            return true;
        }
        if (saved.error().code != QLatin1String("conflict")) {
            reportFailure(base.id, saved.error(), tr("Cannot Save Details"));
            return false;
        }
        auto conflict = detailsConflict(*m_workspace, base, wantTitle, wantSummary);
        if (!conflict) {
            reportFailure(base.id, conflict.error(), tr("Cannot Save Details"));
            return false;
        }
        qCInfo(lcUi) << "details of" << base.ref() << "changed meanwhile by" << conflict->conflict.theirAuthor;
        ConflictResolution resolution;
        if (!conflict->conflict.needsDecision() && quietRetries < kQuietRetries) {
            ++quietRetries;
            resolution.choice = ConflictChoice::KeepMine;
            resolution.values = conflict->conflict.resolvedValues(ConflictChoice::KeepMine);
        } else {
            m_workspace->notifyIncidentChanged(base.id); // show what is stored now, behind the dialog
            resolution = m_prompts.resolveConflict(m_window, conflict->conflict);
        }
        if (!resolution.writes()) {
            m_workspace->notifyIncidentChanged(base.id);
            return false;
        }
        // The user decided on what is stored now: that is the new starting point.
        base = conflict->current;
        wantTitle = resolution.values.value(QStringLiteral("title"), base.title);
        wantSummary = resolution.values.value(QStringLiteral("summary"), base.summary);
    }
}

void IncidentActions::postStakeholderUpdate()
{
    const std::optional<Incident> incident = currentIncident();
    if (!incident)
        return;
    IncidentTableModel* model = m_workspace->incidents();
    const QDateTime lastUpdate =
        model->index(model->rowForId(incident->id), 0).data(IncidentTableModel::LastStakeholderUpdateRole).toDateTime();
    auto* dialog =
        new StakeholderUpdateDialog(*incident, model->severityScale().updateCadenceSeconds(incident->severity),
                                    lastUpdate, m_workspace->clock().nowUtc(), m_window);
    const QUuid id = incident->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_workspace)
            return;
        // Through the outbox when offline: it is posted once the server is back.
        auto posted =
            m_workspace->writes()->addEntry(id, EntryKind::StakeholderUpdate, dialog->text(), {}, false, true);
        if (!posted) {
            reportFailure(id, posted.error(), tr("Cannot Post Stakeholder Update"));
            return;
        }
        m_workspace->notifyIncidentChanged(id);
    });
    trackDialog(dialog);
}

void IncidentActions::editSettings()
{
    const QSettings settings;
    Identity identity = loadIdentity(settings);
    if (!identity.isComplete())
        identity.handle = effectiveHandle(identity);
    auto* dialog = new SettingsDialog(identity, loadSeverityScale(settings), settings, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Identity chosen = dialog->identity();
        {
            QSettings out;
            dialog->save(out);
        }
        applySettings();
        if (m_workspace) {
            if (auto registered = registerIdentity(m_workspace->service(), chosen); !registered) {
                m_prompts.showError(m_window, tr("Cannot Save Your Name"), registered.error().message);
                return;
            }
            m_workspace->notifyIncidentChanged(QUuid()); // the people directory changed
        }
    });
    trackDialog(dialog);
}

} // namespace warroom
