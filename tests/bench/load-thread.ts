/**
 * The load generator's thread: each message asks for one window of load (`loadWindow`), and is
 * answered with its figures. The generator runs in a thread of its own so that its latencies are
 * not stretched by the bench's own work and garbage (Playwright, PDFs, earlier loads) in the
 * main thread: a pause there would delay the reading of every answer in flight.
 */
import { parentPort } from 'node:worker_threads';
import { loadWindow } from './load-window.ts';
import type { LoadScenario } from './load-window.ts';

/** What the main thread asks for. */
export interface WindowRequest {
  scenario: LoadScenario;
  clients: number;
  seconds: number;
  maxRequests: number;
}

parentPort?.on('message', (request: WindowRequest) => {
  void loadWindow(request.scenario, request.clients, request.seconds, request.maxRequests).then(
    (window) => parentPort?.postMessage(window),
  );
});
