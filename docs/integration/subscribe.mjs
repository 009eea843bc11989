// Follows graphChanged over graphql-ws with Node's own WebSocket (Node 22 or newer), nothing to install:
//   SAMVERKANSKARTAN_API_KEY=… node docs/integration/subscribe.mjs [ws://localhost:8080/graphql] [KIND …]
// The key goes in connection_init, as a browser must send it; a refused key closes the socket with 4401 or 4403.
const [url = 'ws://localhost:8080/graphql', ...kinds] = process.argv.slice(2);
const key = process.env.SAMVERKANSKARTAN_API_KEY;
if (!key) {
  console.error('Set SAMVERKANSKARTAN_API_KEY to an API key of the server.');
  process.exit(2);
}

const query = `subscription($kinds: [NodeKind!]) {
  graphChanged(kinds: $kinds) {
    at actor action entityType entityId kind entityName version
    changes { field before after }
  }
}`;

const socket = new WebSocket(url, 'graphql-transport-ws');
socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { 'X-API-Key': key } }));
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  switch (message.type) {
    case 'connection_ack':
      socket.send(JSON.stringify({
        id: '1', type: 'subscribe',
        payload: { query, variables: { kinds: kinds.length ? kinds : null } },
      }));
      console.error(`Listening on ${url}${kinds.length ? ' for ' + kinds.join(', ') : ''}`);
      break;
    case 'next':
      console.log(JSON.stringify(message.payload.data?.graphChanged ?? message.payload));
      break;
    case 'error':
      console.error(JSON.stringify(message.payload));
      process.exit(1);
    case 'ping':
      socket.send(JSON.stringify({ type: 'pong' }));
      break;
  }
};
socket.onclose = (event) => {
  console.error(`Closed: ${event.code} ${event.reason}`);
  process.exit(event.code === 1000 ? 0 : 1);
};
