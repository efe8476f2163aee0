// The Settings tab's group for HR's multi-site roll-up: the site's name the signed bundles carry,
// and the folder the kiosk writes them to every day (a USB stick or a mounted share; empty: never).
// Each bad value is named next to its field, like the others.
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/fields';
import { BUNDLE_FOLDER_MAX, SITE_NAME_MAX } from './bundle-settings';
import type { FormProblems, SettingsForm } from './settings-form';

export function BundleSettings({
  form,
  problems,
  edit,
}: {
  form: SettingsForm;
  problems: FormProblems;
  edit: (change: (f: SettingsForm) => SettingsForm) => void;
}) {
  const { t } = useTranslation();
  const site = problems.siteName;
  const folder = problems.bundleFolder;
  return (
    <fieldset className="console-fieldset">
      <legend>{t('bundle.settings.legend')}</legend>
      <TextField
        id="siteName"
        label={t('bundle.settings.siteName')}
        hint={t('bundle.settings.siteNameHint', { max: SITE_NAME_MAX })}
        problem={site ? t(`bundle.settings.errors.site.${site}`, { max: SITE_NAME_MAX }) : null}
        value={form.siteName}
        maxLength={SITE_NAME_MAX + 20}
        onChange={(siteName) => edit((f) => ({ ...f, siteName }))}
      />
      <TextField
        id="bundleFolder"
        label={t('bundle.settings.bundleFolder')}
        hint={t('bundle.settings.bundleFolderHint')}
        problem={
          folder ? t(`bundle.settings.errors.folder.${folder}`, { max: BUNDLE_FOLDER_MAX }) : null
        }
        value={form.bundleFolder}
        maxLength={BUNDLE_FOLDER_MAX + 20}
        onChange={(bundleFolder) => edit((f) => ({ ...f, bundleFolder }))}
      />
    </fieldset>
  );
}
