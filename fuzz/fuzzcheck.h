#pragma once

// Shared by the fuzz targets: a check that stops the run (libFuzzer saves the input as a crash)
// and prints what did not hold.

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace BatchDeckFuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line,
                              const QString &detail)
{
    std::fprintf(stderr, "\n%s:%d: fuzz check failed: %s\n  %s\n", file, line, condition,
                 qPrintable(detail));
    std::abort();
}

// A check can be switched off by name to fuzz past a finding that is reported but not fixed yet:
// BATCHDECK_FUZZ_TOLERATE=some-check,other-check fuzz/run.sh 600 (none is open at present; a
// check that may be tolerated calls tolerated("some-check") in its condition).
inline bool tolerated(const char *checkName)
{
    const char *list = std::getenv("BATCHDECK_FUZZ_TOLERATE");
    if (!list)
        return false;
    const QByteArrayList names = QByteArray(list).split(',');
    return names.contains(QByteArray(checkName));
}

// Lone UTF-16 surrogates (JSON allows "\ud800") cannot be written as UTF-8; a text that went
// through a UTF-8 file comes back with replacement characters, so compare after that step.
inline QString throughUtf8(const QString &text)
{
    // QString::fromUtf8() would drop a U+FEFF at the start; a cell keeps it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(text.toUtf8());
}

} // namespace BatchDeckFuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            BatchDeckFuzz::fail(#condition, __FILE__, __LINE__, (detail));                         \
    } while (false)
