#include "ui/restore/RestoreValidatePage.h"

#include "ui/restore/RestoreValidator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PgVault {

RestoreValidatePage::RestoreValidatePage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_validator(new RestoreValidator(this))
    , m_validateButton(new QPushButton(tr("&Revalidate"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_results(new QWidget(this))
    , m_resultsLayout(new QVBoxLayout(m_results))
{
    setTitle(tr("Validate"));
    setSubTitle(tr("PgVault checks the restore target before anything is written."));
    m_validateButton->setObjectName(QStringLiteral("revalidateButton"));
    m_validateButton->setAccessibleName(tr("Validate the restore target again"));
    m_progressBar->setObjectName(QStringLiteral("restoreValidationProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("restoreValidationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("restoreValidationResults"));
    m_results->setAccessibleName(tr("Validation results"));
    m_resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLayout->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_validateButton);
    row->addWidget(m_progressBar);
    row->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_results, 1);
    connect(m_validateButton, &QPushButton::clicked, this, &RestoreValidatePage::validate);
    connect(m_validator, &RestoreValidator::finished, this, &RestoreValidatePage::showValidation);
}

void RestoreValidatePage::initializePage()
{
    if (m_draft.validation)
        showValidation(*m_draft.validation);
    else
        validate();
}

bool RestoreValidatePage::isValidating() const
{
    return m_validator->isRunning();
}

void RestoreValidatePage::validate()
{
    m_draft.validation.reset();
    clearResults();
    m_progressBar->show();
    m_validateButton->setEnabled(false);
    m_statusLabel->setText(m_draft.request.target == RestoreRequest::Target::Folder ? tr("Checking the folder…")
                                                                                    : tr("Checking the server…"));
    m_validator->start(m_draft.request, m_draft.point);
    Q_EMIT completeChanged();
}

void RestoreValidatePage::showValidation(const RestoreValidation &validation)
{
    m_draft.validation = validation;
    m_progressBar->hide();
    m_validateButton->setEnabled(true);
    clearResults();
    int row = 0;
    for (const RestoreValidation::Check &check : validation.checks) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (check.status == RestoreValidation::Status::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (check.status == RestoreValidation::Status::Failed)
            icon = QStyle::SP_MessageBoxCritical;
        auto *line = new QWidget(m_results);
        auto *iconLabel = new QLabel(line);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
        iconLabel->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(line);
        text->setObjectName(QStringLiteral("restoreCheckText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(check.remedy.isEmpty() ? tr("%1: %2").arg(check.title, check.message)
                                             : tr("%1: %2\n%3").arg(check.title, check.message, check.remedy));
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->addWidget(iconLabel);
        lineLayout->addWidget(text, 1);
        m_resultsLayout->insertWidget(row++, line);
    }
    m_statusLabel->setText(validation.passed() ? tr("Ready to restore.")
                                               : tr("Not ready: fix what failed below (Back), then revalidate."));
    Q_EMIT completeChanged();
    Q_EMIT validationFinished();
}

void RestoreValidatePage::clearResults()
{
    const QList<QWidget *> rows = m_results->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *row : rows) {
        row->hide();
        row->setParent(nullptr); // gone from the page at once, freed by the event loop
        row->deleteLater();
    }
}

bool RestoreValidatePage::isComplete() const
{
    return !m_validator->isRunning() && m_draft.validation && m_draft.validation->passed();
}

} // namespace PgVault
