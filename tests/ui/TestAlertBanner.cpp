#include "models/instances/InstanceTableModel.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/instances/InstanceController.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace PgVault;
using PgVault::Test::TempCatalogAndVault;

/// The main window's alert banner and the instances table's alert column over a real catalog, as
/// the periodic refresh finds them: a failed backup appears in both and disappears when the next
/// backup succeeded; a missing agent shows in the banner; many alerts are cut to MaxLines.
class TestAlertBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TempCatalogAndVault>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY_RESULT(m_env->create(now.addYears(-1)));
        qputenv("XDG_CONFIG_HOME", m_env->dir->filePath(QStringLiteral("config")).toUtf8());
        // Protected an hour ago: its first scheduled backup is not due yet, so nothing is overdue.
        m_instanceId = m_env->addInstance(QStringLiteral("prod"), now.addSecs(-3600));
        QVERIFY(!m_instanceId.isEmpty());
        beat();
        m_window = std::make_unique<MainWindow>(m_env->catalog.get());
        m_window->showPage(MainWindow::InstancesPage);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        banner()->setRefreshInterval(50);
    }

    void cleanup()
    {
        m_window.reset();
        m_env.reset();
    }

    void failedBackupShowsUntilTheNextSuccess()
    {
        QVERIFY(banner()->isHidden());
        QVERIFY(alertCell().isEmpty());

        const QString failed = addJob(JobTypes::Status::Failed);
        QSignalSpy changed(banner(), &AlertBanner::alertsChanged);
        QTRY_VERIFY(!banner()->isHidden());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(banner()->alerts().size(), 1);
        QCOMPARE(banner()->alerts().constFirst().jobId, failed);
        const QString text = lines();
        QVERIFY2(text.startsWith(QStringLiteral("prod: The last backup failed: pg_dump of database \"shop\" failed. — "
                                                "Check that the server is running.")),
            qPrintable(text));
        QVERIFY2(title().startsWith(QStringLiteral("1 alert")), qPrintable(title()));
        QVERIFY2(alertCell().startsWith(QStringLiteral("\u26A0 The last backup failed")), qPrintable(alertCell()));
        QVERIFY(alertTip().contains(QStringLiteral("Check that the server is running.")));

        // The instances list reloads (a backup was configured elsewhere): the alert column stays.
        QVERIFY_RESULT(m_window->instanceController()->refresh());
        QVERIFY(!alertCell().isEmpty());

        addJob(JobTypes::Status::Completed);
        QTRY_VERIFY(banner()->isHidden());
        QCOMPARE(changed.count(), 2);
        QVERIFY(banner()->alerts().isEmpty());
        QVERIFY(alertCell().isEmpty());
    }

    void missingAgentShowsInTheBanner()
    {
        QSqlQuery query(m_env->catalog->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM agent_heartbeats")));
        QTRY_VERIFY(!banner()->isHidden());
        QVERIFY2(lines().startsWith(QStringLiteral("No PgVault agent is running")), qPrintable(lines()));
        // Not an instance's alert: the table shows nothing.
        QVERIFY(alertCell().isEmpty());
    }

    void manyAlertsAreCut()
    {
        for (int i = 0; i < AlertBanner::MaxLines + 2; ++i) {
            const QString id
                = m_env->addInstance(QStringLiteral("old-%1").arg(i), QDateTime::currentDateTimeUtc().addDays(-30));
            QVERIFY(!id.isEmpty());
        }
        QTRY_COMPARE(banner()->alerts().size(), AlertBanner::MaxLines + 2);
        const QStringList shown = lines().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), AlertBanner::MaxLines + 1);
        QVERIFY2(shown.constLast().contains(QStringLiteral("2 more")), qPrintable(shown.constLast()));
    }

private:
    AlertBanner *banner() const { return m_window->alertBanner(); }
    QString title() const { return banner()->findChild<QLabel *>(QStringLiteral("alertBannerTitle"))->text(); }
    QString lines() const { return banner()->findChild<QLabel *>(QStringLiteral("alertBannerLines"))->text(); }

    /// The instance's cell in the table the Backup instances page shows.
    QModelIndex alertIndex() const
    {
        const InstanceTableModel *model = m_window->instanceController()->model();
        return model->index(model->rowOfId(m_instanceId), InstanceTableModel::AlertsColumn);
    }
    QString alertCell() const { return alertIndex().data().toString(); }
    QString alertTip() const { return alertIndex().data(Qt::ToolTipRole).toString(); }

    void beat() const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<void> beaten = AgentHeartbeatRepository(m_env->catalog->database())
                                        .beat({QStringLiteral("agent-host"), 4242, now.addDays(-1), now});
        if (!beaten)
            qWarning().noquote() << beaten.error().text();
    }

    QString addJob(JobTypes::Status status) const
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        Job job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.activityId = job.id;
        job.operation = JobTypes::Operation::Backup;
        job.status = status;
        job.start = start;
        job.end = start.addSecs(10);
        job.heartbeat = job.end;
        job.instanceId = m_instanceId;
        job.instanceName = QStringLiteral("prod");
        if (status == JobTypes::Status::Failed) {
            job.error = Error{QStringLiteral("Backup.DumpFailed"),
                QStringLiteral("pg_dump of database \"shop\" failed."),
                QStringLiteral("Check that the server is running."),
                {}};
        }
        if (const Result<void> created = JobRepository(m_env->catalog->database()).create(job); !created)
            qWarning().noquote() << created.error().text();
        return job.id;
    }

    std::unique_ptr<TempCatalogAndVault> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_instanceId;
};

QTEST_MAIN(TestAlertBanner)
#include "TestAlertBanner.moc"
