// The lint rules that keep the layers apart actually fire (and do not fire on allowed imports).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const eslint = new ESLint({ cwd: ROOT });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('forbid electron under electron/core', async () => {
    expect(
      await restricted(
        'electron/core/x.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        'electron/core/x.ts',
        "import { Worker } from 'node:worker_threads';\nexport const w = Worker;\n",
      ),
    ).toEqual([]);
  });

  it('forbid Node built-ins, native modules and the core in the renderer', async () => {
    const file = 'renderer/src/x.ts';
    expect(await restricted(file, "import fs from 'fs';\nexport const f = fs;\n")).toHaveLength(1);
    expect(
      await restricted(file, "import { join } from 'node:path';\nexport const j = join;\n"),
    ).toHaveLength(1);
    expect(
      await restricted(file, "import Db from 'better-sqlite3';\nexport const d = Db;\n"),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import { Kiosk } from '../../electron/core/kiosk.js';\nexport const k = Kiosk;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        file,
        "import { calls } from '../../electron/contract/api.js';\nexport const c = calls;\n",
      ),
    ).toEqual([]);
  });

  it('keep the contract free of Node and Electron', async () => {
    expect(
      await restricted(
        'electron/contract/x.ts',
        "import { EventEmitter } from 'node:events';\nexport const e = EventEmitter;\n",
      ),
    ).toHaveLength(1);
  });
});
