#pragma once
// --screenshot: a picture of a window once it is laid out and painted.

#include "core/result.h"

#include <QString>

class QWidget;

namespace warroom {

/// Lets pending layout requests, delayed item layouts and paints run, then grabs `window`
/// (QWidget::grab) and saves it as PNG to `path`. Error "io" when it cannot be written.
Result<void> saveScreenshot(QWidget* window, const QString& path);

} // namespace warroom
