// The chart of daily counts, with its text alternative: the canvas is an image whose label sums the
// range up, and the table beside it (ExportTab) holds every number. Chart.js is loaded the first
// time this is shown, so it adds nothing to the walk-through screen's start-up.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountsChart as Drawn, CountsChartData } from './counts-chart';

export function CountsChart({ data, label }: { data: CountsChartData; label: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Drawn | null>(null);
  const latest = useRef(data);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    latest.current = data;
    chart.current?.update(data);
  }, [data]);

  useEffect(() => {
    let active = true;
    import('./counts-chart')
      .then(({ createCountsChart }) => {
        if (!active || !canvas.current) return;
        chart.current = createCountsChart(canvas.current, latest.current);
        setState('ready');
      })
      .catch(() => {
        if (active) setState('failed');
      });
    return () => {
      active = false;
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  return (
    <div className="export-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label={label}
        data-testid="export-chart"
        data-state={state}
      >
        {t('console.export.chartFallback')}
      </canvas>
      {state === 'failed' && <p className="console-error">{t('console.export.chartFallback')}</p>}
    </div>
  );
}
