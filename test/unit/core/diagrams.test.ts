import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DocumentAnalyzer, TermMatcher } from '../../../src/core';
import { parseMermaid, readDiagrams, type Diagram } from '../../../src/core/diagrams';
import { corpusDocs, fixtureGlossary } from '../helpers';

function parsed(source: string): Diagram {
  const d = parseMermaid(source);
  assert.ok(d, 'parsed a diagram');
  return d;
}

/** Dependencies as `from>to` or `from>to:label`, by component id. */
function deps(d: Diagram): string[] {
  return d.dependencies.map((e) => `${e.from}>${e.to}${e.label !== undefined ? `:${e.label}` : ''}`);
}

/** Components as `id=label` (with `/shape` when one was declared). */
function comps(d: Diagram): string[] {
  return d.components.map((c) => `${c.id}=${c.label}${c.shape ? `/${c.shape}` : ''}`);
}

/** Every dependency refers to a component of the diagram. */
function assertConsistent(d: Diagram | undefined): void {
  if (!d) return;
  const ids = new Set(d.components.map((c) => c.id));
  assert.equal(ids.size, d.components.length, 'component ids are unique');
  for (const e of d.dependencies) {
    assert.ok(ids.has(e.from) && ids.has(e.to), `dependency ${e.from}>${e.to} refers to components`);
    assert.ok(Number.isInteger(e.line) && e.line >= 0);
  }
  for (const c of d.components) assert.ok(c.label.length > 0 && Number.isInteger(c.line) && c.line >= 0);
}

