import type { Source } from '../source.js';
import assumptions from './assumptions.js';
import benchmarks from './benchmarks.js';
import bestEffort from './bestEffort.js';
import claims from './claims.js';
import compatibility from './compatibility.js';
import costs from './costs.js';
import customers from './customers.js';
import decisions from './decisions.js';
import deferred from './deferred.js';
import dependencies from './dependencies.js';
import diagrams from './diagrams.js';
import failures from './failures.js';
import gaps from './gaps.js';
import gates from './gates.js';
import implementationDefined from './implementationDefined.js';
import leftOut from './leftOut.js';
import limits from './limits.js';
import manual from './manual.js';
import missing from './missing.js';
import numbers from './numbers.js';
import openQuestions from './openQuestions.js';
import optional from './optional.js';
import owners from './owners.js';
import silent from './silent.js';
import status from './status.js';
import stopgaps from './stopgaps.js';
import schedule from './schedule.js';
import tbd from './tbd.js';
import vague from './vague.js';

/** Every question source, one line each. Order breaks ties: when two sources quote one sentence, the earlier one asks. */
export const SOURCES: readonly Source[] = [
  silent,
  gaps,
  compatibility,
  openQuestions,
  limits,
  failures,
  tbd,
  deferred,
  claims,
  assumptions,
  dependencies,
  costs,
  implementationDefined,
  benchmarks,
  gates,
  schedule,
  vague,
  leftOut,
  owners,
  optional,
  manual,
  bestEffort,
  stopgaps,
  customers,
  status,
  numbers,
  decisions,
  diagrams,
  missing,
];
