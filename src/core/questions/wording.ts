import * as l10n from '@vscode/l10n';
import { translated } from '../l10n.js';

/**
 * Every word the question engine says, in one place: the question a source asks (filled with
 * the doc's own words), its short headline for the sidebar (at most 60 characters, written for
 * its kind, never a truncation) and the line that says why Docent raises it. Each is an l10n
 * message with the doc's words as arguments, translated when it is read.
 */
export interface Wording {
  /** At most 60 characters. */
  readonly headline: string;
  readonly ask: (quote: string) => string;
  readonly why: string;
}

/** Each part is read when asked for, so it follows the translations loaded after this module. */
const w = (headline: () => string, why: () => string, ask: (q: string) => string): Wording => ({
  get headline() { return headline(); },
  get why() { return why(); },
  ask,
});

/** Phrase sources: source id, then the kind of phrase it found. */
export const PHRASES = {
  'open-question': {
    asked: w(() => l10n.t('Open in the doc: who decides, by when?'), () => l10n.t('The doc asks this and does not answer it.'),
      (q) => l10n.t('The doc asks “{0}” and leaves it open: who decides, by when, and what changes in the plan for each answer?', q)),
    api: w(() => l10n.t('Open API question: fixed at release?'), () => l10n.t('The doc asks this and does not answer it; an API is hard to change once released.'),
      (q) => l10n.t('The doc asks “{0}” and leaves it open: who decides before the API is released, and which answer could still change later without breaking callers?', q)),
    open: w(() => l10n.t('Left open: who decides, by when?'), () => l10n.t('The doc calls this an open question.'),
      (q) => l10n.t('“{0}” is still an open question: who owns the answer, and must it be settled before this is approved?', q)),
  },
  deferred: {
    later: w(() => l10n.t('Deferred: what ships without it?'), () => l10n.t('The doc leaves this for later.'),
      (q) => l10n.t('“{0}”: what ships without it, who owns the follow-up, and does anything in this launch depend on it?', q)),
    laterShipped: w(() => l10n.t('Deferred, since shipped: was it done?'), () => l10n.t('The doc left this for later, and the work has since shipped.'),
      (q) => l10n.t('“{0}”: was the follow-up ever done, who owns it now, and what do users do without it?', q)),
    notAttempted: w(() => l10n.t('Not attempted: who will miss it?'), () => l10n.t('The doc says the design does not try to do this.'),
      (q) => l10n.t('“{0}”: who will miss this, how will they find out, and what do they do instead?', q)),
    scope: w(() => l10n.t('Out of scope: who covers it?'), () => l10n.t('The doc puts this out of scope.'),
      (q) => l10n.t('“{0}”: who covers it instead, and does anything in this plan quietly depend on it?', q)),
  },
  tbd: {
    tbd: w(() => l10n.t('Not settled yet: who owns it?'), () => l10n.t('The doc marks this as not decided yet.'),
      (q) => l10n.t('“{0}” is not settled yet: who owns it, and does it have to be settled before this ships?', q)),
    shipped: w(() => l10n.t('Left open, since shipped: what now?'), () => l10n.t('The doc left this open, and the work has since shipped.'),
      (q) => l10n.t('“{0}” was left open in the doc: how did the shipped code settle it, and is that written down where users can find it?', q)),
  },
  gap: {
    untested: w(() => l10n.t('Not tested yet: does launch wait?'), () => l10n.t('The doc says this has not been tested or measured.'),
      (q) => l10n.t('“{0}”: when will this be tested or measured, by whom, and does the next stage wait for the result?', q)),
    missing: w(() => l10n.t('Admitted gap: what is left exposed?'), () => l10n.t('The doc admits something is missing.'),
      (q) => l10n.t('The doc admits “{0}”: what does that leave exposed, and who owns closing the gap?', q)),
    unsafe: w(() => l10n.t('Known hazard: how is misuse stopped?'), () => l10n.t('The doc names a known hazard.'),
      (q) => l10n.t('“{0}”: how will users be kept from hitting this, and what happens to them if they do?', q)),
    race: w(() => l10n.t('Admitted race: what can it break?'), () => l10n.t('The doc admits a race.'),
      (q) => l10n.t('The doc admits “{0}”: what is the worst thing the race can do, and how often could it happen in a busy deployment?', q)),
  },
  claim: {
    feasible: w(() => l10n.t('Believed possible: prototyped?'), () => l10n.t('The doc believes this can be done without showing it.'),
      (q) => l10n.t('“{0}”: has this been prototyped or measured, and what changes in the plan if it turns out not to be possible?', q)),
    acceptable: w(() => l10n.t('Believed acceptable: to whom?'), () => l10n.t('The doc judges a cost or difference acceptable.'),
      (q) => l10n.t('“{0}”: who has agreed this is acceptable (the users and teams it affects), and how would we learn it is not?', q)),
    volunteers: w(() => l10n.t('Needs others to step up: what if not?'), () => l10n.t('The doc hopes others will do part of the work.'),
      (q) => l10n.t('“{0}”: who has agreed to do this, and what happens to the plan if nobody does?', q)),
    belief: w(() => l10n.t('A belief: what backs it?'), () => l10n.t('The doc states this as a belief or estimate.'),
      (q) => l10n.t('“{0}”: what evidence backs this, and what is the plan if it proves wrong?', q)),
    unaffected: w(() => l10n.t('“Not affected”: who checked?'), () => l10n.t('The doc expects no impact without saying how it was checked.'),
      (q) => l10n.t('“{0}”: which workloads or users were checked, and how would we notice one that is affected after rollout?', q)),
    hedge: w(() => l10n.t('“Should be fine”: measured?'), () => l10n.t('The doc hedges here.'),
      (q) => l10n.t('“{0}”: what measurement backs this, and what is the plan if it is not true?', q)),
    never: w(() => l10n.t('“Never”: what if it happens?'), () => l10n.t('The doc rules something out without saying how it is enforced.'),
      (q) => l10n.t('“{0}”: what enforces that, and what happens in the case where it does occur?', q)),
  },
  assumption: {
    assume: w(() => l10n.t('Assumption: what if it is wrong?'), () => l10n.t('The doc rests on an assumption.'),
      (q) => l10n.t('The doc assumes “{0}”: what happens if that turns out to be wrong, and how would we find out?', q)),
  },
  benchmark: {
    setup: w(() => l10n.t('One-setup benchmarks: hold in prod?'), () => l10n.t('The doc’s numbers come from one machine or one version.'),
      (q) => l10n.t('The numbers come from “{0}”: will they hold on production hardware and at production load, and who re-runs them before the decision?', q)),
  },
  limit: {
    limit: w(() => l10n.t('Limit: where does it come from?'), () => l10n.t('The doc sets a limit, default or threshold.'),
      (q) => l10n.t('Where does “{0}” come from (a measurement or a guess), and what happens when someone reaches it?', q)),
    percent: w(() => l10n.t('Threshold: where does it come from?'), () => l10n.t('The doc sets a percentage threshold.'),
      (q) => l10n.t('How was the threshold in “{0}” chosen, and what happens just above and just below it?', q)),
    config: w(() => l10n.t('Default value: how was it chosen?'), () => l10n.t('The doc sets a default in configuration.'),
      (q) => l10n.t('How was the value in “{0}” chosen, and who tunes it when it turns out wrong for a workload?', q)),
  },
  silent: {
    silent: w(() => l10n.t('Happens silently: who finds out?'), () => l10n.t('The doc describes behaviour without an error or warning.'),
      (q) => l10n.t('“{0}” happens without an error: how does a user or operator find out, and is there a log, metric or warning?', q)),
  },
  'implementation-defined': {
    impl: w(() => l10n.t('Left to implementations: what default?'), () => l10n.t('The doc leaves this to each implementation.'),
      (q) => l10n.t('“{0}” is left to each implementation: what should they pick by default, and what goes wrong for users when one picks badly?', q)),
  },
  dependency: {
    depends: w(() => l10n.t('Dependency: status and owner?'), () => l10n.t('The doc depends on something outside it.'),
      (q) => l10n.t('“{0}”: what is the status of that dependency, who owns it, and what happens to this plan if it slips or changes?', q)),
    others: w(() => l10n.t('Others must change: have they agreed?'), () => l10n.t('The doc needs other projects or vendors to change.'),
      (q) => l10n.t('“{0}”: which of them have confirmed they will update, and does this plan wait for them?', q)),
    maintained: w(() => l10n.t('Outside code: who maintains it?'), () => l10n.t('The doc relies on code someone else maintains.'),
      (q) => l10n.t('“{0}”: who maintains it long term, how are its security fixes picked up, and what is the fallback if it stalls?', q)),
  },
  compatibility: {
    breaks: w(() => l10n.t('Breaks users: who, and who tells them?'), () => l10n.t('The doc says existing users or setups will break.'),
      (q) => l10n.t('“{0}”: who exactly is affected, how will they be told before it ships, and what is their way forward?', q)),
    breaksShipped: w(() => l10n.t('Broke users when shipped: told?'), () => l10n.t('The doc says existing users or setups break, and the work has shipped.'),
      (q) => l10n.t('“{0}”: who exactly was affected, how were they told, and what is their way forward now?', q)),
    downgrade: w(() => l10n.t('Rollback: is that path tested?'), () => l10n.t('The doc talks about rollback, downgrade or skew.'),
      (q) => l10n.t('“{0}”: what happens to work already running when this is rolled back or downgraded, and has that path been tested?', q)),
    skew: w(() => l10n.t('Version skew: how is it enforced?'), () => l10n.t('The doc sets a version-skew rule.'),
      (q) => l10n.t('“{0}”: how is this enforced during a real upgrade, and what happens to a cluster or client that breaks the rule?', q)),
    oneWay: w(() => l10n.t('Cannot be undone: go/no-go check?'), () => l10n.t('The doc describes a step that cannot be undone.'),
      (q) => l10n.t('“{0}” cannot be undone: what is checked before it runs, and how do we recover if it goes wrong?', q)),
    replaced: w(() => l10n.t('Replaced: is the new one ready?'), () => l10n.t('The doc says part of it is obsolete or replaced.'),
      (q) => l10n.t('“{0}”: is the replacement ready everywhere this is used, and who still depends on the old one?', q)),
    removal: w(() => l10n.t('Going away: does this land in time?'), () => l10n.t('The doc says something is deprecated or going away.'),
      (q) => l10n.t('“{0}”: when does it go away, and does this plan land before then for everyone who relies on it?', q)),
  },
  'left-out': {
    minimum: w(() => l10n.t('Minimum version: who is older?'), () => l10n.t('The doc requires a minimum version of something.'),
      (q) => l10n.t('“{0}”: how many users or platforms are still on older versions, and what do they do until they upgrade?', q)),
    cannot: w(() => l10n.t('Cannot be changed: what if needed?'), () => l10n.t('The doc takes a choice away from its users.'),
      (q) => l10n.t('“{0}”: what does a team do when it needs different behaviour, and who approves an exception?', q)),
    only: w(() => l10n.t('Only some covered: who is left out?'), () => l10n.t('The doc limits this to some platforms, languages, cases or users.'),
      (q) => l10n.t('“{0}”: which users or cases does this leave out, and what do they do instead?', q)),
  },
  owner: {
    unnamed: w(() => l10n.t('No named owner: which team?'), () => l10n.t('The doc refers to an owner it does not name.'),
      (q) => l10n.t('“{0}” does not say who: which team exactly, and have they agreed to take it on?', q)),
  },
  gate: {
    removal: w(() => l10n.t('Gate removal: what criteria, when?'), () => l10n.t('The doc keeps this behind a gate until it is proven.'),
      (q) => l10n.t('“{0}”: what concrete criteria and date decide when the gate goes away, and who makes that call?', q)),
    default: w(() => l10n.t('On by default: what must be true?'), () => l10n.t('The doc turns something on for everyone.'),
      (q) => l10n.t('“{0}”: what must be true before it is on for everyone (metrics, soak time, an opt-out), and who signs off?', q)),
  },
  optional: {
    optional: w(() => l10n.t('Optional: what default, who skips?'), () => l10n.t('The doc makes this optional.'),
      (q) => l10n.t('“{0}”: what is the default, and what happens to those who skip it?', q)),
  },
  cost: {
    slower: w(() => l10n.t('Admitted cost: who pays, how much?'), () => l10n.t('The doc admits a cost in speed, memory or load.'),
      (q) => l10n.t('“{0}”: how large is this cost in a typical case, who bears it, and what size would be too much?', q)),
  },
  failure: {
    misconfig: w(() => l10n.t('Bad config: what stops it, how undone?'), () => l10n.t('The doc says a misconfiguration can do damage.'),
      (q) => l10n.t('“{0}”: what validation stops a bad configuration before it takes effect, and how fast can it be undone?', q)),
    attack: w(() => l10n.t('An attack: limits on by default?'), () => l10n.t('The doc names a way this can be attacked or abused.'),
      (q) => l10n.t('“{0}”: which limits (authentication, rate, size) guard against this, and are they on by default?', q)),
    starvation: w(() => l10n.t('Starvation: who, and who would notice?'), () => l10n.t('The doc says some users can be starved.'),
      (q) => l10n.t('“{0}”: which clients or workloads would be starved, how would operators see it, and what isolates the one causing it?', q)),
    bug: w(() => l10n.t('Bad bug: how is the rollout staged?'), () => l10n.t('The doc says a bug here could do serious damage.'),
      (q) => l10n.t('“{0}”: how is the rollout staged so a bad bug reaches few users first, and which signal stops it?', q)),
    leak: w(() => l10n.t('Possible leak: what, to whom?'), () => l10n.t('The doc says data could leak.'),
      (q) => l10n.t('“{0}”: what exactly could leak and to whom, and what prevents it by default?', q)),
    loss: w(() => l10n.t('Data loss: how much, who notices?'), () => l10n.t('The doc says data can be lost.'),
      (q) => l10n.t('“{0}”: how much data could be lost, would anyone notice, and is that acceptable to those who rely on it?', q)),
    hard: w(() => l10n.t('Fails hard: what if the check is down?'), () => l10n.t('The doc makes this a hard failure.'),
      (q) => l10n.t('“{0}”: is failing hard the right call for every user, and what happens to them while the check itself is unavailable?', q)),
    cutoff: w(() => l10n.t('Past the limit: what gets cut off?'), () => l10n.t('The doc says work can run past a limit.'),
      (q) => l10n.t('“{0}”: what gets cut off when this happens, and how should users size the limit?', q)),
    failure: w(() => l10n.t('Named failure: how likely, how bad?'), () => l10n.t('The doc names a way this can fail.'),
      (q) => l10n.t('“{0}”: how likely is this, how many users would it hit, and what limits the damage?', q)),
    duplicates: w(() => l10n.t('Duplicates: who removes them?'), () => l10n.t('The doc says data can arrive twice.'),
      (q) => l10n.t('“{0}”: who is responsible for removing the duplicates, and how much duplication should backends expect?', q)),
  },
  manual: {
    manual: w(() => l10n.t('Manual step: who, how often?'), () => l10n.t('The doc relies on a manual step.'),
      (q) => l10n.t('“{0}” relies on a manual step: who does it, how often, and what happens when they are away?', q)),
    tested: w(() => l10n.t('Tested by hand: what guards it later?'), () => l10n.t('The doc says this was checked by hand.'),
      (q) => l10n.t('“{0}”: what automated test guards this in future releases, and who re-runs it until one exists?', q)),
  },
  stopgap: {
    remains: w(() => l10n.t('Old path stays: until when?'), () => l10n.t('The doc keeps part of the old design in place.'),
      (q) => l10n.t('“{0}”: is there a plan and date to retire it, and who maintains it until then?', q)),
    stopgap: w(() => l10n.t('Stopgap: when is it replaced?'), () => l10n.t('The doc calls this temporary.'),
      (q) => l10n.t('“{0}” is a stopgap: when is it replaced, and is that work planned and staffed?', q)),
  },
  'best-effort': {
    best: w(() => l10n.t('Best effort: what is lost?'), () => l10n.t('The doc makes this best effort.'),
      (q) => l10n.t('On “{0}”: what is lost when this best-effort part fails, and does anyone find out?', q)),
  },
  schedule: {
    dated: w(() => l10n.t('Promised date: still on track?'), () => l10n.t('The doc promises a date or a release.'),
      (q) => l10n.t('“{0}”: is that date still on track, what does it depend on, and what happens to users if it slips?', q)),
  },
  vague: {
    criterion: w(() => l10n.t('No number: what counts as met?'), () => l10n.t('The doc sets a criterion without a number.'),
      (q) => l10n.t('“{0}”: what number counts as meeting this, who measures it, and what happens if it is missed?', q)),
  },
  customer: {
    customers: w(() => l10n.t('Customers must act: how told?'), () => l10n.t('The doc says customers or users must do something.'),
      (q) => l10n.t('“{0}”: how many customers does this reach, how and when will they be told, and what support do they get?', q)),
  },
  decision: {
    choice: w(() => l10n.t('A choice: what does the other offer?'), () => l10n.t('The doc chooses one option over another.'),
      (q) => l10n.t('“{0}”: what does the option not taken do better, and what would make the team switch?', q)),
  },
} as const satisfies Record<string, Record<string, Wording>>;