describe('parseMermaid: flowcharts', () => {
  it('reads the headers graph/flowchart with any direction', () => {
    for (const head of ['graph TD', 'graph LR', 'flowchart LR', 'flowchart TB', 'flowchart BT', 'graph RL', 'graph', 'flowchart-elk TD', 'Graph td']) {
      const d = parseMermaid(`${head}\n  A --> B`);
      assert.equal(d?.kind, 'flowchart', head);
      assert.deepEqual(deps(d), ['A>B'], head);
    }
  });

  it('reads every node shape', () => {
    const d = parsed([
      'flowchart TD',
      '  a[Box]', '  b(Round)', '  c([Stadium])', '  d[[Subroutine]]', '  e[(Orders DB)]', '  f((Circle))', '  g>Flag]',
      '  h{Decision?}', '  i{{Hexagon}}', '  j[/Parallelogram/]', '  k[\\Alt\\]', '  l[/Trapezoid\\]', '  m(((Double)))', '  plain',
    ].join('\n'));
    assert.deepEqual(comps(d), [
      'a=Box/box', 'b=Round/round', 'c=Stadium/round', 'd=Subroutine/box', 'e=Orders DB/database', 'f=Circle/circle', 'g=Flag/other',
      'h=Decision?/other', 'i=Hexagon/other', 'j=Parallelogram/other', 'k=Alt/other', 'l=Trapezoid/other', 'm=Double/circle', 'plain=plain',
    ]);
    assert.deepEqual(d.components.map((c) => c.line), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    assert.deepEqual(d.dependencies, []);
  });

  it('reads quoted labels with brackets, HTML, icons and entities', () => {
    const d = parsed([
      'graph LR',
      '  A["Checkout API (v2)"] --> B["Cache [hot]"]',
      '  C["Line one<br/>line   two"] --> D(fa:fa-database Ledger)',
      '  E["`**Markdown** string`"] --> F["Say #quot;hi#quot; &amp; go"]',
      '  G[Payments <b>service</b>]',
      '  H["`Multi-line',
      '  **markdown** label`"] --> G',
    ].join('\n'));
    assert.deepEqual(comps(d), [
      'A=Checkout API (v2)/box', 'B=Cache [hot]/box', 'C=Line one line two/box', 'D=Ledger/round',
      'E=Markdown string/box', 'F=Say "hi" & go/box', 'G=Payments service/box', 'H=Multi-line markdown label/box',
    ]);
    assert.deepEqual(deps(d), ['A>B', 'C>D', 'E>F', 'H>G']);
    assert.equal(d.dependencies[3].line, 5);
  });

  it('reads every edge syntax, with and without spaces', () => {
    const cases: [string, string[]][] = [
      ['A-->B', ['A>B']],
      ['A --> B', ['A>B']],
      ['A --- B', ['A>B']],
      ['A-.->B', ['A>B']],
      ['A -.- B', ['A>B']],
      ['A ==> B', ['A>B']],
      ['A === B', ['A>B']],
      ['A --o B', ['A>B']],
      ['A --x B', ['A>B']],
      ['A ----> B', ['A>B']],
      ['A -..-> B', ['A>B']],
      ['A <--> B', ['A>B', 'B>A']],
      ['A <-.-> B', ['A>B', 'B>A']],
      ['A <==> B', ['A>B', 'B>A']],
      ['A o--o B', ['A>B', 'B>A']],
      ['A ~~~ B', []],
    ];
    for (const [edge, expected] of cases) {
      const d = parsed(`graph LR\n${edge}`);
      assert.deepEqual(deps(d), expected, edge);
      assert.deepEqual(d.components.map((c) => c.id), ['A', 'B'], edge);
    }
  });

  it('reads edge labels in all four forms', () => {
    const cases: [string, string][] = [
      ['A -- calls --> B', 'calls'],
      ['A-- writes to ---B', 'writes to'],
      ['A -->|reads from| B', 'reads from'],
      ['A-->|"quoted | label"|B', 'quoted | label'],
      ['A --> |spaced| B', 'spaced'],
      ['A -. async retry .-> B', 'async retry'],
      ['A == hot path ==> B', 'hot path'],
      ['A ==>|critical| B', 'critical'],
      ['A -.->|maybe| B', 'maybe'],
      ['A <-- sync --> B', 'sync'],
    ];
    for (const [edge, label] of cases) {
      const d = parsed(`flowchart LR\n  ${edge}`);
      assert.equal(d.dependencies[0]?.label, label, edge);
      assert.deepEqual(d.dependencies.map((e) => e.from + e.to).slice(0, 1), ['AB'], edge);
      assert.deepEqual(d.components.map((c) => c.id), ['A', 'B'], edge);
    }
  });

  it('reads chains and & groups', () => {
    assert.deepEqual(deps(parsed('graph TD\nA --> B --> C -->|x| D')), ['A>B', 'B>C', 'C>D:x']);
    assert.deepEqual(deps(parsed('graph TD\nA & B --> C')), ['A>C', 'B>C']);
    assert.deepEqual(deps(parsed('graph TD\nA --> B & C --> D')), ['A>B', 'A>C', 'B>D', 'C>D']);
    const d = parsed('graph TD\nW[Web] & M[Mobile] --> G[Gateway] --> S[(Store)]');
    assert.deepEqual(comps(d), ['W=Web/box', 'M=Mobile/box', 'G=Gateway/box', 'S=Store/database']);
    assert.deepEqual(deps(d), ['W>G', 'M>G', 'G>S']);
  });

  it('keeps subgraph nodes but not subgraph titles', () => {
    const d = parsed([
      'flowchart LR',
      '  subgraph Edge [Edge tier]',
      '    direction TB',
      '    LB[Load balancer] --> GW[Gateway]',
      '  end',
      '  subgraph "Data tier"',
      '    DB[(Postgres)]',
      '  end',
      '  subgraph backend',
      '    subgraph inner',
      '      Q>Jobs]',
      '    end',
      '  end',
      '  GW --> DB',
      '  GW --> Q',
    ].join('\n'));
    assert.deepEqual(comps(d), ['LB=Load balancer/box', 'GW=Gateway/box', 'DB=Postgres/database', 'Q=Jobs/other']);
    assert.deepEqual(deps(d), ['LB>GW', 'GW>DB', 'GW>Q']);
  });

  it('names a linked-to subgraph by its title', () => {
    const d = parsed('flowchart LR\n  subgraph pay [Payments platform]\n    P[Payments API]\n  end\n  API --> pay');
    assert.deepEqual(comps(d), ['P=Payments API/box', 'API=API', 'pay=Payments platform']);
    assert.deepEqual(deps(d), ['API>pay']);
  });

  it('ignores comments, styling, clicks and statement separators', () => {
    const d = parsed([
      '%% leading comment',
      'graph TD;',
      '  %% A --> Z',
      '  A[Api]:::hot --> B;B --> C;',
      '  classDef hot fill:#f96,stroke:#333;',
      '  class A,B hot',
      '  style C fill:#bbf',
      '  linkStyle 0 stroke:#ff3',
      '  click A "https://example.com" "Docs"',
      '  click B callback',
      '  C --> D %% trailing comment',
      '  accTitle: Flow',
      '  accDescr {',
      '    X --> Y',
      '  }',
      '  classifier --> D',
    ].join('\n'));
    assert.deepEqual(comps(d), ['A=Api/box', 'B=B', 'C=C', 'D=D', 'classifier=classifier']);
    assert.deepEqual(deps(d), ['A>B', 'B>C', 'C>D', 'classifier>D']);
    assert.deepEqual(d.components.map((c) => c.line), [3, 3, 3, 10, 15]);
  });

  it('accepts statements on the header line', () => {
    assert.deepEqual(deps(parsed('graph LR;A-->B;B-->C')), ['A>B', 'B>C']);
    assert.deepEqual(deps(parsed('graph LR\n  A -- B -- C')), ['A>B', 'B>C'], 'a bare -- is not the end of a link text');
  });

  it('skips front matter and init directives, counting lines from the source start', () => {
    const d = parsed([
      '---',
      'title: Checkout',
      'config:',
      '  theme: dark',
      '---',
      '%%{init: {"flowchart": {"curve": "basis"}}}%%',
      '%%{',
      '  init: { "theme": "forest" }',
      '}%%',
      'flowchart LR',
      '  A --> B',
    ].join('\n'));
    assert.deepEqual(deps(d), ['A>B']);
    assert.equal(d.dependencies[0].line, 10);
  });

  it('uses a later declaration\'s label for a node first seen as a plain id', () => {
    const d = parsed('flowchart TD\n  A --> B\n  B[Billing]\n  C[Cache] --> A');
    assert.deepEqual(comps(d), ['A=A', 'B=Billing/box', 'C=Cache/box']);
    assert.deepEqual(d.components.map((c) => c.line), [1, 1, 3]);
  });

  it('reads ids with hyphens and dots, and Mermaid 11 shape metadata', () => {
    const d = parsed([
      'flowchart LR',
      '  order-service --> orders.db',
      '  q@{ shape: h-cyl, label: "Order queue" } --> w@{ shape: cyl, label: \'Warehouse\' }',
      '  order-service e1@--> q',
    ].join('\n'));
    assert.deepEqual(comps(d), ['order-service=order-service', 'orders.db=orders.db', 'q=Order queue/queue', 'w=Warehouse/database']);
    assert.deepEqual(deps(d), ['order-service>orders.db', 'q>w', 'order-service>q']);
  });

  it('reads the checkout example from a real design doc', () => {
    const d = parsed([
      'flowchart LR',
      '  Web[Web checkout] --> API[Checkout API]',
      '  API --> Router[Shard router]',
      '  Router --> DB[(Orders shards)]',
      '  API --> Kafka[(Order events)]',
      '  Kafka --> Fulfilment',
      '  Kafka --> Email',
    ].join('\n'));
    assert.equal(d.kind, 'flowchart');
    assert.deepEqual(comps(d), [
      'Web=Web checkout/box', 'API=Checkout API/box', 'Router=Shard router/box', 'DB=Orders shards/database',
      'Kafka=Order events/database', 'Fulfilment=Fulfilment', 'Email=Email',
    ]);
    assert.deepEqual(deps(d), ['Web>API', 'API>Router', 'Router>DB', 'API>Kafka', 'Kafka>Fulfilment', 'Kafka>Email']);
    assert.deepEqual(d.dependencies.map((e) => e.line), [1, 2, 3, 4, 5, 6]);
  });
});

describe('parseMermaid: sequence diagrams', () => {
  it('reads participants, aliases, actors and message-only participants', () => {
    const d = parsed([
      'sequenceDiagram',
      '  autonumber',
      '  actor U as User',
      '  participant C as Checkout API',
      '  participant "Payments"',
      '  U->>C: Place order',
      '  C->>+P: Charge card',
      '  P-->>-C: Charged',
      '  C-)Q: OrderPlaced',
      '  C-xLegacy: notify',
      '  C->Audit: log',
    ].join('\n'));
    assert.equal(d.kind, 'sequence');
    assert.deepEqual(comps(d), ['U=User', 'C=Checkout API', 'Payments=Payments', 'P=P', 'Q=Q', 'Legacy=Legacy', 'Audit=Audit']);
    assert.equal(d.components[0].actor, true);
    assert.equal(d.components[1].actor, undefined);
    assert.deepEqual(deps(d), ['U>C:Place order', 'C>P:Charge card', 'C>Q:OrderPlaced', 'C>Legacy:notify', 'C>Audit:log']);
    assert.deepEqual(d.dependencies.map((e) => e.line), [5, 6, 8, 9, 10]);
  });

  it('does not turn replies into dependencies, unless they are the only messages', () => {
    const d = parsed([
      'sequenceDiagram',
      '  A->>B: get',
      '  B-->>A: value',
      '  A->>B: get again',
      '  C-->>D: pushed result',
      '  E-->F: done',
      '  E->>F: later call',
    ].join('\n'));
    assert.deepEqual(deps(d), ['A>B:get', 'C>D:pushed result', 'E>F:later call']);
    assert.equal(d.dependencies[1].reply, true);
    assert.equal(d.dependencies[0].reply, undefined);
    assert.equal(d.dependencies[2].reply, undefined);
  });

  it('keeps a callback in the other direction, and both directions of <<->>', () => {
    const d = parsed('sequenceDiagram\n  A->>B: subscribe\n  B->>A: callback\n  B-->>A: ack\n  X<<->>Y: sync');
    assert.deepEqual(deps(d), ['A>B:subscribe', 'B>A:callback', 'X>Y:sync', 'Y>X:sync']);
  });

  it('ignores notes, blocks, activations and comments', () => {
    const d = parsed([
      'sequenceDiagram',
      '  participant W as Web<br/>checkout',
      '  participant API',
      '  Note over W,API: W->>Nope: not a message',
      '  Note right of API: thinks',
      '  loop Every 5s',
      '    W->>API: poll',
      '  end',
      '  alt cache hit',
      '    API->>Cache: get',
      '  else miss',
      '    API->>DB: select',
      '  end',
      '  opt retry',
      '  end',
      '  par fan out',
      '    API->>Email: send',
      '  and',
      '    API->>SMS: send',
      '  end',
      '  critical charge',
      '  break on error',
      '  end',
      '  rect rgb(0, 0, 255)',
      '  end',
      '  activate API',
      '  deactivate API',
      '  %% W->>Ghost: commented',
      '  box Aqua Backend',
      '  end',
    ].join('\n'));
    assert.deepEqual(comps(d), ['W=Web checkout', 'API=API', 'Cache=Cache', 'DB=DB', 'Email=Email', 'SMS=SMS']);
    assert.deepEqual(deps(d), ['W>API:poll', 'API>Cache:get', 'API>DB:select', 'API>Email:send', 'API>SMS:send']);
  });

  it('reads participant types and messages without text', () => {
    const d = parsed('sequenceDiagram\n  participant Q@{ "type": "queue" } as Jobs\n  participant D@{ "type" : "database" }\n  S->>Q\n  Q->>D');
    assert.deepEqual(comps(d), ['Q=Jobs/queue', 'D=D/database', 'S=S']);
    assert.deepEqual(deps(d), ['S>Q', 'Q>D']);
  });
});

describe('parseMermaid: other input', () => {
  it('returns undefined for other diagram types and non-Mermaid text', () => {
    for (const source of [
      'pie title Pets\n  "Dogs" : 386',
      'gantt\n  title Plan\n  section A\n  Task :a1, 2024-01-01, 30d',
      'classDiagram\n  Animal <|-- Duck',
      'stateDiagram-v2\n  [*] --> Still',
      'erDiagram\n  CUSTOMER ||--o{ ORDER : places',
      'journey\n  title My day',
      'gitGraph\n  commit',
      'mindmap\n  root',
      'A --> B',
      'graphs are nice --> yes',
      'sequenceDiagrams\n A->>B: x',
      '',
      '   \n\n',
      '---\ntitle: only front matter\n---',
      '---\nunclosed front matter\ngraph TD\nA-->B',
      '%%{init: {}}%%',
    ]) {
      assert.equal(parseMermaid(source), undefined, JSON.stringify(source));
    }
  });

  it('keeps what it can read from malformed statements', () => {
    const d = parsed([
      'graph TD',
      '  A[Unclosed --> B',
      '  C(Open --> D)',
      '  E --> F[ok] --> ',
      '  G -->|unclosed label H',
      '  --> I',
      '  J & --> K',
      '  L -- dangling text',
      '  ]]]) --> ((',
      '  M{{"x"}} --> N[(y]',
      '  end',
      '  end',
      '  subgraph',
    ].join('\n'));
    assertConsistent(d);
    assert.ok(deps(d).includes('E>F'));
    assert.ok(deps(d).includes('C>D') || comps(d).some((c) => c.startsWith('C=')));
    assert.ok(d.components.some((c) => c.id === 'M'));
  });

  it('never throws on random text, and always reads a diagram after a valid header', () => {
    const unit = fc.constantFrom(
      'A', 'B', 'x', 'o', ' ', '\n', '\r\n', ';', '&', '|', '"', "'", '`', '-', '--', '-->', '---', '-.', '.->', '==', '==>', '~~~', '<', '>', '<<->>',
      '->>', '-->>', '-x', '-)', ':', ':::', '[', ']', '(', ')', '{', '}', '[(', ')]', '((', '/', '\\', '@{', 'shape:', 'subgraph ', 'end', '%%', '%%{',
      'participant ', ' as ', 'Note over ', 'loop ', 'classDef ', '#quot;', '&#99999999;', '#1;', '<br/>', 'fa:fa-x ', '😀', '\u0000', '\uD800',
    );
    fc.assert(fc.property(fc.constantFrom('', 'graph TD\n', 'flowchart LR;', 'sequenceDiagram\n', '---\nx: 1\n---\ngraph LR\n'), fc.array(unit, { maxLength: 120 }), (head, parts) => {
      const source = head + parts.join('');
      const d = parseMermaid(source);
      assertConsistent(d);
      if (head) assert.ok(d, 'a valid header always gives a diagram');
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      assertConsistent(parseMermaid(text));
      assertConsistent(parseMermaid(`graph TD\n${text}`));
      assertConsistent(parseMermaid(`sequenceDiagram\n${text}`));
      readDiagrams([{ lang: 'mermaid', value: text, offset: 0 }]);
    }), { numRuns: 500 });
  });

  it('reads a 10,000-line generated diagram quickly', () => {
    const flow = ['flowchart LR'];
    for (let i = 0; i < 10_000; i++) flow.push(`  n${i}[Service ${i}] -->|call ${i}| n${(i * 7919) % 10_000} & n${i + 1}`);
    let started = Date.now();
    const d = parsed(flow.join('\n'));
    assert.equal(d.components.length, 10_001);
    assert.ok(d.dependencies.length >= 19_000);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);

    const seq = ['sequenceDiagram'];
    for (let i = 0; i < 10_000; i++) seq.push(i % 2 ? `  S${i % 100}-->>S${(i + 1) % 100}: reply ${i}` : `  S${i % 100}->>+S${(i + 1) % 100}: call ${i}`);
    started = Date.now();
    const s = parsed(seq.join('\n'));
    assert.equal(s.components.length, 100);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });

  it('stays linear on pathological lines', () => {
    const lines = [
      `graph LR\nA${' -. x'.repeat(20_000)}`,
      `graph LR\nA${' -- x'.repeat(20_000)}`,
      `graph LR\nA${'["x] --> B'.repeat(20_000)}`,
      `graph LR\n${'A & '.repeat(20_000)}B --> C`,
      `graph LR\nA -->${' '.repeat(50_000)}|x`,
      `sequenceDiagram\nparticipant A${' '.repeat(50_000)}x`,
      `sequenceDiagram\nA${'-'.repeat(50_000)}`,
      `graph LR\n${'A["x\n'.repeat(20_000)}`,
      `graph LR\n${'A["x\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n'.repeat(5_000)}`,
    ];
    for (const source of lines) {
      const started = Date.now();
      assertConsistent(parseMermaid(source));
      assert.ok(Date.now() - started < 1000, `${source.slice(0, 30)}: ${Date.now() - started} ms`);
    }
  });
});

