// Reads the components and dependencies out of Mermaid flowcharts and sequence diagrams, so that
// Docent can ask "what happens when B is slow or down? who owns B?". A small, forgiving reader for
// the subset of Mermaid that design docs use, not a full Mermaid parser: it never throws, and on
// text it cannot read it keeps what it understood so far and moves on to the next statement.
// Pure: no VS Code API, no Node built-ins.

export type ComponentShape = 'box' | 'round' | 'database' | 'queue' | 'circle' | 'other';

export interface Component {
  readonly id: string;
  readonly label: string;
  /** The declared shape; absent for plain ids and sequence participants without a type. */
  readonly shape?: ComponentShape;
  /** True for sequence-diagram `actor`s (people rather than systems). */
  readonly actor?: boolean;
  /** 0-based line within the diagram source where the component first appears. */
  readonly line: number;
}

export interface Dependency {
  /** Component id. */
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** True when the dependency comes only from a sequence-diagram reply (`-->>`, `-->`, `--x`, `--)`). */
  readonly reply?: boolean;
  readonly line: number;
}

export interface Diagram {
  readonly kind: 'flowchart' | 'sequence';
  readonly components: readonly Component[];
  readonly dependencies: readonly Dependency[];
}

export interface DocComponent {
  /** A slug of the label, unique within the document. */
  id: string;
  label: string;
  shape?: ComponentShape;
  /** Offsets of the code blocks the component appears in. */
  offsets: number[];
}

export interface DocDependency {
  /** Component labels. */
  from: string;
  to: string;
  label?: string;
  reply?: boolean;
  /** Offset of the code block of the first diagram with this dependency. */
  offset: number;
}

export interface DocDiagrams {
  components: DocComponent[];
  dependencies: DocDependency[];
}

/**
 * Parses one Mermaid source (a code block's value, without fences). Returns undefined for other
 * diagram types or non-Mermaid text. Never throws. Linear-ish time.
 */
export function parseMermaid(source: string): Diagram | undefined {
  try {
    return parse(typeof source === 'string' ? source : String(source));
  } catch {
    return undefined;
  }
}

