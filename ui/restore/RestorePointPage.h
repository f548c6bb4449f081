#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QDate>
#include <QWizardPage>

class QDateEdit;
class QLabel;
class QTableView;

namespace PgVault {

class RecoveryPointTableModel;

/// Restore wizard, second page: "Select restore point", the instance's recovery points in a time
/// period (From/To dates, the last 30 days at first, widened to a preselected point).
class RestorePointPage : public QWizardPage
{
    Q_OBJECT

public:
    RestorePointPage(RestoreDraft &draft, QWidget *parent = nullptr);

    /// The points whose local date lies in [from, to], newest first.
    static QList<RecoveryPoint> inPeriod(const QList<RecoveryPoint> &points, QDate from, QDate to);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void applyFilter();
    bool selectPoint(const QString &pointId);

    RestoreDraft &m_draft;
    RecoveryPointTableModel *m_model;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_periodError;
};

} // namespace PgVault
