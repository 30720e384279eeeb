import precompiled from 'docent:bundled-layers';
import { mergeGlossaries } from './load';
import type { Glossary, GlossaryLayer } from './types';

/** The glossary files shipped with Docent, parsed from glossary/*.yaml at build time. */
export function bundledLayers(): GlossaryLayer[] {
  return [...precompiled];
}

/** Bundled glossary merged with extra layers (team or user files), in that order. */
export function loadGlossary(extra: readonly GlossaryLayer[] = []): Glossary {
  return mergeGlossaries([...bundledLayers(), ...extra]);
}
