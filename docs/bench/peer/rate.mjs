// Tail latency at the same offered load: each pair of pairs.json at a fixed rate (R requests per second over C
// connections) for S seconds, application then peer, so that p99 compares servers, not a saturated client.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
const [projectUrl, peerUrl, rate = '200', C = '8', S = '8', auth = ''] = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(new URL('./pairs.json', import.meta.url)));
const projHeaders = auth ? { authorization: 'Basic ' + Buffer.from(auth).toString('base64') } : {};
const run = (url, query, headers) => new Promise((res, rej) => autocannon({
  url, method: 'POST', connections: +C, duration: +S, overallRate: +rate,
  headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) },
  (e, r) => e ? rej(e) : res(r)));
for (const [name, q] of Object.entries(pairs)) {
  await run(projectUrl, q.project, projHeaders); await run(peerUrl, q.peer, {}); // warm-up
  const a = await run(projectUrl, q.project, projHeaders);
  const b = await run(peerUrl, q.peer, {});
  console.log(`${name.padEnd(15)} at ${rate} req/s: project p50 ${a.latency.p50} ms p99 ${a.latency.p99} ms (${a.requests.total} requests, non2xx ${a.non2xx}) | peer p50 ${b.latency.p50} ms p99 ${b.latency.p99} ms (${b.requests.total} requests, non2xx ${b.non2xx})`);
}