/** All diagrams of a document's code blocks (lang 'mermaid'), with components deduplicated by label across diagrams. */
export function readDiagrams(code: readonly { lang: string; value: string; offset: number }[]): DocDiagrams {
  const components: DocComponent[] = [];
  const dependencies: DocDependency[] = [];
  const byLabel = new Map<string, DocComponent>();
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const block of code) {
    if ((block.lang ?? '').trim().toLowerCase() !== 'mermaid') continue;
    const diagram = parseMermaid(block.value ?? '');
    if (!diagram) continue;
    const local = new Map<string, DocComponent>();
    for (const c of diagram.components) {
      const key = labelKey(c.label);
      let entry = byLabel.get(key);
      if (!entry) {
        entry = { id: uniqueSlug(c.label, ids), label: c.label, offsets: [] };
        byLabel.set(key, entry);
        components.push(entry);
      }
      if (entry.offsets[entry.offsets.length - 1] !== block.offset) entry.offsets.push(block.offset);
      if (!entry.shape && c.shape) entry.shape = c.shape;
      local.set(c.id, entry);
    }
    for (const d of diagram.dependencies) {
      const from = local.get(d.from);
      const to = local.get(d.to);
      if (!from || !to) continue;
      const key = `${labelKey(from.label)}\u0000${labelKey(to.label)}\u0000${d.label ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const dep: DocDependency = { from: from.label, to: to.label, offset: block.offset };
      if (d.label !== undefined) dep.label = d.label;
      if (d.reply) dep.reply = true;
      dependencies.push(dep);
    }
  }
  return { components, dependencies };
}

// ---------------------------------------------------------------------------------------------
// Shared

function parse(source: string): Diagram | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const start = skipPreamble(lines);
  if (start >= lines.length) return undefined;
  const head = lines[start].trim();
  const flow = /^(?:graph|flowchart(?:-elk)?)(?=$|[\s;])/i.exec(head);
  if (flow) return parseFlowchart(lines, start, head.slice(flow[0].length));
  const seq = /^sequenceDiagram(?=$|[\s;])/i.exec(head);
  if (seq) return parseSequence(lines, start, head.slice(seq[0].length));
  return undefined;
}

/** Index of the diagram's header line: skips blank lines, `%%` comments, front matter and `%%{init}%%` directives. */
function skipPreamble(lines: readonly string[]): number {
  let i = 0;
  let frontMatterAllowed = true;
  while (i < lines.length) {
    const t = lines[i].trim();
    if (t === '') {
      i++;
    } else if (t === '---' && frontMatterAllowed) {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '---') j++;
      if (j >= lines.length) return lines.length;
      i = j + 1;
      frontMatterAllowed = false;
    } else if (t.startsWith('%%{')) {
      let j = i;
      while (j < lines.length && !lines[j].includes('}%%', j === i ? lines[j].indexOf('%%{') + 3 : 0)) j++;
      if (j >= lines.length) return lines.length;
      i = j + 1;
      frontMatterAllowed = false;
    } else if (t.startsWith('%%')) {
      i++;
    } else {
      return i;
    }
  }
  return i;
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'", semi: ';', colon: ':', num: '#' };

function decodeEntity(whole: string, body: string): string {
  if (/^\d+$/.test(body)) {
    const n = Number(body);
    return n >= 32 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  }
  if (/^x[0-9a-f]+$/i.test(body)) {
    const n = parseInt(body.slice(1), 16);
    return n >= 32 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/** Strips quotes, Markdown-string backticks, simple HTML, Font Awesome icons and entities; collapses whitespace. */
function cleanLabel(raw: string): string {
  let s = raw.trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  if (s.length >= 2 && s.startsWith('`') && s.endsWith('`')) s = s.slice(1, -1).replace(/\*\*|__/g, '');
  s = s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\bfa[bklrs]?:fa-[\w-]+/g, ' ')
    .replace(/[&#](#?x?[0-9a-z]+);/gi, (whole: string, body: string) => decodeEntity(whole, body.replace(/^#/, '')))
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  return s;
}

function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

function uniqueSlug(label: string, used: Set<string>): string {
  const base = label.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'component';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Splits a line into statements at `;` and cuts a trailing `%%` comment, ignoring both inside quotes and brackets. */
function splitStatements(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ';') {
      out.push(line.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && c === '%' && line[i + 1] === '%' && (i === 0 || /\s/.test(line[i - 1]))) {
      out.push(line.slice(start, i));
      return out;
    }
  }
  out.push(line.slice(start));
  return out;
}

interface MutableComponent {
  id: string;
  label: string;
  shape?: ComponentShape;
  actor?: boolean;
  line: number;
  explicit: boolean;
}

class Components {
  readonly byId = new Map<string, MutableComponent>();
  readonly order: MutableComponent[] = [];

  /** Adds a component on first sight; a later explicit label (or shape) replaces the earlier one, as in Mermaid. */
  upsert(id: string, line: number, label?: string, shape?: ComponentShape): MutableComponent {
    let c = this.byId.get(id);
    if (!c) {
      c = { id, label: id, line, explicit: false };
      this.byId.set(id, c);
      this.order.push(c);
    }
    if (label !== undefined) {
      const clean = cleanLabel(label);
      if (clean) {
        c.label = clean;
        c.explicit = true;
      }
    }
    if (shape) c.shape = shape;
    return c;
  }

  list(): Component[] {
    return this.order.map((c) => {
      const out: { id: string; label: string; shape?: ComponentShape; actor?: boolean; line: number } = { id: c.id, label: c.label || c.id, line: c.line };
      if (c.shape) out.shape = c.shape;
      if (c.actor) out.actor = true;
      return out;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Flowcharts

interface ShapeSpec {
  readonly open: string;
  readonly close: readonly string[];
  readonly shape: ComponentShape;
}

/** Longest openers first. */
const SHAPES: readonly ShapeSpec[] = [
  { open: '(((', close: [')))'], shape: 'circle' },
  { open: '((', close: ['))'], shape: 'circle' },
  { open: '([', close: ['])'], shape: 'round' },
  { open: '(', close: [')'], shape: 'round' },
  { open: '[[', close: [']]'], shape: 'box' },
  { open: '[(', close: [')]'], shape: 'database' },
  { open: '[/', close: ['/]', '\\]'], shape: 'other' },
  { open: '[\\', close: ['\\]', '/]'], shape: 'other' },
  { open: '[', close: [']'], shape: 'box' },
  { open: '{{', close: ['}}'], shape: 'other' },
  { open: '{', close: ['}'], shape: 'other' },
  { open: '>', close: [']'], shape: 'other' },
];

/** Mermaid 11 `A@{ shape: ... }` names. */
function metadataShape(name: string): ComponentShape {
  switch (name.toLowerCase()) {
    case 'rect': case 'rectangle': case 'proc': case 'process': case 'subproc': case 'subprocess': case 'subroutine': case 'fr-rect': case 'framed-rectangle': case 'div-rect': case 'div-proc': case 'divided-process': case 'divided-rectangle':
      return 'box';
    case 'rounded': case 'event': case 'stadium': case 'pill': case 'terminal':
      return 'round';
    case 'cyl': case 'cylinder': case 'db': case 'database': case 'lin-cyl': case 'disk': case 'lined-cylinder':
      return 'database';
    case 'h-cyl': case 'das': case 'horizontal-cylinder':
      return 'queue';
    case 'circle': case 'circ': case 'dbl-circ': case 'double-circle': case 'sm-circ': case 'small-circle': case 'start': case 'fr-circ': case 'framed-circle': case 'stop':
      return 'circle';
    default:
      return 'other';
  }
}

const ID_CHAR = /[^\s[\](){}<>"'`|&;:=~,@-]/u;

function isIdChar(c: string | undefined): boolean {
  return c !== undefined && ID_CHAR.test(c);
}

function skipWs(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === ' ' || s[pos] === '\t' || s[pos] === '\u00a0')) pos++;
  return pos;
}

