'use strict';
// Generates typed models from the AsyncAPI document with Modelina (@asyncapi/modelina, pinned in package-lock.json
// beside this file, installed by scripts/setup.sh), as a centre team would start its client:
//   NODE_PATH=$EDGEAGENT_CACHE/node/contract/node_modules node scripts/contract/generate-models.js docs/asyncapi.yaml OUT
// writes OUT/typescript/*.ts (one exported interface or union per model, field names as on the wire; `Events` is the
// union of every event kind, discriminated on `kind`) and prints one line per model: "typescript ObjectEvent".
// (C# models come from NJsonSchema on the schema files, see EdgeAgent.Tests/Contract/TypedClientTests.cs: Modelina
// 5.10.1's C# renders a numeric or boolean const as `= undefined`, which does not compile.)
// Compile the TypeScript with the pinned compiler: node_modules/typescript/bin/tsc --strict --noEmit OUT/typescript/*.ts
const fs = require('fs');
const path = require('path');
const { Parser, fromFile } = require('@asyncapi/parser');
const { TypeScriptFileGenerator } = require('@asyncapi/modelina');

async function main() {
  const [file, out] = process.argv.slice(2);
  if (!file || !out) {
    console.error('usage: node generate-models.js ASYNCAPI.yaml OUTDIR');
    process.exit(2);
  }
  // The official parser reads the document and its $refs; Modelina takes the parsed document.
  const { document, diagnostics } = await fromFile(new Parser(), path.resolve(file)).parse();
  if (!document) {
    for (const d of diagnostics) console.error(`${d.code} at /${(d.path || []).join('/')}: ${d.message}`);
    process.exit(1);
  }
  fs.rmSync(out, { recursive: true, force: true });
  // Interfaces over classes: a consumer types JSON.parse's result, it does not construct messages. Raw property names
  // keep ts, uptime_s, event as they are on the wire; unions for enums and records for maps match plain JSON.
  const ts = new TypeScriptFileGenerator({
    modelType: 'interface', enumType: 'union', mapType: 'record', rawPropertyNames: true, useJavascriptReservedKeywords: false,
  });
  for (const m of await ts.generateToFiles(document, path.join(out, 'typescript'), { exportType: 'named' }, true)) console.log(`typescript ${m.modelName}`);
}

main().catch((e) => { console.error((e && e.stack) || e); process.exit(1); });