describe('readDiagrams', () => {
  it('merges components across diagrams by label and reports labels in dependencies', () => {
    const code = [
      { lang: 'mermaid', value: 'flowchart LR\n  A[Checkout API] --> B[(Orders DB)]', offset: 10 },
      { lang: 'yaml', value: 'graph TD\n  X --> Y', offset: 50 },
      { lang: 'mermaid', value: 'sequenceDiagram\n  participant C as Checkout  API\n  participant D as orders db\n  C->>D: insert\n  C->>P: charge', offset: 90 },
      { lang: 'mermaid', value: 'pie\n "a": 1', offset: 120 },
      { lang: 'Mermaid', value: 'graph TD\n  A[Checkout API] --> B[(Orders DB)]', offset: 150 },
    ];
    const r = readDiagrams(code);
    assert.deepEqual(r.components, [
      { id: 'checkout-api', label: 'Checkout API', shape: 'box', offsets: [10, 90, 150] },
      { id: 'orders-db', label: 'Orders DB', shape: 'database', offsets: [10, 90, 150] },
      { id: 'p', label: 'P', offsets: [90] },
    ]);
    assert.deepEqual(r.dependencies, [
      { from: 'Checkout API', to: 'Orders DB', offset: 10 },
      { from: 'Checkout API', to: 'Orders DB', label: 'insert', offset: 90 },
      { from: 'Checkout API', to: 'P', label: 'charge', offset: 90 },
    ]);
  });

  it('gives distinct ids to components whose labels slug alike', () => {
    const r = readDiagrams([{ lang: 'mermaid', value: 'graph TD\n  A[Order-Service] --> B[Order Service!] --> C[ ]', offset: 0 }]);
    assert.deepEqual(r.components.map((c) => [c.id, c.label]), [['order-service', 'Order-Service'], ['order-service-2', 'Order Service!'], ['c', 'C']]);
  });
});

