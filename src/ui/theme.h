#pragma once
// Applies the colour theme chosen in Settings ▸ Appearance to the running application.

#include "models/preferences.h"

#include <QPalette>

namespace warroom {

/// The dark palette of Theme::Dark (used with the Fusion style).
QPalette darkPalette();

/// Applies `theme` to the QApplication: System restores the style and palette the
/// application started with (the desktop's), Light is Fusion with its standard light
/// palette, Dark is Fusion with darkPalette(). Qt 6.4 cannot ask the platform for a colour
/// scheme, so Light and Dark replace the palette. The first call records the start-up style.
void applyTheme(Theme theme);

} // namespace warroom
