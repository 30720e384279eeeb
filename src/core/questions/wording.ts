/**
 * Every word the question engine says, in one place: the question a source asks (filled with
 * the doc's own words), its short headline for the sidebar (at most 60 characters, written for
 * its kind, never a truncation) and the line that says why Docent raises it.
 */
export interface Wording {
  /** At most 60 characters. */
  readonly headline: string;
  readonly ask: (quote: string) => string;
  readonly why: string;
}

const w = (headline: string, why: string, ask: (q: string) => string): Wording => ({ headline, why, ask });

/** Phrase sources: source id, then the kind of phrase it found. */
export const PHRASES = {
  'open-question': {
    asked: w('Open in the doc: who decides, by when?', 'The doc asks this and does not answer it.',
      (q) => `The doc asks “${q}” and leaves it open: who decides, by when, and what changes in the plan for each answer?`),
    api: w('Open API question: fixed at release?', 'The doc asks this and does not answer it; an API is hard to change once released.',
      (q) => `The doc asks “${q}” and leaves it open: who decides before the API is released, and which answer could still change later without breaking callers?`),
    open: w('Left open: who decides, by when?', 'The doc calls this an open question.',
      (q) => `“${q}” is still an open question: who owns the answer, and must it be settled before this is approved?`),
  },
  deferred: {
    later: w('Deferred: what ships without it?', 'The doc leaves this for later.',
      (q) => `“${q}”: what ships without it, who owns the follow-up, and does anything in this launch depend on it?`),
    laterShipped: w('Deferred, since shipped: was it done?', 'The doc left this for later, and the work has since shipped.',
      (q) => `“${q}”: was the follow-up ever done, who owns it now, and what do users do without it?`),
    notAttempted: w('Not attempted: who will miss it?', 'The doc says the design does not try to do this.',
      (q) => `“${q}”: who will miss this, how will they find out, and what do they do instead?`),
    scope: w('Out of scope: who covers it?', 'The doc puts this out of scope.',
      (q) => `“${q}”: who covers it instead, and does anything in this plan quietly depend on it?`),
  },
  tbd: {
    tbd: w('Not settled yet: who owns it?', 'The doc marks this as not decided yet.',
      (q) => `“${q}” is not settled yet: who owns it, and does it have to be settled before this ships?`),
    shipped: w('Left open, since shipped: what now?', 'The doc left this open, and the work has since shipped.',
      (q) => `“${q}” was left open in the doc: how did the shipped code settle it, and is that written down where users can find it?`),
  },
  gap: {
    untested: w('Not tested yet: does launch wait?', 'The doc says this has not been tested or measured.',
      (q) => `“${q}”: when will this be tested or measured, by whom, and does the next stage wait for the result?`),
    missing: w('Admitted gap: what is left exposed?', 'The doc admits something is missing.',
      (q) => `The doc admits “${q}”: what does that leave exposed, and who owns closing the gap?`),
    unsafe: w('Known hazard: how is misuse stopped?', 'The doc names a known hazard.',
      (q) => `“${q}”: how will users be kept from hitting this, and what happens to them if they do?`),
    race: w('Admitted race: what can it break?', 'The doc admits a race.',
      (q) => `The doc admits “${q}”: what is the worst thing the race can do, and how often could it happen in a busy deployment?`),
  },
  claim: {
    feasible: w('Believed possible: prototyped?', 'The doc believes this can be done without showing it.',
      (q) => `“${q}”: has this been prototyped or measured, and what changes in the plan if it turns out not to be possible?`),
    acceptable: w('Believed acceptable: to whom?', 'The doc judges a cost or difference acceptable.',
      (q) => `“${q}”: who has agreed this is acceptable (the users and teams it affects), and how would we learn it is not?`),
    volunteers: w('Needs others to step up: what if not?', 'The doc hopes others will do part of the work.',
      (q) => `“${q}”: who has agreed to do this, and what happens to the plan if nobody does?`),
    belief: w('A belief: what backs it?', 'The doc states this as a belief or estimate.',
      (q) => `“${q}”: what evidence backs this, and what is the plan if it proves wrong?`),
    unaffected: w('“Not affected”: who checked?', 'The doc expects no impact without saying how it was checked.',
      (q) => `“${q}”: which workloads or users were checked, and how would we notice one that is affected after rollout?`),
    hedge: w('“Should be fine”: measured?', 'The doc hedges here.',
      (q) => `“${q}”: what measurement backs this, and what is the plan if it is not true?`),
    never: w('“Never”: what if it happens?', 'The doc rules something out without saying how it is enforced.',
      (q) => `“${q}”: what enforces that, and what happens in the case where it does occur?`),
  },
  assumption: {
    assume: w('Assumption: what if it is wrong?', 'The doc rests on an assumption.',
      (q) => `The doc assumes “${q}”: what happens if that turns out to be wrong, and how would we find out?`),
  },
  benchmark: {
    setup: w('One-setup benchmarks: hold in prod?', 'The doc’s numbers come from one machine or one version.',
      (q) => `The numbers come from “${q}”: will they hold on production hardware and at production load, and who re-runs them before the decision?`),
  },
  limit: {
    limit: w('Limit: where does it come from?', 'The doc sets a limit, default or threshold.',
      (q) => `Where does “${q}” come from (a measurement or a guess), and what happens when someone reaches it?`),
    percent: w('Threshold: where does it come from?', 'The doc sets a percentage threshold.',
      (q) => `How was the threshold in “${q}” chosen, and what happens just above and just below it?`),
    config: w('Default value: how was it chosen?', 'The doc sets a default in configuration.',
      (q) => `How was the value in “${q}” chosen, and who tunes it when it turns out wrong for a workload?`),
  },
  silent: {
    silent: w('Happens silently: who finds out?', 'The doc describes behaviour without an error or warning.',
      (q) => `“${q}” happens without an error: how does a user or operator find out, and is there a log, metric or warning?`),
  },
  'implementation-defined': {
    impl: w('Left to implementations: what default?', 'The doc leaves this to each implementation.',
      (q) => `“${q}” is left to each implementation: what should they pick by default, and what goes wrong for users when one picks badly?`),
  },
  dependency: {
    depends: w('Dependency: status and owner?', 'The doc depends on something outside it.',
      (q) => `“${q}”: what is the status of that dependency, who owns it, and what happens to this plan if it slips or changes?`),
    others: w('Others must change: have they agreed?', 'The doc needs other projects or vendors to change.',
      (q) => `“${q}”: which of them have confirmed they will update, and does this plan wait for them?`),
    maintained: w('Outside code: who maintains it?', 'The doc relies on code someone else maintains.',
      (q) => `“${q}”: who maintains it long term, how are its security fixes picked up, and what is the fallback if it stalls?`),
  },
  compatibility: {
    breaks: w('Breaks users: who, and who tells them?', 'The doc says existing users or setups will break.',
      (q) => `“${q}”: who exactly is affected, how will they be told before it ships, and what is their way forward?`),
    breaksShipped: w('Broke users when shipped: told?', 'The doc says existing users or setups break, and the work has shipped.',
      (q) => `“${q}”: who exactly was affected, how were they told, and what is their way forward now?`),
    downgrade: w('Rollback: is that path tested?', 'The doc talks about rollback, downgrade or skew.',
      (q) => `“${q}”: what happens to work already running when this is rolled back or downgraded, and has that path been tested?`),
    skew: w('Version skew: how is it enforced?', 'The doc sets a version-skew rule.',
      (q) => `“${q}”: how is this enforced during a real upgrade, and what happens to a cluster or client that breaks the rule?`),
    oneWay: w('Cannot be undone: go/no-go check?', 'The doc describes a step that cannot be undone.',
      (q) => `“${q}” cannot be undone: what is checked before it runs, and how do we recover if it goes wrong?`),
    replaced: w('Replaced: is the new one ready?', 'The doc says part of it is obsolete or replaced.',
      (q) => `“${q}”: is the replacement ready everywhere this is used, and who still depends on the old one?`),
    removal: w('Going away: does this land in time?', 'The doc says something is deprecated or going away.',
      (q) => `“${q}”: when does it go away, and does this plan land before then for everyone who relies on it?`),
  },
  'left-out': {
    minimum: w('Minimum version: who is older?', 'The doc requires a minimum version of something.',
      (q) => `“${q}”: how many users or platforms are still on older versions, and what do they do until they upgrade?`),
    cannot: w('Cannot be changed: what if needed?', 'The doc takes a choice away from its users.',
      (q) => `“${q}”: what does a team do when it needs different behaviour, and who approves an exception?`),
    only: w('Only some covered: who is left out?', 'The doc limits this to some platforms, languages, cases or users.',
      (q) => `“${q}”: which users or cases does this leave out, and what do they do instead?`),
  },
  owner: {
    unnamed: w('No named owner: which team?', 'The doc refers to an owner it does not name.',
      (q) => `“${q}” does not say who: which team exactly, and have they agreed to take it on?`),
  },
  gate: {
    removal: w('Gate removal: what criteria, when?', 'The doc keeps this behind a gate until it is proven.',
      (q) => `“${q}”: what concrete criteria and date decide when the gate goes away, and who makes that call?`),
    default: w('On by default: what must be true?', 'The doc turns something on for everyone.',
      (q) => `“${q}”: what must be true before it is on for everyone (metrics, soak time, an opt-out), and who signs off?`),
  },
  optional: {
    optional: w('Optional: what default, who skips?', 'The doc makes this optional.',
      (q) => `“${q}”: what is the default, and what happens to those who skip it?`),
  },
  cost: {
    slower: w('Admitted cost: who pays, how much?', 'The doc admits a cost in speed, memory or load.',
      (q) => `“${q}”: how large is this cost in a typical case, who bears it, and what size would be too much?`),
  },
  failure: {
    misconfig: w('Bad config: what stops it, how undone?', 'The doc says a misconfiguration can do damage.',
      (q) => `“${q}”: what validation stops a bad configuration before it takes effect, and how fast can it be undone?`),
    attack: w('An attack: limits on by default?', 'The doc names a way this can be attacked or abused.',
      (q) => `“${q}”: which limits (authentication, rate, size) guard against this, and are they on by default?`),
    starvation: w('Starvation: who, and who would notice?', 'The doc says some users can be starved.',
      (q) => `“${q}”: which clients or workloads would be starved, how would operators see it, and what isolates the one causing it?`),
    bug: w('Bad bug: how is the rollout staged?', 'The doc says a bug here could do serious damage.',
      (q) => `“${q}”: how is the rollout staged so a bad bug reaches few users first, and which signal stops it?`),
    leak: w('Possible leak: what, to whom?', 'The doc says data could leak.',
      (q) => `“${q}”: what exactly could leak and to whom, and what prevents it by default?`),
    loss: w('Data loss: how much, who notices?', 'The doc says data can be lost.',
      (q) => `“${q}”: how much data could be lost, would anyone notice, and is that acceptable to those who rely on it?`),
    hard: w('Fails hard: what if the check is down?', 'The doc makes this a hard failure.',
      (q) => `“${q}”: is failing hard the right call for every user, and what happens to them while the check itself is unavailable?`),
    cutoff: w('Past the limit: what gets cut off?', 'The doc says work can run past a limit.',
      (q) => `“${q}”: what gets cut off when this happens, and how should users size the limit?`),
    failure: w('Named failure: how likely, how bad?', 'The doc names a way this can fail.',
      (q) => `“${q}”: how likely is this, how many users would it hit, and what limits the damage?`),
    duplicates: w('Duplicates: who removes them?', 'The doc says data can arrive twice.',
      (q) => `“${q}”: who is responsible for removing the duplicates, and how much duplication should backends expect?`),
  },
  manual: {
    manual: w('Manual step: who, how often?', 'The doc relies on a manual step.',
      (q) => `“${q}” relies on a manual step: who does it, how often, and what happens when they are away?`),
    tested: w('Tested by hand: what guards it later?', 'The doc says this was checked by hand.',
      (q) => `“${q}”: what automated test guards this in future releases, and who re-runs it until one exists?`),
  },
  stopgap: {
    remains: w('Old path stays: until when?', 'The doc keeps part of the old design in place.',
      (q) => `“${q}”: is there a plan and date to retire it, and who maintains it until then?`),
    stopgap: w('Stopgap: when is it replaced?', 'The doc calls this temporary.',
      (q) => `“${q}” is a stopgap: when is it replaced, and is that work planned and staffed?`),
  },
  'best-effort': {
    best: w('Best effort: what is lost?', 'The doc makes this best effort.',
      (q) => `On “${q}”: what is lost when this best-effort part fails, and does anyone find out?`),
  },
  schedule: {
    dated: w('Promised date: still on track?', 'The doc promises a date or a release.',
      (q) => `“${q}”: is that date still on track, what does it depend on, and what happens to users if it slips?`),
  },
  vague: {
    criterion: w('No number: what counts as met?', 'The doc sets a criterion without a number.',
      (q) => `“${q}”: what number counts as meeting this, who measures it, and what happens if it is missed?`),
  },
  customer: {
    customers: w('Customers must act: how told?', 'The doc says customers or users must do something.',
      (q) => `“${q}”: how many customers does this reach, how and when will they be told, and what support do they get?`),
  },
  decision: {
    choice: w('A choice: what does the other offer?', 'The doc chooses one option over another.',
      (q) => `“${q}”: what does the option not taken do better, and what would make the team switch?`),
  },
} as const satisfies Record<string, Record<string, Wording>>;

