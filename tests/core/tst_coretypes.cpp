// Keys, parsing and formatting of the core domain types.
#include "core/incident.h"
#include "core/severity.h"
#include "core/timeformat.h"
#include "core/timelineentry.h"
#include "core/clock.h"

#include <QTest>
#include <QTimeZone>

using namespace warroom;

class TestCoreTypes : public QObject {
    Q_OBJECT

private slots:
    void defaultSeverityScale()
    {
        const SeverityScale scale;
        QCOMPARE(scale.count(), 4);
        QCOMPARE(scale.label(1), QStringLiteral("SEV1 Critical"));
        QCOMPARE(scale.label(2), QStringLiteral("SEV2 Major"));
        QCOMPARE(scale.label(3), QStringLiteral("SEV3 Minor"));
        QCOMPARE(scale.label(4), QStringLiteral("SEV4 Informational"));
        QCOMPARE(scale.updateCadenceSeconds(1), 1800);
        QCOMPARE(scale.updateCadenceSeconds(2), 3600);
        QCOMPARE(scale.updateCadenceSeconds(3), 4 * 3600);
        QCOMPARE(scale.updateCadenceSeconds(4), 0);
        QVERIFY(!scale.contains(5));
        QCOMPARE(scale.label(5), QStringLiteral("SEV5"));
    }

    void customScaleIsOrdered()
    {
        const SeverityScale scale({{2, QStringLiteral("High"), 600}, {1, QStringLiteral("Emergency"), 300}});
        QCOMPARE(scale.levels().first().level, 1);
        QCOMPARE(scale.name(1), QStringLiteral("Emergency"));
    }

    void severityCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("SEV1") << QStringLiteral("SEV1") << 1;
        QTest::newRow("lower") << QStringLiteral("sev3") << 3;
        QTest::newRow("digit") << QStringLiteral(" 2 ") << 2;
        QTest::newRow("zero") << QStringLiteral("SEV0") << -1;
        QTest::newRow("word") << QStringLiteral("critical") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void severityCodes()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        const auto parsed = parseSeverityCode(text);
        QCOMPARE(parsed.value_or(-1), level);
        if (level > 0)
            QCOMPARE(parseSeverityCode(severityCode(level)).value_or(-1), level);
    }

    void statusKeysRoundTrip()
    {
        QCOMPARE(allIncidentStatuses().size(), 8);
        for (IncidentStatus s : allIncidentStatuses()) {
            QCOMPARE(parseStatusKey(statusKey(s)), std::optional<IncidentStatus>(s));
            QVERIFY(!statusDisplayName(s).isEmpty());
        }
        QVERIFY(!parseStatusKey(QStringLiteral("on fire")).has_value());
        QVERIFY(isOpenStatus(IncidentStatus::Triggered));
        QVERIFY(isOpenStatus(IncidentStatus::Mitigated));
        QVERIFY(!isOpenStatus(IncidentStatus::Resolved));
        QVERIFY(!isOpenStatus(IncidentStatus::Closed));
    }

    void entryKindKeysRoundTrip()
    {
        QCOMPARE(allEntryKinds().size(), 7);
        for (EntryKind k : allEntryKinds()) {
            QCOMPARE(parseEntryKindKey(entryKindKey(k)), std::optional<EntryKind>(k));
            QVERIFY(!entryKindDisplayName(k).isEmpty());
        }
        QCOMPARE(entryKindKey(EntryKind::StakeholderUpdate), QStringLiteral("stakeholder_update"));
        QCOMPARE(entryKindKey(EntryKind::HandOff), QStringLiteral("hand_off"));
    }

    void incidentRefs()
    {
        Incident i;
        QCOMPARE(i.ref(), QString());
        i.number = 123;
        QCOMPARE(i.ref(), QStringLiteral("INC-123"));
        QCOMPARE(parseIncidentRef(QStringLiteral("INC-123")), 123);
        QCOMPARE(parseIncidentRef(QStringLiteral("inc-9")), 9);
        QCOMPARE(parseIncidentRef(QStringLiteral("42")), 42);
        QCOMPARE(parseIncidentRef(QStringLiteral("INC-")), 0);
        QCOMPARE(parseIncidentRef(QStringLiteral("INC-x")), 0);
        QCOMPARE(parseIncidentRef(QStringLiteral("-5")), 0);
    }

    void durationUsesClockWhileOpen()
    {
        FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
        Incident i;
        QVERIFY(!i.durationSeconds(clock.nowUtc()).has_value());
        i.startedAt = clock.nowUtc().addSecs(-5400);
        QCOMPARE(i.durationSeconds(clock.nowUtc()).value(), 5400);
        clock.advance(60);
        QCOMPARE(i.durationSeconds(clock.nowUtc()).value(), 5460);
        i.resolvedAt = i.startedAt.addSecs(3600);
        QCOMPARE(i.durationSeconds(clock.nowUtc()).value(), 3600);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("45s") << qint64(45) << QStringLiteral("45s");
        QTest::newRow("12m") << qint64(12 * 60 + 59) << QStringLiteral("12m");
        QTest::newRow("3h05") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3h 05m");
        QTest::newRow("2d4h") << qint64(2 * 86400 + 4 * 3600 + 10) << QStringLiteral("2d 4h");
        QTest::newRow("negative") << qint64(-20 * 60) << QStringLiteral("-20m");
    }

    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(warroom::formatDuration(seconds), text);
    }

    void isoTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("offset +00:00") << QStringLiteral("2022-07-01T13:37:44+00:00")
                                       << QStringLiteral("2022-07-01T13:37:44.000Z");
        QTest::newRow("offset -06:00 with ms") << QStringLiteral("2014-05-14T14:22:40.301-06:00")
                                               << QStringLiteral("2014-05-14T20:22:40.301Z");
        QTest::newRow("Z") << QStringLiteral("2021-12-31T23:59:59Z") << QStringLiteral("2021-12-31T23:59:59.000Z");
        QTest::newRow("no offset is UTC") << QStringLiteral("2021-12-31T23:59:59")
                                          << QStringLiteral("2021-12-31T23:59:59.000Z");
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void isoTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = parseIsoUtc(text);
        QCOMPARE(toIsoUtc(parsed), utc);
        if (parsed.isValid())
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestCoreTypes)
#include "tst_coretypes.moc"
