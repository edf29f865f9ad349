#!/usr/bin/env node
// Runs an original TensorFlow.js graph model on the pure-JS CPU backend and
// writes its input and outputs as raw little-endian float32 files, so the
// converted ONNX model can be checked against the reference implementation
// (the C# tests feed input.f32 to ONNX Runtime and compare).
//
// Usage:
//   node run-tfjs.js --model DIR/model.json --input-name NAME --shape 1,512,512,3
//                    --outputs a,b --out DIR [--rgb FILE.rgb24 | --seed N] [--id ID]
//                    [--onnx FILE --onnx-sha256 HEX] [--source-note TEXT]
//
// The pure-JS backend is used on purpose: @tensorflow/tfjs-node downloads a
// native library at install time, which this project's machines cannot do,
// and the CPU kernels are the reference the TF.js library itself ships.
'use strict';

const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`unexpected argument ${key}`);
    args[key.slice(2)] = argv[++i];
  }
  for (const required of ['model', 'input-name', 'shape', 'outputs', 'out']) {
    if (!args[required]) throw new Error(`missing --${required}`);
  }
  return args;
}

// mulberry32: tiny, seedable, and identical on every platform, which
// Math.random is not.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadArtifacts(modelPath) {
  const json = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
  const dir = path.dirname(modelPath);
  const weightSpecs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) buffers.push(fs.readFileSync(path.join(dir, p)));
  }
  const all = Buffer.concat(buffers);
  return {
    json,
    artifacts: {
      modelTopology: json.modelTopology,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy,
      signature: json.signature,
      userDefinedMetadata: json.userDefinedMetadata,
      weightSpecs,
      weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
    },
  };
}

function makeInput(args, shape) {
  const count = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(count);
  if (args.rgb) {
    // Raw rgb24 bytes as ffmpeg writes them; values stay 0..255 because that
    // is what the human library feeds both models.
    const raw = fs.readFileSync(args.rgb);
    if (raw.length !== count) throw new Error(`${args.rgb}: ${raw.length} bytes, expected ${count}`);
    for (let i = 0; i < count; i++) data[i] = raw[i];
    return { data, source: { kind: 'rgb24', note: args['source-note'] || path.basename(args.rgb) } };
  }
  const seed = Number(args.seed || 1);
  const rnd = mulberry32(seed);
  for (let i = 0; i < count; i++) data[i] = Math.floor(rnd() * 256);
  return { data, source: { kind: 'mulberry32', seed, range: [0, 255] } };
}

function sanitise(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

function writeF32(file, arr) {
  fs.writeFileSync(file, Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await tf.setBackend('cpu');
  await tf.ready();
  const shape = args.shape.split(',').map(Number);
  const outputs = args.outputs.split(',').filter((s) => s);
  const { artifacts } = loadArtifacts(args.model);
  const model = await tf.loadGraphModel(tf.io.fromMemory(artifacts));

  const input = makeInput(args, shape);
  fs.mkdirSync(args.out, { recursive: true });
  writeF32(path.join(args.out, 'input.f32'), input.data);

  const x = tf.tensor(input.data, shape, 'float32');
  const t0 = process.hrtime.bigint();
  let results = model.execute({ [args['input-name']]: x }, outputs);
  const elapsedMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!Array.isArray(results)) results = [results];

  const meta = {
    id: args.id || path.basename(args.model, '.json'),
    model: path.basename(args.model),
    onnx: args.onnx ? { file: args.onnx, sha256: args['onnx-sha256'] || null } : null,
    runtime: { library: '@tensorflow/tfjs', version: tf.version.tfjs, backend: tf.getBackend() },
    elapsed_ms: Math.round(elapsedMs),
    input: { name: args['input-name'], file: 'input.f32', dtype: 'float32', shape, source: input.source },
    outputs: [],
  };
  for (let i = 0; i < outputs.length; i++) {
    const data = await results[i].data();
    const file = `${sanitise(outputs[i])}.f32`;
    writeF32(path.join(args.out, file), data);
    let min = Infinity; let max = -Infinity;
    for (const v of data) { if (v < min) min = v; if (v > max) max = v; }
    meta.outputs.push({ name: outputs[i], file, dtype: 'float32', shape: results[i].shape, min, max });
  }
  fs.writeFileSync(path.join(args.out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`${meta.id}: ${outputs.length} output(s) written to ${args.out} (${meta.elapsed_ms} ms)`);
}

main().catch((err) => {
  console.error(`run-tfjs: ${err.stack || err}`);
  process.exit(1);
});
