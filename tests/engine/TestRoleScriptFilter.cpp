#include "engine/restore/RoleScriptFilter.h"

#include <QTest>

using namespace PgVault;

/// The roles.sql clean-up Azure documents, line by line: service roles go, NOSUPERUSER and
/// NOBYPASSRLS are stripped from ALTER ROLE, everything else stays as written.
class TestRoleScriptFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filter_data();
    void filter();
    void ownAdminIsDropped();
    void expectedErrors();
};

void TestRoleScriptFilter::filter_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected"); // "<drop>" when the line must go

    const QString drop = QStringLiteral("<drop>");
    QTest::newRow("create azure_pg_admin -> dropped") << QStringLiteral("CREATE ROLE azure_pg_admin;") << drop;
    QTest::newRow("alter azuresu -> dropped")
        << QStringLiteral("ALTER ROLE azuresu WITH SUPERUSER INHERIT CREATEROLE;") << drop;
    QTest::newRow("grant of azure_pg_admin -> dropped")
        << QStringLiteral("GRANT azure_pg_admin TO app GRANTED BY azuresu;") << drop;
    QTest::newRow("quoted azure_superuser -> dropped") << QStringLiteral("CREATE ROLE \"azure_superuser\";") << drop;
    QTest::newRow("localadmin -> dropped") << QStringLiteral("ALTER ROLE localadmin WITH LOGIN;") << drop;
    QTest::newRow("role replication -> dropped")
        << QStringLiteral("ALTER ROLE replication WITH NOSUPERUSER INHERIT NOCREATEROLE REPLICATION;") << drop;
    QTest::newRow("REPLICATION attribute of another role stays")
        << QStringLiteral("ALTER ROLE repl_user WITH LOGIN REPLICATION;")
        << QStringLiteral("ALTER ROLE repl_user WITH LOGIN REPLICATION;");
    QTest::newRow("role named like a service role stays")
        << QStringLiteral("CREATE ROLE azuresu_reporting;") << QStringLiteral("CREATE ROLE azuresu_reporting;");
    QTest::newRow("NOSUPERUSER and NOBYPASSRLS stripped")
        << QStringLiteral("ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE LOGIN NOBYPASSRLS;")
        << QStringLiteral("ALTER ROLE app WITH INHERIT NOCREATEROLE LOGIN;");
    QTest::newRow("comment stays") << QStringLiteral("-- Roles") << QStringLiteral("-- Roles");
    QTest::newRow("grant between user roles stays") << QStringLiteral("GRANT readers TO app GRANTED BY admin;")
                                                    << QStringLiteral("GRANT readers TO app GRANTED BY admin;");
}

void TestRoleScriptFilter::filter()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString script = QStringLiteral("SET x = 1;\n") + line + QStringLiteral("\nSET y = 2;");
    const QString filtered = RoleScriptFilter::filter(script);
    if (expected == QLatin1String("<drop>"))
        QCOMPARE(filtered, QStringLiteral("SET x = 1;\nSET y = 2;"));
    else
        QCOMPARE(filtered, QStringLiteral("SET x = 1;\n") + expected + QStringLiteral("\nSET y = 2;"));
}

void TestRoleScriptFilter::ownAdminIsDropped()
{
    const QString script = QStringLiteral("CREATE ROLE admin;\nALTER ROLE admin WITH SUPERUSER PASSWORD 'x';\n"
                                          "CREATE ROLE administrator;\nGRANT r TO admin;");
    QCOMPARE(RoleScriptFilter::filter(script, {QStringLiteral("admin")}),
        QStringLiteral("CREATE ROLE administrator;\nGRANT r TO admin;"));
}

void TestRoleScriptFilter::expectedErrors()
{
    QVERIFY(RoleScriptFilter::isExpectedError(QStringLiteral("psql:<stdin>:5: ERROR:  role \"admin\" already exists")));
    QVERIFY(RoleScriptFilter::isExpectedError(QStringLiteral("ERROR:  must be superuser to create superusers")));
    QVERIFY(!RoleScriptFilter::isExpectedError(QStringLiteral("ERROR:  syntax error at or near \"ROLEX\"")));
    QVERIFY(RoleScriptFilter::sedCommand(QStringLiteral("roles.sql")).contains(QStringLiteral("/azuresu/d")));
}

QTEST_GUILESS_MAIN(TestRoleScriptFilter)
#include "TestRoleScriptFilter.moc"
