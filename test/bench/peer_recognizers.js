#!/usr/bin/env node
// peer_recognizers.js — the peer for quantity extraction: Microsoft
// Recognizers-Text (culture zh-cn) run over the first BYTES bytes of a UTF-8
// file, line by line (one utterance per line, as a caller would feed it).
//
//   node peer_recognizers.js FILE BYTES [PASSES]
//
// Prints one tab-separated line per model set, for bench.sh to parse:
//   peer <set> <bytes> <seconds> <mentions>
// where set is "number" (the number model alone) or "all" (number,
// percentage, currency, dimension, age and temperature models one after the
// other on every line, as an application wanting all of them must run them).
// Models are built once, before timing: construction is not measured.  With
// PASSES > 1 each set runs that many times and the fastest pass counts.
'use strict';

const fs = require('fs');
const path = require('path');
// the suite's own number and number-with-unit packages (its dependencies),
// resolved from the suite so a nested install works too
const suiteDir = path.dirname(require.resolve('@microsoft/recognizers-text-suite'));
const fromSuite = (name) => require(require.resolve(name, { paths: [suiteDir] }));
const Suite = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = fromSuite('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = fromSuite('@microsoft/recognizers-text-number-with-unit');

const file = process.argv[2];
const budget = parseInt(process.argv[3] || '200000', 10);
const passes = Math.max(1, parseInt(process.argv[4] || '1', 10) || 1);
if (!file || !(budget > 0)) {
  console.error('usage: node peer_recognizers.js FILE BYTES [PASSES]');
  process.exit(2);
}

// read at most budget bytes, cut back to the last whole line
const fd = fs.openSync(file, 'r');
const raw = Buffer.alloc(budget);
const got = fs.readSync(fd, raw, 0, budget, 0);
fs.closeSync(fd);
let end = raw.lastIndexOf(0x0a, got - 1);
if (end < 0 || got < budget) end = got;
const text = raw.subarray(0, end).toString('utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const lines = text.split('\n').filter((l) => l.trim().length > 0);

const culture = Suite.Culture.Chinese;	// "zh-cn"
const numbers = new NumberRecognizer(culture);
const units = new NumberWithUnitRecognizer(culture);
const sets = {
  number: [numbers.getNumberModel()],
  all: [
    numbers.getNumberModel(),
    numbers.getPercentageModel(),
    units.getCurrencyModel(),
    units.getDimensionModel(),
    units.getAgeModel(),
    units.getTemperatureModel(),
  ],
};

// warm up (regex compilation and JIT) on a few lines, untimed
for (const models of Object.values(sets))
  for (const line of lines.slice(0, 5))
    for (const m of models) m.parse(line);

for (const [name, models] of Object.entries(sets)) {
  let mentions = 0;
  let best = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    mentions = 0;
    // CPU time (user + system), as the luohuplan figures: the machine is shared
    const t0 = process.cpuUsage();
    for (const line of lines)
      for (const m of models) mentions += m.parse(line).length;
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1e6);
  }
  console.log(['peer', name, bytes, best.toFixed(6), mentions].join('\t'));
}
