#include "ui/vaults/CreateVaultDialog.h"

#include "ui/ErrorLabel.h"
#include "ui/FileDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PgVault {

CreateVaultDialog::CreateVaultDialog(Checker check, PathSuggester suggest, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_suggest(std::move(suggest))
    , m_nameEdit(new QLineEdit(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_nameError(new QLabel(this))
    , m_pathError(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create vault"));

    auto *intro = new QLabel(tr("A local vault is a folder that holds recovery points. Choose a new or empty folder, "
                                "or an existing PgVault vault that is not registered yet."),
        this);
    intro->setWordWrap(true);

    m_nameEdit->setObjectName(QStringLiteral("vaultNameEdit"));
    m_nameEdit->setAccessibleName(tr("Vault name"));
    m_nameEdit->setPlaceholderText(tr("e.g. nas-backups"));
    m_nameEdit->setMaxLength(64);
    m_pathEdit->setObjectName(QStringLiteral("vaultPathEdit"));
    m_pathEdit->setAccessibleName(tr("Vault folder"));
    m_browseButton->setObjectName(QStringLiteral("browseVaultFolderButton"));
    m_browseButton->setAccessibleName(tr("Browse for the vault folder"));
    m_nameError->setObjectName(QStringLiteral("vaultNameErrorLabel"));
    m_pathError->setObjectName(QStringLiteral("vaultPathErrorLabel"));
    for (QLabel *label : {m_nameError, m_pathError}) {
        ErrorLabel::style(label);
        label->hide();
    }
    m_reasonLabel->setObjectName(QStringLiteral("createReasonLabel"));
    m_reasonLabel->setWordWrap(true);

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto *pathLabel = new QLabel(tr("&Folder:"), this);
    pathLabel->setBuddy(m_pathEdit);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameError);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_pathError);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createVaultButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_buttons);

    setTabOrder(m_nameEdit, m_pathEdit);
    setTabOrder(m_pathEdit, m_browseButton);
    setTabOrder(m_browseButton, m_buttons);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_nameTouched = true;
        if (!m_pathChosen && m_suggest)
            m_pathEdit->setText(m_suggest(name.trimmed()));
    });
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] {
        m_pathTouched = true;
        m_pathChosen = true;
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateVaultDialog::validate);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &CreateVaultDialog::validate);
    connect(m_browseButton, &QPushButton::clicked, this, &CreateVaultDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
    validate();
    resize(560, sizeHint().height());
}

QString CreateVaultDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QString CreateVaultDialog::path() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

void CreateVaultDialog::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString folder = FileDialog::existingDirectory(this, tr("Choose the vault's folder"), start);
    if (folder.isEmpty())
        return;
    m_pathChosen = true;
    m_pathTouched = true;
    m_pathEdit->setText(QDir::toNativeSeparators(folder));
}

void CreateVaultDialog::validate()
{
    m_problems = m_check ? m_check(name(), path()) : QList<Error>();
    if (!path().isEmpty() && QDir::isRelativePath(path())) {
        m_problems << Error{QStringLiteral("Vault.PathRelative"),
            tr("Enter the folder's full path, or choose it with Browse…."),
            {},
            QStringLiteral("path"),
            ErrorKind::BadInput};
    }
    // A field shows its message once the user has typed in it (or it has text), never on opening.
    const bool nameShown
        = showProblem(m_nameError, QStringLiteral("name"), m_nameTouched || !m_nameEdit->text().isEmpty());
    const bool pathShown
        = showProblem(m_pathError, QStringLiteral("path"), m_pathTouched || !m_pathEdit->text().isEmpty());
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setEnabled(m_problems.isEmpty());
    const QString reason = m_problems.isEmpty() ? QString() : m_problems.first().message;
    create->setToolTip(reason);
    // The reason below the fields only while no field shows a message of its own.
    m_reasonLabel->setText(tr("Create is not available yet: %1").arg(reason));
    m_reasonLabel->setVisible(!reason.isEmpty() && !nameShown && !pathShown);
    growToFit();
}

void CreateVaultDialog::growToFit()
{
    // Wrapped messages need more height than the dialog opened with; never cut them off.
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

bool CreateVaultDialog::showProblem(QLabel *label, const QString &field, bool touched)
{
    for (const Error &problem : std::as_const(m_problems)) {
        if (problem.field == field && touched) {
            label->setText(problem.text());
            label->show();
            return true;
        }
    }
    label->clear();
    label->hide();
    return false;
}

void CreateVaultDialog::accept()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    Q_EMIT createRequested(name(), path());
}

void CreateVaultDialog::createSucceeded()
{
    QDialog::accept();
}

void CreateVaultDialog::createFailed(const Error &error)
{
    QLabel *label = error.field == QLatin1String("name") ? m_nameError : m_pathError;
    label->setText(error.text());
    label->show();
    m_reasonLabel->hide();
    growToFit();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace PgVault
