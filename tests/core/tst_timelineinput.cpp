// The scribe's entry line parser: kind prefixes, backdating (also across midnight and the
// daylight-saving changes), and the errors it reports.
#include "core/timelineinput.h"

#include <QTest>

using namespace warroom;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestTimelineInput : public QObject {
    Q_OBJECT

private slots:
    void prefixes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<EntryKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Paged the DBA") << EntryKind::Note << QStringLiteral("Paged the DBA");
        QTest::newRow("decision") << QStringLiteral("/decision Roll back") << EntryKind::Decision
                                  << QStringLiteral("Roll back");
        QTest::newRow("action") << QStringLiteral("/action  Drain eu-west") << EntryKind::Action
                                << QStringLiteral("Drain eu-west");
        QTest::newRow("unknown prefix is text") << QStringLiteral("/shrug nobody knows") << EntryKind::Note
                                                << QStringLiteral("/shrug nobody knows");
    }
    void prefixes()
    {
        QFETCH(QString, line);
        QFETCH(EntryKind, kind);
        QFETCH(QString, text);
        const auto parsed = parseTimelineInput(line, EntryKind::Note, utc(2026, 5, 1, 12, 0), QTimeZone::utc());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        QCOMPARE(parsed->kind, kind);
        QCOMPARE(parsed->text, text);
        QVERIFY(!parsed->occurredAt.isValid());
    }

    void backdateSameDayAndYesterday()
    {
        const QDateTime now = utc(2026, 5, 1, 0, 10);
        const auto earlier = parseTimelineInput(QStringLiteral("@00:05 Rolled back"), EntryKind::Note, now,
                                                QTimeZone::utc());
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->occurredAt, utc(2026, 5, 1, 0, 5));
        const auto lastNight = parseTimelineInput(QStringLiteral("@23:55:30 Alert fired"), EntryKind::Note, now,
                                                  QTimeZone::utc());
        QVERIFY(lastNight.ok());
        QCOMPARE(lastNight->occurredAt, utc(2026, 4, 30, 23, 55, 30));
        const auto exactlyNow = parseTimelineInput(QStringLiteral("@00:10 Now"), EntryKind::Note, now,
                                                   QTimeZone::utc());
        QVERIFY(exactlyNow.ok());
        QCOMPARE(exactlyNow->occurredAt, now);
    }

    void errors()
    {
        const QDateTime now = utc(2026, 5, 1, 12, 0);
        const auto empty = parseTimelineInput(QStringLiteral("/decision   "), EntryKind::Note, now, QTimeZone::utc());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("empty"));
        const auto badTime = parseTimelineInput(QStringLiteral("@25:00 Late"), EntryKind::Note, now, QTimeZone::utc());
        QVERIFY(!badTime.ok());
        QCOMPARE(badTime.error().code, QStringLiteral("bad-time"));
        QVERIFY(!badTime.error().message.isEmpty());
    }

    // On 2026-03-29 Berlin's clocks jump from 02:00 CET to 03:00 CEST: 02:05 does not exist
    // that day, so "@02:05" typed at 03:30 CEST means 02:05 CET the day before. (Found by
    // fuzz_timeline_input: the parser returned a time after "now".)
    void backdateIntoSpringForwardGap()
    {
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("this system has no Europe/Berlin time zone data");
        const QDateTime now = utc(2026, 3, 29, 1, 30); // 03:30 CEST
        const auto parsed = parseTimelineInput(QStringLiteral("/decision @2:05 Roll back"), EntryKind::Note, now,
                                               berlin);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        QCOMPARE(parsed->occurredAt, utc(2026, 3, 28, 1, 5));
        QVERIFY(parsed->occurredAt <= now);
        const auto afterGap = parseTimelineInput(QStringLiteral("@03:10 Recovered"), EntryKind::Note, now, berlin);
        QVERIFY(afterGap.ok());
        QCOMPARE(afterGap->occurredAt, utc(2026, 3, 29, 1, 10));
    }

    // On 2026-10-25 02:30 happens twice in Berlin (CEST, then CET); either is before now.
    void backdateIntoFallBackRepeat()
    {
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("this system has no Europe/Berlin time zone data");
        const QDateTime now = utc(2026, 10, 25, 2, 0); // 03:00 CET
        const auto parsed = parseTimelineInput(QStringLiteral("@02:30 Failover"), EntryKind::Note, now, berlin);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->occurredAt == utc(2026, 10, 25, 0, 30) || parsed->occurredAt == utc(2026, 10, 25, 1, 30));
        QVERIFY(parsed->occurredAt <= now);
    }
};

QTEST_GUILESS_MAIN(TestTimelineInput)
#include "tst_timelineinput.moc"
