#include "ui/instances/ConfigureDatasourcesPage.h"

#include "engine/instances/InstanceProtection.h"
#include "engine/instances/ServerAddress.h"
#include "models/instances/InstanceRepository.h"
#include "ui/ErrorLabel.h"
#include "ui/instances/ConnectionFields.h"
#include "ui/instances/ReadinessResultsWidget.h"
#include "ui/instances/ReadinessValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PgVault {

ConfigureDatasourcesPage::ConfigureDatasourcesPage(ConfigureBackupDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_validator(new ReadinessValidator(this))
    , m_nameEdit(new QLineEdit(this))
    , m_hostEdit(new QLineEdit(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_sslModeCombo(new QComboBox(this))
    , m_nameError(errorLabel(QStringLiteral("nameErrorLabel")))
    , m_hostError(errorLabel(QStringLiteral("hostErrorLabel")))
    , m_userError(errorLabel(QStringLiteral("userErrorLabel")))
    , m_validateButton(new QPushButton(tr("&Validate"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_results(new ReadinessResultsWidget(this))
    , m_databasesList(new QListWidget(this))
{
    setTitle(tr("Datasources"));
    setSubTitle(tr("Enter the PostgreSQL server to protect, then validate that PgVault can back it up."));

    m_nameEdit->setObjectName(QStringLiteral("instanceNameEdit"));
    m_nameEdit->setAccessibleName(tr("Backup instance name"));
    m_nameEdit->setPlaceholderText(tr("for example orders-db"));
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setAccessibleName(tr("Server host"));
    m_hostEdit->setPlaceholderText(tr("host name or IP address"));
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setAccessibleName(tr("Port"));
    ConnectionFields::setUpPort(m_portSpinBox);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setToolTip(tr("Stored only in the system keychain, never in PgVault's files."));
    m_sslModeCombo->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslModeCombo->setAccessibleName(tr("TLS mode"));
    ConnectionFields::setUpSslMode(m_sslModeCombo);

    m_validateButton->setObjectName(QStringLiteral("validateButton"));
    m_validateButton->setAccessibleName(tr("Validate readiness"));
    m_progressBar->setObjectName(QStringLiteral("validationProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("validationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("readinessResults"));
    m_databasesList->setObjectName(QStringLiteral("databasesList"));
    m_databasesList->setAccessibleName(tr("Databases found"));
    m_databasesList->setMaximumWidth(260);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field, QLabel *error) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        if (error)
            form->addRow(QString(), error);
    };
    addRow(tr("&Name:"), m_nameEdit, m_nameError);
    addRow(tr("&Host:"), m_hostEdit, m_hostError);
    addRow(tr("P&ort:"), m_portSpinBox, nullptr);
    addRow(tr("&User:"), m_userEdit, m_userError);
    addRow(tr("Pass&word:"), m_passwordEdit, nullptr);
    addRow(tr("&TLS mode:"), m_sslModeCombo, nullptr);

    auto *databasesBox = new QGroupBox(tr("Databases found"), this);
    auto *databasesLayout = new QVBoxLayout(databasesBox);
    databasesLayout->addWidget(m_databasesList);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(databasesBox);

    auto *validateRow = new QHBoxLayout;
    validateRow->addWidget(m_validateButton);
    validateRow->addWidget(m_progressBar);
    validateRow->addWidget(m_statusLabel, 1);

    auto *resultsBox = new QGroupBox(tr("Backup readiness"), this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(validateRow);
    layout->addWidget(resultsBox, 1);

    setTabOrder(m_nameEdit, m_hostEdit);
    setTabOrder(m_hostEdit, m_portSpinBox);
    setTabOrder(m_portSpinBox, m_userEdit);
    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_sslModeCombo);
    setTabOrder(m_sslModeCombo, m_validateButton);
    setTabOrder(m_validateButton, m_databasesList);

    for (QLineEdit *edit : {m_nameEdit, m_hostEdit, m_userEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConfigureDatasourcesPage::inputEdited);
    connect(m_portSpinBox, &QSpinBox::valueChanged, this, &ConfigureDatasourcesPage::inputEdited);
    connect(m_sslModeCombo, &QComboBox::currentIndexChanged, this, &ConfigureDatasourcesPage::inputEdited);
    connect(m_validateButton, &QPushButton::clicked, this, &ConfigureDatasourcesPage::validate);
    connect(m_validator, &ReadinessValidator::finished, this, &ConfigureDatasourcesPage::showReport);
}

QLabel *ConfigureDatasourcesPage::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    ErrorLabel::style(label);
    label->hide();
    return label;
}

void ConfigureDatasourcesPage::initializePage()
{
    // Back from Review, or the vault changed on Basics: show what still holds.
    if (m_draft.report && m_draft.report->vaultName == m_draft.vault.vault.name)
        m_results->setReport(*m_draft.report);
    else
        m_results->clear();
    inputEdited();
    m_nameEdit->setFocus();
}

ServerConnection ConfigureDatasourcesPage::connection() const
{
    ServerConnection connection;
    connection.host = m_hostEdit->text().trimmed();
    connection.port = m_portSpinBox->value();
    connection.user = m_userEdit->text().trimmed();
    connection.sslMode = parseSslMode(m_sslModeCombo->currentData().toString()).value_or(SslMode::Prefer);
    connection.password = m_passwordEdit->text();
    return connection;
}

bool ConfigureDatasourcesPage::reportMatchesInput() const
{
    return m_draft.report && m_draft.report->connection == connection()
        && m_draft.report->vaultName == m_draft.vault.vault.name;
}

bool ConfigureDatasourcesPage::isValidating() const
{
    return m_validator->isRunning();
}

void ConfigureDatasourcesPage::writeDraft()
{
    m_draft.instance.name = m_nameEdit->text().trimmed();
    m_draft.instance.host = m_hostEdit->text().trimmed();
    m_draft.instance.port = m_portSpinBox->value();
    m_draft.instance.user = m_userEdit->text().trimmed();
    m_draft.instance.sslMode = m_sslModeCombo->currentData().toString();
    m_draft.password = m_passwordEdit->text();
}

bool ConfigureDatasourcesPage::showFieldErrors()
{
    writeDraft();
    QList<Error> errors = InstanceRepository::validate(m_draft.instance);
    if (m_existingNames.contains(m_draft.instance.name)) {
        errors << Error{QStringLiteral("Instance.DuplicateName"),
            tr("A backup instance named \"%1\" already exists.").arg(m_draft.instance.name),
            tr("Choose another name."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    }
    // One server is protected once; the engine refuses it too (InstanceProtection::prepare).
    if (const std::optional<BackupInstance> existing
        = ServerAddress::protectedBy(m_existingInstances, m_draft.instance))
        errors << InstanceProtection::alreadyProtected(m_draft.instance, *existing);
    const QList<std::pair<QString, QLabel *>> labels{{QStringLiteral("name"), m_nameError},
        {QStringLiteral("host"), m_hostError},
        {QStringLiteral("user"), m_userError}};
    for (const auto &[field, label] : labels) {
        QStringList texts;
        for (const Error &error : errors) {
            if (error.field == field)
                texts << error.text();
        }
        label->setText(texts.join(QLatin1Char('\n')));
        label->setVisible(!texts.isEmpty());
    }
    if (errors.isEmpty())
        return true;
    const QString first = errors.first().field;
    if (first == QLatin1String("name"))
        m_nameEdit->setFocus();
    else if (first == QLatin1String("host"))
        m_hostEdit->setFocus();
    else if (first == QLatin1String("user"))
        m_userEdit->setFocus();
    return false;
}

void ConfigureDatasourcesPage::validate()
{
    if (!showFieldErrors()) {
        m_statusLabel->setText(tr("Correct the fields marked above, then validate."));
        return;
    }
    m_draft.report.reset();
    m_results->clear();
    m_databasesList->clear();
    m_progressBar->show();
    m_statusLabel->setText(tr("Checking the server and the vault…"));
    m_validateButton->setEnabled(false);
    m_validator->start(connection(), m_draft.vault.vault, m_draft.vault.exists);
    Q_EMIT completeChanged();
}

void ConfigureDatasourcesPage::showReport(const ReadinessReport &report)
{
    m_progressBar->hide();
    m_validateButton->setEnabled(true);
    m_validateButton->setText(tr("&Revalidate"));
    m_validateButton->setAccessibleName(tr("Revalidate readiness"));
    m_draft.report = report;
    m_results->setReport(report);
    m_databasesList->clear();
    for (const DatabaseInfo &database : report.databases) {
        m_databasesList->addItem(tr("%1 (%2)").arg(database.name, QLocale().formattedDataSize(database.sizeBytes)));
    }
    const ReadinessReport::Check connectionCheck = report.check(ReadinessReport::CheckKind::Connection);
    if (connectionCheck.field == QLatin1String("password"))
        m_passwordEdit->setFocus();
    else if (connectionCheck.field == QLatin1String("host") || connectionCheck.field == QLatin1String("port"))
        m_hostEdit->setFocus();
    inputEdited();
    Q_EMIT validationFinished();
}

void ConfigureDatasourcesPage::inputEdited()
{
    if (m_validator->isRunning())
        m_statusLabel->setText(tr("Checking the server and the vault…"));
    else if (!m_draft.report)
        m_statusLabel->setText(tr("Validate to check the connection, the versions, the privileges and the vault."));
    else if (!reportMatchesInput())
        m_statusLabel->setText(tr("The input changed since the last validation: revalidate."));
    else if (m_draft.report->passed())
        m_statusLabel->setText(tr("Ready: PgVault can back up this server."));
    else
        m_statusLabel->setText(tr("Not ready: fix what failed below, then revalidate."));
    Q_EMIT completeChanged();
}

bool ConfigureDatasourcesPage::isComplete() const
{
    return !m_validator->isRunning() && reportMatchesInput() && m_draft.report->passed();
}

bool ConfigureDatasourcesPage::validatePage()
{
    return isComplete() && showFieldErrors();
}

} // namespace PgVault
