#pragma once
// Runs the alert intake inside the app while Settings ▸ Alert intake has it enabled.

#include "core/clock.h"

#include <QObject>

#include <memory>

class QHttpServer;

namespace warroom {

class AlertIntake;
class AlertIntakeRoutes;
class Workspace;

/// Serves the same routes as warroomd (AlertIntakeRoutes) on the workspace's database, in
/// this thread. Accepted deliveries refresh the workspace's views. Restarted by
/// applySettings() and setWorkspace(); stopped without a workspace.
class AlertIntakeController : public QObject {
    Q_OBJECT
public:
    explicit AlertIntakeController(const Clock& clock, QObject* parent = nullptr);
    ~AlertIntakeController() override;

    /// Stops serving the old workspace; serves the new one if enabled. Null stops.
    void setWorkspace(Workspace* workspace);
    /// Reads the stored settings (QSettings) and starts, restarts or stops.
    void applySettings();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }

signals:
    /// A line for the status bar ("Alert intake on 127.0.0.1:8750").
    void message(const QString& text);

private:
    void stop();

    const Clock& m_clock;
    Workspace* m_workspace = nullptr;
    std::unique_ptr<AlertIntake> m_intake;
    std::unique_ptr<AlertIntakeRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace warroom
