#pragma once
// A service that incidents can affect.

#include <QString>
#include <QUuid>

namespace warroom {

/// A service, identified by its unique name (e.g. "Google BigQuery").
struct Service {
    QUuid id;
    QString name;
    int version = 1;
};

} // namespace warroom
