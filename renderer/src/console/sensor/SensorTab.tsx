// Choosing the thermal sensor: a port (listed ones offered, any path typed accepted), a protocol
// and a baud rate, 'auto' by default for both. The link's live status comes from the store, which
// the kiosk's 'sensor' events keep current.
import './sensor.css';
import type { TFunction } from 'i18next';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SensorStatus } from '@contract/schemas.js';
import type { SensorOptions } from '@contract/staff.js';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { useStaffCall } from '../shared/staff-api';
import { useAsked } from '../shared/use-asked';
import { Facts } from '../shared/Facts';
import { SelectField } from '../shared/fields';
import { sensorFacts } from '../status/sensor-facts';
import { useLocale } from '../../i18n/use-locale';
import { AUTO, baudsFor, keptBaud, readSensorChoice } from './sensor-choice';

type Message =
  | { kind: 'ok' | 'error'; text: string }
  /** A connection asked for: how it went is read from the sensor's status as it changes. */
  | { kind: 'connect'; path: string }
  | null;

/** What became of a connection asked for, from the link's status (kept current by events). */
function connectMessage(
  path: string,
  sensor: SensorStatus | null,
  t: TFunction,
): { kind: 'ok' | 'error' | 'note'; text: string } {
  if (sensor?.port === path && sensor.state === 'streaming')
    return { kind: 'ok', text: t('console.sensor.connected', { path }) };
  if (sensor?.port === path && sensor.state === 'disconnected' && sensor.lastError)
    return { kind: 'error', text: t('console.sensor.failed', { path, error: sensor.lastError }) };
  // Detection listens at the firmware's real pace and says what it has heard so far.
  if (sensor?.port === path && sensor.state === 'detecting' && sensor.lastError)
    return {
      kind: 'note',
      text: t('console.sensor.detecting', { path, reason: sensor.lastError }),
    };
  return { kind: 'note', text: t('console.sensor.connecting', { path }) };
}

export function SensorTab() {
  const { t } = useTranslation();
  const locale = useLocale();
  const staffCall = useStaffCall();
  const sensor = useKioskStore((s) => s.sensor);
  const [options, setOptions] = useState<SensorOptions | null>(null);
  const [path, setPath] = useState(() => useKioskStore.getState().sensor?.port ?? '');
  const [protocol, setProtocol] = useState(AUTO);
  const [baud, setBaud] = useState(AUTO);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pathProblem, setPathProblem] = useState(false);

  const askOptions = useCallback(() => staffCall('getSensorOptions', {}), [staffCall]);
  const refresh = useAsked(askOptions, (result) => {
    if (!result.ok) {
      setMessage({ kind: 'error', text: callErrorText(result.error, t) });
      return;
    }
    setOptions(result.value);
    // Offer the first listed port when nothing is chosen yet.
    setPath((p) => p || (result.value.ports[0]?.path ?? ''));
  });

  const connect = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const read = readSensorChoice(path, protocol, baud);
    setPathProblem(!read.ok);
    if (!read.ok) {
      setMessage(null);
      document.getElementById('sensor-path')?.focus();
      return;
    }
    setPending(true);
    const result = await staffCall('connectSensor', { choice: read.choice });
    setPending(false);
    setMessage(
      result.ok
        ? { kind: 'connect', path: read.choice.path }
        : { kind: 'error', text: callErrorText(result.error, t) },
    );
  };

  const disconnect = async (): Promise<void> => {
    setPending(true);
    const result = await staffCall('disconnectSensor', {});
    setPending(false);
    setMessage(
      result.ok
        ? { kind: 'ok', text: t('console.sensor.disconnected') }
        : { kind: 'error', text: callErrorText(result.error, t) },
    );
  };

  const bauds = baudsFor(options, protocol);
  const shown = message?.kind === 'connect' ? connectMessage(message.path, sensor, t) : message;
  const messageClass =
    shown?.kind === 'ok'
      ? 'console-success'
      : shown?.kind === 'note'
        ? 'console-note'
        : 'console-error';

  return (
    <div className="console-tab-body console-columns">
      <form className="console-form" noValidate onSubmit={(e) => void connect(e)}>
        <h3 className="console-card-title">{t('console.sensor.title')}</h3>
        <div className="console-field">
          <label className="console-label" htmlFor="sensor-path">
            {t('console.sensor.path')}
          </label>
          <div className="console-inline">
            <input
              id="sensor-path"
              className="console-input"
              data-testid="sensor-path"
              type="text"
              dir="ltr"
              list="sensor-ports"
              autoComplete="off"
              spellCheck={false}
              value={path}
              aria-invalid={pathProblem || undefined}
              aria-describedby={
                pathProblem ? 'error-sensor-path sensor-path-hint' : 'sensor-path-hint'
              }
              onChange={(e) => setPath(e.target.value)}
            />
            <button
              type="button"
              className="console-button"
              data-testid="sensor-refresh"
              onClick={refresh}
            >
              {t('console.sensor.refresh')}
            </button>
          </div>
          <datalist id="sensor-ports">
            {options?.ports.map((p) => (
              <option key={p.path} value={p.path}>
                {[p.likely, p.manufacturer].filter(Boolean).join(' · ')}
              </option>
            ))}
          </datalist>
          <p id="sensor-path-hint" className="console-hint">
            {options && options.ports.length === 0
              ? t('console.sensor.noPorts')
              : t('console.sensor.pathHint', { n: options?.ports.length ?? 0 })}
          </p>
          {pathProblem && (
            <p id="error-sensor-path" className="console-error" data-testid="error-sensor-path">
              {t('console.sensor.pathMissing')}
            </p>
          )}
        </div>
        <SelectField
          id="protocol"
          scope="sensor"
          label={t('console.sensor.protocol')}
          value={protocol}
          options={[
            { value: AUTO, label: t('console.sensor.autoProtocol') },
            ...(options?.protocols.map((p) => ({ value: p.id, label: p.label })) ?? []),
          ]}
          onChange={(value) => {
            setProtocol(value);
            setBaud((b) => keptBaud(options, value, b));
          }}
        />
        <SelectField
          id="baud"
          scope="sensor"
          label={t('console.sensor.baud')}
          value={baud}
          options={[
            { value: AUTO, label: t('console.sensor.autoBaud') },
            ...bauds.map((b) => ({ value: String(b), label: String(b) })),
          ]}
          onChange={setBaud}
        />
        <div className="console-actions">
          <button
            type="submit"
            className="console-button console-primary"
            data-testid="sensor-connect"
            disabled={pending}
          >
            {t('console.sensor.connect')}
          </button>
          <button
            type="button"
            className="console-button"
            data-testid="sensor-disconnect"
            disabled={pending}
            onClick={() => void disconnect()}
          >
            {t('console.sensor.disconnect')}
          </button>
        </div>
        <p className={messageClass} data-testid="sensor-message" role="status">
          <bdi>{shown?.text}</bdi>
        </p>
      </form>
      <section
        className="console-card"
        data-testid="sensor-current"
        aria-labelledby="sensor-current-title"
      >
        <h3 id="sensor-current-title" className="console-card-title">
          {t('console.sensor.current')}
        </h3>
        {sensor ? (
          <Facts facts={sensorFacts(sensor, t, locale)} />
        ) : (
          <p className="console-note">{t('console.status.unknown')}</p>
        )}
      </section>
    </div>
  );
}
