// ESLint rule `layers/allowed-imports`: every import of a file inside a layer must be allowed by
// that layer's entry in layer-table.mjs. Relative paths (and aliases such as `@contract/…`) are
// resolved against the importing file and matched by path; bare names by package name. Type-only
// imports count too: a layer that needs another's types depends on it.
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ALIASES, LAYERS, NODE } from './layer-table.mjs';

const BUILTINS = new Set(builtinModules);
const KEYS = Object.keys(LAYERS).sort((a, b) => b.length - a.length);

const stem = (path) => path.replace(/\.(d\.ts|tsx?|mts|cts|mjs|cjs|jsx?)$/, '');

/** Whether a project-relative path lies in a layer key or `may` entry. */
export function within(path, entry) {
  if (entry.endsWith('/*.ts')) return dirname(path) === entry.slice(0, -'/*.ts'.length);
  if (/\.[a-z]+$/.test(entry)) return stem(path) === stem(entry);
  return path === entry || path.startsWith(`${entry}/`);
}

/** The layer a project-relative path belongs to (the most specific key), or null. */
export function layerOf(path) {
  return KEYS.find((key) => within(path, key)) ?? null;
}

function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function describe(key) {
  const layer = LAYERS[key];
  const may = [key, ...layer.may, ...layer.packages].join(', ');
  return `layer '${key}' may import only ${may} (scripts/lint/layer-table.mjs)`;
}

/** Why `spec`, imported by the project file `from`, breaks its layer's allow-list, or null. */
export function violation(root, from, spec) {
  const key = layerOf(from);
  if (!key) return null;
  const layer = LAYERS[key];
  const alias = Object.keys(ALIASES).find((a) => spec.startsWith(a));
  if (!alias && !spec.startsWith('.') && !isAbsolute(spec)) {
    const name = packageOf(spec);
    const node = spec.startsWith('node:') || BUILTINS.has(name);
    if (layer.packages.includes(node ? NODE : name)) return null;
    return `'${spec}' is not allowed here: ${describe(key)}.`;
  }
  const target = alias
    ? ALIASES[alias] + spec.slice(alias.length)
    : relative(root, resolve(root, dirname(from), spec))
        .split('\\')
        .join('/');
  if (layerOf(target) === key) return null;
  const entry = layer.may.find((m) => within(target, m));
  if (!entry) return `'${spec}' (${target}) is not allowed here: ${describe(key)}.`;
  const via = layer.reach?.[entry];
  if (via && !spec.startsWith(via)) {
    return `'${spec}': layer '${key}' reaches ${entry} only as '${via}…', not by a relative path.`;
  }
  return null;
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what scripts/lint/layer-table.mjs allows.' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const from = relative(root, context.physicalFilename).split('\\').join('/');
    if (!layerOf(from)) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const message = violation(root, from, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
      // typescript-eslint 8 names the path `source`; older versions `argument.literal`.
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg) {
          if (arg.type === 'Literal') check(arg);
        }
      },
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