/** The doc's status line and plan. */
export const STATUS = {
  stale: (status: string, evidence: string) => ({
    headline: l10n.t('Status line out of date?'),
    why: l10n.t('The status line and the doc’s content tell different stories.'),
    text: l10n.t('The status line says “{0}”, yet the doc says “{1}”: which is current, and what is left before this is done?', status, evidence),
  }),
  undated: (phase: string) => ({
    headline: l10n.t('Phases without dates: when?'),
    why: l10n.t('The doc plans in phases but gives no dates.'),
    text: l10n.t('The plan has phases (“{0}”) but no dates: when does each start, what gates the next, and what staffing does each assume?', phase),
  }),
};

/** Numbers the doc states, with their conversions worked out. */
export const NUMBERS = {
  timeout: (shown: string) => ({
    headline: l10n.t('{0} timeout: what does the caller see?', short(shown)), why: l10n.t('The doc sets a timeout: {0}.', shown),
    text: l10n.t('What does the caller see when the {0} timeout fires, and how often would it fire at today\'s slowest responses?', shown),
  }),
  rate: (shown: string, tenfold: string) => ({
    headline: l10n.t('{0}: peak or average? At 10x?', short(shown)), why: l10n.t('The doc states a rate: {0}.', shown),
    text: l10n.t('Is {0} the peak or the average, how was it measured, and what breaks first at 10x ({1})?', shown, tenfold),
  }),
  percentile: (shown: string, percentile: string, figure: string) => ({
    headline: l10n.t('{0}: measured where?', short(`${percentile} ${figure}`)), why: l10n.t('The doc states a latency target: {0}.', shown),
    text: l10n.t('Where is the {0} of {1} measured (client or server), and which dependency uses most of that budget?', percentile, figure),
  }),
  availability: (shown: string, month: string) => ({
    headline: l10n.t('{0}: which dependencies must match?', short(shown)), why: l10n.t('The doc states an availability target: {0}, about {1} of downtime a month.', shown, month),
    text: l10n.t('{0} allows about {1} of downtime a month: which dependencies must be at least that available, and what happens when the budget is spent?', shown, month),
  }),
  target: (shown: string) => ({
    headline: l10n.t('{0} target: where from?', short(shown)), why: l10n.t('The doc sets a target: {0}.', shown),
    text: l10n.t('Where does the {0} target come from, what is the figure today, and what happens when it is missed?', shown),
  }),
  rpo: (shown: string) => ({
    headline: l10n.t('Data loss window: agreed, tested?'), why: l10n.t('The doc states a recovery point objective.'),
    text: l10n.t('Has losing up to {0} of data been agreed with the business, and how is it tested?', shown),
  }),
  rto: (shown: string) => ({
    headline: l10n.t('Restore time: rehearsed?'), why: l10n.t('The doc states a recovery time objective.'),
    text: l10n.t('Has a restore within {0} been rehearsed end to end, and when was the last drill?', shown),
  }),
};