/** The doc's status line and plan. */
export const STATUS = {
  stale: (status: string, evidence: string) => ({
    headline: 'Status line out of date?',
    why: 'The status line and the doc’s content tell different stories.',
    text: `The status line says “${status}”, yet the doc says “${evidence}”: which is current, and what is left before this is done?`,
  }),
  undated: (phase: string) => ({
    headline: 'Phases without dates: when?',
    why: 'The doc plans in phases but gives no dates.',
    text: `The plan has phases (“${phase}”) but no dates: when does each start, what gates the next, and what staffing does each assume?`,
  }),
};

/** Numbers the doc states, with their conversions worked out. */
export const NUMBERS = {
  timeout: (shown: string) => ({
    headline: `${short(shown)} timeout: what does the caller see?`, why: `The doc sets a timeout: ${shown}.`,
    text: `What does the caller see when the ${shown} timeout fires, and how often would it fire at today's slowest responses?`,
  }),
  rate: (shown: string, tenfold: string) => ({
    headline: `${short(shown)}: peak or average? At 10x?`, why: `The doc states a rate: ${shown}.`,
    text: `Is ${shown} the peak or the average, how was it measured, and what breaks first at 10x (${tenfold})?`,
  }),
  percentile: (shown: string, percentile: string, figure: string) => ({
    headline: `${short(`${percentile} ${figure}`)}: measured where?`, why: `The doc states a latency target: ${shown}.`,
    text: `Where is the ${percentile} of ${figure} measured (client or server), and which dependency uses most of that budget?`,
  }),
  availability: (shown: string, month: string) => ({
    headline: `${short(shown)}: which dependencies must match?`, why: `The doc states an availability target: ${shown}, about ${month} of downtime a month.`,
    text: `${shown} allows about ${month} of downtime a month: which dependencies must be at least that available, and what happens when the budget is spent?`,
  }),
  target: (shown: string) => ({
    headline: `${short(shown)} target: where from?`, why: `The doc sets a target: ${shown}.`,
    text: `Where does the ${shown} target come from, what is the figure today, and what happens when it is missed?`,
  }),
  rpo: (shown: string) => ({
    headline: 'Data loss window: agreed, tested?', why: 'The doc states a recovery point objective.',
    text: `Has losing up to ${shown} of data been agreed with the business, and how is it tested?`,
  }),
  rto: (shown: string) => ({
    headline: 'Restore time: rehearsed?', why: 'The doc states a recovery time objective.',
    text: `Has a restore within ${shown} been rehearsed end to end, and when was the last drill?`,
  }),
};

