'use strict';
// Minimal RFC 4180 CSV helpers (no dependencies).

/** Parse CSV text into an array of records (arrays of strings). */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let inQuotes = false;
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { inQuotes = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (inQuotes) throw new Error('Unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Parse CSV with a header row into objects. */
function parseCsvObjects(text) {
  const rows = parseCsv(text);
  const header = rows.shift();
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))), rows };
}

/** Quote a field only if needed. */
function csvField(v) {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function csvLine(values) {
  return values.map(csvField).join(',');
}

module.exports = { parseCsv, parseCsvObjects, csvField, csvLine };
