#include "ui/policies/PolicyBasicsPage.h"

#include "models/policies/BackupPolicy.h"
#include "ui/ErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace PgVault {

PolicyBasicsPage::PolicyBasicsPage(BackupPolicy &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_nameEdit(new QLineEdit(this))
    , m_nameErrorLabel(new QLabel(this))
    , m_datasourceEdit(new QLineEdit(this))
{
    setTitle(tr("Basics"));
    setSubTitle(tr("Name the policy. Each backup instance that follows it chooses its own vault."));

    m_nameEdit->setObjectName(QStringLiteral("policyNameEdit"));
    m_nameEdit->setAccessibleName(tr("Policy name"));
    m_nameEdit->setMaxLength(BackupPolicy::NameMaxLength + 1); // one more, so "too long" can be shown
    m_nameEdit->setPlaceholderText(tr("for example weekly-postgres"));
    m_nameEdit->setToolTip(tr("3 to 150 letters, digits and hyphens, unique among the backup policies."));
    m_nameErrorLabel->setObjectName(QStringLiteral("nameErrorLabel"));
    ErrorLabel::style(m_nameErrorLabel);

    m_datasourceEdit->setObjectName(QStringLiteral("datasourceTypeEdit"));
    m_datasourceEdit->setAccessibleName(tr("Datasource type"));
    m_datasourceEdit->setReadOnly(true);
    m_datasourceEdit->setText(tr("Azure Database for PostgreSQL flexible servers / PostgreSQL"));
    m_datasourceEdit->setCursorPosition(0);

    auto *nameLabel = new QLabel(tr("Policy &name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto *datasourceLabel = new QLabel(tr("&Datasource type:"), this);
    datasourceLabel->setBuddy(m_datasourceEdit);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The message sits right under its field: a form row of its own would reserve the height of a
    // wrapped label even while it is hidden.
    auto *nameField = new QWidget(this);
    auto *nameFieldLayout = new QVBoxLayout(nameField);
    nameFieldLayout->setContentsMargins(0, 0, 0, 0);
    nameFieldLayout->setSpacing(4);
    nameFieldLayout->addWidget(m_nameEdit);
    nameFieldLayout->addWidget(m_nameErrorLabel);
    layout->addRow(nameLabel, nameField);
    layout->addRow(datasourceLabel, m_datasourceEdit);
    setTabOrder(m_nameEdit, m_datasourceEdit);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &PolicyBasicsPage::nameEdited);
}

void PolicyBasicsPage::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    nameEdited(m_nameEdit->text());
}

void PolicyBasicsPage::initializePage()
{
    if (m_nameEdit->text() != m_draft.name())
        m_nameEdit->setText(m_draft.name());
    nameEdited(m_nameEdit->text());
    m_nameEdit->setFocus();
}

QString PolicyBasicsPage::nameProblem() const
{
    const QString name = m_draft.name();
    if (QString problem = BackupPolicy::nameProblem(name); !problem.isEmpty())
        return problem;
    if (m_existingNames.contains(name, Qt::CaseInsensitive))
        return tr("A policy named \"%1\" already exists. Choose another name.").arg(name);
    return {};
}

bool PolicyBasicsPage::isComplete() const
{
    return nameProblem().isEmpty();
}

bool PolicyBasicsPage::validatePage()
{
    const QString problem = nameProblem();
    m_nameErrorLabel->setText(problem);
    m_nameErrorLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_nameEdit->setFocus();
    return problem.isEmpty();
}

void PolicyBasicsPage::nameEdited(const QString &name)
{
    m_draft.setName(name);
    const QString problem = nameProblem();
    m_nameErrorLabel->setText(problem);
    m_nameErrorLabel->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

} // namespace PgVault
