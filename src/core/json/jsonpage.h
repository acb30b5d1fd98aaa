#pragma once

#include "core/json/jsonslice.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace BatchDeck {

// What the list answers share: an object with an "items" array, a "total_size" and, for the
// token-paged lists, a "next_page_token". Each parser keeps its own order of checks (which
// problem a broken page reports first is part of its behaviour); these pieces are the steps.

// The page members, as found in the body; any of them may be Undefined.
struct JsonPageMembers
{
    JsonSlice items;
    JsonSlice totalSize;
    JsonSlice nextPageToken;
};

// Reads a body that must be one JSON object and picks its page members in one walk: a page of
// thousands of rows is not walked once a key. The last of a duplicated key counts, as in
// QJsonObject. *members are views of body, which must outlive them.
QString parseJsonPage(const QByteArray &body, JsonPageMembers *members);

// Empty when `items` is an array; otherwise "field "items" is missing" or "... should be an
// array but is ...".
QString requiredItemsProblem(const JsonSlice &items);

// "it is a string, not an object": what is wrong with a row that is not a JSON object.
QString notAnObjectProblem(QJsonValue::Type type);

// Reads every element of `elements` with readRow(element, &row), which returns a problem or "".
// A row it cannot read is listed with its position (firstPosition + index) and problem rather
// than dropped: the list still shows the rest and says what it left out.
template<typename Row, typename Invalid, typename ReadRow>
void readPageRows(const QList<JsonSlice> &elements, qint64 firstPosition, QList<Row> *rows,
                  QList<Invalid> *invalidRows, ReadRow readRow)
{
    rows->reserve(elements.size()); // grown once: a doubling list would hold the rows twice
    for (qsizetype index = 0; index < elements.size(); ++index) {
        Row row;
        QString problem = readRow(elements.at(index), &row);
        if (problem.isEmpty())
            rows->append(std::move(row));
        else
            invalidRows->append({firstPosition + index, std::move(problem)});
    }
}

} // namespace BatchDeck
