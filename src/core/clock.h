#pragma once
// Injectable "now", so tests control time.

#include <QDateTime>

namespace warroom {

/// Source of the current time, always UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that says what it is told; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc) { m_now = nowUtc; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace warroom
