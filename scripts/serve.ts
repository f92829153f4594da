/**
 * Serve the built site (dist/) on loopback under the base path, the way GitHub Pages will:
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 * BASE_PATH is read from the environment, as in the build.
 */
import { parseArgs } from 'node:util';
import { createStaticServer } from '../src/lib/site/static-server.ts';
import { normaliseBase } from '../src/lib/site/urls.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const base = normaliseBase(process.env['BASE_PATH'] ?? '/');
const server = createStaticServer(values.dir, base);
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir} at http://127.0.0.1:${values.port}${base}`);
});
