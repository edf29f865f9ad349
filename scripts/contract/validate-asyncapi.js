'use strict';
// Checks an AsyncAPI document with the official parser (@asyncapi/parser, pinned in package-lock.json beside this
// file, installed by scripts/setup.sh) the way the centre's tools will read it: every diagnostic is printed, and the
// exit code is 0 only with no error and no warning, every $ref resolved and every message given a payload.
//   NODE_PATH=$EDGEAGENT_CACHE/node/contract/node_modules node scripts/contract/validate-asyncapi.js docs/asyncapi.yaml
const path = require('path');
const { Parser, fromFile, DiagnosticSeverity } = require('@asyncapi/parser');

function unresolved(node, where, found) {
  if (Array.isArray(node)) node.forEach((v, i) => unresolved(v, `${where}/${i}`, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') found.push(`${where}: $ref ${v}`);
      else unresolved(v, `${where}/${k}`, found);
    }
  }
  return found;
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node validate-asyncapi.js ASYNCAPI.yaml');
    process.exit(2);
  }
  const { document, diagnostics } = await fromFile(new Parser(), path.resolve(file)).parse();
  const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) errors++;
    if (d.severity === DiagnosticSeverity.Warning) warnings++;
    console.log(`${names[d.severity] || d.severity} ${d.code} at /${(d.path || []).join('/')}: ${d.message}`);
  }
  if (document) {
    for (const m of document.allMessages()) {
      const payload = m.payload();
      if (!payload) { console.log(`error message ${m.id()}: no payload`); errors++; continue; }
      for (const u of unresolved(payload.json(), `message ${m.id()} payload`, [])) { console.log(`error ${u} not resolved`); errors++; }
    }
    console.log(`${document.allChannels().length} channels, ${document.allOperations().length} operations, ${document.allMessages().length} messages`);
  }
  console.log(`${errors} error(s), ${warnings} warning(s)${document ? '' : ', no document'}`);
  process.exit(errors === 0 && warnings === 0 && document ? 0 : 1);
}

main().catch((e) => { console.error((e && e.stack) || e); process.exit(1); });
