#include "logging.h"

Q_LOGGING_CATEGORY(lcSync, "warroom.sync", QtWarningMsg)
