// Node NLP baselines for Tessera's benchmark: reads the same corpus folder as `tessera-bench run`, file by file on one
// thread, and reports words per second the same way (whitespace-separated tokens of the input, file reading included,
// after a warm-up), so the two can be set side by side.
//
// Usage: node --expose-gc baseline.mjs --corpus DIR --engine wink-nlp|wink-nlp-lean|compromise [--warmup-mb M] [--samples K] [--passes P]
// The last line printed is machine-readable: RESULT engine=... words=... seconds=... wps=... peak_rss_mb=...

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const USAGE = `Usage: node --expose-gc baseline.mjs --corpus DIR --engine ENGINE [--warmup-mb M] [--samples K] [--passes P]

Engines:
  wink-nlp       wink-nlp with its lite web model, pipe sbd + negation + pos + ner (the default pipe less sentiment);
                 per document readDoc, then sentences().out(), tokens().out(), entities().out()
  wink-nlp-lean  the same outputs with pipe sbd + ner only: wink-nlp's fastest useful configuration
  compromise     nlp(text), then sentences().json(), people(), places() and organizations() as arrays

Options:
  --corpus DIR    folder of .txt files (as written by tessera-bench generate)
  --warmup-mb M   MiB read before measuring, from the start of the corpus and round again if it is smaller,
                  so V8 has optimised the hot code (default 10, as tessera-bench; 0 for none)
  --samples K     memory samples over the first measured pass (default 20; needs node --expose-gc)
  --passes P      measured passes; throughput is the fastest; with more than one, the first samples memory
                  and does not count for throughput (default 1)`;

const MiB = 1024 * 1024;

function fail(message) {
  console.error(`baseline: ${message}`);
  console.error("Run 'node baseline.mjs --help' for usage.");
  process.exit(2);
}

