#include "ui/instances/ConnectionFields.h"

#include "models/instances/BackupInstance.h"

#include <QComboBox>
#include <QSpinBox>

namespace PgVault {

void ConnectionFields::setUpPort(QSpinBox *spinBox)
{
    spinBox->setRange(1, 65535);
    spinBox->setValue(5432);
    spinBox->setGroupSeparatorShown(false);
}

void ConnectionFields::setUpSslMode(QComboBox *comboBox)
{
    for (const QString &mode : sslModeNames())
        comboBox->addItem(mode, mode);
    comboBox->setCurrentIndex(int(sslModeNames().indexOf(sslModeName(SslMode::Prefer))));
}

} // namespace PgVault
