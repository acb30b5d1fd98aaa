// The SDK side of bench/export-benchmark.sh: every batch job through the official TypeScript SDK
// (@llamaindex/llama-cloud 2.13.0, the last with beta.batch) and its auto-paginating list, written
// as the same CSV as `batchdeck-cli export` (src/core/export/jobrows.cpp, csvwriter.cpp,
// rowwriter.cpp) by a plain writer.
//   node bench/sdk-export.mjs SDK_PREFIX BASE_URL OUT.csv
// SDK_PREFIX is the folder `npm install --prefix` put node_modules/ in.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [prefix, baseURL, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node sdk-export.mjs SDK_PREFIX BASE_URL OUT.csv');
  process.exit(2);
}
const { LlamaCloud } = createRequire(path.join(path.resolve(prefix), 'package.json'))(
  '@llamaindex/llama-cloud');

// BatchDeck's columns (jobFields()), in order.
const FIELDS = ['id', 'job_type', 'status', 'project_id', 'directory_id', 'total_items',
  'processed_items', 'failed_items', 'skipped_items', 'created_at', 'started_at', 'completed_at',
  'updated_at', 'effective_at', 'error_message', 'job_record_id', 'workflow_id'];
// FieldValue::fromNumber: a count the API leaves out is 0; numbers skip the formula guard.
const COUNTS = new Set(['total_items', 'processed_items', 'failed_items', 'skipped_items']);
const TIMES = new Set(['created_at', 'started_at', 'completed_at', 'updated_at', 'effective_at']);

// parseApiDateTime() then toIsoUtc(): milliseconds (further digits cut, not rounded), no zone
// read as UTC, written as UTC with milliseconds and Z ("2025-01-02T03:04:05.678Z").
function isoUtc(value) {
  if (value == null) return '';
  let text = String(value).trim().replace(/^(.*T\d\d:\d\d:\d\d\.\d{3})\d+(.*)$/, '$1$2');
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(text)) text += 'Z';
  return new Date(text).toISOString();
}

// CsvWriter::encodeCell: the formula guard (= + - @ tab CR LF get a leading '), then RFC 4180
// quoting when the cell holds , " CR or LF.
function cell(text, numeric) {
  if (!numeric && text.length > 0 && '=+-@\t\r\n'.includes(text[0])) text = `'${text}`;
  if (/[,"\r\n]/.test(text)) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

function row(job) {
  return FIELDS.map((field) => {
    const value = job[field];
    if (COUNTS.has(field)) return cell(String(value ?? 0), true);
    if (TIMES.has(field)) return cell(isoUtc(value), false);
    return cell(value == null ? '' : String(value), false);
  }).join(',');
}

// The client options the SDK's constructor reads (client.js): baseURL, apiKey, maxRetries
// (5, as BatchDeck's default), timeout (1 minute, as BatchDeck's).
const client = new LlamaCloud({ baseURL, apiKey: 'llx-batchdeck-demo', maxRetries: 5 });
const out = fs.openSync(outPath, 'w');
let chunk = `${FIELDS.join(',')}\r\n`;
let rows = 0;
for await (const job of client.beta.batch.list({ limit: 1000 })) {
  chunk += `${row(job)}\r\n`;
  if (++rows % 1000 === 0) {
    fs.writeSync(out, chunk);
    chunk = '';
  }
}
fs.writeSync(out, chunk);
fs.closeSync(out);
