// Builds Docent: the Node extension, the web-worker extension, the CLI, and (with --tests) the
// unit and integration test bundles. `--production` minifies and drops source maps; `--watch` rebuilds.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Virtual modules: the bundled glossary files and the precompiled glossary schema validator. */
const generated = {
  name: 'docent-generated',
  setup(build) {
    build.onResolve({ filter: /^docent:/ }, (args) => ({ path: args.path, namespace: 'docent' }));
    build.onLoad({ filter: /^docent:bundled-glossary$/, namespace: 'docent' }, () => {
      const dir = path.join(__dirname, 'glossary');
      const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()
        .map((f) => ({ file: `glossary/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
      return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: files.map((f) => path.join(__dirname, f.file)), watchDirs: [dir] };
    });
    // The bundled glossary, already parsed (YAML parsing cost ~0.2 s at activation). Same shape as
    // parseGlossaryFile's result; a unit test checks that both agree entry for entry.
    build.onLoad({ filter: /^docent:bundled-layers$/, namespace: 'docent' }, () => {
      const { parseDocument, LineCounter } = require('yaml');
      const dir = path.join(__dirname, 'glossary');
      const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
      const layers = files.map((f) => {
        const file = `glossary/${f}`;
        const lc = new LineCounter();
        const doc = parseDocument(fs.readFileSync(path.join(dir, f), 'utf8'), { lineCounter: lc });
        if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
        const data = doc.toJS();
        const entries = (data.entries ?? []).map((raw, i) => ({
          raw: data.area && !raw.category ? { ...raw, category: data.area } : raw,
          source: { file, line: lc.linePos(doc.getIn(['entries', i], true).range[0]).line },
        }));
        return { file, ...(data.area ? { area: data.area } : {}), entries, disable: data.disable ?? [], problems: [] };
      });
      return { contents: `export default ${JSON.stringify(layers)};`, loader: 'js', watchFiles: files.map((f) => path.join(dir, f)) };
    });
    build.onLoad({ filter: /^docent:glossary-validator$/, namespace: 'docent' }, () => {
      const Ajv = require('ajv');
      const standalone = require('ajv/dist/standalone').default;
      const schemaFile = path.join(__dirname, 'glossary', 'schema.json');
      const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
      const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
      return { contents: standalone(ajv, validate), loader: 'js', resolveDir: __dirname, watchFiles: [schemaFile] };
    });
  },
};

/** Prints build problems in the format the VS Code problem matcher understands. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [generated, problemMatcher],
  external: ['vscode'],
};

const configs = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20' },
  {
    ...common, entryPoints: ['src/extension.web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022',
    // Web extensions run in a web worker: no DOM. "worker" exports (for example micromark's entity
    // decoder, whose "browser" build uses document) come before "browser" ones.
    mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'browser'], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  { ...common, entryPoints: ['src/worker/node.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs', target: 'node20' },
  {
    ...common, entryPoints: ['src/worker/web.ts'], outfile: 'dist/web/worker.js', platform: 'browser', format: 'iife', target: 'es2022',
    mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'browser'], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
];

// Ad-hoc scripts that use the core: node esbuild.js --script=path/to/x.ts (bundled to out/scripts/x.js).
for (const arg of process.argv.filter((a) => a.startsWith('--script='))) {
  const entry = arg.slice('--script='.length);
  configs.length = 0;
  configs.push({ ...common, entryPoints: [entry], outfile: `out/scripts/${path.basename(entry, '.ts')}.js`, platform: 'node', format: 'cjs', target: 'node20' });
}

if (process.argv.includes('--bench')) {
  configs.push({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js', platform: 'node', format: 'cjs', target: 'node20' });
}

if (tests) {
  const unit = fs.readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `test/unit/${f}`);
  configs.push({ ...common, entryPoints: unit, outdir: 'out/test/unit', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha', 'fast-check'] });
  const integration = fs.readdirSync('test/integration').filter((f) => f.endsWith('.test.ts')).map((f) => `test/integration/${f}`);
  configs.push({ ...common, entryPoints: integration, outdir: 'out/test/integration', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'] });
  configs.push({ ...common, entryPoints: ['test/host/testExtension.ts'], outfile: 'out/test-extension/extension.js', platform: 'node', format: 'cjs', target: 'node20' });
}

async function main() {
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
