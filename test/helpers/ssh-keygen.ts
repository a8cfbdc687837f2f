/**
 * Keys and signatures made by the real OpenSSH `ssh-keygen` (as witnesses make theirs), in a folder
 * the caller owns: each signature is made afresh (ssh-keygen does not replace a signature file).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function sshKeygenKey(dir: string, name: string, type: string, bits?: number) {
  const file = path.join(dir, name);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    type,
    ...(bits ? ['-b', String(bits)] : []),
    '-N',
    '',
    '-C',
    name,
    '-f',
    file,
  ]);
  /** The public key line (type, base64, comment). */
  const publicLine = readFileSync(`${file}.pub`, 'utf8').trim();
  return {
    publicLine,
    /** An allowed_signers line for this key, under the principal `<name>@<domain>`. */
    allowed: (domain: string) => `${name}@${domain} ${publicLine.split(' ').slice(0, 2).join(' ')}`,
    /** Signs `message` with `ssh-keygen -Y sign` in `namespace`; the signature file's path. */
    sign(message: string | Buffer, namespace: string, as = `${name}-${namespace.replace(/\W/g, '_')}`) {
      const msg = path.join(dir, `${as}.txt`);
      writeFileSync(msg, message);
      rmSync(`${msg}.sig`, { force: true });
      execFileSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', file, '-n', namespace, msg]);
      return `${msg}.sig`;
    },
  };
}
