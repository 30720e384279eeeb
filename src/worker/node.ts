// Docent's analysis worker for desktop VS Code (a Node worker thread).
import { parentPort } from 'node:worker_threads';
import { AnalysisEngine, type EngineRequest } from '../core/engine';

const port = parentPort;
if (port) {
  const engine = new AnalysisEngine((r) => port.postMessage(r));
  port.on('message', (m: EngineRequest) => engine.receive(m));
}
