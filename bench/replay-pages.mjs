// Serves recorded pages of GET /api/v1/beta/batch-processing on 127.0.0.1, byte for byte, so that
// bench/export-benchmark.sh can export the very same jobs twice (BatchDeck, then the SDK) and
// compare the CSV files: the demo server's running jobs move on with every request it answers.
//   node bench/replay-pages.mjs FOLDER     (FOLDER/page-OFFSET.json; prints the port it chose)
// An offset without a page (past the end) gets an empty page with the first page's total_size.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const folder = process.argv[2];
const total = JSON.parse(fs.readFileSync(path.join(folder, 'page-0.json'))).total_size;
const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname !== '/api/v1/beta/batch-processing') {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"detail":"Not Found"}');
    return;
  }
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const file = path.join(folder, `page-${offset}.json`);
  const body = fs.existsSync(file)
    ? fs.readFileSync(file)
    : Buffer.from(JSON.stringify({ items: [], total_size: total }));
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
