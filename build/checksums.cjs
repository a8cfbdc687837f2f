// electron-builder afterAllArtifactBuild hook: writes SHA256SUMS beside the artefacts, in the format
// `sha256sum -c SHA256SUMS` checks. Returns the file so that it is listed with the artefacts.
const { createHash } = require('node:crypto');
const { createReadStream, writeFileSync, statSync } = require('node:fs');
const path = require('node:path');

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

module.exports = async function writeChecksums(result) {
  const files = result.artifactPaths.filter((f) => statSync(f).isFile() && !f.endsWith('.blockmap'));
  if (files.length === 0) return [];
  const dir = result.outDir;
  const lines = [];
  for (const file of files.sort()) lines.push(`${await sha256(file)}  ${path.relative(dir, file)}`);
  const out = path.join(dir, 'SHA256SUMS');
  writeFileSync(out, lines.join('\n') + '\n');
  return [out];
};
