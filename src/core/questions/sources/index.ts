import type { Source } from '../source';
import assumptions from './assumptions';
import benchmarks from './benchmarks';
import bestEffort from './bestEffort';
import claims from './claims';
import compatibility from './compatibility';
import costs from './costs';
import customers from './customers';
import decisions from './decisions';
import deferred from './deferred';
import dependencies from './dependencies';
import diagrams from './diagrams';
import failures from './failures';
import gaps from './gaps';
import gates from './gates';
import implementationDefined from './implementationDefined';
import leftOut from './leftOut';
import limits from './limits';
import manual from './manual';
import missing from './missing';
import numbers from './numbers';
import openQuestions from './openQuestions';
import optional from './optional';
import owners from './owners';
import silent from './silent';
import status from './status';
import stopgaps from './stopgaps';
import schedule from './schedule';
import tbd from './tbd';
import vague from './vague';

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
