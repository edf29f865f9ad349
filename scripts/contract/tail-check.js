'use strict';
// The reference consumer: subscribes as the centre does, validates every event, state, health, audit message and
// command reply against docs/*.schema.json,
// deduplicates events on id and reports seq gaps per device. Written on standard libraries (mqtt, ajv) so a centre
// team can read it as an example, not on the agent's own code.
//   NODE_PATH=$EDGEAGENT_CACHE/node/contract/node_modules node scripts/contract/tail-check.js \
//     --broker mqtt://127.0.0.1:1883 [--prefix edgeagent/v1] [--seconds S] [--count N] [--client-id ID] [--quiet]
// --client-id keeps an MQTT 5 session on the broker (clean start off, 1 day expiry): what arrives while this consumer
// is away (its own restart, the broker's) is queued for it, as a centre's consumer should. Ctrl-C (SIGINT, SIGTERM)
// ends it with the summary.
// Prints one line per invalid message and per duplicate, then per device "dev D: N events, N duplicates, N invalid,
// missing seq a-b,c" (audit records count as events: they carry the envelope and a seq from the same outbox). Exit 1 when any message was invalid, 0 otherwise (a gap is the device's report, not an error).
const fs = require('fs');
const path = require('path');
const mqtt = require('mqtt');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

function args(argv) {
  const o = { broker: 'mqtt://127.0.0.1:1883', prefix: 'edgeagent/v1', seconds: 0, count: 0, quiet: false, 'client-id': '' };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quiet') o.quiet = true;
    else if (['--broker', '--prefix', '--seconds', '--count', '--client-id'].includes(a) && i + 1 < argv.length) o[a.slice(2)] = argv[++i];
    else { console.error(`tail-check: unknown argument ${a}`); process.exit(2); }
  }
  o.seconds = Number(o.seconds);
  o.count = Number(o.count);
  return o;
}

function validators() {
  const docs = path.join(__dirname, '..', '..', 'docs');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // Width hints for code generators; every integer JSON number passes them.
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  const load = (f) => ajv.compile(JSON.parse(fs.readFileSync(path.join(docs, f), 'utf8')));
  return { events: load('events.schema.json'), state: load('state.schema.json'), health: load('health.schema.json'), reply: load('reply.schema.json') };
}

// Missing numbers as ranges: [3,4,5,9] -> "3-5,9".
function ranges(numbers) {
  const out = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j;
  }
  return out.join(',');
}

function main() {
  const o = args(process.argv);
  const v = validators();
  const devices = new Map();
  let invalid = 0;
  let seen = 0;
  const device = (name) => {
    if (!devices.has(name)) devices.set(name, { events: 0, duplicates: 0, invalid: 0, ids: new Set(), max: 0, missing: new Set() });
    return devices.get(name);
  };
  const session = o['client-id']
    ? { clientId: o['client-id'], clean: false, properties: { sessionExpiryInterval: 86400 } }
    : { clean: true };
  const client = mqtt.connect(o.broker, { protocolVersion: 5, reconnectPeriod: 1000, ...session });
  const finish = () => {
    client.end(true);
    for (const [name, d] of [...devices].sort()) {
      const missing = [...d.missing].sort((a, b) => a - b);
      console.log(`dev ${name}: ${d.events} events, ${d.duplicates} duplicates, ${d.invalid} invalid, missing seq ${missing.length ? ranges(missing) : 'none'}`);
    }
    console.log(`${seen} messages, ${invalid} invalid`);
    process.exit(invalid > 0 ? 1 : 0);
  };
  process.on('SIGINT', finish);
  process.on('SIGTERM', finish);
  let subscribed = false;
  client.on('connect', () => {
    // A kept session keeps the subscriptions too: subscribing again on each reconnect is harmless, not needed.
    if (subscribed) return;
    const p = o.prefix;
    client.subscribe([`${p}/+/+/events/+/+`, `${p}/+/+/state`, `${p}/+/+/health`, `${p}/+/+/audit`, `${p}/+/+/cmd/+/reply`], { qos: 1 }, (err) => {
      if (err) { console.error(`tail-check: subscribe failed: ${err.message}`); process.exit(1); }
      subscribed = true;
      console.error('tail-check: subscribed');
      if (o.seconds > 0) setTimeout(finish, o.seconds * 1000);
    });
  });
  client.on('error', (err) => console.error(`tail-check: ${err.message}`));
  client.on('message', (topic, payload) => {
    seen++;
    const levels = topic.slice(o.prefix.length + 1).split('/');
    // A command reply (.../cmd/NAME/reply) is held to reply.schema.json; the rest by their channel's level.
    const channel = levels[2] === 'cmd' ? 'reply' : levels[2];
    // Audit records travel in the event envelope (events.schema.json#/definitions/audit, the record inside) and take
    // their seq from the same outbox: they are counted with the events.
    const enveloped = channel === 'events' || channel === 'audit';
    const validate = enveloped ? v.events : v[channel];
    let message;
    try { message = JSON.parse(payload.toString('utf8')); } catch (e) { message = undefined; }
    const d = device(levels[1]);
    if (message === undefined || !validate(message)) {
      invalid++;
      d.invalid++;
      const why = message === undefined ? 'not JSON' : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      console.log(`INVALID ${topic}: ${why}: ${payload.toString('utf8').slice(0, 300)}`);
    } else if (enveloped) {
      if (channel === 'events' && message.kind !== levels[4]) { invalid++; d.invalid++; console.log(`INVALID ${topic}: kind ${message.kind} differs from the topic`); }
      if (d.ids.has(message.id)) {
        d.duplicates++;
        if (!o.quiet) console.log(`DUPLICATE ${topic}: id ${message.id} seq ${message.seq}`);
      } else {
        d.ids.add(message.id);
        d.events++;
        // High priority events overtake a backlog, so a seq below the highest seen fills a gap instead of opening one.
        if (d.max === 0) d.max = message.seq; // joined mid-stream: what came before is not ours to count
        else if (message.seq > d.max) { for (let s = d.max + 1; s < message.seq; s++) d.missing.add(s); d.max = message.seq; } else d.missing.delete(message.seq);
        if (!o.quiet) console.log(`${topic} seq ${message.seq}`);
      }
    }
    if (o.count > 0 && seen >= o.count) finish();
  });
}

main();
