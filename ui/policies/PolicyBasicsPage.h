#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace PgVault {

class BackupPolicy;

/// Policy wizard, first page: the policy name (checked live) and the datasource type. The vault is
/// chosen per backup instance (Configure backup), so one policy serves instances in any vault.
class PolicyBasicsPage : public QWizardPage
{
    Q_OBJECT

public:
    PolicyBasicsPage(BackupPolicy &draft, QWidget *parent = nullptr);

    /// Names of the existing policies; a new policy may not reuse one (compared without case).
    void setExistingNames(const QStringList &names);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Why the current name cannot be used, or empty.
    QString nameProblem() const;

private:
    void nameEdited(const QString &name);

    BackupPolicy &m_draft;
    QStringList m_existingNames;
    QLineEdit *m_nameEdit;
    QLabel *m_nameErrorLabel;
    QLineEdit *m_datasourceEdit;
};

} // namespace PgVault