/** "The diagram shows a call / N calls into X." */
const callsInto = (calls: number, callee: string) => (calls === 1 ? l10n.t('The diagram shows a call into {0}.', callee) : l10n.t('The diagram shows {0} calls into {1}.', calls, callee));

/** Diagram edges. `plural`: the callee's name is a plural ("workers"), so they "are" slow. */
export const DIAGRAMS = {
  store: (who: string, callee: string, plural: boolean, calls: number) => ({
    headline: l10n.t('If {0} is slow: wait or drop?', short(callee)), why: callsInto(calls, callee),
    text: plural
      ? l10n.t('What does {0} do when {1} are slow or unavailable (wait, buffer or drop), and which team owns {1}?', who, callee)
      : l10n.t('What does {0} do when {1} is slow or unavailable (wait, buffer or drop), and which team owns {1}?', who, callee),
  }),
  call: (who: string, callee: string, plural: boolean, calls: number) => ({
    headline: l10n.t('If {0} is down: who owns it?', short(callee)), why: callsInto(calls, callee),
    text: plural
      ? l10n.t('What happens to {0} when {1} are slow or down, and which team owns {1}?', who, callee)
      : l10n.t('What happens to {0} when {1} is slow or down, and which team owns {1}?', who, callee),
  }),
  reader: (reader: string, queue: string) => ({
    headline: l10n.t('If {0} falls behind: backlog?', short(reader)), why: l10n.t('The diagram shows {0} reading from {1}.', reader, queue),
    text: l10n.t('If {0} falls behind reading {1}, how large can the backlog grow, and who is alerted?', reader, queue),
  }),
};

