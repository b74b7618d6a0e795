#include "dashboardpanel.h"
#include "ui_dashboardpanel.h"

#include "cadencedelegate.h"
#include "entrykindicons.h"
#include "logging.h"
#include "severitychip.h"

#include "models/incidentfilterproxy.h"
#include "models/incidenttablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QTimer>

namespace warroom {

namespace {

using Model = IncidentTableModel;

constexpr int kTickMs = 30'000;
constexpr int kCountdownTickMs = 1'000;
constexpr int kAllSeverities = 0;
constexpr int kAllStatuses = -1;
constexpr int kOpenStatuses = -2;

QString incidentsText(int n)
{
    return n == 1 ? DashboardPanel::tr("1 incident") : DashboardPanel::tr("%1 incidents").arg(n);
}

} // namespace

DashboardPanel::DashboardPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DashboardPanel>()), m_proxy(new IncidentFilterProxy(this))
{
    m_ui->setupUi(this);

    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->countLabel->setForegroundRole(QPalette::PlaceholderText);

    QFont emptyTitle = m_ui->emptyTitle->font();
    emptyTitle.setPointSizeF(emptyTitle.pointSizeF() * 1.5);
    emptyTitle.setBold(true);
    m_ui->emptyTitle->setFont(emptyTitle);
    m_ui->emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyIcon->setPixmap(applicationIcon().pixmap(QSize(96, 96), devicePixelRatioF()));
    m_ui->importButton->setEnabled(false);

    // Filters and sorting move rows under the selection; the selection model would then make
    // a neighbour current. What the user picked stays what is shown: these connections are
    // made before the view's (connection order is call order) so those moves are ignored,
    // and syncSelection() re-selects the incident when it is visible again.
    auto beginAdjusting = [this] { m_adjusting = true; };
    auto endAdjusting = [this] {
        m_adjusting = false;
        syncSelection();
    };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, beginAdjusting);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, beginAdjusting);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, beginAdjusting);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, beginAdjusting);

    QTableView* table = m_ui->incidentTable;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(Model::SeverityColumn, new SeverityChipDelegate(table));
    table->setItemDelegateForColumn(Model::StatusColumn, new ColorDotDelegate(table));
    table->setItemDelegateForColumn(Model::DurationColumn, new RightPaddedDelegate(12, table));
    table->setItemDelegateForColumn(Model::NextUpdateColumn, new CountdownDelegate(table));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);   // war-room order until a header is clicked
    header->setMinimumSectionSize(40);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, endAdjusting);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, endAdjusting);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, endAdjusting);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_adjusting = false;
        if (!m_current.isNull() && (!m_model || m_model->rowForId(m_current) < 0)) {
            m_current = QUuid();   // the incident is gone
            emit incidentSelected(m_current);
        }
        syncSelection();
    });
    connect(m_proxy, &IncidentFilterProxy::filtersChanged, this, &DashboardPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DashboardPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DashboardPanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardPanel::updateCounts);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &IncidentFilterProxy::setFilterText);
    connect(m_ui->openOnlyCheck, &QCheckBox::toggled, m_proxy, &IncidentFilterProxy::setOpenOnly);
    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this, &DashboardPanel::applySeverityFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &DashboardPanel::applyStatusFilter);
    populateFilterCombos();

    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->tick();
    });
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(kCountdownTickMs);
    connect(m_countdownTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->tickCountdowns();
    });

    updateCounts();
    updateEmptyState();
}

DashboardPanel::~DashboardPanel() = default;

QTableView* DashboardPanel::table() const
{
    return m_ui->incidentTable;
}

void DashboardPanel::setIncidentModel(IncidentTableModel* model)
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &DashboardPanel::updateEmptyState)
                           << connect(model, &QAbstractItemModel::rowsInserted, this, &DashboardPanel::updateEmptyState)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, &DashboardPanel::updateEmptyState);
        m_tickTimer->start();
        m_countdownTimer->start();
        configureColumns();   // the header has sections once the proxy has a source
    } else {
        m_tickTimer->stop();
        m_countdownTimer->stop();
    }
    populateFilterCombos();
    if (!m_current.isNull()) {
        m_current = QUuid();
        emit incidentSelected(m_current);
    }
    updateCounts();
    updateEmptyState();
}

