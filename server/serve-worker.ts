/** A cluster worker of `serve()`: serves the catalogue named by ATLAS_DB on PORT (the primary shares the socket). */
import { serveInProcess } from './serve';

// The IPC channel to the primary would keep a stopped worker alive: exit once its server has closed.
void serveInProcess({ db: process.env.ATLAS_DB!, port: Number(process.env.PORT) }).then(() =>
  process.exit(0),
);
