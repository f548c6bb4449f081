#include "ui/restore/RestoreServerPage.h"

#include "ui/ErrorLabel.h"
#include "ui/instances/ConnectionFields.h"
#include "ui/restore/RestoreWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PgVault {

RestoreServerPage::RestoreServerPage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_hostEdit(new QLineEdit(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_sslModeCombo(new QComboBox(this))
    , m_mappingTable(new QTableWidget(0, 2, this))
    , m_jobsSpinBox(new QSpinBox(this))
    , m_rolesCombo(new QComboBox(this))
    , m_cleanCheck(new QCheckBox(tr("&Drop and recreate target databases that exist (clean)"), this))
    , m_hostError(new QLabel(this))
    , m_userError(new QLabel(this))
    , m_mappingError(new QLabel(this))
{
    setTitle(tr("Restore parameters: server"));
    setSubTitle(tr("Enter the PostgreSQL server to restore into and the name each database gets there."));
    m_hostEdit->setObjectName(QStringLiteral("targetHostEdit"));
    m_hostEdit->setAccessibleName(tr("Target server host"));
    m_portSpinBox->setObjectName(QStringLiteral("targetPortSpinBox"));
    m_portSpinBox->setAccessibleName(tr("Target port"));
    ConnectionFields::setUpPort(m_portSpinBox);
    m_userEdit->setObjectName(QStringLiteral("targetUserEdit"));
    m_userEdit->setAccessibleName(tr("Target user"));
    m_passwordEdit->setObjectName(QStringLiteral("targetPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("Target password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("Used for this restore only; PgVault does not store it."));
    m_sslModeCombo->setObjectName(QStringLiteral("targetSslModeCombo"));
    m_sslModeCombo->setAccessibleName(tr("Target TLS mode"));
    ConnectionFields::setUpSslMode(m_sslModeCombo);
    m_mappingTable->setObjectName(QStringLiteral("databaseMappingTable"));
    m_mappingTable->setAccessibleName(tr("Database name mapping"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Source database"), tr("Target database")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setTabKeyNavigation(false);
    m_jobsSpinBox->setObjectName(QStringLiteral("parallelJobsSpinBox"));
    m_jobsSpinBox->setAccessibleName(tr("Parallel jobs"));
    m_jobsSpinBox->setRange(1, 16);
    m_jobsSpinBox->setToolTip(tr("pg_restore -j: at most the target server's CPU cores."));
    m_rolesCombo->setObjectName(QStringLiteral("rolesCombo"));
    m_rolesCombo->setAccessibleName(tr("Roles"));
    m_rolesCombo->addItem(tr("Skip roles (data retrieval)"), false);
    m_rolesCombo->addItem(tr("Apply roles.sql, cleaned of service roles"), true);
    for (QSpinBox *spinBox : {m_portSpinBox, m_jobsSpinBox})
        spinBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_mappingTable->setMaximumHeight(180);
    m_cleanCheck->setObjectName(QStringLiteral("cleanCheckBox"));
    m_hostError->setObjectName(QStringLiteral("targetHostErrorLabel"));
    m_userError->setObjectName(QStringLiteral("targetUserErrorLabel"));
    m_mappingError->setObjectName(QStringLiteral("mappingErrorLabel"));
    for (QLabel *label : {m_hostError, m_userError, m_mappingError}) {
        ErrorLabel::style(label);
        label->hide();
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field, QLabel *error) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        if (error)
            form->addRow(QString(), error);
    };
    addRow(tr("&Host:"), m_hostEdit, m_hostError);
    addRow(tr("P&ort:"), m_portSpinBox, nullptr);
    addRow(tr("&User:"), m_userEdit, m_userError);
    addRow(tr("Pass&word:"), m_passwordEdit, nullptr);
    addRow(tr("&TLS mode:"), m_sslModeCombo, nullptr);
    addRow(tr("Database &mapping:"), m_mappingTable, m_mappingError);
    addRow(tr("Parallel &jobs:"), m_jobsSpinBox, nullptr);
    addRow(tr("&Roles:"), m_rolesCombo, nullptr);
    form->addRow(QString(), m_cleanCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1); // spare height goes below the form, not between its rows
    setTabOrder(m_hostEdit, m_portSpinBox);
    setTabOrder(m_portSpinBox, m_userEdit);
    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_sslModeCombo);
    setTabOrder(m_sslModeCombo, m_mappingTable);
    setTabOrder(m_mappingTable, m_jobsSpinBox);
    setTabOrder(m_jobsSpinBox, m_rolesCombo);
    setTabOrder(m_rolesCombo, m_cleanCheck);

    connect(m_hostEdit, &QLineEdit::textChanged, this, &RestoreServerPage::inputEdited);
    connect(m_userEdit, &QLineEdit::textChanged, this, &RestoreServerPage::inputEdited);
    connect(m_mappingTable, &QTableWidget::itemChanged, this, &RestoreServerPage::inputEdited);
}

void RestoreServerPage::initializePage()
{
    if (m_mappedPointId != m_draft.point.id) {
        m_mappedPointId = m_draft.point.id;
        const QSignalBlocker blocker(m_mappingTable);
        m_mappingTable->setRowCount(int(m_draft.point.databases.size()));
        for (int row = 0; row < m_draft.point.databases.size(); ++row) {
            const QString name = m_draft.point.databases.at(row);
            auto *source = new QTableWidgetItem(name);
            source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_mappingTable->setItem(row, 0, source);
            m_mappingTable->setItem(row, 1, new QTableWidgetItem(name));
        }
    }
    inputEdited();
    m_hostEdit->setFocus();
}

QString RestoreServerPage::mappingProblem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_mappingTable->item(row, 1);
        const QString target = item ? item->text().trimmed() : QString();
        if (target.isEmpty())
            return tr("Give every database a target name.");
        if (seen.contains(target))
            return tr("Two databases would both be restored into \"%1\".").arg(target);
        seen.insert(target);
    }
    return {};
}

void RestoreServerPage::inputEdited()
{
    m_hostError->setText(tr("Enter the target server's host name or IP address."));
    m_hostError->setVisible(m_hostEdit->text().trimmed().isEmpty());
    m_userError->setText(tr("Enter the user to restore as (it needs CREATEDB)."));
    m_userError->setVisible(m_userEdit->text().trimmed().isEmpty());
    const QString problem = mappingProblem();
    m_mappingError->setText(problem);
    m_mappingError->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool RestoreServerPage::isComplete() const
{
    return !m_hostEdit->text().trimmed().isEmpty() && !m_userEdit->text().trimmed().isEmpty()
        && mappingProblem().isEmpty();
}

bool RestoreServerPage::validatePage()
{
    if (!isComplete())
        return false;
    RestoreRequest &request = m_draft.request;
    request.server.host = m_hostEdit->text().trimmed();
    request.server.port = m_portSpinBox->value();
    request.server.user = m_userEdit->text().trimmed();
    request.server.password = m_passwordEdit->text();
    request.server.sslMode = parseSslMode(m_sslModeCombo->currentData().toString()).value_or(SslMode::Prefer);
    request.databaseMap.clear();
    for (int row = 0; row < m_mappingTable->rowCount(); ++row)
        request.databaseMap.insert(
            m_mappingTable->item(row, 0)->text(), m_mappingTable->item(row, 1)->text().trimmed());
    request.jobs = m_jobsSpinBox->value();
    request.applyRoles = m_rolesCombo->currentData().toBool();
    request.clean = m_cleanCheck->isChecked();
    m_draft.validation.reset();
    return true;
}

int RestoreServerPage::nextId() const
{
    return RestoreWizard::ValidatePageId;
}

} // namespace PgVault
