#pragma once
// Settings of the alert intake: per-source bearer tokens, the severity and service mapping,
// auto-resolve and the body size limit. Read from warroomd's --config file (INI, or JSON by
// the ".json" suffix); format in docs/warroomd.md.

#include "core/result.h"
#include "interchange/alertmapping.h"

#include <QHash>
#include <QStringList>

namespace warroom {

struct AlertIntakeConfig {
    /// The intake routes, by source name: "alertmanager", "grafana", "generic".
    static QStringList sources();

    /// Bearer token per source; a source without a token refuses every request.
    QHash<QString, QByteArray> tokens;
    AlertMapping mapping = AlertMapping::defaults();
    /// Largest accepted request body, in bytes (413 above it).
    qint64 bodyLimitBytes = 1024 * 1024;

    /// True when at least one source has a token: the intake refuses to start otherwise.
    bool hasAnyToken() const;
    /// Gives `token` to every source that has none of its own (WARROOM_INTAKE_TOKEN).
    void applySharedToken(const QByteArray& token);

    /// Reads `path`: INI through QSettings, or JSON when the name ends in ".json". Unset
    /// values keep their defaults. Error "config" naming the file and the problem.
    static Result<AlertIntakeConfig> load(const QString& path);
    /// Builds the config from a flat map with the INI keys ("tokens/grafana",
    /// "intake/body_limit", "severity/critical", ...). Error "config".
    static Result<AlertIntakeConfig> fromValues(const QVariantMap& values, const QString& origin);
};

} // namespace warroom
