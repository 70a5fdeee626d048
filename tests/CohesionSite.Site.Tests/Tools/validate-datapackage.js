// Validates Frictionless Data Packages with the Frictionless JavaScript library (npm `datapackage`):
// the descriptor against its profile (data-package, data-resource, tabular-data-resource), then every
// tabular resource's rows read and cast against its Table Schema (types, header = field names).
// Usage: node validate-datapackage.js DATAPACKAGE.json...; prints one line per problem, exit 1 on any.
//
// The library (1.1.10) reads a UTF-8 byte-order mark as part of the first header, although a BOM is
// the encoding's signature (RFC 3629 §6) and Frictionless' Python reader skips it; the CSVs carry
// one for Excel. So each CSV is decoded as its descriptor's encoding says, the signature dropped,
// and the rows handed to the library's own Table (tableschema) to cast against the schema, with the
// descriptor's delimiter (left to itself the library guesses one from a sample, and guesses wrong on prose).
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
const { Package } = require('datapackage');
const { Table } = require('tableschema');

async function check(file) {
  const problems = [];
  const dp = await Package.load(file, { strict: false });
  if (!dp.valid) {
    for (const e of dp.errors) problems.push(`${file}: descriptor: ${e.message}`);
  }
  for (const r of dp.resources) {
    if (!r.valid) {
      for (const e of r.errors) problems.push(`${file}: ${r.name}: ${e.message}`);
      continue;
    }
    if (!r.tabular) continue;
    try {
      const bytes = fs.readFileSync(path.join(path.dirname(file), r.descriptor.path));
      if (r.descriptor.encoding !== 'utf-8') problems.push(`${file}: ${r.name}: encoding ${r.descriptor.encoding}, expected utf-8`);
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      const table = await Table.load(() => Readable.from([text]), { schema: r.descriptor.schema, headers: 1, delimiter: r.descriptor.dialect.delimiter });
      const rows = await table.read({ cast: true });
      const fields = table.schema.fieldNames;
      if (JSON.stringify(table.headers) !== JSON.stringify(fields)) {
        problems.push(`${file}: ${r.name}: header ${JSON.stringify(table.headers)} differs from the schema's fields ${JSON.stringify(fields)}`);
      }
      console.log(`${file}: ${r.name}: ${rows.length} rows cast`);
    } catch (e) {
      const details = (e.errors || []).map((x) => x.message).join('; ');
      problems.push(`${file}: ${r.name}: ${e.message}${details ? ': ' + details : ''}`);
    }
  }
  return problems;
}

(async () => {
  const problems = [];
  for (const file of process.argv.slice(2)) problems.push(...(await check(file)));
  for (const p of problems) console.error(p);
  process.exit(problems.length === 0 ? 0 : 1);
})().catch((e) => { console.error(e.stack || String(e)); process.exit(2); });
