#pragma once

#include "engine/instances/ReadinessReport.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace PgVault {

/// The readiness validation's result list on the Datasources page: one row per check with a
/// status icon, what was found and what to do about it.
class ReadinessResultsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessResultsWidget(QWidget *parent = nullptr);

    void setReport(const ReadinessReport &report);
    /// Every row back to "not checked yet".
    void clear();

    static QString statusName(ReadinessReport::Status status);

private:
    struct Row
    {
        QLabel *icon;
        QLabel *text;
    };
    void setRow(const ReadinessReport::Check &check);

    QMap<ReadinessReport::CheckKind, Row> m_rows;
};

} // namespace PgVault