describe('readDiagrams on the corpus design docs', () => {
  const matcher = new TermMatcher(fixtureGlossary());
  const docs = corpusDocs();
  const read = (text: string) => {
    const code = new DocumentAnalyzer(matcher).analyze(text).code;
    return { mermaid: code.filter((c) => c.lang === 'mermaid').length, diagrams: readDiagrams(code) };
  };

  for (const { name, text } of docs) {
    it(`${name}: reads its Mermaid blocks, if any, with fence offsets`, () => {
      const { mermaid, diagrams } = read(text);
      if (!mermaid) assert.deepEqual(diagrams, { components: [], dependencies: [] });
      else assert.ok(diagrams.components.length > 0);
      const labels = new Set(diagrams.components.map((c) => c.label));
      for (const c of diagrams.components) for (const o of c.offsets) assert.ok(/^(```|~~~)\s*mermaid/i.test(text.slice(o, o + 20)), `offset ${o} is a mermaid fence`);
      for (const d of diagrams.dependencies) assert.ok(labels.has(d.from) && labels.has(d.to));
    });
  }

  it('finds the components and dependencies of the leader election KEP diagrams', () => {
    const kep = docs.find((d) => d.name === 'kep-4355-coordinated-leader-election.md');
    assert.ok(kep, 'the corpus has the coordinated leader election KEP');
    const { mermaid, diagrams } = read(kep.text);
    assert.equal(mermaid, 2);
    assert.deepEqual(diagrams.components.map((c) => c.label), [
      'Reconcile', 'Lease Status?', 'End Lease Term', 'Elect Leader', 'Started', 'Candidate', 'Leader', 'Yield Leadership',
    ]);
    assert.deepEqual(diagrams.dependencies.map((d) => `${d.from} > ${d.to}: ${d.label}`), [
      'Reconcile > Lease Status?: Process Leader Lease',
      'Lease Status? > End Lease Term: Better Leader Exists',
      'Lease Status? > Elect Leader: Expired/Missing',
      'Started > Candidate: Create LeaseCandidate Lease',
      'Candidate > Leader: Elected',
      'Leader > Leader: Renew Leader Lease',
      'Leader > Yield Leadership: Better Candidate Available / Leader Lease Expired',
      'Yield Leadership > Started: Shutdown/Restart if necessary',
    ]);
    const offsets = [...new Set(diagrams.components.flatMap((c) => c.offsets))];
    assert.deepEqual(offsets, [kep.text.indexOf('```mermaid'), kep.text.indexOf('```mermaid', kep.text.indexOf('```mermaid') + 1)]);
  });
});
