#pragma once
// Severity levels and the configurable severity scale.

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

/// Severity level: 1 is the most severe (SEV1). Stored as this integer.
using SeverityLevel = int;

/// One level of the scale. `updateCadenceSeconds` is how often stakeholders expect an
/// update while an incident of this level is open; 0 means no cadence.
struct SeverityDefinition {
    SeverityLevel level = 0;
    QString name;                  ///< e.g. "Critical"
    qint64 updateCadenceSeconds = 0;
};

/// An ordered severity scale. The default is SEV1 Critical (30 min cadence), SEV2 Major
/// (60 min), SEV3 Minor (4 h), SEV4 Informational (none).
class SeverityScale {
public:
    SeverityScale();
    explicit SeverityScale(QList<SeverityDefinition> levels);

    static SeverityScale defaultScale() { return SeverityScale(); }

    const QList<SeverityDefinition>& levels() const { return m_levels; }
    int count() const { return int(m_levels.size()); }
    bool contains(SeverityLevel level) const;
    /// Name of the level ("Critical"), or an empty string for an unknown level.
    QString name(SeverityLevel level) const;
    /// "SEV1 Critical".
    QString label(SeverityLevel level) const;
    qint64 updateCadenceSeconds(SeverityLevel level) const;

private:
    QList<SeverityDefinition> m_levels;
};

/// "SEV1" for level 1.
QString severityCode(SeverityLevel level);
/// Parses "SEV2", "sev2" or "2"; nullopt for anything else.
std::optional<SeverityLevel> parseSeverityCode(const QString& text);

} // namespace warroom
