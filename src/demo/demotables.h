#pragma once

// The fixed vocabulary the demo world is generated from, shared by its source files.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <iterator>

namespace BatchDeck::DemoTables {

enum TypeIndex : quint8 { Parse, Extract, Classify };
enum StatusIndex : quint8 { Pending, Running, Dispatched, Completed, Failed, Cancelled };

inline const char *const TypeNames[] = {"parse", "extract", "classify"};
inline const char *const StatusNames[] = {"pending",   "running", "dispatched",
                                          "completed", "failed",  "cancelled"};

enum TypeMask : quint8 { ParseMask = 1, ExtractMask = 2, ClassifyMask = 4, AnyType = 7 };

// Why one file failed, and what it can happen to: a file type (space-separated extensions; null:
// any) and the kinds of job (a TypeMask). A file failing for a reason always has a matching type.
struct ItemFailure
{
    const char *text;
    const char *extensions;
    quint8 jobTypes;
};
inline const ItemFailure ItemFailures[] = {
    {"Unsupported file type: .heic", "heic", AnyType},
    {"Document is password protected", "pdf docx xlsx pptx", AnyType},
    {"OCR produced no text (blank or unreadable scan)", "pdf png jpg", AnyType},
    {"Extraction result failed schema validation: 'total' is not a number", nullptr, ExtractMask},
    {"Timed out after 900 s", nullptr, AnyType},
    {"Corrupt PDF: xref table not found", "pdf", AnyType},
};

// Why a v1 job failed, including the awkward messages a CSV must survive: commas, quotes, a
// leading minus sign and several lines. A message names only files among the job's failed items,
// and each with its own reason; its counts are the job's. Placeholders: {failed} and {total}
// (counts), {files} ("3 files"), {file} (the last failed item's name), {type} ("Parse"), {list}
// (a line "name: reason" per failed item).
struct JobFailure
{
    enum Scope : quint8 {
        Every, // every failed item failed for itemText
        Last, // the last failed item (named) failed for itemText; the others for their own reasons
        List, // the message lists the failed items with their own reasons
        None, // the message names no file; the items failed for their own reasons
    };
    const char *text;
    const char *itemText; // with Every and Last
    const char *itemExtensions; // the file types itemText happens to; null: any
    Scope scope;
    quint8 jobTypes;
};
inline const JobFailure JobFailures[] = {
    {"Parse job failed: {failed} of {total} files could not be parsed (unsupported file type: "
     ".heic)",
     "Unsupported file type: .heic", "heic", JobFailure::Every, ParseMask},
    {"Extraction schema validation failed: field 'invoice_total' expected number, got string",
     "Extraction schema validation failed: field 'invoice_total' expected number, got string",
     nullptr, JobFailure::Every, ExtractMask},
    {"Rate limit exceeded while calling the parsing service; retries exhausted after 5 attempts",
     "Rate limit exceeded while calling the parsing service", nullptr, JobFailure::Every, AnyType},
    {"Worker timed out after 3600 s while processing '{file}'", "Worker timed out after 3600 s",
     nullptr, JobFailure::Last, AnyType},
    {"Classification rules produced no match for {files}; job aborted",
     "Classification rules produced no match", nullptr, JobFailure::Every, ClassifyMask},
    {"Upstream service unavailable (503) from the parsing service, please retry",
     "Upstream service unavailable (503)", nullptr, JobFailure::Every, AnyType},
    {"Temporal workflow terminated: continue-as-new limit reached", nullptr, nullptr,
     JobFailure::None, AnyType},
    {"File too large (412 MB, limit 300 MB): \"{file}\"", "File too large (412 MB, limit 300 MB)",
     "pdf pptx", JobFailure::Last, ParseMask | ExtractMask},
    {"Invalid job configuration: parameters.premium_mode requires a paid plan",
     "Invalid job configuration: parameters.premium_mode requires a paid plan", nullptr,
     JobFailure::Every, AnyType},
    {"-1 pages returned by the OCR engine for \"{file}\", page count unknown",
     "-1 pages returned by the OCR engine", "pdf png jpg", JobFailure::Last,
     ParseMask | ExtractMask},
    {"{type} failed for {files}:\n{list}", nullptr, nullptr, JobFailure::List, AnyType},
};
inline constexpr int MaxListedFailures = 5; // a List message names at most these, then "and N more"

// One folder per directory, in the order of DemoDataset::directoryIds().
inline const char *const Folders[] = {"invoices", "contracts", "receipts",   "claims",
                                      "reports",  "resumes",   "statements", "research-papers",
                                      "manuals",  "forms",     "emails",     "purchase-orders"};
inline const char *const DirectoryNames[] = {
    "Q3 invoices",       "Supplier contracts", "Expense receipts", "Insurance claims",
    "Quarterly reports", "Candidate resumes",  "Bank statements",  "Research papers",
    "Product manuals",   "Intake forms",       "Support emails",   "Purchase orders"};
static_assert(std::size(Folders) == std::size(DirectoryNames));
inline const char *const Extensions[] = {"pdf", "pdf", "pdf", "docx", "png", "jpg", "xlsx", "pptx"};

// One of `extensions` (space-separated; null: any of Extensions), chosen by `hash`.
inline QString pickExtension(const char *extensions, quint64 hash)
{
    if (!extensions)
        return QString::fromLatin1(Extensions[hash % std::size(Extensions)]);
    const QStringList choices = QString::fromLatin1(extensions).split(u' ');
    return choices.at(int(hash % quint64(choices.size())));
}

// A reason a file of type `extension` (empty: any type) can fail for in a job of the given
// kinds (a TypeMask), chosen by `hash`. There always is one: a time-out happens to anything.
inline const ItemFailure &pickItemFailure(quint8 jobTypes, const QString &extension, quint64 hash)
{
    const ItemFailure *fitting[std::size(ItemFailures)];
    quint64 count = 0;
    for (const ItemFailure &failure : ItemFailures) {
        if ((failure.jobTypes & jobTypes)
            && (extension.isEmpty() || !failure.extensions
                || QString::fromLatin1(failure.extensions).split(u' ').contains(extension)))
            fitting[count++] = &failure;
    }
    return *fitting[hash % count];
}

// In the order of DemoDataset::projectIds(); the first is the default project.
inline const char *const ProjectNames[] = {"Invoices 2026", "Contracts", "Research archive"};

} // namespace BatchDeck::DemoTables
