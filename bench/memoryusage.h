#pragma once

#include <QtGlobal>

#include <sys/resource.h>

#include <cstdio>
#include <unistd.h>

// The process's memory, as the benchmarks report it.
namespace BatchDeck::Bench {

// Resident now (/proc/self/statm), in bytes.
inline qint64 residentBytes()
{
    long pages = 0, resident = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return qint64(resident) * sysconf(_SC_PAGESIZE);
}

// The most ever resident (getrusage's ru_maxrss), in bytes.
inline qint64 peakResidentBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace BatchDeck::Bench
