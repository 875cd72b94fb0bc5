import fs from "node:fs";
import path from "node:path";

// PGlite is Postgres inside one process: two processes on one data folder each
// believe they own it, and one silently loses the other's acknowledged writes. The
// first process to open a folder holds this lock file until it closes the store or
// exits; another server, seed or migration is refused at once, naming the holder.
// A lock whose process is gone (a crash, kill -9) is taken over.

export class StoreInUse extends Error {}

type Holder = { pid: number; command: string; since: string; startTime: string | null };

const LOCK_FILE = "portal.lock";

// Linux's start time of a process (in clock ticks since boot), so that a new process
// that happens to reuse a crashed holder's pid is not taken for it.
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const startTime = processStartTime(holder.pid);
  return !holder.startTime || !startTime || startTime === holder.startTime;
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Holder;
  } catch {
    // Half written by a process that died at that instant, or removed meanwhile.
    return null;
  }
}

const commandLine = () =>
  process.argv
    .slice(1)
    .map((part) => path.basename(part))
    .join(" ");

const inUseMessage = (dataDir: string, holder: Holder) =>
  `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}), ` +
  `since ${holder.since}. PGlite admits one process at a time: stop that process first ` +
  `(for example the running portal) and try again, or set DATABASE_URL to use Postgres.`;

// Why another live process holds the folder, or null when none does: for a server
// to refuse before it starts listening (the lock itself is taken on first use).
export function dataDirInUse(dataDir: string): string | null {
  const holder = readHolder(path.join(dataDir, LOCK_FILE));
  return holder && holder.pid !== process.pid && isAlive(holder) ? inUseMessage(dataDir, holder) : null;
}

// Takes the folder's lock, or throws StoreInUse. Returns the function that releases it.
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const ours: Holder = {
    pid: process.pid,
    command: commandLine(),
    since: new Date().toISOString(),
    startTime: processStartTime(process.pid),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(ours), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 2) throw error;
    }
    const holder = readHolder(file);
    if (holder?.pid === process.pid) {
      throw new StoreInUse(`${dataDir} is already open in this process; open the store once.`);
    }
    if (holder && isAlive(holder)) throw new StoreInUse(inUseMessage(dataDir, holder));
    // The holder is gone: its lock is stale.
    fs.rmSync(file, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.on("exit", release);
  return release;
}
