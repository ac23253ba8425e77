import { openBackbone, readStdin, takeFlag, takeOption } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";

const USAGE =
  "usage: sitrep user add NAME --role admin|editor|analyst [--password-stdin] [--data DIR]\n" +
  "       sitrep user list | remove NAME | passwd NAME [--password-stdin]";

/** User administration on the data folder (or DATABASE_URL). Without --password-stdin a password is made and printed once. */
export async function userCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const role = takeOption(argv, "--role");
  const fromStdin = takeFlag(argv, "--password-stdin");
  const [sub, name, ...extra] = argv;
  if (!sub || extra.length) throw new UsageError(USAGE);
  if (sub !== "list" && !name) throw new UsageError(USAGE);
  if (sub === "add" && role !== "admin" && role !== "editor" && role !== "analyst")
    throw new UsageError(`--role must be admin, editor or analyst\n${USAGE}`);
  const { ApiError } = await import("@sitrep/server");
  const { newPassword } = await import("@sitrep/server");
  const password =
    sub === "add" || sub === "passwd"
      ? fromStdin
        ? (await readStdin()).replace(/\r?\n$/, "")
        : newPassword()
      : "";
  const backbone = await openBackbone(dataDir, () => ({ events: [] }));
  const accounts = backbone.services.accounts;
  try {
    switch (sub) {
      case "add":
        await accounts.createUser(name!, role as "admin" | "editor" | "analyst", password, null);
        process.stdout.write(
          fromStdin ? `added ${name} (${role})\n` : `added ${name} (${role}) with password: ${password}\n`,
        );
        return 0;
      case "list":
        for (const user of await accounts.listUsers())
          process.stdout.write(`${user.name}\t${user.role}\t${user.created_at.toISOString()}\n`);
        return 0;
      case "remove":
        await accounts.removeUser(name!, null);
        process.stdout.write(`removed ${name}\n`);
        return 0;
      case "passwd":
        await accounts.setPassword(name!, password, null);
        process.stdout.write(
          fromStdin ? `password of ${name} changed\n` : `password of ${name} changed to: ${password}\n`,
        );
        return 0;
      default:
        throw new UsageError(USAGE);
    }
  } catch (error) {
    if (error instanceof ApiError) {
      process.stderr.write(`sitrep user ${sub}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await backbone.close();
  }
}
