// Builds Docent: the Node extension, the web-worker extension, the CLI, and (with --tests) the
// unit and integration test bundles. `--production` minifies and drops source maps; `--watch` rebuilds.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/**
 * The core's own glossary reader (src/core/glossary/load.ts), bundled for this build step, so the
 * shipped glossary is read by exactly the code that reads team glossaries.
 */
async function coreGlossaryReader() {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'src', 'core', 'glossary', 'load.ts')],
    bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** Virtual modules: the bundled glossary files, and the same files already parsed. */
const generated = {
  name: 'docent-generated',
  setup(build) {
    build.onResolve({ filter: /^docent:bundled-/ }, (args) => ({ path: args.path, namespace: 'docent' }));
    const glossaryFiles = () => {
      const dir = path.join(__dirname, 'glossary');
      return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()
        .map((f) => ({ file: `glossary/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    };
    build.onLoad({ filter: /^docent:bundled-glossary$/, namespace: 'docent' }, () => {
      const files = glossaryFiles();
      return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: files.map((f) => path.join(__dirname, f.file)), watchDirs: [path.join(__dirname, 'glossary')] };
    });
    // The bundled glossary, already parsed (YAML parsing costs ~0.2 s at activation), by the core's
    // parseGlossaryFile: a file it reports an error in fails the build.
    build.onLoad({ filter: /^docent:bundled-layers$/, namespace: 'docent' }, async () => {
      const { parseGlossaryFile } = await coreGlossaryReader();
      const files = glossaryFiles();
      const layers = files.map(({ file, text }) => parseGlossaryFile(text, file));
      const errors = layers.flatMap((l) => l.problems).filter((p) => p.severity === 'error');
      if (errors.length) return { errors: errors.map((p) => ({ text: p.message, location: { file: p.file, line: p.line, column: p.column - 1 } })) };
      return { contents: `export default ${JSON.stringify(layers)};`, loader: 'js', watchFiles: [...files.map((f) => path.join(__dirname, f.file)), path.join(__dirname, 'src', 'core', 'glossary', 'load.ts')] };
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
  // A renamed or deleted test must not keep running from an old bundle.
  if (!watch) for (const dir of ['out/test/unit', 'out/test/integration']) fs.rmSync(dir, { recursive: true, force: true });
  // Unit tests mirror src/ (test/unit/core/matcher.test.ts tests src/core/matcher.ts); the bundles keep the tree.
  const unit = fs.readdirSync('test/unit', { recursive: true }).filter((f) => f.endsWith('.test.ts')).map((f) => `test/unit/${f}`);
  configs.push({ ...common, entryPoints: unit, outbase: 'test/unit', outdir: 'out/test/unit', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha', 'fast-check'] });
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
