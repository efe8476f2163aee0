// The facts the deployment pack (entrance sign, record of processing, DPIA draft) is written
// from: the live settings, the date they last changed and the sensor in use with its measured
// accuracy. The console renders and prints the pages; nothing here is about a person.
import { z } from 'zod';
import { KioskSettingsSchema } from './settings.js';

export const SensorAccuracySchema = z.object({
  /** e.g. "MLX90640 32×24, 55° lens". */
  sensor: z.string(),
  /** Whether this sensor can screen at all (low-resolution ones cannot resolve the face). */
  canScreen: z.boolean(),
  /** Mean absolute error against oral temperature, °C, and its source (evaluation, data set). */
  maeC: z.number().nullable(),
  sensitivity: z.number().min(0).max(1).nullable(),
  specificity: z.number().min(0).max(1).nullable(),
  source: z.string(),
  /** What the figures do not cover, in one sentence. */
  limits: z.string(),
});
export type SensorAccuracy = z.infer<typeof SensorAccuracySchema>;

export const DeploymentPackSchema = z.object({
  settings: KioskSettingsSchema,
  /** When the settings last changed (ISO date, local), or the kiosk's first start. */
  settingsDate: z.string(),
  /** The sensor in use, or null when none is connected. */
  accuracy: SensorAccuracySchema.nullable(),
});
export type DeploymentPack = z.infer<typeof DeploymentPackSchema>;
