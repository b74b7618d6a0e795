// Conflict: which fields differ, what each choice writes, the merge proposal.

#include "core/conflict.h"

#include <QTest>

using namespace warroom;

namespace {

ConflictField field(const QString& key, const QString& base, const QString& mine, const QString& theirs,
                    bool multiLine = false)
{
    ConflictField f;
    f.key = key;
    f.label = key;
    f.base = base;
    f.mine = mine;
    f.theirs = theirs;
    f.multiLine = multiLine;
    return f;
}

} // namespace

class TestConflict : public QObject {
    Q_OBJECT

private slots:
    void mergeText_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("merged");
        QTest::newRow("only mine changed") << "a"
                                           << "b"
                                           << "a" << false << "b";
        QTest::newRow("only theirs changed") << "a"
                                             << "a"
                                             << "c" << false << "c";
        QTest::newRow("same change") << "a"
                                     << "x"
                                     << "x" << false << "x";
        QTest::newRow("theirs extends mine") << "db"
                                             << "db slow"
                                             << "db slow since 14:00" << false << "db slow since 14:00";
        QTest::newRow("mine extends theirs") << "db"
                                             << "db down: disk full"
                                             << "db down" << false << "db down: disk full";
        QTest::newRow("single line, both") << "API errors"
                                           << "API 502s"
                                           << "API errors in eu-west" << false << "API errors in eu-west / API 502s";
        QTest::newRow("lines added on both sides")
            << "Checkout fails."
            << "Checkout fails.\nCause: expired certificate."
            << "Checkout fails.\nImpact: 12% of orders." << true
            << "Checkout fails.\nImpact: 12% of orders.\nCause: expired certificate.";
        QTest::newRow("reworded line kept beside theirs")
            << "Payments down.\nUnknown cause."
            << "Payments down.\nCause: bad deploy 4711."
            << "Payments down since 09:12.\nUnknown cause." << true
            << "Payments down since 09:12.\nUnknown cause.\nCause: bad deploy 4711.";
        QTest::newRow("blank lines of mine not repeated") << "x"
                                                          << "x\n\ny"
                                                          << "z" << true << "z\ny";
    }

    void mergeText()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(bool, multiLine);
        QFETCH(QString, merged);
        QCOMPARE(warroom::mergeText(base, mine, theirs, multiLine), merged);
    }

    void mergeKeepsBothSides()
    {
        // Whatever both wrote ends up in the proposal: nothing is lost.
        const QString base = QStringLiteral("One.");
        const QString mine = QStringLiteral("One.\nMine A.\nMine B.");
        const QString theirs = QStringLiteral("Zero.\nOne.\nTheirs.");
        const QString merged = warroom::mergeText(base, mine, theirs, true);
        for (const QString& line :
             {QStringLiteral("Mine A."), QStringLiteral("Mine B."), QStringLiteral("Theirs."), QStringLiteral("Zero.")})
            QVERIFY2(merged.contains(line), qPrintable(merged));
    }

    void fieldStates()
    {
        const ConflictField untouched =
            field(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a"));
        QVERIFY(!untouched.changedByMe());
        QVERIFY(!untouched.changedByThem());
        QVERIFY(!untouched.differs());
        QVERIFY(!untouched.collides());

        const ConflictField onlyTheirs =
            field(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(onlyTheirs.differs());
        QVERIFY(!onlyTheirs.collides());
        QCOMPARE(onlyTheirs.keepMine(), QStringLiteral("b")); // their change is not undone

        const ConflictField both =
            field(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("b"));
        QVERIFY(both.collides());
        QCOMPARE(both.keepMine(), QStringLiteral("m"));

        const ConflictField agreed =
            field(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("m"));
        QVERIFY(!agreed.differs());
        QVERIFY(!agreed.collides());
    }

    void conflictChoices()
    {
        Conflict c;
        c.subject = QStringLiteral("INC-1");
        c.fields << field(QStringLiteral("title"), QStringLiteral("DB slow"), QStringLiteral("DB down"),
                          QStringLiteral("DB slow in eu-west"))
                 << field(QStringLiteral("summary"), QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("s2"),
                          true)
                 << field(QStringLiteral("owner"), QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("ann"));
        QVERIFY(c.needsDecision());
        QCOMPARE(c.differingFields(), (QList<int>{0, 1, 2}));
        QVERIFY(c.field(QStringLiteral("summary")));
        QVERIFY(!c.field(QStringLiteral("nope")));

        const auto mine = c.resolvedValues(ConflictChoice::KeepMine);
        QCOMPARE(mine.value(QStringLiteral("title")), QStringLiteral("DB down"));
        QCOMPARE(mine.value(QStringLiteral("summary")), QStringLiteral("s2"));
        QCOMPARE(mine.value(QStringLiteral("owner")), QStringLiteral("bob"));

        const auto theirs = c.resolvedValues(ConflictChoice::TakeTheirs);
        QCOMPARE(theirs.value(QStringLiteral("title")), QStringLiteral("DB slow in eu-west"));
        QCOMPARE(theirs.value(QStringLiteral("owner")), QStringLiteral("ann"));

        const auto merged = c.resolvedValues(ConflictChoice::Merge);
        QCOMPARE(merged.value(QStringLiteral("title")), QStringLiteral("DB slow in eu-west / DB down"));
        QCOMPARE(merged.value(QStringLiteral("summary")), QStringLiteral("s2"));
        QCOMPARE(merged.value(QStringLiteral("owner")), QStringLiteral("bob"));

        QVERIFY(c.resolvedValues(ConflictChoice::Cancel).isEmpty());
    }

    void noDecisionWhenTheyChangedOtherFields()
    {
        Conflict c;
        c.fields << field(QStringLiteral("title"), QStringLiteral("a"), QStringLiteral("mine"), QStringLiteral("a"))
                 << field(QStringLiteral("summary"), QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("theirs"),
                          true);
        QVERIFY(!c.needsDecision());
        const auto values = c.resolvedValues(ConflictChoice::KeepMine);
        QCOMPARE(values.value(QStringLiteral("title")), QStringLiteral("mine"));
        QCOMPARE(values.value(QStringLiteral("summary")), QStringLiteral("theirs"));
    }

    void choicesAreNotMerged()
    {
        ConflictField state = field(QStringLiteral("state"), QStringLiteral("open"), QStringLiteral("done"),
                                    QStringLiteral("in_progress"));
        state.labels = {{QStringLiteral("open"), QStringLiteral("Open")},
                        {QStringLiteral("done"), QStringLiteral("Done")},
                        {QStringLiteral("in_progress"), QStringLiteral("In progress")}};
        QVERIFY(!state.isFreeText());
        QCOMPARE(state.display(QStringLiteral("in_progress")), QStringLiteral("In progress"));
        QCOMPARE(state.display(QStringLiteral("other")), QStringLiteral("other"));
        QCOMPARE(state.mergeProposal(), QStringLiteral("done"));
        state.mine = state.base;
        QCOMPARE(state.mergeProposal(), QStringLiteral("in_progress"));
    }

    void resolutionWrites()
    {
        ConflictResolution r;
        QVERIFY(!r.writes());
        r.choice = ConflictChoice::TakeTheirs;
        QVERIFY(!r.writes());
        r.choice = ConflictChoice::KeepMine;
        QVERIFY(r.writes());
        r.choice = ConflictChoice::Merge;
        QVERIFY(r.writes());
    }
};

QTEST_GUILESS_MAIN(TestConflict)
#include "tst_conflict.moc"
