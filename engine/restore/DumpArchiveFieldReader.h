#pragma once

#include <QByteArray>

namespace PgVault {

/// Reads the archive's integers (a sign byte, then intSize bytes, least significant first) and
/// strings (an integer length, -1 for none, then the bytes) from a buffer; ok() turns false when
/// the buffer ends first. DumpArchiveRewriter reads the header, the table of contents and the
/// block and chunk headers with it.
class DumpArchiveFieldReader
{
public:
    DumpArchiveFieldReader(const QByteArray &data, qsizetype at, int intSize)
        : m_data(data)
        , m_at(at)
        , m_intSize(intSize)
    {
    }

    bool ok() const { return m_ok; }
    qsizetype at() const { return m_at; }
    void setIntSize(int intSize) { m_intSize = intSize; }

    int byte()
    {
        if (!need(1))
            return 0;
        return uchar(m_data.at(m_at++));
    }
    void skip(qint64 count)
    {
        if (need(count))
            m_at += qsizetype(count);
    }
    qint64 integer()
    {
        if (!need(1 + m_intSize))
            return 0;
        const bool negative = m_data.at(m_at) != 0;
        quint64 value = 0;
        for (int i = m_intSize; i >= 1; --i)
            value = (value << 8) | uchar(m_data.at(m_at + i));
        m_at += 1 + m_intSize;
        // Negated as unsigned: "minus 2^63" (a damaged archive's) must not overflow a signed value.
        return negative ? static_cast<qint64>(0 - value) : static_cast<qint64>(value);
    }
    /// Skips a string; false for the null string that ends a list.
    bool string()
    {
        const qint64 length = integer();
        if (length > 0)
            skip(length);
        return length >= 0;
    }

private:
    bool need(qint64 count)
    {
        if (!m_ok || count < 0 || m_data.size() - m_at < count)
            m_ok = false;
        return m_ok;
    }

    const QByteArray &m_data;
    qsizetype m_at;
    int m_intSize;
    bool m_ok = true;
};

} // namespace PgVault
