#pragma once

#include "models/Result.h"
#include "models/policies/BackupPolicy.h"
#include "models/policies/PolicyRepository.h"

#include <QObject>

namespace PgVault {

class Catalog;
class PolicyTableModel;

/// Between the policy screens and the catalog: saves what the wizard created, deletes, imports
/// and exports policies, and keeps the policies table current. The only UI class doing policy I/O.
class PolicyController : public QObject
{
    Q_OBJECT

public:
    /// The catalog must outlive the controller.
    explicit PolicyController(Catalog *catalog, QObject *parent = nullptr);

    PolicyTableModel *model() const { return m_model; }

    Result<void> refresh();
    QStringList names() const;
    bool exists(const QString &name) const;

    Result<QString> create(const BackupPolicy &policy);
    Result<void> remove(const QString &name);
    /// Reads and parses a policy JSON file; errors name the file and the JSON path.
    Result<BackupPolicy> readFile(const QString &path) const;
    Result<void> writeFile(const BackupPolicy &policy, const QString &path) const;

Q_SIGNALS:
    void policiesChanged();

private:
    void refreshAfterChange();
    PolicyRepository repository() const;

    Catalog *m_catalog;
    PolicyTableModel *m_model;
};

} // namespace PgVault
