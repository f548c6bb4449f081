#include "ui/instances/ConfigureReviewPage.h"

#include "ui/ErrorLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PgVault {

ConfigureReviewPage::ConfigureReviewPage(ConfigureBackupDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summaryLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Review + configure"));
    setSubTitle(tr("Check the settings, then configure backup. The password goes to the system keychain."));
    setCommitPage(false);
    m_summaryLabel->setObjectName(QStringLiteral("configureSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true);
    // Mouse-selectable only: a keyboard-selectable label draws a stray caret after the table.
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_statusLabel->setObjectName(QStringLiteral("saveStatusLabel"));
    m_statusLabel->hide();
    m_errorLabel->setObjectName(QStringLiteral("saveErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
}

void ConfigureReviewPage::initializePage()
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const BackupInstance &instance = m_draft.instance;
    QStringList databases;
    if (m_draft.report) {
        for (const DatabaseInfo &database : m_draft.report->databases)
            databases << database.name;
    }
    QString html = QStringLiteral("<table>");
    html += row(tr("Backup instance"), instance.name);
    html += row(tr("Server"), instance.datasourceName());
    html += row(tr("TLS mode"), instance.sslMode);
    html += row(tr("Password"), tr("saved in the system keychain"));
    html += row(tr("Databases"), databases.isEmpty() ? tr("none found") : databases.join(QStringLiteral(", ")));
    html += row(tr("Vault"), m_draft.vault.vault.name);
    html += row(tr("Backup policy"), m_draft.policy.name());
    html += row(tr("Schedule"), m_draft.policy.schedule().summary());
    html += row(tr("Retention"), m_draft.policy.retentionSummary());
    html += QStringLiteral("</table>");
    m_summaryLabel->setText(html);
    m_errorLabel->hide();
}

bool ConfigureReviewPage::isComplete() const
{
    return !m_saving && m_draft.report && m_draft.report->passed();
}

void ConfigureReviewPage::setSaving(bool saving)
{
    m_saving = saving;
    m_statusLabel->setText(tr("Saving the password in the system keychain…"));
    m_statusLabel->setVisible(saving);
    if (saving)
        m_errorLabel->hide();
    Q_EMIT completeChanged();
}

void ConfigureReviewPage::showSaveError(const Error &error)
{
    m_errorLabel->setText(tr("Backup was not configured and nothing was stored: %1").arg(error.text()));
    m_errorLabel->show();
}

} // namespace PgVault