/** Diagram edges. */
export const DIAGRAMS = {
  store: (who: string, callee: string, be: string, calls: number) => ({
    headline: `If ${short(callee)} is slow: wait or drop?`, why: `The diagram shows ${calls === 1 ? 'a call' : `${calls} calls`} into ${callee}.`,
    text: `What does ${who} do when ${callee} ${be} slow or unavailable (wait, buffer or drop), and which team owns ${callee}?`,
  }),
  call: (who: string, callee: string, be: string, calls: number) => ({
    headline: `If ${short(callee)} is down: who owns it?`, why: `The diagram shows ${calls === 1 ? 'a call' : `${calls} calls`} into ${callee}.`,
    text: `What happens to ${who} when ${callee} ${be} slow or down, and which team owns ${callee}?`,
  }),
  reader: (reader: string, queue: string) => ({
    headline: `If ${short(reader)} falls behind: backlog?`, why: `The diagram shows ${reader} reading from ${queue}.`,
    text: `If ${reader} falls behind reading ${queue}, how large can the backlog grow, and who is alerted?`,
  }),
};

/** The one Doc Health item that folds every missing standard section. */
export const MISSING = {
  // A whole headline, never a list cut short: the section's name when one is missing, else how many.
  headline: (labels: readonly string[]) => (labels.length === 1 && labels[0].length <= 44 ? `Missing: ${labels[0]}` : `${labels.length} expected sections missing`),
  text: (labels: readonly string[]) => `The doc has no ${list(labels)} section${labels.length > 1 ? 's' : ''}: ask the author whether ${labels.length > 1 ? 'they are' : 'it is'} covered elsewhere or still to be written.`,
  why: 'Standard sections a review expects are missing.',
  section: {
    context: 'What problem does this solve, for whom, and why now?',
    goals: 'What measurable outcome will tell us it succeeded?',
    'non-goals': 'What is explicitly out of scope?',
    alternatives: 'Which other designs were considered, and why were they turned down?',
    dependencies: 'Which teams or vendors must deliver something, and have they committed?',
    risks: 'What is most likely to go wrong, and who owns each mitigation?',
    security: 'What new access paths or data does it add, and who reviews them?',
    scalability: 'What load is it sized for, and what breaks first at 10x?',
    reliability: 'What are its SLOs, and who is paged when they are missed?',
    rollout: 'How does it roll out in stages, and how fast can it be rolled back?',
    testing: 'How will it be tested before launch?',
    cost: 'What will it cost to build and to run?',
    timeline: 'What are the milestones, and which are on the critical path?',
    'open-questions': 'Which decisions are still open, and who owns each?',
  } as Record<string, string>,
  /** Where a genre asks a section's question its own way. */
  byGenre: {
    protocol: { testing: 'How will implementations be tested for conformance, and against each other?' },
    hardware: { testing: 'Which tests gate each build stage, and on how many units?' },
  } as Partial<Record<string, Record<string, string>>>,
};

/** A value from the doc, short enough for a headline. */
function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
