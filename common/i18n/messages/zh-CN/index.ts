/**
 * The Simplified Chinese catalogue (issue #32), in the terms of Cobo's own Chinese manual where it
 * has them (docs/glossary-zh-CN.md). Product names, environments' names, ids and fingerprints stay as
 * they are (do-not-translate.ts). Each area `satisfies` its English twin, so a key missing or extra
 * here fails the type check.
 */
import type { Catalogue } from '../../translate';
import { shell } from './shell';
import { verify } from './verify';
import { ceremonies } from './ceremonies';
import { prepare } from './prepare';
import { run } from './run';
import { profiles } from './profiles';
import { history } from './history';
import { report } from './report';
import { holders } from './holders';
import { words } from './words';
import { errors } from './errors';
import { prepareMore } from './prepare-more';
import { runStatus } from './run-status';
import { reportScript } from './report-script';
import { wordsMore } from './words-more';
import { historyMore } from './history-more';
import { errorsMore } from './errors-more';
import { checks } from './checks';
import { cli } from './cli';
import { verdicts } from './verdicts';
import { records } from './records';
import { boundary } from './boundary';
import { cliMore } from './cli-more';

export const zhCN = {
  ...shell,
  ...verify,
  ...ceremonies,
  ...prepare,
  ...run,
  ...profiles,
  ...history,
  ...report,
  ...holders,
  ...words,
  ...errors,
  ...prepareMore,
  ...runStatus,
  ...reportScript,
  ...wordsMore,
  ...historyMore,
  ...errorsMore,
  ...checks,
  ...cli,
  ...verdicts,
  ...records,
  ...boundary,
  ...cliMore,
} as const satisfies Catalogue;
