// The baseline for the sandbox throughput benchmark: a bare node:http server answering every request
// with the same JSON the sandbox returns for a TSS request. Prints its port.
import http from 'node:http';

const body = process.argv[2] ?? '{}';
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
