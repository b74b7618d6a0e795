#include "logging.h"

Q_LOGGING_CATEGORY(lcModels, "warroom.models", QtInfoMsg)
