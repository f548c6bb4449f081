#pragma once

#include "ui/instances/ConfigureBackupDraft.h"

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace PgVault {

class ReadinessResultsWidget;
class ReadinessValidator;

/// Configure Backup wizard, third page: the server's connection (name, host, port, user,
/// password, TLS mode) and the asynchronous readiness validation with its result list and the
/// databases found. Next stays disabled until a validation of exactly this input passed.
class ConfigureDatasourcesPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfigureDatasourcesPage(ConfigureBackupDraft &draft, QWidget *parent = nullptr);

    /// Names a new instance may not take.
    void setExistingNames(const QStringList &names) { m_existingNames = names; }
    /// The instances already configured: a server a protected one backs up is refused beside the host.
    void setExistingInstances(const QList<BackupInstance> &instances) { m_existingInstances = instances; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isValidating() const;

public Q_SLOTS:
    /// Checks the fields, then starts the readiness validation (also "Revalidate").
    void validate();

Q_SIGNALS:
    void validationFinished();

private:
    void inputEdited();
    void showReport(const ReadinessReport &report);
    void writeDraft();
    bool showFieldErrors();
    ServerConnection connection() const;
    bool reportMatchesInput() const;
    QLabel *errorLabel(const QString &objectName);

    ConfigureBackupDraft &m_draft;
    QStringList m_existingNames;
    QList<BackupInstance> m_existingInstances;
    ReadinessValidator *m_validator;
    QLineEdit *m_nameEdit;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpinBox;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QComboBox *m_sslModeCombo;
    QLabel *m_nameError;
    QLabel *m_hostError;
    QLabel *m_userError;
    QPushButton *m_validateButton;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    ReadinessResultsWidget *m_results;
    QListWidget *m_databasesList;
};

} // namespace PgVault
