#include "ui/restore/RestoreInstancePage.h"

#include "ui/ErrorLabel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace PgVault {

RestoreInstancePage::RestoreInstancePage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_list(new QListWidget(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Backup instance"));
    setSubTitle(tr("Choose the protected server whose recovery point you want to restore."));
    auto *label = new QLabel(tr("&Backup instance:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("restoreInstancesList"));
    m_list->setAccessibleName(tr("Backup instance"));
    m_errorLabel->setObjectName(QStringLiteral("instanceErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_errorLabel);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_errorLabel->hide();
        Q_EMIT completeChanged();
    });
}

void RestoreInstancePage::initializePage()
{
    if (m_list->count() == 0) {
        for (const BackupInstance &instance : m_draft.instances) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2:%3, vault %4)").arg(instance.name, instance.host).arg(instance.port).arg(instance.vaultName),
                m_list);
            item->setData(Qt::UserRole, instance.id);
        }
        if (m_draft.instances.isEmpty()) {
            m_errorLabel->setText(tr("No backup instance yet: configure backup first."));
            m_errorLabel->show();
        }
    }
    if (m_list->currentRow() < 0 && m_list->count() == 1)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

bool RestoreInstancePage::selectInstance(const QString &instanceId)
{
    if (m_list->count() == 0)
        initializePage();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == instanceId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool RestoreInstancePage::isComplete() const
{
    return m_list->currentRow() >= 0;
}

bool RestoreInstancePage::validatePage()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_draft.instances.size())
        return false;
    const BackupInstance &instance = m_draft.instances.at(row);
    const Result<QList<RecoveryPoint>> points
        = m_draft.loadPoints ? m_draft.loadPoints(instance.id) : Result<QList<RecoveryPoint>>(QList<RecoveryPoint>{});
    if (!points) {
        m_errorLabel->setText(tr("The recovery points could not be read: %1").arg(points.error().text()));
        m_errorLabel->show();
        return false;
    }
    if (points->isEmpty()) {
        m_errorLabel->setText(tr("\"%1\" has no recovery point yet: back it up first.").arg(instance.name));
        m_errorLabel->show();
        return false;
    }
    m_draft.instance = instance;
    m_draft.points = points.value();
    return true;
}

} // namespace PgVault
