// CPU milliseconds per request, read from /proc: of the application JVM (which hosts the embedded Neo4j) and, for
// the peer, of its process too. Robust to other load on the machine, unlike throughput.
// node cpu.mjs URL QUERY [N=2000] [C=8] PID[,PID]

import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
const [url, query, N='2000', C='8', pids=''] = process.argv.slice(2);
const ticks = pid => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (+f[11] + +f[12]) * 10; };
const list = pids.split(',').filter(Boolean);
const peer = !url.includes('/graphql');
const opts = { url, method:'POST', connections:+C, amount:+N, headers:{'content-type':'application/json', ...(peer?{}:{authorization:'Basic '+Buffer.from('viewer:viewer-dev').toString('base64')})}, body: JSON.stringify({query})};
await new Promise(r => autocannon({...opts, amount: 300}, r));
const before = list.map(ticks);
const r = await new Promise((res, rej) => autocannon(opts, (e, x) => e ? rej(e) : res(x)));
const after = list.map(ticks);
console.log(list.map((p, i) => ((after[i] - before[i]) / +N).toFixed(2)).join(' + '), 'ms CPU/request;', 'non2xx', r.non2xx, 'p50', r.latency.p50);
