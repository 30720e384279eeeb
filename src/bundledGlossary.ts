import precompiled from 'docent:bundled-layers';
import sources from 'docent:bundled-glossary';
import { mergeGlossaries, type Glossary, type GlossaryLayer } from './core';

// The glossary shipped with Docent is a build-time input: esbuild.js reads glossary/*.yaml with
// the core's parseGlossaryFile and bundles the result. The entry points (extension, CLI, scripts,
// bundled tests) get it here and pass it to the core, which bundles nothing itself.

/** The bundled glossary files, already parsed. */
export function bundledLayers(): GlossaryLayer[] {
  return [...precompiled];
}

/** The bundled glossary merged with extra layers (team or user files), in that order. */
export function loadGlossary(extra: readonly GlossaryLayer[] = []): Glossary {
  return mergeGlossaries([...bundledLayers(), ...extra]);
}

/** The bundled glossary's YAML files as written, for "Open Glossary Source". */
export function bundledSources(): readonly { file: string; text: string }[] {
  return sources;
}
