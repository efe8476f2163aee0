import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveApiSource } from './api-source';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Resolved once, outside React, so StrictMode's double effects never open two sockets.
const source = resolveApiSource();

createRoot(container).render(
  <StrictMode>
    <App source={source} />
  </StrictMode>,
);
