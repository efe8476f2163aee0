// The Export tab's signed bundle for HR's multi-site roll-up: the kiosk's public key fingerprint
// (large, monospace, copyable as text) that HR registers, the site and kiosk the bundles name, the
// download of a signed bundle for the export form's range, and whether the kiosk writes one to a
// folder every day. Open to staff and HR, like the rest of the tab.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BUNDLE_DAYS, type BundleIdentity } from '@contract/bundle.js';
import type { DateRange } from '@contract/schemas.js';
import { formatCount, formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { callErrorText } from '../shared/call-error';
import { Card, Facts } from '../shared/Facts';
import { useStaffCall } from '../shared/staff-api';
import { bundleRangeProblem, fingerprintGroups, leftToRight, ownDirection } from './bundle-view';
import { saveText } from './download';
import { useBundleIdentity } from './use-bundle-identity';

/** What the last download said, for the range it was asked for ("from|to"). */
type Said = { ok: boolean; text: string; key: string | null } | null;

/** JSON Lines: the type warehouses and editors know it by. */
const BUNDLE_TYPE = 'application/x-ndjson';

function FolderState({ identity }: { identity: BundleIdentity }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  // A path inside an Arabic sentence keeps its own left-to-right order.
  const path = i18n.dir() === 'rtl' ? leftToRight(identity.folder) : identity.folder;
  if (identity.folder === '') return <>{t('bundle.folder.off')}</>;
  const when = identity.lastWritten && formatDate(identity.lastWritten, locale);
  return (
    <>
      {when
        ? t('bundle.folder.writes', { folder: path, when })
        : t('bundle.folder.notYet', { folder: path })}
    </>
  );
}

export function BundleSection({
  range,
  firstBad,
}: {
  range: DateRange | null;
  /** The export form's first bad field (its element id), focused when the range cannot be read. */
  firstBad: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const staffCall = useStaffCall();
  const { value: identity, error } = useBundleIdentity();
  const rtl = i18n.dir() === 'rtl';
  const [pending, setPending] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const rangeKey = range ? `${range.from}|${range.to}` : null;
  // What was said about one range is not left under another.
  const shown = said?.key === rangeKey ? said : null;

  const download = async (): Promise<void> => {
    if (pending) return;
    const key = rangeKey;
    const problem = bundleRangeProblem(range);
    if (problem === 'fix-fields' || !range) {
      setSaid({ ok: false, text: t('console.export.fixFields'), key });
      if (firstBad) document.getElementById(firstBad)?.focus();
      return;
    }
    if (problem === 'too-long') {
      const max = formatCount(MAX_BUNDLE_DAYS, locale);
      return setSaid({ ok: false, text: t('bundle.tooLong', { max }), key });
    }
    setPending(true);
    setSaid(null);
    const result = await staffCall('exportBundle', { range });
    setPending(false);
    if (!result.ok) return setSaid({ ok: false, text: callErrorText(result.error, t), key });
    const { filename, text, days } = result.value;
    saveText(filename, text, BUNDLE_TYPE);
    const name = rtl ? leftToRight(filename) : filename;
    setSaid({ ok: true, text: t('bundle.saved', { count: days, filename: name }), key });
  };

  return (
    <Card id="export-bundle-title" testId="export-bundle" title={t('bundle.title')}>
      <p className="console-text">{t('bundle.intro')}</p>
      {!identity && !error && <p className="console-note">{t('console.loading')}</p>}
      {error && (
        <p className="console-error" data-testid="bundle-identity-error">
          <bdi>{callErrorText(error, t)}</bdi>
        </p>
      )}
      {identity && (
        <>
          <p className="bundle-key-label">{t('bundle.fingerprint')}</p>
          <p
            className="bundle-fingerprint"
            dir="ltr"
            translate="no"
            data-testid="bundle-fingerprint"
          >
            {fingerprintGroups(identity.fingerprint).map((group, i) => (
              <span key={`${i}${group}`} className="bundle-fingerprint-group">
                {group}
              </span>
            ))}
          </p>
          <p className="console-text" data-testid="bundle-register">
            {t('bundle.register')}
          </p>
          <Facts
            className="bundle-facts"
            facts={[
              { label: t('bundle.site'), value: identity.site, testId: 'bundle-site' },
              { label: t('bundle.kiosk'), value: identity.kiosk, testId: 'bundle-kiosk' },
              {
                label: t('bundle.daily'),
                value: <FolderState identity={identity} />,
                testId: 'bundle-folder',
              },
            ]}
          />
          {identity.folderProblem && (
            <p className="console-error" data-testid="bundle-folder-problem">
              <bdi>
                {t('bundle.folder.problem', {
                  problem: rtl ? ownDirection(identity.folderProblem) : identity.folderProblem,
                })}
              </bdi>
            </p>
          )}
        </>
      )}
      <div className="console-actions">
        <button
          type="button"
          className="console-button"
          data-testid="bundle-download"
          disabled={pending}
          onClick={() => void download()}
        >
          {pending ? t('bundle.downloading') : t('bundle.download')}
        </button>
      </div>
      <div role="status">
        {shown && (
          <p
            className={shown.ok ? 'console-success' : 'console-error'}
            data-testid={shown.ok ? 'bundle-done' : 'bundle-error'}
          >
            <bdi>{shown.text}</bdi>
          </p>
        )}
      </div>
    </Card>
  );
}
