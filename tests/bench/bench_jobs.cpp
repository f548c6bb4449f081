// Opens the Jobs page over a catalog of 1,000,000 jobs and times the first painted rows and a
// filter change. See tests/bench/README.md for the figures and how to run it.
#include "models/Catalog.h"
#include "models/jobs/JobTableModel.h"
#include "ui/jobs/JobsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace PgVault;

namespace {

constexpr int JobCount = 1000000;
const char *const Statuses[] = {"Completed", "Completed", "Completed", "CompletedWithWarnings", "Failed", "Cancelled"};
const char *const Operations[] = {"Backup", "Backup", "Backup", "Delete", "Verify", "Restore"};

/// One transaction, one prepared statement: about a minute for a million rows with the indexes.
bool seed(Catalog &catalog, const QDateTime &now)
{
    QSqlDatabase db = catalog.database();
    if (!db.transaction())
        return false;
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO jobs (id, activity_id, operation, user_triggered, status, start_ms, "
                       "end_ms, instance_name, datasource_name, vault_name, bytes_transferred, heartbeat_ms) "
                       "VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)"));
    // Spread over a year: about 2,700 jobs in the default 24-hour window.
    const qint64 spanMs = 365LL * 86400000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int i = 0; i < JobCount; ++i) {
        const qint64 start = nowMs - spanMs * i / JobCount - 1000;
        const QString instance = QStringLiteral("server-%1").arg(i % 40);
        insert.bindValue(0, QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0')));
        insert.bindValue(1, QLatin1String(Operations[i % 6]));
        insert.bindValue(2, i % 6 == 1 ? 1 : 0);
        insert.bindValue(3, QLatin1String(Statuses[i % 6]));
        insert.bindValue(4, start);
        insert.bindValue(5, start + 60000 + i % 600000);
        insert.bindValue(6, instance);
        insert.bindValue(7, instance);
        insert.bindValue(8, qint64(i % 1000) * 1048576);
        insert.bindValue(9, start + 60000);
        if (!insert.exec())
            return false;
    }
    return db.commit();
}

/// Processes events until the view's viewport has painted after `mark`.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
    /// False if nothing was painted within 10 s.
    bool waitForPaint()
    {
        QElapsedTimer limit;
        limit.start();
        while (!painted && limit.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return painted;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Unbuffered, so a killed run still shows what it measured.
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (!opened) {
        out << "cannot open the catalog: " << opened.error().text() << '\n';
        return 1;
    }
    std::unique_ptr<Catalog> catalog = std::move(opened).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QElapsedTimer timer;
    timer.start();
    if (!seed(*catalog, now)) {
        out << "seeding failed\n";
        return 1;
    }
    out << "seeded " << JobCount << " jobs in " << timer.elapsed() << " ms\n";
    out.flush();
    {
        // Warm the page cache the way a real catalog file is after the first run.
        QSqlQuery warm(catalog->database());
        warm.exec(QStringLiteral("SELECT count(*) FROM jobs"));
    }

    const int runs = 3;
    for (int run = 0; run < runs; ++run) {
        PaintWatcher watcher;
        timer.restart();
        JobsPage page(catalog->database(), nullptr, nullptr, [now] { return now; });
        page.resize(1100, 700);
        page.view()->viewport()->installEventFilter(&watcher);
        page.show();
        watcher.waitForPaint();
        const qint64 open = timer.elapsed();

        const auto measure = [&](const char *what, const std::function<void()> &change) {
            watcher.painted = false;
            timer.restart();
            change();
            const bool painted = watcher.waitForPaint();
            out << "  " << what << ": " << timer.elapsed() << " ms (" << page.model()->rowCount() << " rows loaded)"
                << (painted ? "" : " NOT PAINTED") << '\n';
            out.flush();
        };
        out.flush();
        out << "run " << run + 1 << ": open Jobs page until the first rows are painted: " << open << " ms ("
            << page.model()->rowCount() << " rows loaded)\n";
        out.flush();
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *operation = page.findChild<QComboBox *>(QStringLiteral("operationCombo"));
        auto *range = page.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        measure("filter status = Failed", [&] { status->setCurrentIndex(4); });
        measure("clear the status filter", [&] { status->setCurrentIndex(0); });
        measure("filter operation = Restore", [&] { operation->setCurrentIndex(3); });
        measure("clear the operation filter", [&] { operation->setCurrentIndex(0); });
        measure("range = last 30 days", [&] { range->setCurrentIndex(int(JobsPage::Range::Last30Days)); });
        measure("sort by data transferred (30 days)",
            [&] { page.view()->sortByColumn(JobTableModel::DataColumn, Qt::DescendingOrder); });
        out.flush();
    }
    // Where a filter change spends its time: the SQL of the first page and of the tile counts.
    JobTableModel model(catalog->database());
    JobFilter filter;
    filter.since = now.addDays(-1);
    filter.status = JobTypes::Status::Failed;
    timer.restart();
    model.setFilter(filter);
    out << "model only, first page of status = Failed: " << timer.elapsed() << " ms\n";
    timer.restart();
    const auto counts = JobRepository(catalog->database()).countByStatus(filter);
    out << "tile counts (24 hours), countByStatus GROUP BY: " << timer.elapsed() << " ms\n";
    timer.restart();
    for (int status = 0; status < 5; ++status) {
        filter.status = JobTypes::Status(status);
        if (!JobRepository(catalog->database()).count(filter))
            return 1;
    }
    out << "tile counts (24 hours), one count per status as the page does: " << timer.elapsed() << " ms\n";
    filter.status.reset();
    filter.since = now.addDays(-30);
    timer.restart();
    const auto monthCounts = JobRepository(catalog->database()).countByStatus(filter);
    out << "tile counts (30 days): " << timer.elapsed() << " ms\n";
    return counts.ok() && monthCounts.ok() ? 0 : 1;
}
