#pragma once
// Turns SIGTERM and SIGINT into a Qt signal, delivered on the event loop (self-pipe).

#include <QObject>

class QSocketNotifier;

namespace warroom {

/// Installs handlers for SIGTERM and SIGINT that write to a socket pair; the read end wakes
/// the event loop, which emits terminationRequested(signalNumber). One instance per process.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    /// False when the socket pair or the handlers could not be set up.
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace warroom
