#include "ui/restore/RestoreTargetPage.h"

#include "ui/restore/RestoreWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PgVault {

RestoreTargetPage::RestoreTargetPage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_filesRadio(new QRadioButton(tr("Restore as &files"), this))
    , m_serverRadio(new QRadioButton(tr("Restore to a &server"), this))
{
    setTitle(tr("Restore type"));
    setSubTitle(tr("Restore the recovery point as files, or straight into a PostgreSQL server."));
    m_filesRadio->setObjectName(QStringLiteral("restoreAsFilesRadio"));
    m_serverRadio->setObjectName(QStringLiteral("restoreToServerRadio"));
    m_filesRadio->setChecked(true);
    auto *filesHint = new QLabel(tr("Writes one pg_restore-able dump per database, roles.sql, tablespace.sql, "
                                    "schema.sql and RESTORE.txt (how to restore them) into a folder."),
        this);
    auto *serverHint = new QLabel(tr("Creates every database of the point on a server you choose, with a new "
                                     "name if you map one, and optionally its roles."),
        this);
    for (QLabel *hint : {filesHint, serverHint}) {
        hint->setWordWrap(true);
        hint->setIndent(24);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesRadio);
    layout->addWidget(filesHint);
    layout->addSpacing(12);
    layout->addWidget(m_serverRadio);
    layout->addWidget(serverHint);
    layout->addStretch();
}

void RestoreTargetPage::initializePage()
{
    (m_draft.request.target == RestoreRequest::Target::Folder ? m_filesRadio : m_serverRadio)->setChecked(true);
}

bool RestoreTargetPage::validatePage()
{
    const RestoreRequest::Target target
        = m_filesRadio->isChecked() ? RestoreRequest::Target::Folder : RestoreRequest::Target::Server;
    if (target != m_draft.request.target)
        m_draft.validation.reset();
    m_draft.request.target = target;
    return true;
}

int RestoreTargetPage::nextId() const
{
    return m_filesRadio->isChecked() ? RestoreWizard::FilesPageId : RestoreWizard::ServerPageId;
}

} // namespace PgVault
