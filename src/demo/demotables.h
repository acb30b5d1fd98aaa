#pragma once

// The fixed vocabulary the demo world is generated from, shared by its source files.

#include <iterator>

#include <QtGlobal>

namespace BatchDeck::DemoTables {

enum TypeIndex : quint8 { Parse, Extract, Classify };
enum StatusIndex : quint8 { Pending, Running, Dispatched, Completed, Failed, Cancelled };

inline const char *const TypeNames[] = {"parse", "extract", "classify"};
inline const char *const StatusNames[] = {"pending",   "running", "dispatched",
                                          "completed", "failed",  "cancelled"};

inline const char *const ItemErrors[] = {
    "Unsupported file type: .heic",
    "Document is password protected",
    "OCR produced no text (blank or unreadable scan)",
    "Extraction result failed schema validation: 'total' is not a number",
    "Timed out after 900 s",
    "Corrupt PDF: xref table not found",
};

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

// In the order of DemoDataset::projectIds(); the first is the default project.
inline const char *const ProjectNames[] = {"Invoices 2026", "Contracts", "Research archive"};

} // namespace BatchDeck::DemoTables