interface Link {
  readonly end: number;
  readonly label?: string;
  /** 'forward' A→B, 'back' B→A, 'both', or 'none' for invisible links. */
  readonly direction: 'forward' | 'back' | 'both' | 'none';
}

type TextKind = 'dash' | 'thick' | 'dot';

const COMPLETE_LINK = /(?:[A-Za-z0-9_]+@)?([<ox]?)(?:(-{2,})([>ox]?)|(={2,})([>ox]?)|-(\.+)-([>ox]?)|(~{3,}))/y;
/** Closing parts of links with text: `-->`, `---`, `--o`, `==>`, `===`, `.->`, `.-` ... */
const CLOSERS: Record<TextKind, RegExp> = { dash: /-{3,}(?![->ox])|-{2,}([>ox])/g, thick: /={3,}(?![=>ox])|={2,}([>ox])/g, dot: /\.+-([>ox]?)/g };

function linkDirection(start: string, end: string): Link['direction'] {
  if (start === '<') return end === '>' ? 'both' : 'back';
  if (start && end && end !== '-') return 'both';
  return 'forward';
}

class FlowStatementReader {
  /** Per link kind, the position from which no closing delimiter exists (keeps failed searches linear). */
  readonly #noCloserFrom: Record<TextKind, number> = { dash: Infinity, thick: Infinity, dot: Infinity };

  constructor(readonly s: string, readonly line: number, readonly components: Components, readonly edges: FlowEdges) {}

  read(): void {
    const s = this.s;
    let pos = skipWs(s, 0);
    let group = this.readGroup(pos);
    if (!group) return;
    pos = group.end;
    for (;;) {
      pos = skipWs(s, pos);
      if (pos >= s.length) return;
      const link = this.readLink(pos);
      if (!link) return;
      pos = skipWs(s, link.end);
      const next = this.readGroup(pos);
      if (!next) return;
      for (const a of group.ids) {
        for (const b of next.ids) {
          if (link.direction === 'forward' || link.direction === 'both') this.edges.add(a, b, link.label, this.line);
          if (link.direction === 'back' || link.direction === 'both') this.edges.add(b, a, link.label, this.line);
        }
      }
      group = next;
      pos = next.end;
    }
  }

  readGroup(pos: number): { ids: string[]; end: number } | undefined {
    const first = this.readNode(pos);
    if (!first) return undefined;
    const ids = [first.id];
    let end = first.end;
    for (;;) {
      const amp = skipWs(this.s, end);
      if (this.s[amp] !== '&') break;
      const node = this.readNode(skipWs(this.s, amp + 1));
      if (!node) break;
      ids.push(node.id);
      end = node.end;
    }
    return { ids, end };
  }

