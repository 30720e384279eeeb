// @vscode/test-cli configuration: the same integration suites as `npm test`, run by
// @vscode/test-electron in a VS Code it downloads from Microsoft (needs that network access).
// Usage: npm run test:electron
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  version: '1.139.1',
  workspaceFolder: './samples',
  mocha: { ui: 'bdd', timeout: 30000 },
});
