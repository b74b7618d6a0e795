#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "warroom.server", QtInfoMsg)