  readNode(pos: number): { id: string; end: number } | undefined {
    const s = this.s;
    const start = pos;
    while (pos < s.length) {
      const c = s[pos];
      if (isIdChar(c)) pos++;
      else if (c === '-' && pos > start && s[pos + 1] !== '.' && isIdChar(s[pos + 1])) pos++;
      else break;
    }
    if (pos === start) return undefined;
    const id = s.slice(start, pos);
    let label: string | undefined;
    let shape: ComponentShape | undefined;
    if (s.startsWith('@{', pos)) {
      const close = s.indexOf('}', pos + 2);
      const body = close < 0 ? s.slice(pos + 2) : s.slice(pos + 2, close);
      pos = close < 0 ? s.length : close + 1;
      const shapeMatch = /\bshape\s*:\s*["']?([\w-]+)/.exec(body);
      if (shapeMatch) shape = metadataShape(shapeMatch[1]);
      const labelMatch = /\blabel\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,]*))/.exec(body);
      if (labelMatch) label = labelMatch[1] ?? labelMatch[2] ?? labelMatch[3];
    } else {
      const shaped = this.readShape(pos);
      if (shaped) {
        label = shaped.label;
        shape = shaped.shape;
        pos = shaped.end;
      }
    }
    const cls = /:::[\w-]+/y;
    cls.lastIndex = pos;
    if (cls.exec(s)) pos = cls.lastIndex;
    this.components.upsert(id, this.line, label, shape);
    return { id, end: pos };
  }

  readShape(pos: number): { label: string; shape: ComponentShape; end: number } | undefined {
    const s = this.s;
    let at = pos;
    if (s[at] === ' ' || s[at] === '\t') {
      at = skipWs(s, at);
      if (s[at] !== '[' && s[at] !== '(' && s[at] !== '{') return undefined;
    }
    const spec = SHAPES.find((sh) => s.startsWith(sh.open, at));
    if (!spec) return undefined;
    const bodyStart = at + spec.open.length;
    const q = skipWs(s, bodyStart);
    if (s[q] === '"') {
      const endQuote = s.indexOf('"', q + 1);
      if (endQuote >= 0) {
        const after = skipWs(s, endQuote + 1);
        const close = spec.close.find((c) => s.startsWith(c, after));
        if (close) return { label: s.slice(q, endQuote + 1), shape: spec.shape, end: after + close.length };
      }
    }
    let best = -1;
    let bestLen = 0;
    for (const c of spec.close) {
      const i = s.indexOf(c, bodyStart);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
        bestLen = c.length;
      }
    }
    if (best < 0) return undefined;
    return { label: s.slice(bodyStart, best), shape: spec.shape, end: best + bestLen };
  }

  readLink(pos: number): Link | undefined {
    const s = this.s;
    const dotted = this.readDottedText(pos);
    if (dotted) return dotted;
    COMPLETE_LINK.lastIndex = pos;
    const m = COMPLETE_LINK.exec(s);
    if (!m) return undefined;
    let end = COMPLETE_LINK.lastIndex;
    const start = m[1];
    let direction: Link['direction'];
    let label: string | undefined;
    if (m[8] !== undefined) {
      direction = 'none';
    } else {
      const body = m[2] ?? m[4];
      const tip = (m[2] !== undefined ? m[3] : m[4] !== undefined ? m[5] : m[7]) ?? '';
      const kind: TextKind | undefined = body !== undefined && body.length === 2 && !tip ? (m[2] !== undefined ? 'dash' : 'thick') : undefined;
      if (kind) {
        // `A-- text -->B` / `A== text ==>B`
        const text = this.readLinkText(kind, end);
        if (text) {
          label = text.label;
          end = text.end;
          direction = linkDirection(start, text.tip);
        } else {
          direction = linkDirection(start, '');
        }
      } else {
        direction = linkDirection(start, tip);
      }
    }
    return this.readPipeLabel({ end, label, direction });
  }

  /** `A-. text .->B`: a `-.` opener followed by text (COMPLETE_LINK matches only `-.-` and `-.->`). */
  readDottedText(pos: number): Link | undefined {
    const s = this.s;
    const start = s[pos] === '<' ? '<' : '';
    const at = pos + start.length;
    if (!(s[at] === '-' && s[at + 1] === '.')) return undefined;
    let p = at + 1;
    while (s[p] === '.') p++;
    if (s[p] === '-') return undefined; // a complete `-.-` or `-.->` link
    const text = this.readLinkText('dot', p);
    if (!text) return undefined;
    return this.readPipeLabel({ end: text.end, label: text.label, direction: linkDirection(start, text.tip) });
  }

  /** An optional `|text|` label after a link. */
  readPipeLabel(link: Link): Link | undefined {
    const s = this.s;
    const at = skipWs(s, link.end);
    if (s[at] !== '|') return link;
    let from = at + 1;
    const q = skipWs(s, from);
    if (s[q] === '"') {
      const endQuote = s.indexOf('"', q + 1);
      if (endQuote >= 0) from = endQuote + 1;
    }
    const close = s.indexOf('|', from);
    if (close < 0) return undefined;
    const label = cleanLabel(s.slice(at + 1, close));
    return { ...link, end: close + 1, label: label || link.label };
  }

  readLinkText(kind: TextKind, from: number): { label?: string; tip: string; end: number } | undefined {
    if (from >= this.#noCloserFrom[kind]) return undefined;
    const re = CLOSERS[kind];
    re.lastIndex = from;
    const m = re.exec(this.s);
    if (!m) {
      this.#noCloserFrom[kind] = Math.min(this.#noCloserFrom[kind], from);
      return undefined;
    }
    const label = cleanLabel(this.s.slice(from, m.index));
    return { label: label || undefined, tip: m[1] || (kind === 'dot' ? '' : '-'), end: m.index + m[0].length };
  }
}

