// Setup for every component test (jsdom): jest-dom matchers (toBeInTheDocument, …) and an
// in-memory IndexedDB, so components that read the Dexie store render as in a browser.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
