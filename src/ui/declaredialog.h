#pragma once
// Declare Incident: what a new incident starts with.

#include "core/severity.h"
#include "storage/incidentservice.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class DeclareDialog;
}

namespace warroom {

/// Asks for title, severity, affected services (a completer offers the known ones after
/// each comma), summary and when impact started (local time, defaults to now, may be
/// backdated, never in the future). OK stays disabled until there is a title and the start
/// is valid. The dialog only collects; IncidentActions declares.
class DeclareDialog : public QDialog {
    Q_OBJECT
public:
    /// `nowUtc` is the time the dialog opened (the default and latest impact start).
    DeclareDialog(const SeverityScale& scale, const QStringList& knownServices, const QDateTime& nowUtc,
                  QWidget* parent = nullptr);
    ~DeclareDialog() override;

    /// What the user entered. startedAt is null while the start was left at "now".
    DeclareRequest request() const;

    /// "checkout, payments-api,, checkout" -> {"checkout", "payments-api"}: trimmed, no
    /// empties, no repeats (case-insensitive), in the order typed.
    static QStringList parseServices(const QString& text);

private:
    void validate();
    void updateSeverityHint();
    void updateStartedHint();

    std::unique_ptr<::Ui::DeclareDialog> m_ui;
    SeverityScale m_scale;
    QDateTime m_now;          ///< UTC
    QDateTime m_initialStart; ///< local, as first shown
};

} // namespace warroom
