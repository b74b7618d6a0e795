#include "severity.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {

SeverityScale::SeverityScale()
    : m_levels{
          {1, QCoreApplication::translate("warroom::Severity", "Critical"), 30 * 60},
          {2, QCoreApplication::translate("warroom::Severity", "Major"), 60 * 60},
          {3, QCoreApplication::translate("warroom::Severity", "Minor"), 4 * 60 * 60},
          {4, QCoreApplication::translate("warroom::Severity", "Informational"), 0},
      }
{
}

SeverityScale::SeverityScale(QList<SeverityDefinition> levels) : m_levels(std::move(levels))
{
    std::sort(m_levels.begin(), m_levels.end(),
              [](const SeverityDefinition& a, const SeverityDefinition& b) { return a.level < b.level; });
}

bool SeverityScale::contains(SeverityLevel level) const
{
    return std::any_of(m_levels.cbegin(), m_levels.cend(),
                       [level](const SeverityDefinition& d) { return d.level == level; });
}

QString SeverityScale::name(SeverityLevel level) const
{
    for (const auto& d : m_levels) {
        if (d.level == level)
            return d.name;
    }
    return {};
}

QString SeverityScale::label(SeverityLevel level) const
{
    const QString n = name(level);
    return n.isEmpty() ? severityCode(level) : severityCode(level) + QLatin1Char(' ') + n;
}

qint64 SeverityScale::updateCadenceSeconds(SeverityLevel level) const
{
    for (const auto& d : m_levels) {
        if (d.level == level)
            return d.updateCadenceSeconds;
    }
    return 0;
}

QString severityCode(SeverityLevel level)
{
    return QStringLiteral("SEV%1").arg(level);
}

std::optional<SeverityLevel> parseSeverityCode(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("SEV"), Qt::CaseInsensitive))
        t = t.mid(3);
    bool ok = false;
    const int level = t.toInt(&ok);
    if (!ok || level < 1 || level > 99)
        return std::nullopt;
    return level;
}

} // namespace warroom