void DashboardPanel::setImportAction(QAction* action)
{
    if (m_importAction)
        disconnect(m_ui->importButton, nullptr, m_importAction, nullptr);
    m_importAction = action;
    m_ui->importButton->setEnabled(action && action->isEnabled());
    if (!action)
        return;
    connect(m_ui->importButton, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, m_ui->importButton, &QPushButton::setEnabled);
    if (!action->shortcut().isEmpty()) {
        m_ui->importButton->setToolTip(
            tr("Import a Google Cloud or Statuspage incident history (%1)")
                .arg(action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void DashboardPanel::setDeclareAction(QAction* action)
{
    if (!m_declareButton) {
        m_declareButton = new QPushButton(m_ui->emptyState);
        m_declareButton->setObjectName(QStringLiteral("declareButton"));
        m_declareButton->setDefault(true);
        const int at = m_ui->emptyLayout->indexOf(m_ui->importButton);
        m_ui->emptyLayout->insertWidget(at, m_declareButton, 0, Qt::AlignHCenter);
    }
    for (const auto& c : std::as_const(m_declareConnections))
        disconnect(c);
    m_declareConnections.clear();
    m_declareButton->setVisible(action != nullptr);
    if (!action)
        return;
    m_declareButton->setText(action->text());
    m_declareButton->setIcon(action->icon());
    m_declareButton->setEnabled(action->isEnabled());
    m_declareButton->setToolTip(action->toolTip());
    m_declareConnections << connect(m_declareButton, &QPushButton::clicked, action, &QAction::trigger)
                         << connect(action, &QAction::enabledChanged, m_declareButton, &QPushButton::setEnabled);
    m_ui->emptyText->setText(tr("Declare an incident when something breaks (%1).\nImport a status history "
                                "(File ▸ Import…) to review past incidents.")
                                 .arg(action->shortcut().toString(QKeySequence::NativeText)));
}

void DashboardPanel::populateFilterCombos()
{
    const SeverityScale scale = m_model ? m_model->severityScale() : SeverityScale::defaultScale();
    const int severity = m_ui->severityFilter->currentData().isValid() ? m_ui->severityFilter->currentData().toInt()
                                                                        : kAllSeverities;
    {
        const QSignalBlocker blocker(m_ui->severityFilter);
        m_ui->severityFilter->clear();
        m_ui->severityFilter->addItem(tr("All severities"), kAllSeverities);
        for (const SeverityDefinition& d : scale.levels())
            m_ui->severityFilter->addItem(scale.label(d.level), d.level);
        m_ui->severityFilter->setCurrentIndex(std::max(0, m_ui->severityFilter->findData(severity)));
    }
    if (m_ui->statusFilter->count() == 0) {
        const QSignalBlocker blocker(m_ui->statusFilter);
        m_ui->statusFilter->addItem(tr("All statuses"), kAllStatuses);
        m_ui->statusFilter->addItem(tr("Open"), kOpenStatuses);
        for (IncidentStatus s : allIncidentStatuses())
            m_ui->statusFilter->addItem(statusDisplayName(s), int(s));
    }
    applySeverityFilter();
}

void DashboardPanel::applySeverityFilter()
{
    const int level = m_ui->severityFilter->currentData().toInt();
    m_proxy->setSeverityFilter(level == kAllSeverities ? QSet<SeverityLevel>{} : QSet<SeverityLevel>{level});
}

void DashboardPanel::applyStatusFilter()
{
    const int value = m_ui->statusFilter->currentData().toInt();
    QList<IncidentStatus> statuses;
    if (value == kOpenStatuses) {
        for (IncidentStatus s : allIncidentStatuses()) {
            if (isOpenStatus(s))
                statuses.append(s);
        }
    } else if (value >= 0) {
        statuses.append(IncidentStatus(value));
    }
    m_proxy->setStatusFilter(statuses);
}

void DashboardPanel::updateCounts()
{
    if (!m_model) {
        m_ui->countLabel->clear();
        return;
    }
    const int total = m_model->rowCount();
    if (total == 0) {   // the empty state says it
        m_ui->countLabel->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const QString incidents = shown == total ? incidentsText(total) : tr("%1 of %2").arg(shown).arg(incidentsText(total));
    m_ui->countLabel->setText(tr("%1 · %2 open").arg(incidents).arg(m_model->openCount()));
}

void DashboardPanel::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_ui->stack->setCurrentWidget(empty ? m_ui->emptyState : m_ui->tablePage);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->filterEdit), static_cast<QWidget*>(m_ui->severityFilter),
                       static_cast<QWidget*>(m_ui->statusFilter), static_cast<QWidget*>(m_ui->openOnlyCheck)})
        w->setEnabled(!empty);
}

void DashboardPanel::configureColumns()
{
    QHeaderView* header = m_ui->incidentTable->horizontalHeader();
    const QFont font = m_ui->incidentTable->font();
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetrics plain(font);
    const QFontMetrics bold(boldFont);
    const QFontMetrics headerMetrics(header->font());
    const int pad = 20;   // cell margins
    // Wide enough for the widest sample and for the header with its sort arrow.
    auto width = [&](int column, const QStringList& samples, const QFontMetrics& fm) {
        int w = headerMetrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString()) + pad + 12;
        for (const QString& sample : samples)
            w = std::max(w, fm.horizontalAdvance(sample) + pad);
        return w;
    };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(Model::RefColumn, width(Model::RefColumn, {QStringLiteral("INC-0000")}, bold));
    header->setSectionResizeMode(Model::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(Model::SeverityColumn, std::max(width(Model::SeverityColumn, {}, plain),
                                                          severityChipSize(font, QStringLiteral("SEV4")).width() + 20));
    QStringList statuses;
    for (IncidentStatus s : allIncidentStatuses())
        statuses << statusDisplayName(s);
    header->resizeSection(Model::StatusColumn, width(Model::StatusColumn, statuses, plain) + plain.height());   // + dot
    header->resizeSection(Model::CommanderColumn, width(Model::CommanderColumn, {}, plain));
    header->resizeSection(Model::StartedColumn, width(Model::StartedColumn, {QStringLiteral("0000-00-00 00:00")}, plain));
    header->resizeSection(Model::DurationColumn, width(Model::DurationColumn, {QStringLiteral("00d 00h")}, plain) + 12);
    header->resizeSection(Model::NextUpdateColumn,
                          width(Model::NextUpdateColumn, {QStringLiteral("overdue 00:00")}, bold) + 12);   // + pill
    header->resizeSection(Model::ServicesColumn, plain.averageCharWidth() * 16);   // the title needs the room
    header->setStretchLastSection(false);
}

void DashboardPanel::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_adjusting)
        return;
    const QUuid id = current.isValid() ? current.data(Model::IncidentIdRole).toUuid() : QUuid();
    if (id == m_current)
        return;
    m_current = id;
    qCDebug(lcUi) << "current incident" << id;
    emit incidentSelected(id);
}

void DashboardPanel::syncSelection()
{
    QItemSelectionModel* selection = m_ui->incidentTable->selectionModel();
    const QScopedValueRollback<bool> adjusting(m_adjusting, true);
    const QModelIndex index = proxyIndexFor(m_current);
    if (!index.isValid()) {
        if (selection->currentIndex().isValid() || selection->hasSelection())
            selection->clear();   // hidden by the filters (or none): nothing highlighted
        return;
    }
    if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row()))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QModelIndex DashboardPanel::proxyIndexFor(const QUuid& id) const
{
    if (!m_model || id.isNull())
        return {};
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return {};
    return m_proxy->mapFromSource(m_model->index(sourceRow, Model::RefColumn));
}

QUuid DashboardPanel::currentIncidentId() const
{
    return m_current;
}

bool DashboardPanel::selectIncident(const QUuid& id)
{
    const QModelIndex index = proxyIndexFor(id);
    if (!index.isValid())
        return false;
    QTableView* table = m_ui->incidentTable;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void DashboardPanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

} // namespace warroom
