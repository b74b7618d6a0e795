#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "warroom.ui", QtInfoMsg)
