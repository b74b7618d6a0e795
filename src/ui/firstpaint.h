#pragma once
// Run work after a window has painted once, so people see the window before a long load.

#include <QWidget>

#include <functional>

namespace warroom {

/// Calls `work` once from the event loop right after `window`'s next paint, or after one
/// second if it is not painted by then. A zero-timer after show() is not enough: the platform's
/// expose and paint events may arrive after the timer fires.
void runAfterFirstPaint(QWidget* window, std::function<void()> work);

} // namespace warroom
