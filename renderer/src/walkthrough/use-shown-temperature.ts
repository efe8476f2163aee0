// The estimate on a pass or refer screen, when staff chose to show it ("36.8 °C"), or null.
import { useTemperature } from '../i18n/use-locale';

export function useShownTemperature(temperatureC: number | undefined): string | null {
  const { temp } = useTemperature();
  return temperatureC === undefined ? null : temp(temperatureC);
}
