#!/usr/bin/env node
// Peer for bench/run: find the pack's entities in article JSON Lines with
// wink-nlp and its English lite model, the way a JavaScript user would.
//
//   node find_entities.js ARTICLES.jsonl [ENTITIES.jsonl] [--ner | --full-pipe]
//
// Every pack name and alias becomes a custom-entity pattern
// (learnCustomEntities, matched on the normalised, lower-case token values).
// Each article's title and text are read as one document; custom entities
// are counted by pack type and by canonical name. No relations are
// extracted. The default pipe is only what finding the pack's entities needs
// (tokens and the custom-entity matcher), wink at its fastest. --ner adds
// sentence boundaries, POS tags and wink's own named-entity recogniser
// (dates, money, ordinals...), counted by type; --full-pipe is wink's
// default pipe (also negation and sentiment).
//
// Prints a JSON summary on stdout and one line with MB/s (input bytes,
// 10^6 to the MB, over the time from the first line read to the last) on
// stderr.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fullPipe = process.argv.includes('--full-pipe');
const withNer = fullPipe || process.argv.includes('--ner');
if (args.length < 1) {
  console.error('usage: find_entities.js ARTICLES.jsonl [ENTITIES.jsonl] [--ner | --full-pipe]');
  process.exit(2);
}
const articlesPath = args[0];
const entitiesPath = args[1] ||
  path.join(__dirname, '..', '..', '..', 'packs', 'ai-hardware', 'entities.jsonl');

// One custom entity per pack type; remember which canonical name each
// pattern (lower-cased) stands for.
const patternsByType = new Map();
const canonical = new Map();
for (const line of fs.readFileSync(entitiesPath, 'utf8').split('\n')) {
  if (!line.trim() || line.trim().startsWith('//')) continue;  // blank and comment lines, as the pack loader skips
  const e = JSON.parse(line);
  for (const form of [e.name, ...(e.aliases || [])]) {
    if (!patternsByType.has(e.type)) patternsByType.set(e.type, []);
    patternsByType.get(e.type).push(form);
    canonical.set(form.toLowerCase(), e.name);
  }
}

let pipe = ['cer'];
if (withNer) pipe = fullPipe ? undefined : ['sbd', 'pos', 'ner', 'cer'];
const nlp = winkNLP(model, pipe);
const its = nlp.its;
nlp.learnCustomEntities(
  [...patternsByType].map(([type, patterns]) => ({ name: type, patterns })),
  { matchValue: false, usePOS: false, useEntity: false });

const byType = Object.create(null);
const byName = new Map();
const builtin = Object.create(null);
let articles = 0;
let mentions = 0;
let bytes = 0;
let started = 0;

const rl = readline.createInterface({
  input: fs.createReadStream(articlesPath),
  crlfDelay: Infinity,
});
rl.on('line', (line) => {
  if (!started) started = process.hrtime.bigint();
  bytes += Buffer.byteLength(line) + 1;
  if (!line.trim()) return;
  const a = JSON.parse(line);
  const doc = nlp.readDoc((a.title ? a.title + '\n\n' : '') + a.text);
  articles += 1;
  doc.customEntities().each((ce) => {
    const d = ce.out(its.detail);
    byType[d.type] = (byType[d.type] || 0) + 1;
    const name = canonical.get(d.value.toLowerCase()) || d.value;
    byName.set(name, (byName.get(name) || 0) + 1);
    mentions += 1;
  });
  if (withNer) {
    doc.entities().each((e) => {
      const t = e.out(its.type);
      builtin[t] = (builtin[t] || 0) + 1;
    });
  }
});
rl.on('close', () => {
  const seconds = started ? Number(process.hrtime.bigint() - started) / 1e9 : 0;
  const top = [...byName].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10);
  process.stdout.write(JSON.stringify({
    articles, bytes, pack_mentions: mentions, distinct_pack_entities: byName.size,
    by_type: byType, builtin_entities: builtin, top,
  }) + '\n');
  console.error(`wink-nlp (${withNer ? (fullPipe ? 'full pipe' : 'with NER') : 'custom entities'}): ${articles} articles, ${mentions} pack entity mentions, ` +
    `${byName.size} distinct, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s, ` +
    `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
});
