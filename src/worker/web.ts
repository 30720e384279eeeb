// Docent's analysis worker for VS Code for the Web (a web worker started by the web extension host).
import { AnalysisEngine, type EngineRequest } from '../core/engine';

declare const self: { postMessage(m: unknown): void; onmessage: ((e: { data: EngineRequest }) => void) | null };
const engine = new AnalysisEngine((r) => self.postMessage(r));
self.onmessage = (e) => engine.receive(e.data);
