#include "ui/restore/RestoreFilesPage.h"

#include "ui/ErrorLabel.h"
#include "ui/FileDialog.h"
#include "ui/restore/RestoreWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PgVault {

RestoreFilesPage::RestoreFilesPage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_folderEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_prefixEdit(new QLineEdit(this))
    , m_overwriteCheck(new QCheckBox(tr("&Overwrite files that exist already"), this))
    , m_folderError(new QLabel(this))
    , m_prefixError(new QLabel(this))
{
    setTitle(tr("Restore parameters: files"));
    setSubTitle(tr("Choose the folder the files go to and the prefix their names start with."));
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setAccessibleName(tr("Target folder"));
    m_browseButton->setObjectName(QStringLiteral("browseFolderButton"));
    m_browseButton->setAccessibleName(tr("Choose the target folder"));
    m_prefixEdit->setObjectName(QStringLiteral("filePrefixEdit"));
    m_prefixEdit->setAccessibleName(tr("File prefix"));
    m_overwriteCheck->setObjectName(QStringLiteral("overwriteCheckBox"));
    m_overwriteCheck->setToolTip(tr("Without it, the restore refuses to start when a file of the same name exists."));
    m_folderError->setObjectName(QStringLiteral("folderErrorLabel"));
    m_prefixError->setObjectName(QStringLiteral("prefixErrorLabel"));
    for (QLabel *label : {m_folderError, m_prefixError}) {
        ErrorLabel::style(label);
        label->hide();
    }

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folderEdit);
    auto *prefixLabel = new QLabel(tr("File &prefix:"), this);
    prefixLabel->setBuddy(m_prefixEdit);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderError);
    form->addRow(prefixLabel, m_prefixEdit);
    form->addRow(QString(), m_prefixError);
    form->addRow(QString(), m_overwriteCheck);
    setTabOrder(m_folderEdit, m_browseButton);
    setTabOrder(m_browseButton, m_prefixEdit);
    setTabOrder(m_prefixEdit, m_overwriteCheck);

    connect(m_browseButton, &QPushButton::clicked, this, &RestoreFilesPage::browse);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &RestoreFilesPage::inputEdited);
    connect(m_prefixEdit, &QLineEdit::textChanged, this, &RestoreFilesPage::inputEdited);
}

void RestoreFilesPage::initializePage()
{
    if (m_prefixEdit->text().isEmpty() && m_draft.point.time.isValid()) {
        m_prefixEdit->setText(QStringLiteral("%1-%2-").arg(
            m_draft.instance.name, m_draft.point.time.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    }
    m_folderEdit->setText(m_draft.request.folder.isEmpty() ? m_folderEdit->text() : m_draft.request.folder);
    inputEdited();
    m_folderEdit->setFocus();
}

void RestoreFilesPage::browse()
{
    const QString folder = FileDialog::existingDirectory(this, tr("Restore into folder"), m_folderEdit->text());
    if (!folder.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString RestoreFilesPage::prefixProblem() const
{
    const QString prefix = m_prefixEdit->text();
    if (prefix.contains(QLatin1Char('/')) || prefix.contains(QLatin1Char('\\')))
        return tr("The prefix is part of a file name: leave out / and \\.");
    if (prefix == QLatin1String(".") || prefix == QLatin1String(".."))
        return tr("Choose a prefix other than . or ..");
    return {};
}

void RestoreFilesPage::inputEdited()
{
    const bool noFolder = m_folderEdit->text().trimmed().isEmpty();
    m_folderError->setText(tr("Choose the folder the files are written to."));
    m_folderError->setVisible(noFolder);
    const QString problem = prefixProblem();
    m_prefixError->setText(problem);
    m_prefixError->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool RestoreFilesPage::isComplete() const
{
    return !m_folderEdit->text().trimmed().isEmpty() && prefixProblem().isEmpty();
}

bool RestoreFilesPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.request.folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    m_draft.request.filePrefix = m_prefixEdit->text();
    m_draft.request.overwrite = m_overwriteCheck->isChecked();
    m_draft.validation.reset();
    return true;
}

int RestoreFilesPage::nextId() const
{
    return RestoreWizard::ValidatePageId;
}

} // namespace PgVault
