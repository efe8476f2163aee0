// The DPIA's risks, each with what the kiosk does about it.
import type { Language } from '../../i18n';
import { usePackT } from './PackPage';

const RISKS = [
  'identify',
  'bystanders',
  'missed',
  'wrong',
  'access',
  'misuse',
  'environment',
] as const;

export function DpiaRisks({ lang }: { lang: Language }) {
  const t = usePackT(lang);
  return (
    <section className="pack-section">
      <h2>{t('dpia.risksH')}</h2>
      <table className="pack-table">
        <thead>
          <tr>
            <th scope="col">{t('dpia.risk')}</th>
            <th scope="col">{t('dpia.mitigation')}</th>
          </tr>
        </thead>
        <tbody>
          {RISKS.map((risk) => (
            <tr key={risk}>
              <th scope="row">{t(`dpia.risks.${risk}`)}</th>
              <td>{t(`dpia.risks.${risk}M`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