function parseArgs(argv) {
  const options = { warmupMb: 10, samples: 20, passes: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) fail(`option ${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') options.corpus = value();
    else if (a === '--engine') options.engine = value();
    else if (a === '--warmup-mb') options.warmupMb = Number(value());
    else if (a === '--samples') options.samples = Number(value());
    else if (a === '--passes') options.passes = Number(value());
    else fail(`unexpected argument '${a}'`);
  }
  if (!options.corpus) fail('option --corpus is required');
  if (!options.engine) fail('option --engine is required');
  if (!(options.warmupMb >= 0)) fail('--warmup-mb must be a number, 0 or more');
  if (!(Number.isInteger(options.samples) && options.samples >= 1)) fail('--samples must be a whole number, 1 or more');
  if (!(Number.isInteger(options.passes) && options.passes >= 1)) fail('--passes must be a whole number, 1 or more');
  return options;
}

/** Every .txt file of the folder in ordinal name order, as tessera-bench reads them. */
function corpusFiles(dir) {
  if (!existsSync(dir)) fail(`corpus folder ${dir} does not exist; make one with: tessera-bench generate --mb 2 --out ${dir}`);
  if (!statSync(dir).isDirectory()) fail(`${dir} is a file; --corpus takes the folder that tessera-bench generate wrote`);
  // Default sort compares UTF-16 code units, the same order as .NET's StringComparer.Ordinal.
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) fail(`corpus folder ${dir} holds no .txt files`);
  return names.map((n) => {
    const path = join(dir, n);
    return { path, bytes: statSync(path).size };
  });
}

/** Runs of non-whitespace, the rule tessera-bench counts words by. */
function wordCount(text) {
  const m = text.match(/\S+/g);
  return m === null ? 0 : m.length;
}

/** Each engine is a function of one document's text; its outputs are kept in a sink so no work can be skipped. Only the
 * engine asked for is loaded, so a whole-process measurement (bench/aot.sh) does not pay for loading the other. */
async function makeEngine(name) {
  let sink = 0;
  const keep = (x) => { sink += Array.isArray(x) ? x.length : 1; };
  switch (name) {
    case 'wink-nlp':
    case 'wink-nlp-lean': {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const pipe = name === 'wink-nlp' ? ['sbd', 'negation', 'pos', 'ner'] : ['sbd', 'ner'];
      const wink = winkNLP(model, pipe);
      return {
        describe: `wink-nlp, lite web model, pipe ${pipe.join(' + ')}`,
        run(text) {
          const doc = wink.readDoc(text);
          keep(doc.sentences().out());
          keep(doc.tokens().out());
          keep(doc.entities().out());
        },
        sink: () => sink,
      };
    }
    case 'compromise': {
      const { default: nlp } = await import('compromise');
      return {
        describe: 'compromise: sentences().json(), people(), places(), organizations()',
        run(text) {
          const doc = nlp(text);
          keep(doc.sentences().json());
          keep(doc.people().out('array'));
          keep(doc.places().out('array'));
          keep(doc.organizations().out('array'));
        },
        sink: () => sink,
      };
    }
    default:
      return fail(`unknown engine '${name}' (expected wink-nlp, wink-nlp-lean or compromise)`);
  }
}

function heapAfterGc() {
  if (typeof globalThis.gc !== 'function') return NaN;
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const options = parseArgs(process.argv.slice(2));
const files = corpusFiles(options.corpus);
const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
const engine = await makeEngine(options.engine);

// Warm-up: V8 optimises functions after they have run a while; measuring before that would time the compiler.
// Like tessera-bench, it reads from the start of the corpus, round again if the corpus is smaller than the warm-up.
const warmStart = performance.now();
let warmBytes = 0;
let warmFiles = 0;
for (let i = 0; warmBytes < options.warmupMb * MiB; i = (i + 1) % files.length) {
  engine.run(readFileSync(files[i].path, 'utf8'));
  warmBytes += files[i].bytes;
  warmFiles++;
}
const warmSeconds = (performance.now() - warmStart) / 1000;

const samples = [heapAfterGc()];

/** One timed pass over the whole corpus, sampling memory as it goes. */
function measure(sampling) {
  let elapsed = 0;
  let bytes = 0;
  let words = 0;
  let nextSample = 1;
  // CPU time of the whole pass, word counting included, as tessera-bench counts it: on a loaded machine it moves far less
  // than the elapsed time.
  const cpu0 = process.cpuUsage();
  for (const f of files) {
    const t0 = performance.now();
    const text = readFileSync(f.path, 'utf8');
    engine.run(text);
    elapsed += performance.now() - t0;
    bytes += f.bytes;
    words += wordCount(text);
    // Sampling forces a collection, so it stays outside the timed work.
    if (sampling && bytes * options.samples >= totalBytes * nextSample) {
      samples.push(heapAfterGc());
      nextSample = Math.floor((bytes * options.samples) / totalBytes) + 1;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { seconds: elapsed / 1000, bytes, words, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

// With several passes, throughput is the fastest pass: on a shared machine other work only ever slows a pass down.
const passes = [];
// Only the first pass samples memory, and with more passes than one it does not count for throughput: a forced
// collection empties the young generation, so the sampling pass has fewer collections in its timed work.
for (let p = 0; p < options.passes; p++) {
  const pass = measure(p === 0);
  if (p > 0 || options.passes === 1) passes.push(pass);
}
const { bytes, words } = passes[0];
const times = passes.map((p) => p.seconds).sort((a, b) => a - b);
const seconds = times[0];
const median = times[Math.floor(times.length / 2)];
const wps = words / seconds;
const cpuSeconds = Math.min(...passes.map((p) => p.cpuSeconds));
const peakRss = process.resourceUsage().maxRSS * 1024;
const heapMax = Math.max(...samples);
const mb = (b) => (b / MiB).toFixed(1);
console.log(`${engine.describe}: ${options.corpus}`);
console.log(`  corpus            ${files.length} files, ${mb(totalBytes)} MB, ${words.toLocaleString('en-US')} words`);
console.log(`  warm-up           ${warmFiles} files, ${mb(warmBytes)} MB, ${warmSeconds.toFixed(2)} s`);
console.log(passes.length === 1 ? `  measured pass     ${seconds.toFixed(2)} s`
  : `  measured passes   (${passes.length}, after one that sampled memory) fastest ${seconds.toFixed(2)} s, median ${median.toFixed(2)} s (${passes.map((p) => p.seconds.toFixed(2)).join(', ')})`);
console.log(`  throughput        ${Math.round(wps).toLocaleString('en-US')} words/s, ${(bytes / MiB / seconds).toFixed(2)} MB/s`);
console.log(`  CPU time          ${cpuSeconds.toFixed(2)} s in the pass that took least, ${Math.round(words / cpuSeconds).toLocaleString('en-US')} words per CPU second`);
console.log(`  peak RSS          ${mb(peakRss)} MB (whole process, warm-up included)`);
console.log(`  live heap after GC ${Number.isNaN(heapMax) ? 'not sampled (run node with --expose-gc)' : `${mb(samples[0])} MB before, ${mb(heapMax)} MB at most, ${mb(samples[samples.length - 1])} MB after`}`);
console.log(`RESULT engine=${options.engine} corpus=${options.corpus} files=${files.length} bytes=${bytes} words=${words} seconds=${seconds.toFixed(3)} passes=${passes.length} wps=${Math.round(wps)} wps_median=${Math.round(words / median)} peak_rss_mb=${mb(peakRss)} heap_max_mb=${Number.isNaN(heapMax) ? 'NaN' : (heapMax / MiB).toFixed(2)} cpu_seconds=${cpuSeconds.toFixed(3)} cpu_wps=${Math.round(words / cpuSeconds)} outputs=${engine.sink()}`);
