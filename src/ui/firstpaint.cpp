#include "firstpaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace warroom {

namespace {

class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget* window, std::function<void()> work)
        : QObject(window), m_window(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
        // A window that is never exposed (minimised, on another desktop) still loads.
        QTimer::singleShot(kFallbackMs, this, [this] { fire(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint)
            fire();
        return false;
    }

private:
    static constexpr int kFallbackMs = 1000;

    void fire()
    {
        if (!m_work || !m_window)
            return;
        m_window->removeEventFilter(this);
        // Let this paint finish and reach the screen before the work starts.
        QTimer::singleShot(0, m_window, std::move(m_work));
        m_work = nullptr;
        deleteLater();
    }

    QPointer<QWidget> m_window;
    std::function<void()> m_work;
};

} // namespace

void runAfterFirstPaint(QWidget* window, std::function<void()> work)
{
    new FirstPaintWatcher(window, std::move(work));
}

} // namespace warroom
