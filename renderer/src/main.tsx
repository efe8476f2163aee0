// The page's entry: the theme, the link to the kiosk, the languages, then the page (app/App.tsx).
import './theme/tokens.css';
import './theme/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { resolveApiSource } from './transport/api-source';
import { App } from './app/App';
import { createI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Resolved once, outside React, so StrictMode's double effects never open two sockets.
const source = resolveApiSource();
// Every language is bundled, so the first render is already in the chosen one.
const i18n = createI18n();

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App source={source} />
    </I18nextProvider>
  </StrictMode>,
);
