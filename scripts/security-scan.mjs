#!/usr/bin/env node
// Electron security scan: electronegativity over main/, preload/ and renderer/ together (its global
// checks need to see the whole app at once). It exits 0 whatever it finds, so we read its CSV and fail
// on anything above LOW, and on any LOW that is not in the committed allowlist with a reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const toolDir = path.resolve('tools/electronegativity');
const bin = path.join(toolDir, 'node_modules/.bin/electronegativity');
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;

if (!existsSync(bin)) {
  execFileSync('npm', ['ci', '--prefix', toolDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'kc-scan-'));
try {
  for (const dir of ['main', 'preload', 'renderer'])
    cpSync(dir, path.join(work, 'app', dir), { recursive: true });
  const report = path.join(work, 'report.csv');
  const scan = () =>
    spawnSync(
      bin,
      ['-i', path.join(work, 'app'), '-e', electronVersion, '-x', 'PreloadJSCheck', '-r', '-o', report],
      { encoding: 'utf8' },
    );
  // The tool first asks the network for translations (1 s timeout); on a slow or absent network its
  // HTTP library's retry can crash it before it scans (got/p-cancelable, "onCancel ... after the
  // promise settled"). That crash says nothing about our code: it is tried again, twice at most.
  let run = scan();
  for (let again = 0; again < 2 && !existsSync(report) && /onCancel/.test(run.stderr ?? ''); again++) {
    console.error('security scan: electronegativity crashed fetching its translations; trying again');
    run = scan();
  }
  if (!existsSync(report)) {
    console.error(run.stdout, run.stderr);
    console.error('security scan: electronegativity produced no report');
    process.exit(1);
  }
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8')).filter((r) => r.length > 1);
  const col = (name) => header.findIndex((h) => h.trim() === name);
  const findings = rows.map((r) => ({
    check: r[col('issue')].trim(),
    severity: r[col('severity')].trim(),
    file: r[col('filename')].trim(),
    location: r[col('location')].trim(),
    description: r[col('description')].trim(),
  }));
  const allowlist = JSON.parse(readFileSync(path.join(toolDir, 'allowlist.json'), 'utf8')).findings;
  const allowed = (f) =>
    allowlist.some((a) => a.check === f.check && a.file === f.file && a.reason?.length > 20);
  const failures = findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL');
  const unlisted = findings.filter((f) => f.severity === 'LOW' && !allowed(f));
  for (const f of findings) {
    const verdict = failures.includes(f)
      ? 'FAIL'
      : unlisted.includes(f)
        ? 'FAIL (LOW, not allowlisted)'
        : 'allowed';
    console.log(
      `${verdict.padEnd(28)} ${f.severity.padEnd(7)} ${f.check} ${f.file}:${f.location} ${f.description}`,
    );
  }
  const bad = failures.length + unlisted.length;
  console.log(`security scan: ${findings.length} finding(s), ${bad} failing`);
  process.exit(bad === 0 ? 0 : 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
