// The sensor link in detail, for the status and sensor tabs: what is connected, how well it
// streams (the decoder's counters), and the last thing that went wrong.
import type { TFunction } from 'i18next';
import type { SensorStatus } from '@contract/schemas.js';
import { formatCount, formatDateTime, formatRate } from '../../i18n/format';
import type { Fact } from '../shared/Facts';

export function sensorFacts(sensor: SensorStatus, t: TFunction, locale: string): Fact[] {
  const none = t('console.status.none');
  const count = (n: number) => formatCount(n, locale);
  const protocol = sensor.protocol
    ? sensor.baud
      ? t('console.status.protocolAt', { protocol: sensor.protocol, baud: sensor.baud })
      : sensor.protocol
    : none;
  return [
    {
      label: t('console.status.sensor.state'),
      value: t(`staff.sensorState.${sensor.state}`),
      warn: sensor.state !== 'streaming',
    },
    {
      label: t('console.status.sensor.fault'),
      value: sensor.fault ? t(`staff.sensorFault.${sensor.fault}`) : none,
      warn: sensor.fault !== null,
    },
    { label: t('console.status.sensor.port'), value: sensor.port ?? none },
    { label: t('console.status.sensor.protocol'), value: protocol },
    {
      label: t('console.status.sensor.rate'),
      value:
        sensor.rateHz === null
          ? none
          : t('console.status.hz', { n: formatRate(sensor.rateHz, locale) }),
    },
    { label: t('console.status.sensor.frames'), value: count(sensor.frames) },
    { label: t('console.status.sensor.checksumErrors'), value: count(sensor.checksumErrors) },
    { label: t('console.status.sensor.malformed'), value: count(sensor.malformed) },
    { label: t('console.status.sensor.resyncs'), value: count(sensor.resyncs) },
    { label: t('console.status.sensor.bytesDiscarded'), value: count(sensor.bytesDiscarded) },
    { label: t('console.status.sensor.repairedPixels'), value: count(sensor.repairedPixels) },
    { label: t('console.status.sensor.reconnects'), value: count(sensor.reconnects) },
    {
      label: t('console.status.sensor.lastError'),
      value: sensor.lastError
        ? sensor.lastErrorAt
          ? t('console.status.errorAt', {
              error: sensor.lastError,
              when: formatDateTime(sensor.lastErrorAt, locale),
            })
          : sensor.lastError
        : none,
    },
  ];
}