class FlowEdges {
  readonly list: Dependency[] = [];
  readonly #seen = new Set<string>();

  add(from: string, to: string, label: string | undefined, line: number): void {
    const key = `${from}\u0000${to}\u0000${label ?? ''}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.list.push(label ? { from, to, label, line } : { from, to, line });
  }
}

const FLOW_IGNORED = /^(?:classDef|class|style|linkStyle|click|direction)\s/;

function parseFlowchart(lines: readonly string[], header: number, rest: string): Diagram {
  const components = new Components();
  const edges = new FlowEdges();
  const subgraphs = new Map<string, string>();

  const statement = (raw: string, line: number): void => {
    const st = raw.trim();
    if (!st) return;
    if (st === 'end') return;
    if (/^subgraph(?:\s|$)/.test(st)) {
      const sg = readSubgraph(st.slice('subgraph'.length).trim());
      if (sg && !subgraphs.has(sg.id)) subgraphs.set(sg.id, sg.title);
      return;
    }
    if (FLOW_IGNORED.test(st) || /^(?:accTitle|accDescr|title)\s*:/.test(st)) return;
    new FlowStatementReader(st, line, components, edges).read();
  };

  const headerRest = rest.replace(/^\s*(?:TB|TD|BT|RL|LR)(?![\w-])/i, '').replace(/^\s*[<>^v](?=\s|;|$)/, '');
  for (const st of splitStatements(headerRest)) statement(st, header);
  let consumed = header;
  for (const { i } of statementLines(lines, header)) {
    if (i <= consumed) continue; // already read as part of a quoted label spanning lines
    const joined = joinQuoted(lines, i);
    for (const st of splitStatements(joined.text)) statement(st, i);
    consumed = joined.last;
  }

  for (const c of components.order) {
    const title = subgraphs.get(c.id);
    if (title && !c.explicit) c.label = title;
  }
  return { kind: 'flowchart', components: components.list(), dependencies: edges.list };
}

const MAX_JOINED_LINES = 20;

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/** A statement with a quoted label that spans lines (`A["first\nsecond"]`), joined into one line. */
function joinQuoted(lines: readonly string[], start: number): { text: string; last: number } {
  const first = lines[start].trim();
  if (!oddQuotes(first)) return { text: first, last: start };
  let text = first;
  for (let j = start + 1; j < lines.length && j <= start + MAX_JOINED_LINES; j++) {
    text += ` ${lines[j].trim()}`;
    if (oddQuotes(lines[j])) return { text, last: j };
  }
  return { text: first, last: start };
}

function readSubgraph(rest: string): { id: string; title: string } | undefined {
  if (!rest) return undefined;
  const bracket = /^([^\s[\]"]+)\s*\[(.*)\]$/.exec(rest);
  if (bracket) return { id: bracket[1], title: cleanLabel(bracket[2]) || bracket[1] };
  const title = cleanLabel(rest);
  return title ? { id: rest.replace(/^"|"$/g, '').trim(), title } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Sequence diagrams

const SEQ_IGNORED = new Set([
  'autonumber', 'note', 'loop', 'alt', 'else', 'opt', 'par', 'par_over', 'and', 'critical', 'option', 'break', 'rect', 'end',
  'activate', 'deactivate', 'box', 'title', 'destroy', 'links', 'link', 'properties', 'details', 'acctitle', 'accdescr',
]);

const SEQ_ARROW = /<<-->>|<<->>|-->>|->>|--[x)>]|-[x)>]/;

interface Message {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly line: number;
  readonly reply: boolean;
}

function participantType(meta: string): ComponentShape | undefined {
  const m = /["']?type["']?\s*:\s*["']?([\w-]+)/i.exec(meta);
  if (!m) return undefined;
  switch (m[1].toLowerCase()) {
    case 'database': return 'database';
    case 'queue': return 'queue';
    case 'collections': return 'database';
    default: return 'other';
  }
}

function seqId(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(/^"(.*)"$/, '$1').trim();
}

function parseSequence(lines: readonly string[], header: number, rest: string): Diagram {
  const components = new Components();
  const messages: Message[] = [];

  const statement = (raw: string, line: number): void => {
    const st = raw.trim();
    if (!st) return;
    const decl = /^(?:create\s+)?(participant|actor)\s+(.+)$/i.exec(st);
    if (decl) {
      let body = decl[2];
      let alias: string | undefined;
      const as = /\sas\s/i.exec(body);
      if (as) {
        alias = body.slice(as.index + as[0].length);
        body = body.slice(0, as.index);
      }
      let shape: ComponentShape | undefined;
      const meta = body.indexOf('@{');
      if (meta >= 0) {
        shape = participantType(body.slice(meta + 2));
        body = body.slice(0, meta);
      }
      const id = seqId(body);
      if (!id) return;
      const c = components.upsert(id, line, alias, shape);
      if (!c.explicit) c.label = cleanLabel(id) || id;
      if (decl[1].toLowerCase() === 'actor') c.actor = true;
      return;
    }
    const word = /^[A-Za-z_]+/.exec(st);
    if (word && SEQ_IGNORED.has(word[0].toLowerCase()) && (st.length === word[0].length || /[\s:{]/.test(st[word[0].length]))) return;
    const arrow = SEQ_ARROW.exec(st);
    if (!arrow) return;
    const from = seqId(st.slice(0, arrow.index));
    let after = st.slice(arrow.index + arrow[0].length).replace(/^\s*[+-]/, '');
    const colon = after.indexOf(':');
    const text = colon >= 0 ? cleanLabel(after.slice(colon + 1)) : '';
    after = colon >= 0 ? after.slice(0, colon) : after;
    const to = seqId(after);
    if (!from || !to) return;
    for (const id of [from, to]) {
      const c = components.upsert(id, line);
      if (!c.explicit) c.label = cleanLabel(id) || id;
    }
    const a = arrow[0];
    if (a.startsWith('<<')) {
      messages.push({ from, to, text, line, reply: false }, { from: to, to: from, text, line, reply: false });
    } else {
      messages.push({ from, to, text, line, reply: a.startsWith('--') });
    }
  };

  for (const st of splitStatements(rest)) statement(st, header);
  for (const { i, t } of statementLines(lines, header)) {
    for (const st of t.split(';')) statement(st, i);
  }

  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const calls = new Set(messages.filter((m) => !m.reply).map((m) => key(m.from, m.to)));
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const m of messages) {
    // A reply is a response to a call: it adds a dependency only between parties that never call each other.
    if (m.reply && (calls.has(key(m.to, m.from)) || calls.has(key(m.from, m.to)))) continue;
    const k = key(m.from, m.to);
    if (seen.has(k)) continue;
    seen.add(k);
    const dep: { from: string; to: string; label?: string; reply?: boolean; line: number } = { from: m.from, to: m.to, line: m.line };
    if (m.text) dep.label = m.text;
    if (m.reply) dep.reply = true;
    dependencies.push(dep);
  }
  return { kind: 'sequence', components: components.list(), dependencies };
}

/**
 * The lines of a diagram after its header that hold statements: not blank, not `%%` comments,
 * and not inside an `accDescr { ... }` block.
 */
function* statementLines(lines: readonly string[], header: number): Generator<{ i: number; t: string }> {
  let inAccDescr = false;
  for (let i = header + 1; i < lines.length; i++) {
    const t = lines[i].trim();
    if (inAccDescr) {
      if (t.includes('}')) inAccDescr = false;
      continue;
    }
    if (!t || t.startsWith('%%')) continue;
    if (/^accDescr\s*\{/.test(t)) {
      inAccDescr = !t.includes('}');
      continue;
    }
    yield { i, t };
  }
}
