import bundledFiles from 'docent:bundled-glossary';
import { mergeGlossaries, parseGlossaryFile } from './load';
import type { Glossary, GlossaryLayer } from './types';

/** The glossary files shipped with Docent (read from glossary/*.yaml at build time). */
export function bundledLayers(): GlossaryLayer[] {
  return bundledFiles.map((f) => parseGlossaryFile(f.text, f.file));
}

/** Bundled glossary merged with extra layers (team or user files), in that order. */
export function loadGlossary(extra: readonly GlossaryLayer[] = []): Glossary {
  return mergeGlossaries([...bundledLayers(), ...extra]);
}
