#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace PgVault {

/// Restore wizard, "Restore to server" parameters: the target connection, the database name
/// mapping (source → target, editable), parallel jobs, roles (skip or apply) and clean.
class RestoreServerPage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreServerPage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void inputEdited();
    QString mappingProblem() const;

    RestoreDraft &m_draft;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpinBox;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QComboBox *m_sslModeCombo;
    QTableWidget *m_mappingTable;
    QSpinBox *m_jobsSpinBox;
    QComboBox *m_rolesCombo;
    QCheckBox *m_cleanCheck;
    QLabel *m_hostError;
    QLabel *m_userError;
    QLabel *m_mappingError;
    QString m_mappedPointId;
};

} // namespace PgVault
