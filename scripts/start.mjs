// `npm start`: install what is missing, build the UI, and run IOPS with demo data on the embedded database.
import { ensureDependencies, ensureWebBuilt, runForeground } from './lib.mjs';

ensureDependencies();
ensureWebBuilt();
runForeground(process.execPath, ['bin/iops.mjs', 'serve', '--demo', ...process.argv.slice(2)]);
