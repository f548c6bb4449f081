#pragma once

#include <QWidget>

namespace PgVault {

/// An honest empty page for a feature that is not built yet: what will appear here, and when.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace PgVault
