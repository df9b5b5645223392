// Entry point: mounts the app shell. The service worker registers from the separate
// registerSW.js that vite-plugin-pwa emits (no inline script under our CSP).
import { mount } from 'svelte';
import App from './ui/app/App.svelte';
import './ui/app/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