/** The one Doc Health item that folds every missing standard section. */
export const MISSING = {
  // A whole headline, never a list cut short: the section's name when one is missing, else how many.
  headline: (labels: readonly string[]) => (labels.length === 1 && labels[0].length <= 44 ? l10n.t('Missing: {0}', labels[0]) : l10n.t('{0} expected sections missing', labels.length)),
  text: (labels: readonly string[]) => (labels.length > 1
    ? l10n.t('The doc has no {0} sections: ask the author whether they are covered elsewhere or still to be written.', list(labels))
    : l10n.t('The doc has no {0} section: ask the author whether it is covered elsewhere or still to be written.', list(labels))),
  get why() { return l10n.t('Standard sections a review expects are missing.'); },
  section: translated({
    context: () => l10n.t('What problem does this solve, for whom, and why now?'),
    goals: () => l10n.t('What measurable outcome will tell us it succeeded?'),
    'non-goals': () => l10n.t('What is explicitly out of scope?'),
    alternatives: () => l10n.t('Which other designs were considered, and why were they turned down?'),
    dependencies: () => l10n.t('Which teams or vendors must deliver something, and have they committed?'),
    risks: () => l10n.t('What is most likely to go wrong, and who owns each mitigation?'),
    security: () => l10n.t('What new access paths or data does it add, and who reviews them?'),
    scalability: () => l10n.t('What load is it sized for, and what breaks first at 10x?'),
    reliability: () => l10n.t('What are its SLOs, and who is paged when they are missed?'),
    rollout: () => l10n.t('How does it roll out in stages, and how fast can it be rolled back?'),
    testing: () => l10n.t('How will it be tested before launch?'),
    cost: () => l10n.t('What will it cost to build and to run?'),
    timeline: () => l10n.t('What are the milestones, and which are on the critical path?'),
    'open-questions': () => l10n.t('Which decisions are still open, and who owns each?'),
  }) as Record<string, string>,
  /** Where a genre asks a section's question its own way. */
  byGenre: {
    protocol: translated({ testing: () => l10n.t('How will implementations be tested for conformance, and against each other?') }),
    hardware: translated({ testing: () => l10n.t('Which tests gate each build stage, and on how many units?') }),
  } as Partial<Record<string, Record<string, string>>>,
};

/** A value from the doc, short enough for a headline. */
function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : l10n.t('{0} or {1}', items.slice(0, -1).join(', '), items[items.length - 1]);
}
