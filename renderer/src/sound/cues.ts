// Short, calm sound cues with Web Audio: no files to load (the CSP allows none) and nothing that
// sounds like an alarm. Pass is a soft rising two-note chime; refer a gentle, lower two-note tone,
// like a quiet door chime asking for staff; 'referral' the staff console's own quiet chime when a
// referral starts waiting for its second check (heard at the console, not by the worker). Browsers may block audio until someone touches the
// page: then the cue is skipped silently, and the first touch or key press unlocks it.
import type { SoundSettings } from '../store/kiosk-store';

export type Cue = 'pass' | 'refer' | 'referral';

interface Note {
  /** Hz. */
  frequency: number;
  /** Seconds after the cue starts. */
  at: number;
}

interface CueShape {
  notes: readonly [Note, Note];
  wave: OscillatorType;
  /** Seconds to reach the peak: a slower attack sounds softer. */
  attack: number;
  /** Seconds for each note to fade out. */
  decay: number;
  /** Peak gain at volume 1, well below full scale. */
  peak: number;
}

export const CUES: Record<Cue, CueShape> = {
  // E5 then A5: up a fourth, bright and short.
  pass: {
    notes: [
      { frequency: 659.25, at: 0 },
      { frequency: 880, at: 0.14 },
    ],
    wave: 'triangle',
    attack: 0.012,
    decay: 0.45,
    peak: 0.35,
  },
  // E4 then C4: down a major third, low, round and slow to start: a request, not a warning.
  refer: {
    notes: [
      { frequency: 329.63, at: 0 },
      { frequency: 261.63, at: 0.32 },
    ],
    wave: 'sine',
    attack: 0.04,
    decay: 0.7,
    peak: 0.4,
  },
  // G5 then D5, short and soft: a tap on the shoulder for staff, unlike either verdict's cue.
  referral: {
    notes: [
      { frequency: 783.99, at: 0 },
      { frequency: 587.33, at: 0.18 },
    ],
    wave: 'sine',
    attack: 0.02,
    decay: 0.5,
    peak: 0.3,
  },
};

/** A cue that cannot start within this time (audio still locked) is dropped, never played late. */
const START_WITHIN_MS = 400;

let context: AudioContext | null = null;
/** Notes scheduled and not yet ended: the context is suspended when this drops to 0. */
let playing = 0;

/** Created on first use only: nothing touches audio until there is something to play. */
function audioContext(): AudioContext | null {
  if (context) return context;
  if (typeof AudioContext === 'undefined') return null;
  try {
    context = new AudioContext();
  } catch {
    return null;
  }
  return context;
}

function running(ctx: AudioContext): Promise<boolean> {
  if (ctx.state === 'running') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), START_WITHIN_MS);
    ctx.resume().then(
      () => {
        clearTimeout(timer);
        resolve(ctx.state === 'running');
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

function schedule(ctx: AudioContext, shape: CueShape, volume: number): void {
  const start = ctx.currentTime + 0.02;
  for (const note of shape.notes) {
    const t0 = start + note.at;
    const oscillator = ctx.createOscillator();
    oscillator.type = shape.wave;
    oscillator.frequency.value = note.frequency;
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.linearRampToValueAtTime(shape.peak * volume, t0 + shape.attack);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + shape.attack + shape.decay);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(t0);
    oscillator.stop(t0 + shape.attack + shape.decay + 0.05);
    playing++;
    oscillator.onended = () => {
      gain.disconnect();
      // A running AudioContext keeps the audio output awake (~2 % of a core while idle at a
      // kiosk): suspend it between cues; the next cue resumes it (running() above).
      if (--playing === 0) ctx.suspend().catch(() => {});
    };
  }
}

/** Plays a cue at the staff's volume, unless muted. Never throws, never waits for a gesture. */
export async function playCue(cue: Cue, settings: SoundSettings): Promise<void> {
  if (settings.muted || !(settings.volume > 0)) return;
  try {
    const ctx = audioContext();
    if (!ctx || !(await running(ctx))) return;
    schedule(ctx, CUES[cue], Math.min(1, settings.volume));
  } catch {
    // Audio is a courtesy: the screen says everything on its own.
  }
}

/** Lets the first touch or key press unlock audio where the browser requires a gesture. */
export function unlockAudioOnGesture(): () => void {
  const unlock = (): void => {
    stop();
    const ctx = audioContext();
    if (ctx && ctx.state !== 'running') ctx.resume().catch(() => {});
  };
  const stop = (): void => {
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
  return stop;
}
