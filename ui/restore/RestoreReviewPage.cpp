#include "ui/restore/RestoreReviewPage.h"

#include "engine/restore/RestorePlan.h"
#include "ui/ErrorLabel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace PgVault {

RestoreReviewPage::RestoreReviewPage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summaryLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Review + restore"));
    setSubTitle(tr("Check the restore, then press Restore. It runs as a job you can follow on the Jobs page."));
    m_summaryLabel->setObjectName(QStringLiteral("restoreSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statusLabel->setObjectName(QStringLiteral("restoreStartStatusLabel"));
    m_statusLabel->setText(tr("Starting the restore…"));
    m_statusLabel->hide();
    m_errorLabel->setObjectName(QStringLiteral("restoreStartErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
}

QString RestoreReviewPage::summary(const RestoreDraft &draft)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Backup instance: %1").arg(draft.instance.name);
    lines << tr("Recovery point: %1, %2, %3")
                 .arg(locale.toString(draft.point.time.toLocalTime(), QLocale::ShortFormat),
                     RetentionRule::displayName(draft.point.tag),
                     locale.formattedDataSize(draft.point.sizeBytes));
    lines << tr("Databases: %1").arg(draft.point.databases.join(QStringLiteral(", ")));
    const RestoreRequest &request = draft.request;
    if (request.target == RestoreRequest::Target::Folder) {
        lines << tr("Restore as files into: %1").arg(request.folder);
        lines << tr("File prefix: %1").arg(request.filePrefix.isEmpty() ? tr("(none)") : request.filePrefix);
        lines << tr("Files: %1")
                     .arg(RestorePlan::targetFileNames(request.filePrefix, draft.point).join(QStringLiteral(", ")));
        lines << (request.overwrite ? tr("Existing files are overwritten.")
                                    : tr("Existing files are never overwritten."));
    } else {
        lines << tr("Restore to server: %1:%2 as %3 (TLS %4)")
                     .arg(request.server.host)
                     .arg(request.server.port)
                     .arg(request.server.user, sslModeName(request.server.sslMode));
        for (const QString &source : draft.point.databases)
            lines << tr("  %1 → %2").arg(source, RestorePlan::targetDatabase(request.databaseMap, source));
        lines << tr("Parallel jobs: %1").arg(request.jobs);
        lines << (request.applyRoles ? tr("Roles: applied (cleaned of service roles).") : tr("Roles: skipped."));
        lines << (request.clean ? tr("Existing target databases are dropped and recreated.")
                                : tr("Existing target databases are refused."));
    }
    return lines.join(QLatin1Char('\n'));
}

void RestoreReviewPage::initializePage()
{
    m_summaryLabel->setText(summary(m_draft));
    m_errorLabel->hide();
}

bool RestoreReviewPage::isComplete() const
{
    return !m_starting && m_draft.validation && m_draft.validation->passed();
}

void RestoreReviewPage::setStarting(bool starting)
{
    m_starting = starting;
    m_statusLabel->setVisible(starting);
    if (starting)
        m_errorLabel->hide();
    Q_EMIT completeChanged();
}

void RestoreReviewPage::showStartError(const Error &error)
{
    m_errorLabel->setText(tr("The restore did not start: %1").arg(error.text()));
    m_errorLabel->show();
}

} // namespace PgVault
