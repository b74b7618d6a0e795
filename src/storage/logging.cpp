#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "warroom.storage", QtWarningMsg)
