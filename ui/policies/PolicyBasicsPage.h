#pragma once

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace PgVault {

class BackupPolicy;

/// Policy wizard, first page: the policy name (checked live), the datasource type and the vault.
class PolicyBasicsPage : public QWizardPage
{
    Q_OBJECT

public:
    PolicyBasicsPage(BackupPolicy &draft, QWidget *parent = nullptr);

    /// Names already in the vault; a new policy may not reuse one (compared without case).
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
    QComboBox *m_vaultCombo;
};

} // namespace PgVault
